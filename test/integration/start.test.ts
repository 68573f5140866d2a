import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import type { MlopsLabApi } from '../../src/extension';
import type { ProgressWindow } from '../../src/progress/progressCommands';
import { correctAnswer } from '../../src/quiz/answers';
import type { Question } from '../../src/quiz/model';
import { Progress } from '../../src/progress/progress';
import { memoryStorage } from '../../src/progress/storage';
import { WALKTHROUGH_ID, WALKTHROUGH_SHOWN_KEY } from '../../src/welcome/firstRun';
import { openWalkthroughOnFirstRun } from '../../src/welcome/walkthrough';
import { EXTENSION_ID, getApi, waitFor, wrongAnswer } from './helpers';

const LAB = 'containerize-model-server';

interface Shown { kind: 'error' | 'warning' | 'info'; message: string; modal: boolean; detail?: string; items: string[] }

/** Records every message the progress commands show and answers warnings with `answer`; nothing is shown for real. */
function recorder(answer?: string): ProgressWindow & { shown: Shown[] } {
  const shown: Shown[] = [];
  const record = (kind: Shown['kind']) => async (message: string, options?: vscode.MessageOptions | string, ...items: string[]) => {
    const opts = typeof options === 'object' ? options : undefined;
    shown.push({ kind, message, modal: opts?.modal === true, detail: opts?.detail, items: typeof options === 'string' ? [options, ...items] : items });
    return kind === 'warning' ? answer : undefined;
  };
  return {
    shown,
    showErrorMessage: record('error'),
    showWarningMessage: record('warning'),
    showInformationMessage: record('info') as ProgressWindow['showInformationMessage'],
    showSaveDialog: async () => undefined,
    showOpenDialog: async () => undefined,
  };
}

async function withWindow<T>(api: MlopsLabApi, w: ProgressWindow, fn: () => Promise<T>): Promise<T> {
  const before = api.progressUi.window;
  api.progressUi.window = w;
  try {
    return await fn();
  } finally {
    api.progressUi.window = before;
  }
}


function current(api: MlopsLabApi): Question {
  const s = api.quizzes.service.session!;
  return s.state.questions[s.state.current];
}

