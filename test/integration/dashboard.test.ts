// Issue 17: the progress dashboard shows what the saved progress holds, and its tables list the same numbers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import type { DashboardPainted } from '../../src/dashboard/dashboardPanel';
import { localDay } from '../../src/progress/days';
import { correctAnswer } from '../../src/quiz/answers';
import { readLabsSection } from '../../src/labs/labState';
import { eventually, getApi, waitFor, wrongAnswer } from './helpers';

const LAB = 'containerize-model-server';


/** The row of a table whose first cell is `first`. */
function row(rows: string[][] | undefined, first: string): string[] {
  const r = rows?.find((x) => x[0] === first);
  assert.ok(r, `no table row for ${first} in ${JSON.stringify(rows)?.slice(0, 400)}`);
  return r;
}

/** Misses the current question of a topic quiz, so the review deck has a question due within a day. */
async function missOne(): Promise<void> {
  const api = await getApi();
  const course = await api.store.get();
  const quizId = course.topics.find((t) => t.quizIds.length)!.quizIds[0];
  await vscode.commands.executeCommand(COMMANDS.openQuiz, quizId, { restart: true });
  const s = api.quizzes.service.session!;
  const q = s.state.questions[s.state.current];
  const shown = waitFor(api.quizzes.onDidShowFeedback, (e) => e.questionId === q.id, 15_000);
  await api.quizzes.panel.receive({ type: 'submit', questionId: q.id, answer: wrongAnswer(q), confidence: 'sure' });
  await shown;
}

