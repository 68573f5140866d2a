// The Kubernetes lab in a real VS Code: it is listed under its topic, scaffolds, grades, and turns a check green
// after a fix applied through a WorkspaceEdit (a quick fix on k8s/service.yaml, then an edit of the main file).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import { DIAGNOSTIC_SOURCE } from '../../src/labs/labResults';
import { getApi, waitFor } from './helpers';

const LAB = 'k8s-canary-rollout';
const root = () => vscode.workspace.workspaceFolders![0].uri;
const code = (d: vscode.Diagnostic) => (d.code as { value: string }).value;

suite('Kubernetes lab', () => {
  suiteSetup(async () => {
    await getApi();
  });

  test('the tree shows the lab under the deployment topic', async () => {
    const api = await getApi();
    const topic = (await api.tree.getChildren()).find((n) => n.kind === 'topic' && n.topic.id === 'deployment')!;
    const labs = (await api.tree.getChildren(topic)).filter((n) => n.kind === 'lab');
    const item = labs.map((n) => api.tree.getTreeItem(n)).find((i) => i.id === `lab:${LAB}`);
    assert.ok(item, 'a lab row for the Kubernetes lab');
    assert.equal(item.label, 'Lab: Canary rollout on Kubernetes');
  });

  test('start, grade, fix one check through a WorkspaceEdit, see it turn green', async () => {
    const api = await getApi();
    const folder = vscode.Uri.joinPath(root(), `k8s-lab-${Date.now()}`);
    const graded = waitFor(api.labs.onDidGrade, (g) => g.lab.id === LAB, 20_000);
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder });
    const g = await graded;
    const lab = (await api.store.get()).labs.get(LAB)!;
    assert.deepEqual(g.results.filter((r) => r.status === 'fail').map((r) => r.id).sort(), [...lab.starterFails].sort());
    assert.equal(api.labResults.testController.items.get(`lab:${LAB}`)?.children.size, g.results.length);

    // A quick fix on a file other than the main one: the misspelt targetport of the Service.
    const service = vscode.Uri.joinPath(folder, 'k8s/service.yaml');
    const serviceDoc = await vscode.workspace.openTextDocument(service);
    const diag = vscode.languages.getDiagnostics(service).find((d) => d.source === DIAGNOSTIC_SOURCE && code(d) === 'k8s.valid-objects');
    assert.ok(diag, 'a diagnostic on k8s/service.yaml');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', service, diag.range);
    const fix = actions.find((a) => a.edit && a.title === 'Rename targetport to targetPort');
    assert.ok(fix, `a quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    let regraded = waitFor(api.labs.onDidGrade, (x) => x.lab.id === LAB, 20_000);
    await serviceDoc.save();
    let after = await regraded;
    assert.equal(after.results.find((r) => r.id === 'k8s.valid-objects')?.status, 'pass');

    // An edit of the main file: pin the image instead of `latest`.
    const rollout = vscode.Uri.joinPath(folder, 'k8s/rollout.yaml');
    const doc = await vscode.workspace.openTextDocument(rollout);
    const imageDiag = vscode.languages.getDiagnostics(rollout).find((d) => code(d) === 'k8s.image-pinned');
    assert.ok(imageDiag, 'the starter uses latest');
    assert.match(doc.getText(imageDiag.range), /:latest$/);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(rollout, imageDiag.range, doc.getText(imageDiag.range).replace(/:latest$/, ':1.4.0'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    regraded = waitFor(api.labs.onDidGrade, (x) => x.lab.id === LAB, 20_000);
    await doc.save();
    after = await regraded;
    assert.equal(after.results.find((r) => r.id === 'k8s.image-pinned')?.status, 'pass');
    assert.equal(vscode.languages.getDiagnostics(rollout).filter((d) => code(d) === 'k8s.image-pinned').length, 0);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
