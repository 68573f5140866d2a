import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import { getApi, waitFor } from './helpers';

const LAB = 'containerize-model-server';
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const rootPath = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
let n = 0;
const freshDir = () => {
  const p = join(rootPath(), `hardening-${Date.now()}-${n++}`);
  mkdirSync(p, { recursive: true });
  return p;
};

suite('Hardening: learner work is never lost', () => {
  test('a read-only folder: a clear error, nothing written, nothing changed', async function () {
    if (process.getuid?.() === 0) {
      // root ignores permission bits; make the target unwritable another way: a file where the folder should be.
      const dir = freshDir();
      writeFileSync(join(dir, 'app'), 'I am a file, not a folder\n');
      const before = sha(readFileSync(join(dir, 'app')));
      const result = await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder: vscode.Uri.file(dir), onConflict: 'skip' });
      assert.equal(result, undefined, 'the lab was not started');
      assert.equal(sha(readFileSync(join(dir, 'app'))), before);
      assert.deepEqual(readdirSync(dir), ['app'], 'a failed start takes back what it wrote');
      return;
    }
    const dir = freshDir();
    chmodSync(dir, 0o555);
    try {
      const result = await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder: vscode.Uri.file(dir) });
      assert.equal(result, undefined);
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  test('a file open with unsaved changes is left alone, in the buffer and on disk', async () => {
    const dir = freshDir();
    const file = join(dir, 'Dockerfile');
    writeFileSync(file, 'FROM python:3.12-slim\n');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), '# unsaved work\n'));
    const buffer = doc.getText();
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder: vscode.Uri.file(dir), onConflict: 'skip' });
    assert.equal(doc.getText(), buffer);
    assert.ok(doc.isDirty);
    assert.equal(readFileSync(file, 'utf8'), 'FROM python:3.12-slim\n');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a symlink in the way is not followed or replaced', async () => {
    const dir = freshDir();
    const outside = join(freshDir(), 'precious.txt');
    writeFileSync(outside, 'precious bytes\n');
    symlinkSync(outside, join(dir, 'requirements.txt'));
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder: vscode.Uri.file(dir), onConflict: 'skip' });
    assert.equal(readFileSync(outside, 'utf8'), 'precious bytes\n');
    assert.equal(readFileSync(join(dir, 'requirements.txt'), 'utf8'), 'precious bytes\n');
  });

  test('an existing subfolder of the lab name gets a new name instead', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, LAB));
    writeFileSync(join(dir, LAB, 'notes.md'), 'mine\n');
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
    const target = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.startLab, LAB, { folder: vscode.Uri.file(dir), onConflict: 'subfolder' });
    assert.equal(target?.fsPath, join(dir, `${LAB}-2`));
    assert.equal(readFileSync(join(dir, LAB, 'notes.md'), 'utf8'), 'mine\n');
    assert.equal(readFileSync(join(dir, 'Dockerfile'), 'utf8'), 'FROM scratch\n');
  });

  test('a folder outside the workspace: existing files kept byte for byte, the rest written there', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'mlops-outside-'));
    assert.ok(!outside.startsWith(rootPath()));
    writeFileSync(join(outside, 'Dockerfile'), 'FROM scratch\n# outside the workspace\n');
    const before = sha(readFileSync(join(outside, 'Dockerfile')));
    const target = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.startLab, LAB, { folder: vscode.Uri.file(outside), onConflict: 'skip' });
    assert.equal(target?.fsPath, outside);
    assert.equal(sha(readFileSync(join(outside, 'Dockerfile'))), before);
    assert.ok(readFileSync(join(outside, 'app', 'main.py'), 'utf8').length > 0);
  });

  test('a binary or huge lab file gets a clear finding, not a crash', async () => {
    const api = await getApi();
    const dir = freshDir();
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder: vscode.Uri.file(dir) });
    writeFileSync(join(dir, 'Dockerfile'), Buffer.from([0x46, 0x52, 0x00, 0x01, 0xff]));
    let g = await api.labs.grade(LAB);
    assert.match(JSON.stringify(g!.results), /binary/);
    writeFileSync(join(dir, 'Dockerfile'), 'RUN echo x\n'.repeat(1_000_000));
    g = await api.labs.grade(LAB);
    assert.match(JSON.stringify(g!.results), /not graded/);
  });
});

suite('Hardening: webview messages', () => {
  test('the lesson panel ignores malformed, unknown, oversized and out-of-order messages and keeps working', async () => {
    const api = await getApi();
    const rendered = waitFor(api.lessons.onDidRender, (id) => id === 'ab-testing', 15_000);
    await vscode.commands.executeCommand(COMMANDS.openLesson, 'ab-testing');
    await rendered;
    const bad: unknown[] = [undefined, null, 42, 'ready', [], {}, { type: 'openLesson' }, { type: 'openLesson', lessonId: 'x'.repeat(10_000) },
      { type: 'openLesson', lessonId: '../../../etc/passwd' }, { type: 'setDone', lessonId: 'ab-testing', done: 'true' },
      { type: 'openExternal', url: 'javascript:alert(1)' }, { type: 'openExternal', url: 'command:workbench.action.quit' },
      { type: 'rendered', lessonId: 'model-drift' }, { type: '__proto__' }, { type: 'setDone', lessonId: 'ab-testing', done: true, __proto__: { x: 1 } }];
    for (const m of bad.slice(0, -1)) await api.lessons.receive(m);
    assert.equal(api.lessons.currentLessonId, 'ab-testing');
    assert.equal(api.progress.isLessonDone('ab-testing'), false);
    const again = waitFor(api.lessons.onDidRender, (id) => id === 'model-drift', 15_000);
    await api.lessons.receive({ type: 'openLesson', lessonId: 'model-drift' });
    await again;
    assert.equal(api.lessons.currentLessonId, 'model-drift', 'the panel still works after the junk');
  });
});
