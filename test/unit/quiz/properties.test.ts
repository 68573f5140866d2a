import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  next, presentQuestion, restoreAttempt, result, serializeAttempt, startAttempt, submitAnswer, type AttemptState, type QuestionView,
} from '../../../src/quiz/attempt';
import type { Question } from '../../../src/quiz/model';
import { parseQuiz } from '../../../src/quiz/parse';
import { shuffle, shuffleAway } from '../../../src/quiz/random';
import {
  buildReviewSession, createFsrsScheduler, emptyDeck, recordAnswer, restoreDeck, serializeDeck, type ReviewCard, type ReviewOutcome,
} from '../../../src/quiz/review';
import { contentDir, courseIds, loadContentQuizzes } from './content';

const RUNS = 300;
const POOL: Question[] = loadContentQuizzes().quizzes.flatMap((q) => q.questions);
const T0 = Date.parse('2025-01-01T00:00:00Z');
const DAY = 86_400_000;

const seedArb = fc.integer({ min: 0, max: 0xffffffff });

/** A learner's raw move for one question: picks drive choices, `junk` replaces the answer with garbage. */
const moveArb = fc.record({
  picks: fc.array(fc.nat({ max: 1000 }), { maxLength: 10 }),
  value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.constantFrom(0, 100, 240, 0.128, 0.13)),
  junk: fc.option(fc.jsonValue(), { freq: 5 }),
  confidence: fc.constantFrom(undefined, 'sure' as const, 'unsure' as const),
  dt: fc.integer({ min: 0, max: 600_000 }),
});
type Move = typeof moveArb extends fc.Arbitrary<infer T> ? T : never;

function answerFrom(view: QuestionView, m: Move): unknown {
  if (m.junk !== null) return m.junk;
  const p = (i: number) => m.picks[i % Math.max(1, m.picks.length)] ?? i;
  switch (view.type) {
    case 'single':
      return { choiceId: view.choices[p(0) % view.choices.length].id };
    case 'multiple':
      return { choiceIds: [...new Set(m.picks.map((x) => view.choices[x % view.choices.length].id))] };
    case 'order':
      return { itemIds: view.items.map((it, i) => ({ id: it.id, k: p(i) * 100 + i })).sort((a, b) => a.k - b.k).map((x) => x.id) };
    case 'match':
      return { pairs: Object.fromEntries(view.lefts.filter((_, i) => p(i) % 5 !== 0).map((l, i) => [l.id, view.rights[p(i + 1) % view.rights.length].id])) };
    case 'numeric':
      return { value: m.value };
  }
}

function play(questions: Question[], seed: number, moves: Move[]): AttemptState {
  let s = startAttempt(questions, seed, new Date(T0));
  let t = T0;
  for (const m of moves) {
    const view = presentQuestion(s);
    if (!view) break;
    t += m.dt;
    const r = submitAnswer(s, answerFrom(view, m), m.confidence, new Date(t));
    if (r.ok) {
      assert.ok(r.feedback.score >= 0 && r.feedback.score <= 1);
      assert.equal(r.feedback.right, r.feedback.score === 1);
      s = r.state;
    }
    s = next(s);
  }
  return s;
}

const attemptArb = fc.record({
  questions: fc.subarray(POOL, { minLength: 1 }),
  seed: seedArb,
  moves: fc.array(moveArb, { maxLength: 40 }),
});

