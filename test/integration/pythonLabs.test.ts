// The Python labs in the real VS Code, with a real interpreter: start, grade, fix one function through a
// WorkspaceEdit, see its Testing item turn green; no Python; the timeout.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import { DIAGNOSTIC_SOURCE } from '../../src/labs/labResults';
import type { Grading } from '../../src/labs/labService';
import { getApi, waitFor } from './helpers';

const python = process.env.MLOPS_LAB_TEST_PYTHON ?? '/usr/bin/python3';
const root = () => vscode.workspace.workspaceFolders![0].uri;
let n = 0;
const fresh = (lab: string) => vscode.Uri.joinPath(root(), `py-${lab}-${Date.now()}-${n++}`);
const config = () => vscode.workspace.getConfiguration('mlopsLab.python');

/** The reference solution's text of one function, cut out of content/labs/<lab>/solution/<file>. */
function functionText(source: string, name: string): string {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`def ${name}(`));
  assert.ok(start >= 0, `def ${name} in the solution`);
  let end = start + 1;
  while (end < lines.length && (lines[end] === '' || /^\s/.test(lines[end]))) end++;
  while (end > start + 1 && lines[end - 1] === '') end--;
  return lines.slice(start, end).join('\n');
}

/** Replaces the learner's `def last` with the solution's `names` (helpers the starter lacks go before it). */
async function fixFunction(doc: vscode.TextDocument, solution: string, names: readonly string[]): Promise<void> {
  const last = names[names.length - 1];
  const mine = functionText(doc.getText(), last);
  const offset = doc.getText().indexOf(mine);
  const text = names.map((n) => functionText(solution, n)).join('\n\n\n');
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + mine.length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

async function start(lab: string): Promise<{ folder: vscode.Uri; g: Grading }> {
  const api = await getApi();
  const folder = fresh(lab);
  const graded = waitFor(api.labs.onDidGrade, (x) => x.lab.id === lab, 60_000, `first grading of ${lab}`);
  await vscode.commands.executeCommand(COMMANDS.startLab, lab, { folder });
  return { folder, g: await graded };
}

suite('Python labs', function () {
  this.timeout(120_000);

  suiteSetup(async () => {
    await config().update('interpreter', python, vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    await config().update('interpreter', undefined, vscode.ConfigurationTarget.Global);
    await config().update('timeoutSeconds', undefined, vscode.ConfigurationTarget.Global);
  });

  for (const [lab, fns, checkId] of [
    ['detect-drift', ['_values', 'ks_test'], 'drift.ks-continuous'],
    ['release-gate', ['auc'], 'gate.auc'],
    ['validate-data', ['check_columns'], 'validate.columns'],
  ] as const) {
    const fn = fns[fns.length - 1];
    test(`${lab}: the starter fails its listed checks, and fixing ${fn}() turns ${checkId} green`, async () => {
      const api = await getApi();
      const { folder, g } = await start(lab);
      const course = await api.store.get();
      const def = course.labs.get(lab)!;
      assert.equal(g.problem, undefined, g.problem);
      assert.deepEqual(g.results.filter((r) => r.status === 'fail').map((r) => r.id).sort(), [...def.starterFails].sort());
      const item = api.labResults.testController.items.get(`lab:${lab}`)!;
      assert.equal(item.children.size, def.checks!.length);

      const main = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, def.mainFile));
      const solution = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(api.contentRoot, 'labs', lab, 'solution', def.mainFile)));
      await fixFunction(main, solution, fns);
      const regraded = waitFor(api.labs.onDidGrade, (x) => x.lab.id === lab, 60_000, `grading of ${lab} after the fix`);
      await main.save();
      const after = await regraded;
      assert.equal(after.results.find((r) => r.id === checkId)?.status, 'pass', JSON.stringify(after.results.find((r) => r.id === checkId)));
      assert.equal(api.labResults.lastOutcome(lab, checkId), 'passed', 'the Testing item turned green');
    });
  }

  test('a failing test puts a diagnostic in the learner\'s file, linked to the check', async () => {
    const { folder, g } = await start('detect-drift');
    const failing = g.results.find((r) => r.status === 'fail')!;
    const file = vscode.Uri.joinPath(folder, failing.findings[0].file);
    const diags = vscode.languages.getDiagnostics(file).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    assert.ok(diags.some((d) => (d.code as { value: string }).value === failing.id), 'a diagnostic for the failing check');
  });

  test('no usable Python: nothing is graded and the message names the interpreter it tried', async () => {
    const api = await getApi();
    await config().update('interpreter', '/nonexistent/bin/python3', vscode.ConfigurationTarget.Global);
    try {
      const before = JSON.stringify(api.labs.state('release-gate') ?? null);
      const { g } = await start('release-gate');
      assert.match(g.problem ?? '', /\/nonexistent\/bin\/python3 not found/);
      assert.deepEqual(g.results, []);
      assert.equal(JSON.stringify(api.labs.state('release-gate') ?? null), before, 'a run that did not happen records nothing');
      assert.equal(api.labResults.lastOutcome('release-gate', 'gate.auc'), 'errored');
    } finally {
      await config().update('interpreter', python, vscode.ConfigurationTarget.Global);
    }
  });

  test('an endless loop is stopped at the timeout, with every process it started', async () => {
    const api = await getApi();
    const { folder } = await start('release-gate');
    await config().update('timeoutSeconds', 5, vscode.ConfigurationTarget.Global);
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'gate.py'));
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(0, 0), 'while True:\n    pass\n');
      await vscode.workspace.applyEdit(edit);
      const graded = waitFor(api.labs.onDidGrade, (x) => x.lab.id === 'release-gate', 60_000, 'the stopped run');
      await doc.save();
      const g = await graded;
      assert.match(g.problem ?? '', /stopped after 5 s/);
    } finally {
      await config().update('timeoutSeconds', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
