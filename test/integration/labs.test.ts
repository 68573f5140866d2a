import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import { DIAGNOSTIC_SOURCE } from '../../src/labs/labResults';
import { getApi, waitFor } from './helpers';

const LAB = 'containerize-model-server';
const root = () => vscode.workspace.workspaceFolders![0].uri;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
let n = 0;
const fresh = () => vscode.Uri.joinPath(root(), `lab-test-${Date.now()}-${n++}`);

async function exists(uri: vscode.Uri) {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

suite('Labs', () => {
  suiteSetup(async () => {
    await getApi();
  });

  test('starting a lab into an empty folder scaffolds it, grades it and shows the results everywhere', async () => {
    const api = await getApi();
    const folder = fresh();
    const graded = waitFor(api.labs.onDidGrade, (g) => g.lab.id === LAB, 20_000);
    const result = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.startLab, LAB, { folder });
    assert.equal(result?.toString(), folder.toString());
    const g = await graded;
    for (const f of ['Dockerfile', 'app/main.py', 'requirements.txt']) assert.ok(await exists(vscode.Uri.joinPath(folder, f)), f);
    const lab = (await api.store.get()).labs.get(LAB)!;
    const failing = g.results.filter((r) => r.status === 'fail').map((r) => r.id).sort();
    assert.deepEqual(failing, [...lab.starterFails].sort());

    const dockerfile = vscode.Uri.joinPath(folder, 'Dockerfile');
    const diags = vscode.languages.getDiagnostics(dockerfile).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    assert.ok(diags.length > 0, 'diagnostics on the Dockerfile');
    const codes = new Set(diags.map((d) => (d.code as { value: string }).value));
    assert.ok(codes.has('docker.copy-not-add'));

    const item = api.labResults.testController.items.get(`lab:${LAB}`);
    assert.ok(item, 'a Testing item for the lab');
    assert.equal(item.children.size, g.results.length);

    const topic = (await api.tree.getChildren()).find((n) => n.kind === 'topic' && n.topic.id === 'deployment')!;
    const labNode = (await api.tree.getChildren(topic)).find((n) => n.kind === 'lab')!;
    const treeItem = api.tree.getTreeItem(labNode);
    // The count leads the label, so a narrow sidebar cannot cut it off.
    assert.equal(treeItem.label, `Lab ${g.results.length - failing.length}/${g.results.length}: ${lab.title}`);
    assert.equal(treeItem.contextValue, 'lab.started');

    assert.equal(api.labPanel.currentLabId, LAB);
  });

  test('an existing file is never overwritten: skip keeps it byte for byte', async () => {
    const api = await getApi();
    const folder = fresh();
    const mine = new TextEncoder().encode('FROM scratch\n# my own work, do not touch\n');
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'Dockerfile'), mine);
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder, onConflict: 'skip' });
    const after = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'Dockerfile'));
    assert.equal(sha(after), sha(mine));
    assert.ok(await exists(vscode.Uri.joinPath(folder, 'app/main.py')), 'the other starter files were written');
    assert.equal(api.labs.folderOf(LAB)?.toString(), folder.toString());
  });

  test('write into a new subfolder leaves the conflicting folder untouched', async () => {
    const folder = fresh();
    const mine = new TextEncoder().encode('fastapi\n');
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'requirements.txt'), mine);
    const target = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.startLab, LAB, { folder, onConflict: 'subfolder' });
    assert.equal(target?.toString(), vscode.Uri.joinPath(folder, LAB).toString());
    assert.equal(sha(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'requirements.txt'))), sha(mine));
    assert.ok(await exists(vscode.Uri.joinPath(target!, 'Dockerfile')));
    assert.equal(await exists(vscode.Uri.joinPath(folder, 'Dockerfile')), false);
    const cancelled = await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder, onConflict: 'cancel' });
    assert.equal(cancelled, undefined);
  });

  test('saving the file regrades it; a quick fix turns a failing check green', async () => {
    const api = await getApi();
    const folder = fresh();
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder });
    const uri = vscode.Uri.joinPath(folder, 'Dockerfile');
    const doc = await vscode.workspace.openTextDocument(uri);
    const diag = vscode.languages.getDiagnostics(uri).find((d) => (d.code as { value: string }).value === 'docker.copy-not-add');
    assert.ok(diag, 'the starter uses ADD');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range);
    const fix = actions.find((a) => a.edit && a.title === 'Replace ADD with COPY');
    assert.ok(fix, `a quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => a.title.startsWith('Learn why')), 'a link to the lesson');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    const regraded = waitFor(api.labs.onDidGrade, (g) => g.lab.id === LAB, 20_000);
    await doc.save();
    const g = await regraded;
    assert.equal(g.results.find((r) => r.id === 'docker.copy-not-add')?.status, 'pass');
    assert.ok(g.publishedAt >= g.requestedAt);
    const left = vscode.languages.getDiagnostics(uri).filter((d) => (d.code as { value: string }).value === 'docker.copy-not-add');
    assert.equal(left.length, 0);
  });

  test('the lab panel lists the checks, reveals hints one at a time and ignores malformed messages', async () => {
    const api = await getApi();
    await vscode.commands.executeCommand(COMMANDS.openLab, LAB);
    const view = await api.labPanel.buildView(LAB);
    assert.ok(view);
    const failing = view.checks.find((c) => c.status === 'fail')!;
    assert.ok(failing.hintsTotal >= 2);
    const before = api.labs.state(LAB)?.hintsShown[failing.id] ?? 0;
    await api.labPanel.receive({ type: 'revealHint', checkId: failing.id });
    assert.equal(api.labs.state(LAB)?.hintsShown[failing.id], before + 1);
    const after = await api.labPanel.buildView(LAB);
    assert.equal(after!.checks.find((c) => c.id === failing.id)!.hints.length, Math.min(before + 1, failing.hintsTotal));
    for (const bad of [null, { type: 'revealHint' }, { type: 'revealHint', checkId: '<script>' }, { type: 'openFinding', checkId: 'docker.x', index: -1 }, { type: 'nope' }, 'grade']) {
      await api.labPanel.receive(bad);
    }
    assert.equal(api.labs.state(LAB)?.hintsShown[failing.id], before + 1, 'malformed messages change nothing');
  });

  test('the reference solution opens as a diff, never changing the learner file', async () => {
    const api = await getApi();
    const folder = api.labs.folderOf(LAB)!;
    const uri = vscode.Uri.joinPath(folder, 'Dockerfile');
    const before = sha(await vscode.workspace.fs.readFile(uri));
    assert.equal(await vscode.commands.executeCommand(COMMANDS.showLabSolution, LAB, true), true);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputTextDiff, 'a diff editor');
    assert.equal((tab.input as vscode.TabInputTextDiff).modified.scheme, 'mlops-lab-content');
    assert.equal(sha(await vscode.workspace.fs.readFile(uri)), before);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