suite('Progress dashboard', () => {
  suiteSetup(async () => {
    const api = await getApi();
    await api.store.get();
  });

  suiteTeardown(async () => {
    const api = await getApi();
    api.quizzes.setClock(() => new Date());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Leave no progress behind for the suites after this one.
    await vscode.commands.executeCommand(COMMANDS.resetAllProgress, true);
  });

  test('after a lesson, a quiz attempt and a lab grading, the dashboard shows the saved numbers and its tables list the same', async function () {
    this.timeout(120_000);
    const api = await getApi();
    const course = await api.store.get();
    const quizzes = api.quizzes;

    // A lesson marked done.
    const topic = course.topics.find((t) => t.quizIds.length && t.labIds.includes(LAB)) ?? course.topics[0];
    const lessonId = topic.lessonIds.find((id) => !api.progress.isLessonDone(id)) ?? topic.lessonIds[0];
    await vscode.commands.executeCommand(COMMANDS.markLessonDone, lessonId);
    assert.ok(api.progress.isLessonDone(lessonId));

    // A whole quiz attempt through the quiz panel: the first question missed, the rest right.
    const quiz = course.quizzes.get(topic.quizIds[0])!;
    await vscode.commands.executeCommand(COMMANDS.openQuiz, quiz.id, { restart: true });
    for (let i = 0; i < quiz.questions.length; i++) {
      const s = quizzes.service.session!;
      const q = s.state.questions[s.state.current];
      const shown = waitFor(quizzes.onDidShowFeedback, (e) => e.questionId === q.id, 15_000);
      await quizzes.panel.receive({ type: 'submit', questionId: q.id, answer: i === 0 ? wrongAnswer(q) : correctAnswer(q), confidence: 'sure' });
      await shown;
      await quizzes.panel.receive({ type: 'next' });
    }
    const attempts = api.progress.quizAttempts(quiz.id);
    assert.ok(attempts.length >= 1, 'the attempt is kept with its date and score');
    const record = quizzes.service.record(quiz.id)!;
    assert.equal(attempts.at(-1)!.score, record.lastScore);
    assert.ok(record.lastScore < 100, 'one question was missed');

    // A lab grading.
    const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, `dashboard-lab-${Date.now()}`);
    const graded = waitFor(api.labs.onDidGrade, (g) => g.lab.id === LAB, 30_000);
    await vscode.commands.executeCommand(COMMANDS.startLab, LAB, { folder });
    await graded;
    await eventually(() => !!readLabsSection(api.progress.section('labs'))[LAB]?.gradedAt, 5000, 'the grading saved');
    const labState = readLabsSection(api.progress.section('labs'))[LAB];

    // Open the dashboard and wait for the webview to report it drawn.
    const painted = waitFor(api.dashboard.panel.onDidPaint, () => true, 20_000, 'dashboard painted');
    await vscode.commands.executeCommand(COMMANDS.showProgress);
    const { view, tables } = await painted;
    assert.deepEqual(api.dashboard.panel.lastMessage?.view, view, 'the painted view is the one posted');
    const state = api.progress.snapshot();

    // Readiness: lessons per topic as saved.
    for (const t of course.topics) {
      const v = view.topics.find((x) => x.id === t.id)!;
      const done = t.lessonIds.filter((id) => course.lessons.has(id) && id in state.lessonsDone).length;
      assert.equal(v.lessonsDone, done, t.id);
      const cells = row(tables.readiness, t.title);
      assert.equal(cells[1], v.readiness === null ? '–' : `${v.readiness}%`, `${t.id} readiness`);
      assert.equal(cells[2], v.read === null ? 'no lessons' : `${v.read}% (${v.lessonsDone} of ${v.lessonsTotal})`, `${t.id} read`);
    }
    const mine = view.topics.find((x) => x.id === topic.id)!;
    assert.ok(mine.lessonsDone >= 1);
    // The missed question is in the deck, so the topic has a retained share from FSRS, and the table says it.
    assert.ok(mine.cards >= 1 && mine.retained !== null && mine.retained > 0, JSON.stringify(mine));
    assert.equal(row(tables.readiness, topic.title)[3], `${mine.retained}% (${mine.cards} question${mine.cards === 1 ? '' : 's'})`);

    // Quiz history: the saved attempts, best and last.
    const qv = view.quizzes.find((q) => q.id === quiz.id)!;
    assert.deepEqual(qv.attempts, attempts);
    assert.equal(qv.best, Math.max(record.best, ...attempts.map((a) => a.score)));
    assert.equal(qv.last, record.lastScore);
    const qRow = row(tables.quizzes, quiz.title);
    assert.deepEqual(qRow.slice(1, 4), [String(qv.attemptsTotal), `${qv.best}%`, `${qv.last}%`]);
    assert.equal(qRow[4].match(/\d+%/g)?.length, attempts.length, 'one score per kept attempt');
    assert.equal(qRow[4].match(/\d+%/g)?.at(-1), `${record.lastScore}%`);

    // Labs: checks passing and the time of the last grading.
    const lv = view.labs.find((l) => l.id === LAB)!;
    assert.equal(lv.passed, labState.passed.length);
    assert.equal(lv.total, labState.total);
    assert.equal(lv.gradedAt, labState.gradedAt);
    assert.equal(lv.completed, !!labState.completedAt);
    const lRow = row(tables.labs, course.labs.get(LAB)!.title);
    assert.equal(lRow[1], `${labState.passed.length} of ${labState.total}`);
    assert.equal(lRow[2], labState.completedAt ? 'yes' : 'no');

    // Review: due now as the tree counts it; the forecast's 14 days and their table.
    assert.equal(view.review.dueNow, quizzes.dueCount());
    assert.equal(view.review.forecast.length, 14);
    assert.equal(tables.forecast?.length, 15, 'a header row and one row per day');
    assert.deepEqual(tables.forecast!.slice(1).map((r) => Number(r[1])), view.review.forecast.map((f) => f.count));

    // Activity: today was a study day (a lesson, answers, a grading); the table's days add up to the strip's.
    assert.equal(view.today, localDay(new Date()));
    assert.ok(state.studyDays.includes(view.today));
    assert.equal(view.activity.studiedToday, true);
    assert.ok(view.activity.streak >= 1);
    assert.equal(tables.activity!.slice(1).reduce((n, r) => n + Number(r[1]), 0), view.activity.studied);
  });

  test('the open dashboard repaints when progress changes, and ignores malformed messages', async function () {
    this.timeout(60_000);
    const api = await getApi();
    const course = await api.store.get();
    if (!api.dashboard.panel.isOpen) {
      const first = waitFor(api.dashboard.panel.onDidPaint, () => true, 20_000);
      await vscode.commands.executeCommand(COMMANDS.showProgress);
      await first;
    }
    const lesson = [...course.lessons.values()].find((l) => !api.progress.isLessonDone(l.id))!;
    const before = api.dashboard.panel.lastMessage!.view.topics.find((t) => t.id === lesson.topicId)!.lessonsDone;
    const repainted = waitFor(api.dashboard.panel.onDidPaint, (p: DashboardPainted) => p.view.topics.find((t) => t.id === lesson.topicId)!.lessonsDone === before + 1, 20_000, 'repaint');
    await api.progress.setLessonDone(lesson.id, true);
    const p = await repainted;
    assert.equal(row(p.tables.readiness, course.topics.find((t) => t.id === lesson.topicId)!.title)[2].split(' ')[1], `(${before + 1}`);
    const ignored = api.dashboard.panel.ignoredMessages;
    await api.dashboard.panel.receive({ type: 'openLesson', lessonId: '../../etc' });
    await api.dashboard.panel.receive({ type: 'runCommand', command: 'workbench.action.quit' });
    assert.equal(api.dashboard.panel.ignoredMessages, ignored + 2);
  });

  test('the status bar says how many reviews are due, starts the review, and hides when none is due or it is turned off', async function () {
    this.timeout(60_000);
    const api = await getApi();
    const status = api.dashboard.status;
    const config = vscode.workspace.getConfiguration('mlopsLab');
    await missOne();
    // The missed question comes back within a day: move the quiz clock a week on.
    const later = new Date(Date.now() + 7 * 86_400_000);
    api.quizzes.setClock(() => later);
    const due = api.quizzes.dueCount();
    assert.ok(due >= 1, 'a question is due a week after it was missed');
    await eventually(() => status.text === `$(history) MLOps: ${due} due`, 5000, 'status bar text');
    assert.equal(status.item.command, COMMANDS.startReview);
    try {
      await config.update('statusBar.reviewsDue', false, vscode.ConfigurationTarget.Global);
      await eventually(() => status.text === undefined, 5000, 'hidden when turned off');
    } finally {
      await config.update('statusBar.reviewsDue', undefined, vscode.ConfigurationTarget.Global);
    }
    await eventually(() => status.text !== undefined, 5000, 'shown again');
    api.quizzes.setClock(() => new Date(0));
    await eventually(() => status.text === undefined, 5000, 'hidden when nothing is due');
    api.quizzes.setClock(() => new Date());
  });

  test('the status bar and the tree update by themselves when the next question falls due, without any other event', async function () {
    this.timeout(30_000);
    const api = await getApi();
    await missOne();
    const next = api.quizzes.service.nextDueAt();
    assert.ok(next !== undefined, 'a question falls due later');
    // Put the clock 1.5 s before that moment; the clock then runs on by itself.
    const offset = next - Date.now() - 1500;
    let sub: vscode.Disposable | undefined;
    try {
      api.quizzes.setClock(() => new Date(Date.now() + offset));
      let changes = 0;
      sub = api.quizzes.onDidChange(() => changes++);
      const before = api.quizzes.dueCount();
      await eventually(() => api.quizzes.dueCount() > before, 10_000, 'the question falls due');
      const after = api.quizzes.dueCount();
      await eventually(() => api.dashboard.status.text === `$(history) MLOps: ${after} due`, 10_000, `status bar "MLOps: ${after} due"`);
      // The change event the tree (and an open dashboard) repaint on fired then, with no other cause.
      assert.ok(changes > 0, 'the quiz feature said that the due count changed');
    } finally {
      sub?.dispose();
      api.quizzes.setClock(() => new Date());
    }
  });

  test('the daily review prompt: only when turned on and something is due, at most once a day', async function () {
    this.timeout(30_000);
    const api = await getApi();
    const status = api.dashboard.status;
    const asked: string[] = [];
    const realAsk = status.ask;
    status.ask = async (text) => {
      asked.push(text);
      return undefined;
    };
    await missOne();
    const later = new Date(Date.now() + 7 * 86_400_000);
    try {
      api.quizzes.setClock(() => later);
      const due = api.quizzes.dueCount();
      assert.ok(due >= 1);
      // Off by default: nothing, however often the status updates.
      assert.equal(vscode.workspace.getConfiguration('mlopsLab').get('reminders.dailyReviewPrompt'), false);
      status.update();
      assert.equal(await status.maybePrompt(due, false), false);
      // Turned on: once today, then never again today.
      const first = await status.maybePrompt(due, true);
      const second = await status.maybePrompt(due, true);
      // Each test run has a new profile, so today's prompt has not been shown yet.
      assert.equal(first, true, 'the first prompt of the day');
      assert.equal(second, false, 'never twice on the same day');
      assert.equal(asked.length, 1);
      assert.match(asked[0], new RegExp(`^MLOps Lab: ${due} question`));
      assert.equal(await status.maybePrompt(0, true), false, 'nothing due: no prompt');
    } finally {
      status.ask = realAsk;
      api.quizzes.setClock(() => new Date());
    }
  });
});
