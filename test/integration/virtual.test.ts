import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import { getApi, waitFor } from './helpers';
import { MemFs } from './memfs';

// Labs only go through vscode.workspace.fs and WorkspaceEdit, so they work where the project lives on a
// virtual file system (the manifest declares virtualWorkspaces: true). This suite puts a lab on one.
suite('Virtual file system', () => {
  const scheme = 'mlopslab-memfs';
  let registration: vscode.Disposable;
  suiteSetup(() => {
    registration = vscode.workspace.registerFileSystemProvider(scheme, new MemFs(), { isCaseSensitive: true });
  });
  suiteTeardown(() => registration.dispose());

  test('a lab scaffolds, grades and regrades on save on a virtual file system', async () => {
    const api = await getApi();
    const folder = vscode.Uri.from({ scheme, path: '/project' });
    await vscode.workspace.fs.createDirectory(folder);
    const graded = waitFor(api.labs.onDidGrade, (g) => g.lab.id === 'ci-for-ml', 20_000);
    await vscode.commands.executeCommand(COMMANDS.startLab, 'ci-for-ml', { folder });
    const first = await graded;
    assert.equal(first.folder.scheme, scheme);
    const workflow = vscode.Uri.joinPath(folder, '.github', 'workflows', 'ci.yml');
    const diags = vscode.languages.getDiagnostics(workflow);
    assert.ok(diags.some((d) => (d.code as { value: string }).value === 'ci.triggers'), 'findings on the virtual file');

    const doc = await vscode.workspace.openTextDocument(workflow);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(workflow, new vscode.Position(0, 0), '# edited on a virtual file system\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const regraded = waitFor(api.labs.onDidGrade, (g) => g.lab.id === 'ci-for-ml' && g.requestedAt > first.publishedAt, 20_000);
    await doc.save();
    const second = await regraded;
    assert.equal(second.results.length, first.results.length);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
