import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import { DIAGNOSTIC_SOURCE } from '../../src/labs/labResults';
import { eventually, getApi, waitFor } from './helpers';

const LAB = 'containerize-model-server';
const root = () => vscode.workspace.workspaceFolders![0].uri;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
let n = 0;
const fresh = () => vscode.Uri.joinPath(root(), `lab-test-${Date.now()}-${n++}`);
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
const codeOf = (d: vscode.Diagnostic) => (d.code as { value: string }).value;

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

  test('findings come back after a window reload for every lab in progress, without a save; a folder that is gone is skipped', async () => {
    const api = await getApi();
    const dockerFolder = fresh();
    const dvcFolder = fresh();
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder: dockerFolder });
    await vscode.commands.executeCommand(COMMANDS.startLab, 'dvc-pipeline', { folder: dvcFolder });
    // A third lab whose folder was deleted since.
    const gone = fresh();
    await api.labs.setFolder('ci-for-ml', gone);
    const dockerfile = vscode.Uri.joinPath(dockerFolder, 'Dockerfile');
    const dvcYaml = vscode.Uri.joinPath(dvcFolder, 'dvc.yaml');
    assert.ok(ours(dockerfile).length > 0 && ours(dvcYaml).length > 0, 'findings after the start');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    // What a reload leaves: progress and folders (stored), no diagnostics, no Testing items, no gradings in memory.
    api.labResults.clear();
    api.labs.forgetGradings();
    assert.equal(ours(dockerfile).length, 0);
    assert.equal(ours(dvcYaml).length, 0);
    assert.equal(api.labResults.testController.items.size, 0);

    // The path activation takes (labs.scheduleRestore() runs it once activation is over).
    const restored = await api.labs.restoreFindings();
    assert.ok(restored.graded.includes(LAB) && restored.graded.includes('dvc-pipeline'), JSON.stringify(restored));
    assert.deepEqual(restored.skipped, ['ci-for-ml']);
    assert.ok(ours(dockerfile).some((d) => codeOf(d) === 'docker.copy-not-add'), 'Dockerfile findings are back');
    assert.ok(ours(dvcYaml).length > 0, 'dvc.yaml findings of the second lab are back');
    assert.ok(api.labResults.testController.items.get(`lab:${LAB}`) && api.labResults.testController.items.get('lab:dvc-pipeline'), 'Testing items are back');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.isDirty), 'nothing was saved or edited for it');
    assert.equal(api.labs.folderGone('ci-for-ml'), true);
    const view = await api.labPanel.buildView('ci-for-ml');
    assert.equal(view?.folderGone, true);
  });

  test('typing in a lab file regrades the unsaved text after a pause; saving grades the saved file', async () => {
    const api = await getApi();
    const folder = fresh();
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder });
    const uri = vscode.Uri.joinPath(folder, 'Dockerfile');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.ok(ours(uri).some((d) => codeOf(d) === 'docker.copy-not-add'));
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('ADD '));
    const live = waitFor(api.labs.onDidGrade, (g) => g.lab.id === LAB && g.reason === 'edit', 20_000, 'grading of the unsaved text');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(line, 0, line, 3), 'COPY');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const g = await live;
    assert.ok(doc.isDirty, 'not saved');
    assert.deepEqual(g.unsaved, ['Dockerfile']);
    assert.equal(g.results.find((r) => r.id === 'docker.copy-not-add')?.status, 'pass');
    assert.ok(!ours(uri).some((d) => codeOf(d) === 'docker.copy-not-add'), 'the diagnostic went away without a save');
    await vscode.commands.executeCommand(COMMANDS.openLab, LAB);
    assert.equal((await api.labPanel.buildView(LAB))?.gradedSource, 'Graded your unsaved edits in Dockerfile');

    const saved = waitFor(api.labs.onDidGrade, (x) => x.lab.id === LAB && x.reason === 'save', 20_000, 'grading after save');
    await doc.save();
    const s = await saved;
    assert.deepEqual(s.unsaved, []);
    assert.equal(s.results.find((r) => r.id === 'docker.copy-not-add')?.status, 'pass');
    assert.equal((await api.labPanel.buildView(LAB))?.gradedSource, 'Graded the saved files');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('one severity story: general practice is a warning, this lab\'s requirement information, and Problems shows plain text', async () => {
    const api = await getApi();
    const folder = fresh();
    await vscode.commands.executeCommand(COMMANDS.startLab, 'dvc-pipeline', { folder });
    const grader = api.labs.grader('dvc-pipeline')!;
    const scope = new Map(grader.checks.map((c) => [c.id, c.scope]));
    const g = api.labs.lastGrading('dvc-pipeline')!;
    const diags = g.read.flatMap((p) => ours(vscode.Uri.joinPath(folder, ...p.split('/'))));
    assert.ok(diags.length > 0);
    for (const d of diags) {
      const want = scope.get(codeOf(d)) === 'lab' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning;
      assert.equal(d.severity, want, `${codeOf(d)}: ${d.message}`);
      assert.ok(!d.message.includes('`'), `plain text in Problems: ${d.message}`);
    }
    assert.ok(g.results.some((r) => r.findings.some((f) => f.message.includes('`'))), 'the findings themselves have code spans (the panel renders them)');
    assert.ok(diags.some((d) => d.severity === vscode.DiagnosticSeverity.Information) && diags.some((d) => d.severity === vscode.DiagnosticSeverity.Warning));
  });

  test('quick fixes: one per edit, "Learn why" names the check, and a missing .dockerignore is created, not linked to', async () => {
    const api = await getApi();
    const folder = fresh();
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder });
    const dockerfile = vscode.Uri.joinPath(folder, 'Dockerfile');
    const ignore = vscode.Uri.joinPath(folder, '.dockerignore');
    assert.equal(await exists(ignore), false);
    assert.equal(vscode.languages.getDiagnostics(ignore).length, 0, 'nothing points at the file that does not exist');

    const from = ours(dockerfile).filter((d) => d.range.start.line === 0 && ['docker.pinned-base', 'docker.slim-final'].includes(codeOf(d)));
    assert.equal(from.length, 2);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', dockerfile, from[0].range);
    const titles = actions.map((a) => a.title);
    assert.equal(actions.filter((a) => a.edit && /python:3\.12-slim/.test(a.title)).length, 1, titles.join(' | '));
    assert.ok(titles.includes('Learn why: Base image is pinned to a version'), titles.join(' | '));
    assert.ok(!titles.some((t) => /docker\.[a-z-]+/.test(t)), `no check ids in titles: ${titles.join(' | ')}`);
    const edits = actions.filter((a) => a.edit).map((a) => JSON.stringify(a.edit!.entries().map(([u, e]) => [u.toString(), e.map((x) => [x.range, x.newText])])));
    assert.equal(new Set(edits).size, edits.length, 'no two actions make the same edit');

    const missing = ours(dockerfile).find((d) => codeOf(d) === 'docker.dockerignore');
    assert.ok(missing, 'the missing .dockerignore is said on the Dockerfile');
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', dockerfile, missing.range);
    const create = fixes.find((a) => a.title === 'Create .dockerignore');
    assert.ok(create?.edit, fixes.map((a) => a.title).join(' | '));
    const view = await api.labPanel.buildView(LAB);
    assert.ok(view!.checks.find((c) => c.id === 'docker.dockerignore')!.findings.every((f) => f.exists && f.file === 'Dockerfile'));
    const regraded = waitFor(api.labs.onDidGrade, (x) => x.lab.id === LAB && x.results.find((r) => r.id === 'docker.dockerignore')?.status === 'pass', 20_000, 'grading with the new .dockerignore');
    assert.ok(await vscode.workspace.applyEdit(create.edit));
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === ignore.toString());
    assert.ok(doc, 'the new file is open');
    assert.match(doc.getText(), /^\.git$/m);
    assert.match(doc.getText(), /^data\/$/m);
    await regraded; // graded as typed text, before any save
    await doc.save();
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(ignore)), /^\.venv\/$/m);
    // Applied again once the file exists, the fix changes nothing.
    assert.equal(await vscode.workspace.applyEdit(create.edit), false);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(ignore)), doc.getText());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Start Lab on a lab already started opens it there instead of offering the same folder and a conflict dialog', async () => {
    const api = await getApi();
    const folder = fresh();
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder });
    const dockerfile = vscode.Uri.joinPath(folder, 'Dockerfile');
    const before = sha(await vscode.workspace.fs.readFile(dockerfile));
    // No onConflict answer given: a conflict dialog would be modal and stop this test.
    const opened = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.startLab, LAB, { ifStarted: 'open' });
    assert.equal(opened?.toString(), folder.toString());
    const again = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.startLab, LAB, { folder });
    assert.equal(again?.toString(), folder.toString(), 'the same folder picked again just opens it');
    assert.equal(sha(await vscode.workspace.fs.readFile(dockerfile)), before);
    assert.equal(api.labPanel.currentLabId, LAB);
    // Starting elsewhere stays possible, on purpose.
    const other = fresh();
    const moved = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.startLab, LAB, { ifStarted: 'elsewhere', folder: other });
    assert.equal(moved?.toString(), other.toString());
    assert.equal(api.labs.folderOf(LAB)?.toString(), other.toString());
    assert.equal(sha(await vscode.workspace.fs.readFile(dockerfile)), before, 'the first folder is untouched');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a completed lab says so in its panel, with what to do next', async () => {
    const api = await getApi();
    const folder = fresh();
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder });
    assert.equal((await api.labPanel.buildView(LAB))?.complete, undefined, 'not complete with the starter');
    // Write the reference solution over the starter, as a learner who finished would have it.
    const ext = vscode.extensions.getExtension('mlops-lab.mlops-lab')!;
    for (const name of ['Dockerfile', '.dockerignore']) {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'content', 'labs', LAB, 'solution', name));
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), bytes);
    }
    const g = await api.labs.grade(LAB);
    assert.ok(g!.results.every((r) => r.status === 'pass'), g!.results.filter((r) => r.status === 'fail').map((r) => r.id).join(', '));
    await vscode.commands.executeCommand(COMMANDS.openLab, LAB);
    const view = await api.labPanel.buildView(LAB);
    assert.ok(view?.complete, 'the panel shows the completion');
    assert.equal(view.complete.quiz?.id, 'deployment-quiz');
    assert.ok(view.complete.nextLab && view.complete.nextLab.id !== LAB);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the panel says what the lab is busy with at once: writing the starter files, then "Grading…", then the results', async () => {
    const api = await getApi();
    const views: Array<{ activity?: string; graded: boolean }> = [];
    const sub = api.labPanel.onDidPostView((v) => { if (v.id === LAB) views.push({ activity: v.activity, graded: v.checks.some((c) => c.status) }); });
    try {
      await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder: fresh() });
      assert.equal(api.labPanel.currentLabId, LAB);
      // The panel's webview is loaded and showing results: from here each change is posted to it.
      await eventually(() => views.some((v) => v.graded && !v.activity), 20_000, 'the lab panel showing results');
      // The file on the left, the panel on the right (never the panel hidden behind the file in one group).
      const [left, right] = vscode.window.tabGroups.all;
      assert.ok(left?.tabs.some((t) => t.input instanceof vscode.TabInputText && t.label === 'Dockerfile'), 'the Dockerfile in the first group');
      assert.ok(right?.tabs.some((t) => t.input instanceof vscode.TabInputWebview), 'the lab panel in the second group');
      views.length = 0;
      await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { ifStarted: 'elsewhere', folder: fresh() });
      const settled = () => views.length > 0 && views[views.length - 1].activity === undefined && views[views.length - 1].graded;
      await eventually(settled, 10_000, 'the panel showing the new results');
      const activities = views.map((v) => v.activity);
      const writing = activities.findIndex((a) => a?.startsWith('Writing the starter files into '));
      const grading = activities.indexOf('Grading…');
      assert.ok(writing >= 0 && grading > writing, `activities in order: ${JSON.stringify(activities)}`);
      views.length = 0;
      await vscode.commands.executeCommand(COMMANDS.gradeLab, LAB);
      await eventually(settled, 10_000, 'the panel showing the results of Grade now');
      assert.ok(views.some((v) => v.activity === 'Grading…'), `"Grade now" shows Grading… too: ${JSON.stringify(views)}`);
    } finally {
      sub.dispose();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  test('mlopsLab.labPanelPlacement "tab" opens the lab panel in the file\'s own editor group', async () => {
    const config = vscode.workspace.getConfiguration('mlopsLab');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config.update('labPanelPlacement', 'tab', vscode.ConfigurationTarget.Workspace);
    try {
      const api = await getApi();
      await vscode.window.showTextDocument(vscode.Uri.joinPath(api.labs.folderOf(LAB)!, 'Dockerfile'));
      await vscode.commands.executeCommand(COMMANDS.openLab, LAB);
      await eventually(() => vscode.window.tabGroups.all[0].tabs.some((t) => t.input instanceof vscode.TabInputWebview), 10_000, 'the lab panel as a tab');
      assert.equal(vscode.window.tabGroups.all.length, 1, 'no second group: the file keeps the whole width');
      assert.ok(vscode.window.tabGroups.all[0].tabs.some((t) => t.input instanceof vscode.TabInputText), 'beside the file, in its group');
    } finally {
      await config.update('labPanelPlacement', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
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
