import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import { getApi, waitFor } from './helpers';

// Runs in the host started with MLOPS_LAB_RESTRICTED=1 (no --disable-workspace-trust): the folder
// opens in Restricted Mode. The extension declares untrustedWorkspaces: supported, because it never
// runs workspace code: lessons read the extension's own files and graders only parse text.
suite('Restricted Mode', () => {
  test('lessons open and labs grade in an untrusted workspace', async function () {
    if (vscode.workspace.isTrusted) this.skip();
    const api = await getApi();
    const rendered = waitFor(api.lessons.onDidRender, (id) => id === 'model-registry', 20_000);
    await vscode.commands.executeCommand(COMMANDS.openLesson, 'model-registry');
    await rendered;
    const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, `restricted-${Date.now()}`);
    const graded = waitFor(api.labs.onDidGrade, (g) => g.lab.id === 'dvc-pipeline', 20_000);
    await vscode.commands.executeCommand(COMMANDS.startLab, 'dvc-pipeline', { folder });
    const g = await graded;
    assert.ok(g.results.some((r) => r.status === 'fail'));
  });
});
