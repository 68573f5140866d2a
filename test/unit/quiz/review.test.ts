import * as assert from 'node:assert/strict';
import { next, startAttempt, submitAnswer } from '../../../src/quiz/attempt';
import type { Question } from '../../../src/quiz/model';
import {
  buildReviewSession, createFsrsScheduler, dueCount, dueQuestions, emptyDeck, outcomeFor, recordAnswer, recordAttempt, restoreDeck,
  serializeDeck, type ReviewDeck,
} from '../../../src/quiz/review';

const NOW = new Date('2025-03-01T09:00:00Z');
const DAY = 86_400_000;
const later = (ms: number) => new Date(NOW.getTime() + ms);
const scheduler = createFsrsScheduler();

function numeric(id: string, topic: string): Question {
  return { id, quizId: 'z', topic, lesson: `${topic}-lesson`, prompt: id, explanation: 'e', type: 'numeric', answer: 1, tolerance: 0 };
}

describe('review scheduling', () => {
  it('maps answers to outcomes', () => {
    assert.equal(outcomeFor(0), 'again');
    assert.equal(outcomeFor(0.5, 'sure'), 'again');
    assert.equal(outcomeFor(1, 'unsure'), 'hard');
    assert.equal(outcomeFor(1, 'sure'), 'good');
    assert.equal(outcomeFor(1), 'good');
  });

  it('creates plain JSON cards with ISO dates, due at or after now', () => {
    const card = scheduler.record(undefined, 'again', NOW);
    assert.equal(typeof card.due, 'string');
    assert.equal(card.due, new Date(card.due).toISOString());
    assert.equal(card.lastReview, NOW.toISOString());
    assert.ok(Date.parse(card.due) >= NOW.getTime());
    assert.ok(Date.parse(card.due) < NOW.getTime() + DAY, 'a lapse comes back the same day');
    assert.equal(card.reps, 1);
    assert.deepEqual(JSON.parse(JSON.stringify(card)), card);
    assert.equal(scheduler.isDue(card, NOW), false);
    assert.equal(scheduler.isDue(card, new Date(card.due)), true);
  });

  it('spaces good answers further apart than hard ones', () => {
    let card = scheduler.record(undefined, 'again', NOW);
    let t = new Date(card.due);
    card = scheduler.record(card, 'good', t);
    t = new Date(card.due);
    const good = scheduler.record(card, 'good', t);
    const hard = scheduler.record(card, 'hard', t);
    assert.ok(Date.parse(good.due) > Date.parse(hard.due));
    assert.ok(Date.parse(good.due) - t.getTime() >= DAY);
  });

  it('never schedules before now, even when the clock goes backwards', () => {
    const card = scheduler.record(undefined, 'good', later(10 * DAY));
    const back = scheduler.record(card, 'again', NOW);
    assert.ok(Date.parse(back.due) >= NOW.getTime());
    assert.deepEqual(scheduler.record(card, 'good', new Date(Number.NaN)), card);
  });

  it('only wrong or unsure answers enter the deck; sure right ones reschedule cards already there', () => {
    const d0 = emptyDeck();
    assert.equal(recordAnswer(d0, 'q-1', 1, 'sure', NOW, scheduler), d0);
    assert.equal(recordAnswer(d0, 'q-1', 1, undefined, NOW, scheduler), d0);
    const d1 = recordAnswer(d0, 'q-1', 0, 'sure', NOW, scheduler);
    const d2 = recordAnswer(d1, 'q-2', 1, 'unsure', NOW, scheduler);
    const d3 = recordAnswer(d2, 'q-3', 0.5, undefined, NOW, scheduler);
    assert.deepEqual(Object.keys(d3.cards).sort(), ['q-1', 'q-2', 'q-3']);
    assert.deepEqual(d0.cards, {}, 'decks are not mutated');
    const t = new Date(d3.cards['q-1'].due);
    const d4 = recordAnswer(d3, 'q-1', 1, 'sure', t, scheduler);
    assert.equal(d4.cards['q-1'].reps, 2);
    assert.ok(Date.parse(d4.cards['q-1'].due) > Date.parse(d3.cards['q-1'].due));
  });

  it('records a whole attempt at each answer time', () => {
    const qs = [numeric('a-1', 'a'), numeric('a-2', 'a'), numeric('b-1', 'b')];
    let s = startAttempt(qs, 1, NOW, { shuffleQuestions: false });
    const answers = [{ value: 1 }, { value: 2 }, { value: 1 }];
    const conf = ['sure', 'sure', 'unsure'] as const;
    answers.forEach((a, i) => {
      const r = submitAnswer(s, a, conf[i], later(i * 1000));
      assert.ok(r.ok);
      s = next(r.state);
    });
    const deck = recordAttempt(emptyDeck(), s, scheduler);
    assert.deepEqual(Object.keys(deck.cards).sort(), ['a-2', 'b-1']);
    assert.equal(deck.cards['a-2'].lastReview, later(1000).toISOString());
  });

  it('lists due questions, most overdue first, and counts them', () => {
    const deck: ReviewDeck = emptyDeck();
    const base = scheduler.record(undefined, 'again', NOW);
    deck.cards = {
      'q-late': { ...base, due: later(-2 * DAY).toISOString() },
      'q-now': { ...base, due: NOW.toISOString() },
      'q-future': { ...base, due: later(DAY).toISOString() },
      'q-early': { ...base, due: later(-5 * DAY).toISOString() },
    };
    assert.deepEqual(dueQuestions(deck, NOW), ['q-early', 'q-late', 'q-now']);
    assert.equal(dueCount(deck, NOW), 3);
    assert.equal(dueCount(deck, later(2 * DAY)), 4);
    assert.equal(dueCount(emptyDeck(), NOW), 0);
  });

  function deckOf(ids: string[]): ReviewDeck {
    const card = scheduler.record(undefined, 'again', later(-DAY));
    return { version: 1, cards: Object.fromEntries(ids.map((id, i) => [id, { ...card, due: later(-DAY + i).toISOString() }])) };
  }

  it('interleaves topics in a review session', () => {
    const qs = ['a-1', 'a-2', 'a-3', 'b-1', 'b-2', 'c-1'].map((id) => numeric(id, id[0]));
    const byId = new Map(qs.map((q) => [q.id, q]));
    for (let seed = 0; seed < 20; seed++) {
      const session = buildReviewSession(deckOf([...byId.keys(), 'gone-1']), NOW, byId, seed);
      assert.deepEqual(session.map((q) => q.id).sort(), [...byId.keys()].sort(), 'unknown ids are skipped');
      for (let i = 1; i < session.length; i++) assert.notEqual(session[i].topic, session[i - 1].topic, session.map((q) => q.id).join());
      assert.deepEqual(session.filter((q) => q.topic === 'a').map((q) => q.id), ['a-1', 'a-2', 'a-3'], 'most overdue first within a topic');
    }
    const limited = buildReviewSession(deckOf([...byId.keys()]), NOW, byId, 1, { limit: 2 });
    assert.deepEqual(limited.map((q) => q.id).sort(), ['a-1', 'a-2']);
    assert.deepEqual(buildReviewSession(deckOf([...byId.keys()]), later(-10 * DAY), byId, 1), []);
  });

  it('uses lesson topics for questions without a quiz topic', () => {
    const qs = ['x-1', 'x-2', 'y-1'].map((id) => ({ ...numeric(id, id[0]), topic: undefined, lesson: `lesson-${id[0]}` }));
    const byId = new Map(qs.map((q) => [q.id, q as Question]));
    const session = buildReviewSession(deckOf(['x-1', 'x-2', 'y-1']), NOW, byId, 3, { lessonTopics: new Map([['lesson-x', 'X'], ['lesson-y', 'Y']]) });
    assert.deepEqual(session.map((q) => q.id), ['x-1', 'y-1', 'x-2']);
  });

  it('keeps the same topic together only when unavoidable', () => {
    const qs = ['a-1', 'a-2', 'a-3', 'a-4', 'b-1'].map((id) => numeric(id, id[0]));
    const session = buildReviewSession(deckOf(qs.map((q) => q.id)), NOW, new Map(qs.map((q) => [q.id, q])), 5);
    const repeats = session.filter((q, i) => i > 0 && q.topic === session[i - 1].topic).length;
    assert.equal(repeats, 2);
    assert.equal(session[1].topic, 'b');
  });

  it('round-trips a deck and rejects malformed ones', () => {
    let deck = emptyDeck();
    deck = recordAnswer(deck, 'q-1', 0, undefined, NOW, scheduler);
    deck = recordAnswer(deck, 'q-2', 1, 'unsure', later(DAY), scheduler);
    assert.deepEqual(restoreDeck(serializeDeck(deck)), deck);
    assert.deepEqual(restoreDeck(JSON.parse(serializeDeck(deck))), deck);
    const bad = (f: (x: { version: unknown; cards: Record<string, Record<string, unknown>> }) => void) => {
      const x = JSON.parse(serializeDeck(deck));
      f(x);
      return restoreDeck(x);
    };
    assert.equal(bad((x) => (x.version = 0)), undefined);
    assert.equal(bad((x) => (x.cards['q-1'].due = 'soon')), undefined);
    assert.equal(bad((x) => (x.cards['q-1'].state = 'forgotten')), undefined);
    assert.equal(bad((x) => (x.cards['q-1'].reps = -1)), undefined);
    assert.equal(bad((x) => (x.cards['q-1'].stability = null)), undefined);
    assert.equal(bad((x) => (x.cards['Not An Id'] = x.cards['q-1'])), undefined);
    for (const junk of ['', '{', 'null', '[]', 7, null, undefined, { version: 1 }, { version: 1, cards: [] }]) assert.equal(restoreDeck(junk), undefined);
    assert.deepEqual(restoreDeck({ version: 1, cards: {} }), emptyDeck());
  });
});
