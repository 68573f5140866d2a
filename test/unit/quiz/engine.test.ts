import * as assert from 'node:assert/strict';
import { correctAnswer, describeAnswer, describeCorrect, describeDifference, validateAnswer } from '../../../src/quiz/answers';
import {
  coversQuiz, feedbackFor, isComplete, next, presentQuestion, restoreAttempt, result, retryMissed, serializeAttempt, startAttempt, submitAnswer,
  type AttemptState,
} from '../../../src/quiz/attempt';
import type { Answer, Question } from '../../../src/quiz/model';
import { parseQuiz } from '../../../src/quiz/parse';
import { gradeAnswer } from '../../../src/quiz/scoring';
import { courseIds, loadContentQuizzes } from './content';

const FIXTURE = `
id: fixture
title: Fixture
topic: cicd
summary: one of each type
questions:
  - id: s-1
    type: single
    lesson: l1
    prompt: Pick A
    choices:
      - {text: A, correct: true, why: A is right}
      - {text: B, why: B is wrong}
      - {text: C}
    explanation: A because A
  - id: m-1
    type: multiple
    lesson: l1
    prompt: Pick A, B and C
    choices:
      - {text: A, correct: true}
      - {text: B, correct: true}
      - {text: C, correct: true}
      - {text: D, why: D is a distractor}
      - {text: E}
    explanation: three right
  - id: o-1
    type: order
    lesson: l2
    prompt: One to five
    items: [one, two, three, four, five]
    explanation: counting
  - id: x-1
    type: match
    lesson: l2
    prompt: Match
    pairs:
      - {left: a, right: x}
      - {left: b, right: y}
      - {left: c, right: z}
    explanation: alphabet
  - id: n-1
    type: numeric
    lesson: l1
    prompt: About 120
    answer: 120
    tolerance: 0.5
    unit: ms
    explanation: it is 120
  - id: f-1
    type: single
    lesson: l2
    prompt: fixed
    fixedOrder: true
    choices:
      - {text: first}
      - {text: second}
      - {text: All of the above, correct: true}
    explanation: all
`;

const parsed = parseQuiz(FIXTURE, 'quizzes/fixture.yaml', new Set(['l1', 'l2']), new Set(['cicd']));
const QUESTIONS = parsed.quiz?.questions ?? [];
const Q = (id: string): Question => {
  const q = QUESTIONS.find((x) => x.id === id);
  if (!q) throw new Error(id);
  return q;
};
const NOW = new Date('2025-01-01T10:00:00Z');
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

function choiceId(q: Question, text: string): string {
  if (q.type !== 'single' && q.type !== 'multiple') throw new Error('no choices');
  const c = q.choices.find((x) => x.text === text);
  if (!c) throw new Error(text);
  return c.id;
}
function itemIds(q: Question, texts: string[]): string[] {
  if (q.type !== 'order') throw new Error('not order');
  return texts.map((t) => q.items.find((i) => i.text === t)?.id ?? '?');
}
function matchPairs(q: Question, pairs: Record<string, string>): Record<string, string> {
  if (q.type !== 'match') throw new Error('not match');
  const out: Record<string, string> = {};
  for (const [l, r] of Object.entries(pairs)) out[q.pairs.find((p) => p.left === l)?.leftId ?? l] = q.pairs.find((p) => p.right === r)?.rightId ?? r;
  return out;
}
const score = (q: Question, a: Answer) => gradeAnswer(q, a).score;

/** Keys anywhere in a JSON value. */
function allKeys(x: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(x)) for (const v of x) allKeys(v, out);
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) (out.add(k), allKeys(v, out));
  return out;
}
function allStrings(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') out.push(x);
  else if (Array.isArray(x)) for (const v of x) allStrings(v, out);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) allStrings(v, out);
  return out;
}

/** Answers every question of an attempt with the given answer function, in order. */
function answerAll(state: AttemptState, answer: (q: Question) => Answer, step = 10): AttemptState {
  let s = state;
  for (let i = 0; i < state.questions.length; i++) {
    const q = s.questions[s.current];
    const r = submitAnswer(s, answer(q), undefined, at(step * (i + 1)));
    assert.ok(r.ok, r.ok ? '' : r.error);
    s = next(r.state);
  }
  return s;
}

