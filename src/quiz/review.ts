// Spaced repetition of missed and unsure questions, behind a small interface (ReviewScheduler)
// implemented with ts-fsrs. Cards and the deck are plain JSON (dates as ISO strings).
//
// Outcomes: answered wrong -> "again"; right but unsure -> "hard"; right and sure (or no
// confidence given) -> "good". Only a wrong or an unsure answer puts a question into the deck;
// a right, sure answer to a question already in the deck reschedules it, and otherwise changes nothing.
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { topicOf, type Confidence, type Question } from './model';
import { shuffle } from './random';
import { isRight } from './scoring';

export type ReviewOutcome = 'again' | 'hard' | 'good' | 'easy';
export type CardState = 'new' | 'learning' | 'review' | 'relearning';

export interface ReviewCard {
  /** ISO date-time when the card is next due. */
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  /** ISO date-time of the last review. */
  lastReview?: string;
}

export interface ReviewScheduler {
  /** Schedules a card (a new one when undefined) after a review at `now`. The result is due at or after `now`. */
  record(card: ReviewCard | undefined, outcome: ReviewOutcome, now: Date): ReviewCard;
  isDue(card: ReviewCard, now: Date): boolean;
  /** FSRS's probability (0-1) that the learner recalls the card's question at `now`. */
  recall(card: ReviewCard, now: Date): number;
}

export interface ReviewDeck {
  version: 1;
  /** question id -> card */
  cards: Record<string, ReviewCard>;
}

const STATES: CardState[] = ['new', 'learning', 'review', 'relearning'];
const STATE_ENUM: Record<CardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const GRADES: Record<ReviewOutcome, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

function toJson(card: Card): ReviewCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES[card.state] ?? 'new',
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

function fromJson(c: ReviewCard): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: STATE_ENUM[c.state],
    ...(c.lastReview ? { last_review: new Date(c.lastReview) } : {}),
  };
}

export interface FsrsOptions {
  /** Target recall probability, default 0.9. */
  requestRetention?: number;
  /** Days, default 36500. */
  maximumInterval?: number;
  /** Random spread of intervals, default off (deterministic). */
  enableFuzz?: boolean;
}

export function createFsrsScheduler(options: FsrsOptions = {}): ReviewScheduler {
  const f = fsrs({
    enable_fuzz: options.enableFuzz ?? false,
    ...(options.requestRetention !== undefined ? { request_retention: options.requestRetention } : {}),
    ...(options.maximumInterval !== undefined ? { maximum_interval: options.maximumInterval } : {}),
  });
  return {
    record(card, outcome, now) {
      const nowMs = now.getTime();
      const fallback = card ?? toJson(createEmptyCard(new Date(0)));
      if (!Number.isFinite(nowMs)) return fallback;
      // Reviews are never placed before the previous one (clock changes), so elapsed time is >= 0.
      const last = card?.lastReview ? Date.parse(card.lastReview) : Number.NaN;
      const at = new Date(Number.isFinite(last) ? Math.max(nowMs, last) : nowMs);
      let next: ReviewCard;
      try {
        next = toJson(f.next(card ? fromJson(card) : createEmptyCard(at), at, GRADES[outcome]).card);
      } catch {
        next = { ...toJson(createEmptyCard(at)), lastReview: at.toISOString() };
      }
      if (!(Date.parse(next.due) >= nowMs)) next.due = new Date(nowMs).toISOString();
      return next;
    },
    isDue(card, now) {
      return Date.parse(card.due) <= now.getTime();
    },
    recall(card, now) {
      if (card.state === 'new' || !card.lastReview) return 0;
      try {
        // Never before the last review (a moved clock): recall then is what it was right after it.
        const at = new Date(Math.max(now.getTime(), Date.parse(card.lastReview)));
        const r = f.get_retrievability(fromJson(card), at, false);
        return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
      } catch {
        return 0;
      }
    },
  };
}

/** The review outcome for an answer; see the module header. */
export function outcomeFor(score: number, confidence?: Confidence): ReviewOutcome {
  if (!isRight(score)) return 'again';
  return confidence === 'unsure' ? 'hard' : 'good';
}

export function emptyDeck(): ReviewDeck {
  return { version: 1, cards: {} };
}

function own(deck: ReviewDeck, id: string): ReviewCard | undefined {
  return Object.prototype.hasOwnProperty.call(deck.cards, id) ? deck.cards[id] : undefined;
}

/** Records one answer in the deck (returns a new deck; the input is not changed). */
export function recordAnswer(
  deck: ReviewDeck,
  questionId: string,
  score: number,
  confidence: Confidence | undefined,
  now: Date,
  scheduler: ReviewScheduler,
): ReviewDeck {
  const card = own(deck, questionId);
  const outcome = outcomeFor(score, confidence);
  if (!card && outcome === 'good') return deck;
  return { version: 1, cards: { ...deck.cards, [questionId]: scheduler.record(card, outcome, now) } };
}