suite('First five minutes: tree, import errors, reset all', () => {
  suiteSetup(async () => {
    const api = await getApi();
    await api.store.get();
    await vscode.commands.executeCommand(COMMANDS.resetAllProgress, true);
  });

  suiteTeardown(async () => {
    const api = await getApi();
    api.quizzes.setClock(() => new Date());
    api.quizzes.panel.close();
    await vscode.commands.executeCommand(COMMANDS.resetAllProgress, true);
  });

  test('every row with a count has an accessible name that says it; the Review row is named by its count, not its tooltip', async () => {
    const api = await getApi();
    const t0 = new Date('2031-03-01T10:00:00Z');
    api.quizzes.setClock(() => t0);
    const quizId = (await api.store.get()).topics.find((t) => t.quizIds.length)!.quizIds[0];
    await api.quizzes.service.startQuiz(quizId);
    const q = current(api);
    // A wrong answer puts the question in the review deck; a month later it is due.
    assert.equal((await api.quizzes.service.submit(q.id, wrongAnswer(q))).ok, true);
    await api.quizzes.service.endSession();
    api.quizzes.setClock(() => new Date(t0.getTime() + 30 * 86_400_000));
    const due = api.quizzes.dueCount();
    assert.ok(due >= 1, 'a missed question is due a month later');

    const roots = await api.tree.getChildren();
    const review = api.tree.getTreeItem(roots.find((n) => n.kind === 'review')!);
    assert.equal(review.label, `Review due (${due})`);
    assert.equal(review.accessibilityInformation?.label, `Review: ${due} question${due === 1 ? '' : 's'} due`);
    assert.notEqual(review.accessibilityInformation?.label, review.tooltip);

    const course = await api.store.get();
    for (const node of roots) {
      const item = api.tree.getTreeItem(node);
      assert.ok(item.accessibilityInformation?.label, `${String(item.label)} has an accessible name`);
      if (node.kind === 'topic') assert.match(item.accessibilityInformation!.label, new RegExp(`, \\d+ of ${node.topic.lessonIds.length} lessons? done$`));
      if (node.kind !== 'topic') continue;
      for (const child of await api.tree.getChildren(node)) {
        const c = api.tree.getTreeItem(child);
        if (child.kind === 'quiz') assert.match(c.accessibilityInformation!.label, new RegExp(`${child.quiz.questions.length} questions?$`));
        if (child.kind === 'lab') assert.match(c.accessibilityInformation!.label, /^Lab .+, (not started|started, not graded yet|\d+ of \d+ checks? pass)/);
        if (child.kind === 'lesson') assert.match(c.accessibilityInformation!.label, /, (done|not done)/);
      }
    }
    assert.ok(course.topics.length > 0);
    await api.quizzes.service.resetAll();
    api.quizzes.setClock(() => new Date());
  });

  test('an import that fails says why in a modal dialog (not a notification the bell keeps)', async () => {
    const api = await getApi();
    const root = vscode.workspace.workspaceFolders![0].uri;
    await vscode.commands.executeCommand(COMMANDS.markLessonDone, 'model-drift');
    const bad = vscode.Uri.joinPath(root, 'not-progress-modal.json');
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('{"hello": 1}'));
    const w = recorder('Replace');
    assert.equal(await withWindow(api, w, async () => vscode.commands.executeCommand(COMMANDS.importProgress, bad)), false);
    assert.equal(w.shown.length, 1, JSON.stringify(w.shown));
    assert.equal(w.shown[0].kind, 'error');
    assert.equal(w.shown[0].modal, true);
    assert.equal(w.shown[0].message, 'MLOps Lab could not import not-progress-modal.json.');
    assert.match(w.shown[0].detail ?? '', /not an MLOps Lab progress export/);

    const missing = vscode.Uri.joinPath(root, 'no-such-progress-file.json');
    const w2 = recorder('Replace');
    assert.equal(await withWindow(api, w2, async () => vscode.commands.executeCommand(COMMANDS.importProgress, missing)), false);
    assert.equal(w2.shown[0]?.modal, true);
    assert.match(w2.shown[0]?.detail ?? '', /Nothing was imported; your progress is unchanged/);
    assert.equal(api.progress.isLessonDone('model-drift'), true, 'a failed import changes nothing');
    await vscode.commands.executeCommand(COMMANDS.resetAllProgress, true);
  });

  test('reset all says everything it removes, removes it, and every open view shows the reset state', async function () {
    this.timeout(120_000);
    const api = await getApi();
    const course = await api.store.get();
    api.quizzes.setClock(() => new Date());
    // A lesson done, open in its panel.
    const lessonId = course.topics[0].lessonIds[0];
    const rendered = waitFor(api.lessons.onDidRender, (id) => id === lessonId, 15_000);
    await vscode.commands.executeCommand(COMMANDS.openLesson, lessonId);
    await rendered;
    await vscode.commands.executeCommand(COMMANDS.markLessonDone, lessonId);
    assert.equal(api.lessons.lastView?.done, true);
    // A quiz finished (a best score), answers in the review deck, and another quiz in progress in the open panel.
    const [finished, inProgress] = [...course.quizzes.values()].filter((q) => q.topic).sort((a, b) => a.questions.length - b.questions.length);
    await api.quizzes.service.startQuiz(finished.id);
    for (let i = 0; i < finished.questions.length; i++) {
      const q = current(api);
      assert.equal((await api.quizzes.service.submit(q.id, correctAnswer(q))).ok, true);
      await api.quizzes.service.next();
    }
    assert.ok(api.quizzes.service.record(finished.id), 'the finished quiz has a best score');
    const shown = waitFor(api.quizzes.panel.onDidShow, (e) => e.phase === 'question', 15_000);
    await vscode.commands.executeCommand(COMMANDS.openQuiz, inProgress.id, { restart: true });
    await shown;
    const q = current(api);
    assert.equal((await api.quizzes.service.submit(q.id, wrongAnswer(q))).ok, true);
    // A lab started and graded, with a hint shown, open in the lab panel.
    const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, `reset-all-${Date.now()}`);
    const graded = waitFor(api.labs.onDidGrade, (g) => g.lab.id === LAB, 20_000);
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder });
    const g = await graded;
    const failing = g.results.find((r) => r.status === 'fail')!;
    const posted = waitFor(api.labPanel.onDidPostView, (v) => v.checks.some((c) => c.hints.length > 0), 15_000);
    await api.labs.revealHint(LAB, failing.id);
    await posted;
    assert.equal(api.labPanel.currentLabId, LAB);

    const cards = Object.keys((api.progress.section<{ cards: object }>('reviewDeck'))?.cards ?? {}).length;
    assert.ok(cards >= 1, 'the missed question is in the review deck');
    const w = recorder('Reset All');
    const labRepainted = waitFor(api.labPanel.onDidPostView, (v) => v.id === LAB && v.checks.every((c) => c.hints.length === 0 && c.status === undefined), 15_000);
    assert.equal(await withWindow(api, w, async () => vscode.commands.executeCommand(COMMANDS.resetAllProgress)), true);

    // The question said everything, counted from what was really stored.
    assert.equal(w.shown.length, 1);
    assert.equal(w.shown[0].modal, true);
    assert.equal(w.shown[0].kind, 'warning');
    assert.deepEqual(w.shown[0].items, ['Reset All']);
    const detail = w.shown[0].detail ?? '';
    for (const part of ['1 lesson marked done', '1 quiz best score', `${cards} question${cards === 1 ? '' : 's'} in your review deck`,
      `the quiz in progress ("${inProgress.title}", 1 of ${inProgress.questions.length} questions answered)`,
      'the progress of 1 lab (checks passed, 1 hint shown)', 'Your lab files in the workspace are kept']) {
      assert.ok(detail.includes(part), `"${part}" missing from: ${detail}`);
    }

    // Everything is gone, and every view shows it.
    assert.deepEqual(api.progress.snapshot().lessonsDone, {});
    assert.equal(api.quizzes.service.record(finished.id), undefined);
    assert.equal(api.quizzes.dueCount(), 0);
    assert.equal(api.quizzes.service.session, undefined);
    assert.equal(api.labs.state(LAB), undefined);
    assert.equal(api.lessons.lastView?.done, false, 'the lesson panel shows the lesson not done');
    assert.equal(api.quizzes.panel.lastMessage?.type, 'empty', 'the quiz panel shows no quiz in progress');
    const lab = await labRepainted;
    assert.equal(lab.completed, false);
    const roots = await api.tree.getChildren();
    const topic = api.tree.getTreeItem(roots[0]);
    assert.equal(topic.description, `0/${course.topics[0].lessonIds.length}`);
    const deployment = roots.find((n) => n.kind === 'topic' && n.topic.id === 'deployment')!;
    const labItem = api.tree.getTreeItem((await api.tree.getChildren(deployment)).find((n) => n.kind === 'lab')!);
    assert.equal(labItem.label, `Lab: ${g.lab.title}`, 'no checks count after the reset');
    for (const n of roots.filter((x) => x.kind === 'topic')) {
      for (const child of await api.tree.getChildren(n)) {
        if (child.kind === 'quiz') assert.doesNotMatch(String(api.tree.getTreeItem(child).label), /^Best/);
      }
    }
    // The learner's lab files are still there.
    assert.ok((await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, 'Dockerfile'))).size > 0);
  });

  test('reset all with nothing saved says so and asks nothing', async () => {
    const api = await getApi();
    await vscode.commands.executeCommand(COMMANDS.resetAllProgress, true);
    const w = recorder('Reset All');
    assert.equal(await withWindow(api, w, async () => vscode.commands.executeCommand(COMMANDS.resetAllProgress)), false);
    assert.deepEqual(w.shown.map((s) => [s.kind, s.message]), [['info', 'MLOps Lab: there is no progress to reset yet.']]);
  });
});