describe('quiz scoring', () => {
  it('parses the fixture', () => assert.deepEqual(parsed.problems, []));

  it('single and numeric are 1 or 0', () => {
    assert.equal(score(Q('s-1'), { choiceId: choiceId(Q('s-1'), 'A') }), 1);
    assert.equal(score(Q('s-1'), { choiceId: choiceId(Q('s-1'), 'B') }), 0);
    assert.equal(score(Q('n-1'), { value: 120 }), 1);
    assert.equal(score(Q('n-1'), { value: 120.5 }), 1);
    assert.equal(score(Q('n-1'), { value: 119.5 }), 1);
    assert.equal(score(Q('n-1'), { value: 120.51 }), 0);
    assert.equal(score(Q('n-1'), { value: -120 }), 0);
  });

  it('multiple: max(0, (right picks - wrong picks) / number correct)', () => {
    const q = Q('m-1');
    const pick = (...t: string[]) => score(q, { choiceIds: t.map((x) => choiceId(q, x)) });
    assert.equal(pick('A', 'B', 'C'), 1);
    assert.equal(pick('A', 'B'), 2 / 3);
    assert.equal(pick('A', 'B', 'D'), 1 / 3);
    assert.equal(pick('A', 'B', 'C', 'D'), 2 / 3);
    assert.equal(pick('A', 'D', 'E'), 0);
    assert.equal(pick('A', 'B', 'C', 'D', 'E'), 1 / 3);
    assert.equal(pick(), 0);
  });

  it('order: fraction of neighbouring pairs in the right order', () => {
    const q = Q('o-1');
    const ord = (...t: string[]) => score(q, { itemIds: itemIds(q, t) });
    assert.equal(ord('one', 'two', 'three', 'four', 'five'), 1);
    assert.equal(ord('two', 'three', 'four', 'five', 'one'), 3 / 4);
    assert.equal(ord('two', 'one', 'three', 'four', 'five'), 2 / 4);
    assert.equal(ord('five', 'four', 'three', 'two', 'one'), 0);
    assert.deepEqual(gradeAnswer(q, { itemIds: itemIds(q, ['two', 'one', 'three', 'four', 'five']) }).marks, Object.fromEntries(itemIds(q, ['two', 'one', 'three', 'four', 'five']).map((id, i) => [id, i >= 2])));
  });

  it('match: fraction of lefts matched to their own right, missing lefts wrong', () => {
    const q = Q('x-1');
    assert.equal(score(q, { pairs: matchPairs(q, { a: 'x', b: 'y', c: 'z' }) }), 1);
    assert.equal(score(q, { pairs: matchPairs(q, { a: 'x', b: 'z', c: 'y' }) }), 1 / 3);
    assert.equal(score(q, { pairs: matchPairs(q, { a: 'x', b: 'y' }) }), 2 / 3);
    assert.equal(score(q, { pairs: {} }), 0);
  });

  it('the correct answer scores 1 for every question of every quiz', () => {
    for (const q of [...QUESTIONS, ...loadContentQuizzes().quizzes.flatMap((z) => z.questions)]) {
      const a = correctAnswer(q);
      assert.ok(validateAnswer(q, a).ok, q.id);
      assert.equal(score(q, a), 1, q.id);
    }
  });

  it('validates answers defensively', () => {
    const bad: Array<[string, unknown]> = [
      ['s-1', null], ['s-1', 'A'], ['s-1', { choiceId: 'nope' }], ['s-1', { choiceId: 1 }], ['s-1', { choiceIds: [] }],
      ['m-1', { choiceIds: ['nope'] }], ['m-1', { choiceIds: 'x' }], ['m-1', { choiceIds: [choiceId(Q('m-1'), 'A'), choiceId(Q('m-1'), 'A')] }],
      ['o-1', { itemIds: itemIds(Q('o-1'), ['one', 'two']) }], ['o-1', { itemIds: itemIds(Q('o-1'), ['one', 'one', 'three', 'four', 'five']) }],
      ['x-1', { pairs: [] }], ['x-1', { pairs: { nope: 'x' } }], ['x-1', { pairs: { [Q('x-1').type === 'match' ? (Q('x-1') as { pairs: Array<{ leftId: string }> }).pairs[0].leftId : '']: 'nope' } }],
      ['x-1', JSON.parse('{"pairs": {"__proto__": "x"}}')],
      ['n-1', { value: '120' }], ['n-1', { value: Number.NaN }], ['n-1', { value: Infinity }], ['n-1', {}],
    ];
    for (const [id, a] of bad) assert.equal(validateAnswer(Q(id), a).ok, false, `${id} ${JSON.stringify(a)}`);
    const extra = validateAnswer(Q('n-1'), { value: 3, correct: true });
    assert.deepEqual(extra, { ok: true, answer: { value: 3 } });
    // A typed "-0" is stored as 0, so the saved attempt (JSON has no -0) restores equal to the live one.
    const negZero = validateAnswer(Q('n-1'), { value: -0 });
    assert.ok(negZero.ok && 'value' in negZero.answer && Object.is(negZero.answer.value, 0), JSON.stringify(negZero));
  });
});

