import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import { DIAGNOSTIC_SOURCE } from '../../src/labs/labResults';
import { getApi, waitFor } from './helpers';

const LAB = 'prometheus-alerts';
const RULES = 'monitoring/alerts.yaml';
const codeOf = (d: vscode.Diagnostic) => (d.code as { value: string } | undefined)?.value;

// The alerting-rules lab end to end in a real VS Code: start it, see the starter's findings in the Problems
// panel, Testing view and tree (under the monitoring topic), fix one check through a WorkspaceEdit, save, and see
// that check turn green.
suite('Labs: alerting rules (Prometheus)', () => {
  suiteSetup(async () => {
    await getApi();
  });

  test('starts under the monitoring topic, grades the rules file, and a WorkspaceEdit turns a check green', async () => {
    const api = await getApi();
    const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, `prom-lab-${Date.now()}`);
    const graded = waitFor(api.labs.onDidGrade, (g) => g.lab.id === LAB, 20_000, 'first grading');
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder });
    const g = await graded;
    const lab = (await api.store.get()).labs.get(LAB)!;
    assert.deepEqual(g.results.filter((r) => r.status === 'fail').map((r) => r.id).sort(), [...lab.starterFails].sort());

    const uri = vscode.Uri.joinPath(folder, ...RULES.split('/'));
    const diags = vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const promql = diags.find((d) => codeOf(d) === 'prom.promql-valid');
    assert.ok(promql, 'the PromQL error is in the Problems panel');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.getText(promql.range), '=', 'the diagnostic covers the stray "=" at its line and column');
    // Lab-scope findings are information, general ones warnings (what the Problems panel shows).
    const lab1 = diags.find((d) => codeOf(d) === 'prom.latency-alert');
    assert.equal(lab1?.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(promql.severity, vscode.DiagnosticSeverity.Warning);

    const topic = (await api.tree.getChildren()).find((n) => n.kind === 'topic' && n.topic.id === 'monitoring')!;
    const labNode = (await api.tree.getChildren(topic)).find((n) => n.kind === 'lab' && n.lab.id === LAB);
    assert.ok(labNode, 'the lab is listed under its topic');
    assert.equal(api.tree.getTreeItem(labNode).label, `Lab ${g.results.length - lab.starterFails.length}/${g.results.length}: ${lab.title}`);

    const item = api.labResults.testController.items.get(`lab:${LAB}`);
    assert.equal(item?.children.size, g.results.length);

    // Fix the comparison through a WorkspaceEdit (as a learner's edit or a quick fix would), then save.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, promql.range, '==');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const regraded = waitFor(api.labs.onDidGrade, (x) => x.lab.id === LAB && x.requestedAt > g.publishedAt, 20_000, 'regrading');
    await doc.save();
    const after = await regraded;
    assert.equal(after.results.find((r) => r.id === 'prom.promql-valid')?.status, 'pass');
    assert.equal(vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === 'prom.promql-valid').length, 0);
    // Now that the alert parses, the lab sees `up == 0` and says what absent() adds.
    assert.match(after.results.find((r) => r.id === 'prom.absent-alert')?.findings[0]?.message ?? '', /checks `up`.*vanishes from service discovery/);

    // The quick fix offered for the misspelt group key is a WorkspaceEdit too.
    const keyDiag = vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'prom.rule-file');
    assert.ok(keyDiag);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, keyDiag.range);
    const rename = actions.find((a) => a.edit && a.title === 'Rename evaluation_interval to interval');
    assert.ok(rename, `a quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(rename.edit!));
    const third = waitFor(api.labs.onDidGrade, (x) => x.lab.id === LAB && x.requestedAt > after.publishedAt, 20_000, 'regrading after the quick fix');
    await doc.save();
    assert.equal((await third).results.find((r) => r.id === 'prom.rule-file')?.status, 'pass');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