describe('quiz properties', () => {
  it('shuffle is a permutation, deterministic per seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), seedArb, (xs, seed) => {
        const a = shuffle(xs, seed);
        assert.deepEqual([...a].sort((x, y) => x - y), [...xs].sort((x, y) => x - y));
        assert.deepEqual(shuffle(xs, seed), a);
      }),
      { numRuns: RUNS },
    );
  });

  it('shuffleAway never returns the original order of two or more distinct items', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 2, maxLength: 8 }), seedArb, (xs, seed) => {
        const a = shuffleAway(xs, seed);
        assert.notDeepEqual(a, xs);
        assert.deepEqual([...a].sort((x, y) => x - y), [...xs].sort((x, y) => x - y));
      }),
      { numRuns: RUNS },
    );
  });

  it('scores always stay within [0, max], whatever is submitted', () => {
    const lessonTopics = courseIds().lessonTopics;
    fc.assert(
      fc.property(attemptArb, ({ questions, seed, moves }) => {
        const s = play(questions, seed, moves);
        const r = result(s, { lessonTopics });
        assert.equal(r.max, questions.length);
        assert.ok(r.score >= 0 && r.score <= r.max + 1e-9, `${r.score} / ${r.max}`);
        assert.ok(r.percent >= 0 && r.percent <= 100);
        assert.ok(r.right <= r.answered && r.answered <= r.total);
        assert.equal(r.missed.length, r.total - r.right);
        assert.equal(r.byTopic.reduce((n, t) => n + t.max, 0), r.max);
        for (const t of r.byTopic) assert.ok(t.score >= 0 && t.score <= t.max + 1e-9);
      }),
      { numRuns: RUNS },
    );
  });

  it('attempt state round-trips through JSON and restore', () => {
    fc.assert(
      fc.property(attemptArb, ({ questions, seed, moves }) => {
        const s = play(questions, seed, moves);
        const restored = restoreAttempt(JSON.parse(JSON.stringify(s)));
        assert.deepEqual(restored, s);
        assert.deepEqual(restoreAttempt(serializeAttempt(s)), s);
      }),
      { numRuns: RUNS },
    );
  });

  it('restore never throws on random JSON, and what it accepts is usable', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), fc.string()), (x) => {
        assert.equal(restoreAttempt(x), undefined);
        assert.equal(restoreDeck(x), undefined);
        assert.doesNotThrow(() => restoreAttempt(JSON.stringify(x) ?? ''));
      }),
      { numRuns: RUNS },
    );
  });

  it('restore never throws on corrupted saved states', () => {
    const base = JSON.parse(serializeAttempt(play(POOL.slice(0, 12), 1, []))) as unknown;
    const paths: Array<Array<string | number>> = [];
    const walk = (x: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (Array.isArray(x)) x.forEach((v, i) => walk(v, [...path, i]));
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, [...path, k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.oneof(fc.jsonValue(), fc.constant(undefined)), (path, value) => {
        const copy = JSON.parse(JSON.stringify(base)) as Record<string | number, unknown>;
        let target = copy;
        for (const k of path.slice(0, -1)) target = target[k] as Record<string | number, unknown>;
        target[path[path.length - 1]] = value;
        const restored = restoreAttempt(copy);
        if (restored) {
          assert.deepEqual(restoreAttempt(serializeAttempt(restored)), restored);
          presentQuestion(restored);
          result(restored);
        }
      }),
      { numRuns: RUNS },
    );
  });

  const outcomeArb = fc.constantFrom<ReviewOutcome>('again', 'hard', 'good', 'easy');

  it('after any review the card is due at or after now', () => {
    const scheduler = createFsrsScheduler();
    fc.assert(
      fc.property(fc.array(fc.record({ outcome: outcomeArb, dt: fc.integer({ min: -30 * DAY, max: 400 * DAY }) }), { minLength: 1, maxLength: 25 }), (steps) => {
        let card: ReviewCard | undefined;
        let t = T0;
        for (const s of steps) {
          t += s.dt;
          card = scheduler.record(card, s.outcome, new Date(t));
          assert.ok(Date.parse(card.due) >= t, `${card.due} < ${new Date(t).toISOString()}`);
          assert.ok(Number.isFinite(card.stability) && Number.isFinite(card.difficulty));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('decks round-trip through JSON and restore', () => {
    const scheduler = createFsrsScheduler();
    fc.assert(
      fc.property(
        fc.array(fc.record({
          id: fc.constantFrom('q-1', 'q-2', 'q-3', 'constructor', 'to-string'),
          score: fc.constantFrom(0, 0.5, 1),
          confidence: fc.constantFrom(undefined, 'sure' as const, 'unsure' as const),
          dt: fc.integer({ min: 0, max: 60 * DAY }),
        }), { maxLength: 20 }),
        (steps) => {
          let deck = emptyDeck();
          let t = T0;
          for (const s of steps) {
            t += s.dt;
            deck = recordAnswer(deck, s.id, s.score, s.confidence, new Date(t), scheduler);
          }
          assert.deepEqual(restoreDeck(JSON.parse(JSON.stringify(deck))), deck);
          assert.deepEqual(restoreDeck(serializeDeck(deck)), deck);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('review sessions separate topics as much as possible', () => {
    const scheduler = createFsrsScheduler();
    const card = scheduler.record(undefined, 'again', new Date(T0));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }), seedArb, (topics, seed) => {
        const qs: Question[] = topics.map((t, i) => ({ id: `${t}-${i}`, quizId: 'z', topic: t, lesson: 'l', prompt: 'p', explanation: 'e', type: 'numeric', answer: 1, tolerance: 0 }));
        const deck = { version: 1 as const, cards: Object.fromEntries(qs.map((q) => [q.id, card])) };
        const session = buildReviewSession(deck, new Date(T0 + DAY), new Map(qs.map((q) => [q.id, q])), seed);
        assert.equal(session.length, qs.length);
        const counts = new Map<string, number>();
        for (const t of topics) counts.set(t, (counts.get(t) ?? 0) + 1);
        const most = Math.max(0, ...counts.values());
        const unavoidable = Math.max(0, most - (topics.length - most) - 1);
        const repeats = session.filter((q, i) => i > 0 && q.topic === session[i - 1].topic).length;
        assert.equal(repeats, unavoidable);
      }),
      { numRuns: RUNS },
    );
  });

  it('the parser never throws on damaged quiz files and reports lines inside the file', () => {
    const ids = courseIds();
    const text = readFileSync(join(contentDir(), 'quizzes', 'cicd-quiz.yaml'), 'utf8');
    const lines = text.split('\n');
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat({ max: lines.length - 1 }), junk: fc.oneof(fc.string(), fc.constantFrom('', '  - ', ':', '    correct: maybe', '    type: essay', '\t')) }), { maxLength: 4 }), (edits) => {
        const damaged = lines.slice();
        for (const e of edits) damaged[e.at] = e.junk;
        const r = parseQuiz(damaged.join('\n'), 'quizzes/cicd-quiz.yaml', ids.lessonIds, ids.topicIds);
        for (const p of r.problems) assert.ok(p.line >= 1 && p.line <= damaged.join('\n').split(/\r\n|\r|\n/).length + 1, JSON.stringify(p));
        if (edits.length === 0) assert.deepEqual(r.problems, []);
      }),
      { numRuns: RUNS },
    );
  });
});
