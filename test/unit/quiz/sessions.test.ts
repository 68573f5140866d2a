import * as assert from 'node:assert/strict';
import { restoreAttempt, serializeAttempt, startAttempt, submitAnswer, next, type AttemptState } from '../../../src/quiz/attempt';
import { correctAnswer } from '../../../src/quiz/answers';
import { ACTIVE_SESSION_KEY, LEGACY_SESSION_KEY, SESSION_PREFIX, SessionShelf, type SessionStorage } from '../../../src/quiz/sessions';
import { loadContentQuizzes } from './content';

/** A Memento-like store kept in a Map, as workspaceState keeps it across a window reload. */
function memory(initial: Record<string, unknown> = {}): SessionStorage & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: (k) => (data.has(k) ? JSON.parse(JSON.stringify(data.get(k))) : undefined),
    update: async (k, v) => {
      if (v === undefined) data.delete(k);
      else data.set(k, JSON.parse(JSON.stringify(v)));
    },
    keys: () => [...data.keys()],
  };
}

const codec = { serialize: serializeAttempt, restore: restoreAttempt };
const NOW = new Date('2030-01-01T10:00:00Z');
const { quizzes } = loadContentQuizzes();
const quizA = quizzes.find((q) => q.id === 'article-quiz')!;
const quizB = quizzes.find((q) => q.id === 'cicd-quiz')!;

function answered(state: AttemptState, n: number): AttemptState {
  let s = state;
  for (let i = 0; i < n; i++) {
    const r = submitAnswer(s, correctAnswer(s.questions[s.current]), undefined, NOW);
    assert.ok(r.ok);
    s = next(r.state);
  }
  return s;
}

describe('quiz sessions side by side (issue 12)', () => {
  it('a review and another quiz never replace a quiz in progress; a reload brings every one back', async () => {
    const store = memory();
    const shelf = new SessionShelf(store, codec);
    const a = answered(startAttempt(quizA.questions, 1, NOW), 15);
    await shelf.save({ kind: 'quiz', quizId: quizA.id, title: quizA.title, state: a });
    const review = startAttempt(quizB.questions.slice(0, 3), 2, NOW, { shuffleQuestions: false });
    await shelf.save({ kind: 'review', title: 'Review', state: review });
    assert.equal(shelf.active?.kind, 'review', 'the review is shown');
    assert.deepEqual(shelf.get('quiz', quizA.id)?.state, a, 'quiz A keeps its 15 answers');
    const b = startAttempt(quizB.questions, 3, NOW);
    await shelf.save({ kind: 'quiz', quizId: quizB.id, title: quizB.title, state: b });
    assert.equal(shelf.active?.quizId, quizB.id);
    assert.equal(shelf.list().length, 3);
    assert.equal(shelf.list()[0].quizId, quizB.id, 'the shown one first');

    // Back to quiz A: where it was.
    assert.equal(await shelf.activate('quiz', quizA.id), true);
    assert.equal(Object.keys(shelf.active!.state.answers).length, 15);
    assert.equal(shelf.active!.state.current, 15);

    // An answer saved for a session that is not shown any more does not switch the panel to it.
    await shelf.save({ kind: 'quiz', quizId: quizB.id, title: quizB.title, state: answered(b, 1) }, { activate: false });
    assert.equal(shelf.active?.quizId, quizA.id);

    // A window reload: a new shelf over the same storage.
    const again = new SessionShelf(store, codec);
    assert.equal(again.active?.quizId, quizA.id, 'the shown session is shown again');
    assert.deepEqual(again.get('quiz', quizA.id)?.state, a);
    assert.deepEqual(again.get('review')?.state, review);
    assert.equal(Object.keys(again.get('quiz', quizB.id)!.state.answers).length, 1);
    // The same after forgetting what is in memory (QuizService.reloadSessions in the integration tests).
    shelf.forget();
    assert.deepEqual(shelf.get('quiz', quizA.id)?.state, a);
  });

  it('each session has its own key, so one answer rewrites one session only', async () => {
    const store = memory();
    const shelf = new SessionShelf(store, codec);
    await shelf.save({ kind: 'quiz', quizId: quizA.id, title: quizA.title, state: startAttempt(quizA.questions, 1, NOW) });
    await shelf.save({ kind: 'review', title: 'Review', state: startAttempt(quizB.questions, 1, NOW) });
    assert.deepEqual([...store.data.keys()].sort(), [ACTIVE_SESSION_KEY, `${SESSION_PREFIX}quiz:${quizA.id}`, `${SESSION_PREFIX}review`].sort());
    assert.equal(store.data.get(ACTIVE_SESSION_KEY), 'review');
  });

  it('removes one session or all of them', async () => {
    const store = memory();
    const shelf = new SessionShelf(store, codec);
    await shelf.save({ kind: 'quiz', quizId: quizA.id, title: quizA.title, state: startAttempt(quizA.questions, 1, NOW) });
    await shelf.save({ kind: 'quiz', quizId: quizB.id, title: quizB.title, state: startAttempt(quizB.questions, 1, NOW) });
    await shelf.remove();
    assert.equal(shelf.active, undefined, 'the shown one is gone');
    assert.ok(shelf.get('quiz', quizA.id), 'the other one stays');
    assert.equal(await shelf.activate('quiz', quizB.id), false);
    await shelf.clear();
    assert.deepEqual(shelf.list(), []);
    assert.deepEqual(store.keys(), []);
  });

  it('takes over the single session an older version saved, and shows it', () => {
    const a = answered(startAttempt(quizA.questions, 1, NOW), 2);
    const store = memory({ [LEGACY_SESSION_KEY]: { kind: 'quiz', quizId: quizA.id, title: quizA.title, attempt: serializeAttempt(a) } });
    const shelf = new SessionShelf(store, codec);
    assert.equal(shelf.active?.quizId, quizA.id);
    assert.deepEqual(shelf.active?.state, a);
    assert.equal(store.data.has(LEGACY_SESSION_KEY), false, 'moved, not copied');
    assert.equal(new SessionShelf(store, codec).active?.quizId, quizA.id, 'and still there after the next reload');
  });

  it('discards (and reports) a damaged saved session, keeping the others', () => {
    const good = { kind: 'quiz', quizId: quizA.id, title: 'A', attempt: serializeAttempt(startAttempt(quizA.questions, 1, NOW)) };
    const store = memory({
      [`${SESSION_PREFIX}quiz:${quizA.id}`]: good,
      [`${SESSION_PREFIX}review`]: { kind: 'review', title: 'Review', attempt: '{"version":1' },
      // Stored under another quiz's key: not trusted.
      [`${SESSION_PREFIX}quiz:cicd-quiz`]: good,
      [`${SESSION_PREFIX}quiz:bad`]: { kind: 'quiz', quizId: 'Bad Id', title: 'x', attempt: good.attempt },
      [ACTIVE_SESSION_KEY]: 'review',
      'someone.else': 1,
    });
    const warnings: string[] = [];
    const shelf = new SessionShelf(store, codec, (m) => warnings.push(m));
    assert.deepEqual(shelf.list().map((s) => s.quizId), [quizA.id]);
    assert.equal(shelf.active, undefined, 'the shown session was the damaged one');
    assert.equal(warnings.length, 3);
    assert.deepEqual([...store.keys()].sort(), [ACTIVE_SESSION_KEY, `${SESSION_PREFIX}quiz:${quizA.id}`, 'someone.else'].sort());
  });
});
