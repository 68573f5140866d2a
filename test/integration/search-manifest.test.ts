import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import { EXTENSION_ID, getApi, waitFor } from './helpers';

suite('Search, panel content and manifest', () => {
  test('search finds a lesson by words in its text and opens the hit', async () => {
    const api = await getApi();
    const course = await api.store.get();
    const drift = course.lessons.get('model-drift')!;
    const rendered = waitFor(api.lessons.onDidRender, (id) => id === drift.id, 15_000);
    const result = vscode.commands.executeCommand<boolean>(COMMANDS.searchLessons, 'concept drift');
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await result, true);
    await rendered;
    assert.equal(api.lessons.currentLessonId, drift.id);
  });

  test('the panel shows the rendered lesson with navigation and related lessons', async () => {
    const api = await getApi();
    const rendered = waitFor(api.lessons.onDidRender, (id) => id === 'containerization', 15_000);
    await vscode.commands.executeCommand(COMMANDS.openLesson, 'containerization');
    await rendered;
    const view = api.lessons.lastView!;
    assert.equal(view.id, 'containerization');
    assert.match(view.html, /<h2>The idea<\/h2>/);
    assert.match(view.html, /<h2>Why it matters in production<\/h2>/);
    assert.match(view.html, /<pre><code/);
    assert.ok(view.previous && view.next, 'a middle lesson has previous and next');
    assert.ok(view.related.length > 0);
    assert.doesNotMatch(view.html, /<script|javascript:/i);
  });

  test('every command in package.json is registered, and every registered mlopsLab command is declared', async () => {
    await getApi();
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: Array<{ command: string }> } };
    const declared = new Set(pkg.contributes.commands.map((c) => c.command));
    const registered = new Set((await vscode.commands.getCommands(true)).filter((c) => c.startsWith('mlopsLab.')
      // VS Code adds <viewId>.focus/.open/... for every contributed view; those are not ours to declare.
      && !c.startsWith('mlopsLab.topics.')));
    for (const c of declared) assert.ok(registered.has(c), `declared but not registered: ${c}`);
    for (const c of registered) assert.ok(declared.has(c), `registered but not declared: ${c}`);
    assert.deepEqual([...declared].sort(), Object.values(COMMANDS).sort());
  });

  test('behind every command stub and webview serializer of the activation shell, the features registered a handler', async () => {
    const api = await getApi();
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { activationEvents: string[] };
    const restored = pkg.activationEvents.filter((e) => e.startsWith('onWebviewPanel:')).map((e) => e.slice('onWebviewPanel:'.length));
    const { commands, viewTypes } = api.handlers();
    assert.deepEqual([...commands].sort(), Object.values(COMMANDS).sort());
    assert.deepEqual([...viewTypes].sort(), [...restored].sort());
  });

  test('the manifest activates lazily and declares workspace trust honestly', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Record<string, unknown>;
    const events = (pkg.activationEvents as string[] | undefined) ?? [];
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'));
    assert.ok(pkg.capabilities && typeof pkg.capabilities === 'object');
  });
});

suite('Progress export and import', () => {
  test('progress round-trips through an exported file; a bad file is refused and changes nothing', async () => {
    const api = await getApi();
    const root = vscode.workspace.workspaceFolders![0].uri;
    await vscode.commands.executeCommand(COMMANDS.resetAllProgress, true);
    await vscode.commands.executeCommand(COMMANDS.markLessonDone, 'model-drift');
    const file = vscode.Uri.joinPath(root, 'progress-export.json');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.exportProgress, file), true);
    await vscode.commands.executeCommand(COMMANDS.resetAllProgress, true);
    assert.equal(api.progress.isLessonDone('model-drift'), false);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.importProgress, file, true), true);
    assert.equal(api.progress.isLessonDone('model-drift'), true);
    const bad = vscode.Uri.joinPath(root, 'not-progress.json');
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('{"hello": 1}'));
    assert.equal(await vscode.commands.executeCommand(COMMANDS.importProgress, bad, true), false);
    assert.equal(api.progress.isLessonDone('model-drift'), true);
    // A file from a newer format is refused too, even when confirmed: importing it would wipe the record.
    const newer = vscode.Uri.joinPath(root, 'newer-progress.json');
    await vscode.workspace.fs.writeFile(newer, new TextEncoder().encode(JSON.stringify({ format: 'mlops-lab-progress', progress: { version: 99, lessonsDone: {}, sections: {} } })));
    assert.equal(await vscode.commands.executeCommand(COMMANDS.importProgress, newer, true), false);
    assert.equal(api.progress.isLessonDone('model-drift'), true);
    await vscode.commands.executeCommand(COMMANDS.resetAllProgress, true);
  });
});