describe('quiz attempt', () => {
  it('presents questions without correctness, explanations or whys', () => {
    const content = loadContentQuizzes().quizzes.flatMap((z) => z.questions);
    for (const questions of [QUESTIONS, content]) {
      let s = startAttempt(questions, 7, NOW);
      for (let i = 0; i < questions.length; i++) {
        const view = presentQuestion(s);
        assert.ok(view);
        const json = JSON.parse(JSON.stringify(view)) as unknown;
        const keys = allKeys(json);
        for (const k of ['correct', 'explanation', 'why', 'answer', 'tolerance', 'marks', 'score']) assert.ok(!keys.has(k), `${view.questionId} leaks "${k}"`);
        const q = s.questions[s.current];
        const strings = new Set(allStrings(json));
        assert.ok(!strings.has(q.explanation), `${q.id} leaks its explanation`);
        if (q.type === 'single' || q.type === 'multiple') for (const c of q.choices) if (c.why) assert.ok(!strings.has(c.why), `${q.id} leaks a why`);
        s = next(s);
      }
      assert.equal(presentQuestion(s), undefined);
    }
  });

  it('presents each type with shuffled, opaque ids', () => {
    const s = startAttempt(QUESTIONS, 42, NOW, { shuffleQuestions: false });
    assert.deepEqual(s.questions.map((q) => q.id), QUESTIONS.map((q) => q.id));
    const views = QUESTIONS.map((_, i) => presentQuestion({ ...s, current: i }));
    const [single, , order, match, numeric, fixed] = views;
    assert.ok(single?.type === 'single' && order?.type === 'order' && match?.type === 'match' && numeric?.type === 'numeric' && fixed?.type === 'single');
    assert.deepEqual([...single.choices.map((c) => c.text)].sort(), ['A', 'B', 'C']);
    assert.ok(single.choices.every((c) => /^c[0-9a-z]+$/.test(c.id)));
    assert.deepEqual(fixed.choices.map((c) => c.text), ['first', 'second', 'All of the above']);
    assert.notDeepEqual(order.items.map((i) => i.text), ['one', 'two', 'three', 'four', 'five']);
    assert.deepEqual(match.lefts.map((l) => l.text), ['a', 'b', 'c']);
    assert.notDeepEqual(match.rights.map((r) => r.text), ['x', 'y', 'z']);
    assert.equal(numeric.unit, 'ms');
    assert.deepEqual([single.index, single.total, single.answered, single.lesson], [0, 6, false, 'l1']);
  });

  it('lays out the same way for the same seed and differently across seeds', () => {
    const a = startAttempt(QUESTIONS, 1, NOW);
    assert.deepEqual(startAttempt(QUESTIONS, 1, at(99)).layout, a.layout);
    assert.deepEqual(startAttempt(QUESTIONS, 1, NOW).questions.map((q) => q.id), a.questions.map((q) => q.id));
    const layouts = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(startAttempt(QUESTIONS, seed, NOW).layout)));
    assert.ok(layouts.size > 10);
  });

  it('submits, gives feedback and rejects bad or repeated answers without changing state', () => {
    const s0 = startAttempt(QUESTIONS, 3, NOW, { shuffleQuestions: false });
    const wrong = submitAnswer(s0, { choiceId: choiceId(Q('s-1'), 'B') }, 'sure', at(5));
    assert.ok(wrong.ok);
    assert.deepEqual(wrong.feedback, {
      questionId: 's-1', type: 'single', score: 0, right: false,
      correctAnswer: { choiceId: choiceId(Q('s-1'), 'A') }, correctTexts: ['A'], explanation: 'A because A',
      chosen: [{ choiceId: choiceId(Q('s-1'), 'B'), text: 'B', correct: false, why: 'B is wrong' }],
      marks: { [choiceId(Q('s-1'), 'B')]: false }, lesson: 'l1', confidence: 'sure', missedTexts: ['A'], wrongTexts: ['B'],
    });
    assert.equal(s0.answers['s-1'], undefined, 'the input state is not mutated');
    assert.equal(wrong.state.answers['s-1'].at, at(5).getTime());
    assert.deepEqual(presentQuestion(wrong.state)?.answered, true);
    assert.deepEqual(feedbackFor(wrong.state, 's-1'), wrong.feedback);
    assert.equal(feedbackFor(wrong.state, 'm-1'), undefined);

    const again = submitAnswer(wrong.state, { choiceId: choiceId(Q('s-1'), 'A') }, undefined, at(6));
    assert.deepEqual(again, { ok: false, state: wrong.state, error: 'this question is already answered' });
    const s1 = next(wrong.state);
    for (const bad of [{ choiceIds: ['zzz'] }, { choiceId: 'x' }, 'garbage', null]) {
      const r = submitAnswer(s1, bad, undefined, at(7));
      assert.equal(r.ok, false);
      assert.equal(r.state, s1);
    }
    const badConfidence = submitAnswer(s1, { choiceIds: [] }, 'maybe' as 'sure', at(7));
    assert.equal(badConfidence.ok, false);
    const partial = submitAnswer(s1, { choiceIds: [choiceId(Q('m-1'), 'A'), choiceId(Q('m-1'), 'D')] }, 'unsure', at(8));
    assert.ok(partial.ok);
    assert.equal(partial.feedback.score, 0);
    assert.deepEqual(partial.feedback.chosen.map((c) => [c.text, c.correct, c.why]), [['A', true, undefined], ['D', false, 'D is a distractor']]);
  });

  it('moves past the end and marks the attempt finished at the last answer', () => {
    const done = answerAll(startAttempt(QUESTIONS, 5, NOW), correctAnswer);
    assert.equal(done.current, QUESTIONS.length);
    assert.equal(presentQuestion(done), undefined);
    assert.equal(next(done).current, QUESTIONS.length);
    assert.ok(isComplete(done));
    assert.equal(done.finishedAt, at(10 * QUESTIONS.length).getTime());
    assert.equal(submitAnswer(done, { value: 1 }, undefined, at(999)).ok, false);
    const r = result(done, { now: at(9999) });
    assert.deepEqual([r.score, r.max, r.percent, r.right, r.answered, r.complete, r.missed.length], [6, 6, 100, 6, 6, true, 0]);
    assert.equal(r.durationMs, 60_000);
    assert.equal(retryMissed(done, 1, at(100)), undefined);
  });

  it('result: score, percent, per-topic breakdown and missed questions with explanations', () => {
    const s0 = startAttempt(QUESTIONS, 9, NOW, { shuffleQuestions: false });
    let s = s0;
    const answers: Record<string, Answer> = {
      's-1': { choiceId: choiceId(Q('s-1'), 'A') },
      'm-1': { choiceIds: [choiceId(Q('m-1'), 'A'), choiceId(Q('m-1'), 'B')] },
      'o-1': { itemIds: itemIds(Q('o-1'), ['one', 'two', 'three', 'four', 'five']) },
      'x-1': { pairs: matchPairs(Q('x-1'), { a: 'x', b: 'z', c: 'y' }) },
    };
    for (const id of ['s-1', 'm-1', 'o-1', 'x-1']) {
      const r = submitAnswer(s, answers[id], undefined, at(30));
      assert.ok(r.ok);
      s = next(r.state);
    }
    const lessonTopics = new Map([['l1', 'alpha'], ['l2', 'beta']]);
    const r = result(s, { now: at(120), lessonTopics });
    assert.equal(r.score, 1 + 2 / 3 + 1 + 1 / 3);
    assert.equal(r.max, 6);
    assert.equal(r.percent, 50);
    assert.deepEqual([r.right, r.answered, r.complete, r.durationMs], [2, 4, false, 120_000]);
    assert.deepEqual(r.byTopic, [
      { topic: 'alpha', score: 1 + 2 / 3, max: 3, right: 1 },
      { topic: 'beta', score: 1 + 1 / 3, max: 3, right: 1 },
    ]);
    assert.deepEqual(r.missed.map((m) => [m.questionId, m.answered, m.topic]), [['m-1', true, 'alpha'], ['x-1', true, 'beta'], ['n-1', false, 'alpha'], ['f-1', false, 'beta']]);
    assert.deepEqual(r.missed[0].correctTexts, ['A', 'B', 'C']);
    assert.equal(r.missed[0].explanation, 'three right');
    assert.deepEqual(r.missed[1].correctTexts, ['a → x', 'b → y', 'c → z']);
    assert.deepEqual(r.missed[2].correctTexts, ['120 ms (±0.5 ms)']);
    // Issue 12: the missed list shows what the learner chose next to the correct answer.
    assert.deepEqual(r.missed[0].givenTexts, ['A', 'B']);
    assert.deepEqual(r.missed[1].givenTexts, ['a → x', 'b → z', 'c → y']);
    assert.deepEqual(r.missed[2].givenTexts, [], 'not answered');
    assert.deepEqual(result(s).byTopic.map((t) => t.topic), ['cicd'], 'without a map the quiz topic is used');
    assert.equal(result(s).durationMs, 30_000, 'without now: up to the last answer');

    const retry = retryMissed(s, 11, at(200));
    assert.ok(retry);
    assert.deepEqual(retry.questions.map((q) => q.id).sort(), ['f-1', 'm-1', 'n-1', 'x-1']);
    assert.deepEqual(retry.answers, {});
    assert.equal(retry.startedAt, at(200).getTime());
    // Issue 12: 4 of 4 right in a retry is not 100 % of the quiz; only an attempt at every question sets the best score.
    const quizIds = s.questions.map((q) => q.id);
    assert.equal(coversQuiz(s, quizIds), true);
    assert.equal(coversQuiz(retry, quizIds), false);
    assert.equal(coversQuiz(startAttempt(s.questions, 3, at(300)), quizIds), true, 'retry all asks every question again');
    assert.equal(coversQuiz(s, []), false);
  });

  it('groups the article quiz by the topics of its lessons', () => {
    const { quizzes } = loadContentQuizzes();
    const article = quizzes.find((q) => q.id === 'article-quiz');
    assert.ok(article);
    const s = answerAll(startAttempt(article.questions, 1, NOW), correctAnswer);
    const r = result(s, { lessonTopics: courseIds().lessonTopics });
    assert.deepEqual(r.byTopic.map((t) => t.topic).sort(), ['cicd', 'deployment', 'fundamentals', 'monitoring']);
    assert.equal(r.byTopic.reduce((n, t) => n + t.max, 0), 20);
    assert.equal(r.percent, 100);
  });

  it('skips duplicate and malformed questions when starting', () => {
    const broken = { ...Q('s-1'), id: 'broken', choices: [] } as Question;
    const s = startAttempt([Q('s-1'), Q('s-1'), broken, Q('n-1')], 1, NOW);
    assert.deepEqual(s.questions.map((q) => q.id).sort(), ['n-1', 's-1']);
  });

  it('round-trips through JSON and rejects tampered state', () => {
    let s = startAttempt(QUESTIONS, 77, NOW);
    const first = submitAnswer(s, correctAnswer(s.questions[0]), 'unsure', at(3));
    assert.ok(first.ok);
    s = next(first.state);
    assert.deepEqual(restoreAttempt(serializeAttempt(s)), s);
    assert.deepEqual(restoreAttempt(JSON.parse(serializeAttempt(s))), s);

    const tamper = (f: (x: Record<string, unknown>) => void) => {
      const x = JSON.parse(serializeAttempt(s)) as Record<string, unknown>;
      f(x);
      return restoreAttempt(x);
    };
    const q0 = s.questions[0].id;
    // A stored score is never trusted: it is recomputed from the answer.
    const rescored = tamper((x) => ((x.answers as Record<string, { score: number }>)[q0].score = 0.123));
    assert.equal(rescored?.answers[q0].score, 1);
    assert.equal(tamper((x) => (x.version = 2)), undefined);
    assert.equal(tamper((x) => (x.current = 99)), undefined);
    assert.equal(tamper((x) => (x.startedAt = 'yesterday')), undefined);
    assert.equal(tamper((x) => ((x.layout as Record<string, string[]>)[s.questions[1].id] = ['nope'])), undefined);
    assert.equal(tamper((x) => delete (x.layout as Record<string, string[]>)[s.questions[1].id]), undefined);
    assert.equal(tamper((x) => ((x.answers as Record<string, { answer: unknown }>)[q0].answer = { choiceId: 'zzz', value: 'x', itemIds: [], pairs: { q: 'r' }, choiceIds: ['zz'] })), undefined);
    assert.equal(tamper((x) => ((x.answers as Record<string, unknown>).ghost = { answer: {}, at: 1 })), undefined);
    assert.equal(tamper((x) => ((x.questions as unknown[]).push((x.questions as unknown[])[0]))), undefined);
    assert.equal(tamper((x) => ((x.questions as Array<Record<string, unknown>>)[0].type = 'essay')), undefined);
    for (const junk of ['', '{', 'null', '[]', '42', '{"version":1}', undefined, null, 12, [], { version: 1, seed: 1 }]) {
      assert.equal(restoreAttempt(junk), undefined);
    }
  });

  it('feedback below full score names what was missed and what was wrong (issue 12)', () => {
    const feedback = (id: string, a: Answer) => {
      const s0 = startAttempt([Q(id)], 1, NOW);
      const r = submitAnswer(s0, a, undefined, NOW);
      assert.ok(r.ok);
      return r.feedback;
    };
    // Multiple, partly right: the correct choices not picked are named, and so is the wrong pick.
    const m = feedback('m-1', { choiceIds: [choiceId(Q('m-1'), 'A'), choiceId(Q('m-1'), 'D')] });
    assert.ok(m.score === 0 && !m.right);
    const m2 = feedback('m-1', { choiceIds: [choiceId(Q('m-1'), 'A'), choiceId(Q('m-1'), 'B'), choiceId(Q('m-1'), 'E')] });
    assert.ok(m2.score > 0 && m2.score < 1);
    assert.deepEqual([m2.missedTexts, m2.wrongTexts], [['C'], ['E']]);
    assert.deepEqual([m.missedTexts, m.wrongTexts], [['B', 'C'], ['D']]);
    // Single: the right choice is the one missed, the pick the wrong one.
    const s = feedback('s-1', { choiceId: choiceId(Q('s-1'), 'B') });
    assert.deepEqual([s.missedTexts, s.wrongTexts], [['A'], ['B']]);
    // Match: a wrong match names what was chosen and what belongs there.
    const x = feedback('x-1', { pairs: matchPairs(Q('x-1'), { a: 'x', b: 'z', c: 'y' }) });
    assert.deepEqual([x.missedTexts, x.wrongTexts], [[], ['b → z (it goes with y)', 'c → y (it goes with z)']]);
    // Order: each misplaced item with where it was put and where it belongs.
    const o = feedback('o-1', { itemIds: itemIds(Q('o-1'), ['two', 'one', 'three', 'four', 'five']) });
    assert.deepEqual(o.wrongTexts, ['two: you put it at position 1, it belongs at 2', 'one: you put it at position 2, it belongs at 1']);
    assert.deepEqual(o.missedTexts, []);
    // Numeric: the number given.
    assert.deepEqual(feedback('n-1', { value: 200 }).wrongTexts, ['200 ms']);
    // Full score: nothing to list.
    for (const q of QUESTIONS) {
      const f = feedback(q.id, correctAnswer(q));
      assert.deepEqual([f.missedTexts, f.wrongTexts], [[], []], q.id);
    }
  });

  it('describes answers and differences for every question of the course without unknown parts', () => {
    const { quizzes } = loadContentQuizzes();
    for (const q of quizzes.flatMap((x) => x.questions)) {
      const right = correctAnswer(q);
      assert.deepEqual(describeDifference(q, right), { missed: [], wrong: [] }, q.id);
      // The correct answer described as an answer reads like the correct answer's own description.
      if (q.type !== 'numeric') assert.deepEqual(describeAnswer(q, right), describeCorrect(q), q.id);
      for (const line of [...describeAnswer(q, right), ...describeCorrect(q)]) assert.ok(!/undefined|\[object/.test(line), `${q.id}: ${line}`);
    }
  });

  it('handles an empty attempt', () => {
    const s = startAttempt([], 1, NOW);
    assert.equal(presentQuestion(s), undefined);
    assert.deepEqual([result(s).max, result(s).percent], [0, 0]);
    assert.equal(submitAnswer(s, {}, undefined, NOW).ok, false);
    assert.deepEqual(restoreAttempt(serializeAttempt(s)), s);
  });
});
