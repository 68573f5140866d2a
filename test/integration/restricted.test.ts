import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import { getApi, waitFor } from './helpers';

// Runs in the host started with MLOPS_LAB_RESTRICTED=1 (no --disable-workspace-trust): the folder
// opens in Restricted Mode. The extension declares untrustedWorkspaces: limited: lessons read the extension's
// own files and the file labs' graders only parse text, while the Python labs, which run the learner's code, refuse.
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

  test('a Python lab runs nothing in Restricted Mode and says why', async function () {
    if (vscode.workspace.isTrusted) this.skip();
    const api = await getApi();
    const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, `restricted-py-${Date.now()}`);
    const graded = waitFor(api.labs.onDidGrade, (g) => g.lab.id === 'release-gate', 20_000);
    await vscode.commands.executeCommand(COMMANDS.startLab, 'release-gate', { folder });
    const g = await graded;
    assert.deepEqual(g.results, []);
    assert.match(g.problem ?? '', /Restricted Mode: a Python lab runs your code/);
    assert.equal(api.labResults.lastOutcome('release-gate', 'gate.auc'), 'errored');
  });
});
