import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import { getApi } from './helpers';

// These suites run in their own hosts (see scripts/test-all.mjs): a window with no folder, and a
// multi-root workspace. In the ordinary single-folder run they skip themselves.
suite('Workspace shapes: no folder open', () => {
  test('starting a lab without a folder writes nothing and asks to open one', async function () {
    if (vscode.workspace.workspaceFolders?.length) this.skip();
    await getApi();
    const result = await vscode.commands.executeCommand(COMMANDS.startLab, 'containerize-model-server');
    assert.equal(result, undefined);
    // Lessons and quizzes need no folder.
    assert.equal(await vscode.commands.executeCommand(COMMANDS.openLesson, 'model-drift'), true);
  });
});

suite('Workspace shapes: multi-root', () => {
  test('the folder picker offers every root; the lab goes where the learner picks', async function () {
    const roots = vscode.workspace.workspaceFolders ?? [];
    if (roots.length < 2) this.skip();
    const api = await getApi();
    const started = vscode.commands.executeCommand<vscode.Uri>(COMMANDS.startLab, 'dvc-pipeline');
    await new Promise((r) => setTimeout(r, 800));
    // Items: root 1, root 1/<lab>, root 2, root 2/<lab>, other…; pick "second/dvc-pipeline".
    for (let i = 0; i < 3; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const folder = await started;
    assert.equal(folder?.toString(), vscode.Uri.joinPath(roots[1].uri, 'dvc-pipeline').toString());
    assert.ok((await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder!, 'dvc.yaml'))).size > 0);
    assert.equal(api.labs.folderOf('dvc-pipeline')?.toString(), folder!.toString());
  });
});