/** Records every answer of an attempt, each at its own answer time. Call once per attempt. */
export function recordAttempt(
  deck: ReviewDeck,
  attempt: { questions: ReadonlyArray<{ id: string }>; answers: Record<string, { score: number; confidence?: Confidence; at: number }> },
  scheduler: ReviewScheduler,
): ReviewDeck {
  let out = deck;
  for (const q of attempt.questions) {
    const a = Object.prototype.hasOwnProperty.call(attempt.answers, q.id) ? attempt.answers[q.id] : undefined;
    if (a) out = recordAnswer(out, q.id, a.score, a.confidence, new Date(a.at), scheduler);
  }
  return out;
}

/** Ids of the cards due at `now`, most overdue first. */
export function dueQuestions(deck: ReviewDeck, now: Date): string[] {
  const t = now.getTime();
  return Object.entries(deck.cards)
    .map(([id, c]) => ({ id, due: Date.parse(c.due) }))
    .filter((c) => c.due <= t)
    .sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => c.id);
}

export function dueCount(deck: ReviewDeck, now: Date): number {
  return dueQuestions(deck, now).length;
}

export interface SessionOptions {
  /** lesson id -> topic id, to find the topic of questions from a course-wide quiz. */
  lessonTopics?: ReadonlyMap<string, string>;
  /** At most this many questions (the most overdue ones). */
  limit?: number;
}

/**
 * The due questions (unknown ids skipped), interleaved by topic: never two consecutive questions
 * from the same topic when that can be avoided. Greedy: always take from the topic with the most
 * questions left other than the previous one (ties broken by a seeded order); within a topic the
 * most overdue comes first. Start it with startAttempt(..., { shuffleQuestions: false }).
 */
export function buildReviewSession(
  deck: ReviewDeck,
  now: Date,
  questionsById: ReadonlyMap<string, Question>,
  seed: number,
  options: SessionOptions = {},
): Question[] {
  let due = dueQuestions(deck, now).filter((id) => questionsById.has(id));
  if (options.limit !== undefined) due = due.slice(0, Math.max(0, Math.floor(options.limit)));
  const groups = new Map<string, Question[]>();
  for (const id of due) {
    const q = questionsById.get(id) as Question;
    const topic = topicOf(q, options.lessonTopics);
    groups.set(topic, [...(groups.get(topic) ?? []), q]);
  }
  const rank = new Map(shuffle([...groups.keys()].sort(), seed >>> 0).map((t, i) => [t, i]));
  const out: Question[] = [];
  let last: string | undefined;
  while (out.length < due.length) {
    let pick: string | undefined;
    for (const [topic, qs] of groups) {
      if (!qs.length || topic === last) continue;
      const best = pick === undefined ? undefined : (groups.get(pick) as Question[]);
      if (!best || qs.length > best.length || (qs.length === best.length && (rank.get(topic) ?? 0) < (rank.get(pick as string) ?? 0))) pick = topic;
    }
    pick ??= last;
    if (pick === undefined) break;
    out.push((groups.get(pick) as Question[]).shift() as Question);
    last = pick;
  }
  return out;
}

export function serializeDeck(deck: ReviewDeck): string {
  return JSON.stringify(deck);
}

/** Rebuilds a deck from JSON text or a parsed value; undefined when anything is malformed. */
export function restoreDeck(saved: unknown): ReviewDeck | undefined {
  try {
    const x: unknown = typeof saved === 'string' ? JSON.parse(saved) : saved;
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return undefined;
    const r = x as Record<string, unknown>;
    if (r.version !== 1 || typeof r.cards !== 'object' || r.cards === null || Array.isArray(r.cards)) return undefined;
    const cards: Record<string, ReviewCard> = {};
    for (const [id, raw] of Object.entries(r.cards as Record<string, unknown>)) {
      const card = toCard(raw);
      if (!card || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return undefined;
      cards[id] = card;
    }
    return { version: 1, cards };
  } catch {
    return undefined;
  }
}

function toCard(x: unknown): ReviewCard | undefined {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return undefined;
  const c = x as Record<string, unknown>;
  const num = (v: unknown, min = 0): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min;
  const iso = (v: unknown): v is string => typeof v === 'string' && Number.isFinite(Date.parse(v));
  if (!iso(c.due) || (c.lastReview !== undefined && !iso(c.lastReview))) return undefined;
  if (!num(c.stability) || !num(c.difficulty) || !num(c.elapsedDays) || !num(c.scheduledDays)) return undefined;
  if (!num(c.learningSteps) || !num(c.reps) || !num(c.lapses)) return undefined;
  const state = STATES.find((s) => s === c.state);
  if (!state) return undefined;
  return {
    due: new Date(c.due).toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsedDays,
    scheduledDays: c.scheduledDays,
    learningSteps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state,
    ...(c.lastReview !== undefined ? { lastReview: new Date(c.lastReview).toISOString() } : {}),
  };
}