suite('First five minutes: the walkthrough', () => {
  function memento(): vscode.Memento & { data: Map<string, unknown> } {
    const data = new Map<string, unknown>();
    return {
      data,
      keys: () => [...data.keys()],
      get: <T>(k: string, d?: T) => (data.has(k) ? data.get(k) : d) as T,
      update: async (k: string, v: unknown) => void data.set(k, v),
    };
  }

  test('the extension under the test runner did not open it by itself', () => {
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
    assert.ok(!tabs.some((l) => /Get started with MLOps Lab/.test(l)), tabs.join(', '));
  });

  test('a learner new to the extension gets it once; one with progress never', async () => {
    const runs: unknown[][] = [];
    const run = async (...args: unknown[]) => void runs.push(args);
    const memory = memento();
    const fresh = new Progress(memoryStorage());
    const deps = { memory, progress: fresh, mode: vscode.ExtensionMode.Development, run };
    assert.equal(await openWalkthroughOnFirstRun(deps), true);
    assert.deepEqual(runs, [['workbench.action.openWalkthrough', WALKTHROUGH_ID, false]]);
    assert.equal(memory.data.get(WALKTHROUGH_SHOWN_KEY), true);
    assert.equal(await openWalkthroughOnFirstRun(deps), false, 'never a second time');
    assert.equal(runs.length, 1);

    const returning = new Progress(memoryStorage());
    await returning.setLessonDone('model-drift', true);
    assert.equal(await openWalkthroughOnFirstRun({ ...deps, memory: memento(), progress: returning }), false);
    assert.equal(await openWalkthroughOnFirstRun({ ...deps, memory: memento(), mode: vscode.ExtensionMode.Test }), false);
    assert.equal(runs.length, 1);
  });

  test('it opens this extension\'s walkthrough, and VS Code shows it', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const walkthroughs = (ext.packageJSON as { contributes: { walkthroughs: Array<{ id: string }> } }).contributes.walkthroughs;
    assert.equal(WALKTHROUGH_ID, `${ext.id}#${walkthroughs[0].id}`);
    const welcomeTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.label === 'Welcome').length;
    const before = welcomeTabs();
    const opened = await openWalkthroughOnFirstRun({
      memory: memento(), progress: new Progress(memoryStorage()), mode: vscode.ExtensionMode.Test, evenInTests: true,
      run: (cmd, ...args) => vscode.commands.executeCommand(cmd, ...args),
    });
    assert.equal(opened, true);
    // The walkthrough editor is VS Code's "Welcome" editor; scripts/ui-test.mjs checks and captures what it shows.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && welcomeTabs() <= before && before === 0) await new Promise((r) => setTimeout(r, 100));
    assert.ok(welcomeTabs() >= 1, 'the walkthrough editor is open');
    const active = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.equal(active?.label, 'Welcome', 'and it is the active editor: the learner\'s first screen');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
