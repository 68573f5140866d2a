// One quiz attempt over a list of questions. Pure; the state is plain JSON so it can be
// persisted (webview state, Memento) and restored after a window reload.
//
// Flow: startAttempt -> presentQuestion -> submitAnswer -> next -> ... -> result.
// presentQuestion gives what the webview may see: texts and opaque ids only, never which
// choice is correct, the explanation or the per-choice "why". Feedback comes only after submit.
import { correctAnswer, describeAnswer, describeCorrect, describeDifference, validateAnswer } from './answers';
import { toQuestion } from './guards';
import { topicOf, type Answer, type Confidence, type Question, type QuestionType } from './model';
import { deriveSeed, shuffle, shuffleAway } from './random';
import { gradeAnswer, isRight } from './scoring';

export interface AnswerRecord {
  answer: Answer;
  confidence?: Confidence;
  /** In [0, 1]; recomputed from the answer on restore. */
  score: number;
  /** Epoch ms. */
  at: number;
}

export interface AttemptState {
  version: 1;
  seed: number;
  /** Epoch ms. */
  startedAt: number;
  /** Epoch ms; set when the last unanswered question is answered. */
  finishedAt?: number;
  /** Copies of the questions, in the order they are asked. */
  questions: Question[];
  /** Per question id: display order of choice ids (single/multiple), item ids (order) or right ids (match); [] for numeric. */
  layout: Record<string, string[]>;
  /** Index of the current question; equals questions.length once past the last one. */
  current: number;
  answers: Record<string, AnswerRecord>;
}

export interface OptionView {
  id: string;
  text: string;
}

interface ViewBase {
  questionId: string;
  prompt: string;
  lesson: string;
  /** 0-based position and count, e.g. for "Question 3 of 20". */
  index: number;
  total: number;
  answered: boolean;
}

/** The current question as sent to the webview: no correctness, no explanations. */
export type QuestionView = ViewBase &
  (
    | { type: 'single' | 'multiple'; choices: OptionView[] }
    | { type: 'order'; items: OptionView[] }
    | { type: 'match'; lefts: OptionView[]; rights: OptionView[] }
    | { type: 'numeric'; unit?: string }
  );

export interface ChosenChoice {
  choiceId: string;
  text: string;
  correct: boolean;
  why?: string;
}

export interface Feedback {
  questionId: string;
  type: QuestionType;
  /** In [0, 1]: partial credit for multiple, order and match. */
  score: number;
  /** True only at full score. */
  right: boolean;
  correctAnswer: Answer;
  /** The correct answer as readable lines. */
  correctTexts: string[];
  explanation: string;
  /** Choices the learner picked (single/multiple), with their "why" where the content has one. */
  chosen: ChosenChoice[];
  /** Below full score: parts of the correct answer left out (see describeDifference). */
  missedTexts: string[];
  /** Below full score: what was wrong in the answer (see describeDifference). */
  wrongTexts: string[];
  /** Per-part marks; see Grade.marks in scoring.ts. */
  marks: Record<string, boolean>;
  lesson: string;
  confidence?: Confidence;
}

export type SubmitResult =
  | { ok: true; state: AttemptState; feedback: Feedback }
  | { ok: false; state: AttemptState; error: string };

export interface StartOptions {
  /** Shuffle the question order (default true). Review sessions pass false to keep their order. */
  shuffleQuestions?: boolean;
}

export function startAttempt(questions: readonly Question[], seed: number, now: Date, options: StartOptions = {}): AttemptState {
  const s = seed >>> 0;
  const seen = new Set<string>();
  const unique: Question[] = [];
  for (const raw of questions) {
    // A checked copy: malformed questions (and repeated ids) are skipped, so every state can be restored.
    const q = toQuestion(raw);
    if (!q || seen.has(q.id)) continue;
    seen.add(q.id);
    unique.push(q);
  }
  const ordered = options.shuffleQuestions === false ? unique : shuffle(unique, deriveSeed(s, 'questions'));
  const layout: Record<string, string[]> = {};
  for (const q of ordered) layout[q.id] = makeLayout(q, s);
  return { version: 1, seed: s, startedAt: timeOf(now), questions: ordered, layout, current: 0, answers: {} };
}

function makeLayout(q: Question, seed: number): string[] {
  const qs = deriveSeed(seed, q.id);
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const ids = q.choices.map((c) => c.id);
      return q.fixedOrder ? ids : shuffle(ids, qs);
    }
    case 'order':
      return shuffleAway(q.items.map((i) => i.id), qs);
    case 'match':
      return shuffleAway(q.pairs.map((p) => p.rightId), qs);
    case 'numeric':
      return [];
  }
}

/** Own-property lookup, so ids like "constructor" never hit Object.prototype. */
function own<T>(rec: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}

function timeOf(now: Date): number {
  const t = now instanceof Date ? now.getTime() : Number.NaN;
  return Number.isFinite(t) ? t : 0;
}

export function currentQuestion(state: AttemptState): Question | undefined {
  return state.questions[state.current];
}

export function isComplete(state: AttemptState): boolean {
  return state.questions.every((q) => own(state.answers, q.id) !== undefined);
}

export function presentQuestion(state: AttemptState): QuestionView | undefined {
  const q = currentQuestion(state);
  if (!q) return undefined;
  const base: ViewBase = {
    questionId: q.id,
    prompt: q.prompt,
    lesson: q.lesson,
    index: state.current,
    total: state.questions.length,
    answered: own(state.answers, q.id) !== undefined,
  };
  const order = own(state.layout, q.id) ?? [];
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const byId = new Map(q.choices.map((c) => [c.id, c.text]));
      return { ...base, type: q.type, choices: order.map((id) => ({ id, text: byId.get(id) ?? '' })) };
    }
    case 'order': {
      const byId = new Map(q.items.map((i) => [i.id, i.text]));
      return { ...base, type: 'order', items: order.map((id) => ({ id, text: byId.get(id) ?? '' })) };
    }
    case 'match': {
      const byId = new Map(q.pairs.map((p) => [p.rightId, p.right]));
      return {
        ...base,
        type: 'match',
        lefts: q.pairs.map((p) => ({ id: p.leftId, text: p.left })),
        rights: order.map((id) => ({ id, text: byId.get(id) ?? '' })),
      };
    }
    case 'numeric':
      return { ...base, type: 'numeric', ...(q.unit !== undefined ? { unit: q.unit } : {}) };
  }
}

function buildFeedback(q: Question, record: AnswerRecord): Feedback {
  const grade = gradeAnswer(q, record.answer);
  let chosen: ChosenChoice[] = [];
  if (q.type === 'single' || q.type === 'multiple') {
    const ids = 'choiceId' in record.answer ? [record.answer.choiceId] : 'choiceIds' in record.answer ? record.answer.choiceIds : [];
    chosen = q.choices
      .filter((c) => ids.includes(c.id))
      .map((c) => ({ choiceId: c.id, text: c.text, correct: c.correct, ...(c.why !== undefined ? { why: c.why } : {}) }));
  }
  const diff = isRight(grade.score) ? { missed: [], wrong: [] } : describeDifference(q, record.answer);
  return {
    questionId: q.id,
    type: q.type,
    score: grade.score,
    right: isRight(grade.score),
    correctAnswer: correctAnswer(q),
    correctTexts: describeCorrect(q),
    explanation: q.explanation,
    chosen,
    missedTexts: diff.missed,
    wrongTexts: diff.wrong,
    marks: grade.marks,
    lesson: q.lesson,
    ...(record.confidence !== undefined ? { confidence: record.confidence } : {}),
  };
}

/** Feedback for an already answered question (e.g. to redraw the panel after a reload). */
export function feedbackFor(state: AttemptState, questionId: string): Feedback | undefined {
  const q = state.questions.find((x) => x.id === questionId);
  const record = own(state.answers, questionId);
  return q && record ? buildFeedback(q, record) : undefined;
}

/**
 * Answers the current question. Rejects (ok: false, state unchanged) an answer of the wrong
 * shape or with unknown ids, a bad confidence, a question already answered, or no current question.
 */
export function submitAnswer(state: AttemptState, answer: unknown, confidence: Confidence | undefined, now: Date): SubmitResult {
  const q = currentQuestion(state);
  if (!q) return { ok: false, state, error: 'there is no current question' };
  if (own(state.answers, q.id)) return { ok: false, state, error: 'this question is already answered' };
  if (confidence !== undefined && confidence !== 'sure' && confidence !== 'unsure') {
    return { ok: false, state, error: 'confidence must be "sure" or "unsure"' };
  }
  const checked = validateAnswer(q, answer);
  if (!checked.ok) return { ok: false, state, error: checked.error };
  const at = timeOf(now);
  const record: AnswerRecord = {
    answer: checked.answer,
    ...(confidence !== undefined ? { confidence } : {}),
    score: gradeAnswer(q, checked.answer).score,
    at,
  };
  const answers = { ...state.answers, [q.id]: record };
  const next: AttemptState = { ...state, answers };
  if (state.finishedAt === undefined && state.questions.every((x) => own(answers, x.id) !== undefined)) next.finishedAt = at;
  return { ok: true, state: next, feedback: buildFeedback(q, record) };
}

/** Moves to the next question (or past the last one, where presentQuestion gives undefined). */
export function next(state: AttemptState): AttemptState {
  return { ...state, current: Math.min(state.current + 1, state.questions.length) };
}

export interface TopicScore {
  topic: string;
  score: number;
  max: number;
  right: number;
}

export interface MissedQuestion {
  questionId: string;
  prompt: string;
  lesson: string;
  topic: string;
  score: number;
  answered: boolean;
  explanation: string;
  correctTexts: string[];
  /** The learner's answer as readable lines (describeAnswer); empty when not answered. */
  givenTexts: string[];
}

export interface AttemptResult {
  score: number;
  max: number;
  /** 0-100, one decimal. */
  percent: number;
  /** Questions at full score. */
  right: number;
  answered: number;
  total: number;
  complete: boolean;
  durationMs: number;
  /** In order of first appearance. */
  byTopic: TopicScore[];
  /** Questions below full score, unanswered ones included, in the order asked. */
  missed: MissedQuestion[];
}

export interface ResultOptions {
  /** For the duration of an unfinished attempt; defaults to the last answer's time. */
  now?: Date;
  /** lesson id -> topic id, to group questions of a course-wide quiz by topic. */
  lessonTopics?: ReadonlyMap<string, string>;
}

export function result(state: AttemptState, options: ResultOptions = {}): AttemptResult {
  const byTopic = new Map<string, TopicScore>();
  const missed: MissedQuestion[] = [];
  let score = 0;
  let right = 0;
  let answered = 0;
  let lastAt = state.startedAt;
  for (const q of state.questions) {
    const rec = own(state.answers, q.id);
    const s = rec ? rec.score : 0;
    const topic = topicOf(q, options.lessonTopics);
    const t = byTopic.get(topic) ?? { topic, score: 0, max: 0, right: 0 };
    t.max += 1;
    t.score += s;
    score += s;
    if (rec) {
      answered++;
      lastAt = Math.max(lastAt, rec.at);
    }
    if (isRight(s)) {
      right++;
      t.right++;
    } else {
      missed.push({
        questionId: q.id, prompt: q.prompt, lesson: q.lesson, topic, score: s, answered: rec !== undefined,
        explanation: q.explanation, correctTexts: describeCorrect(q), givenTexts: rec ? describeAnswer(q, rec.answer) : [],
      });
    }
    byTopic.set(topic, t);
  }
  const max = state.questions.length;
  const end = state.finishedAt ?? (options.now ? timeOf(options.now) : lastAt);
  return {
    score,
    max,
    percent: max ? Math.round((score / max) * 1000) / 10 : 0,
    right,
    answered,
    total: max,
    complete: answered === max,
    durationMs: Math.max(0, end - state.startedAt),
    byTopic: [...byTopic.values()],
    missed,
  };
}

/** A new attempt over the questions not at full score (unanswered included); undefined when none. */
/**
 * Whether an attempt asked every question of the quiz: only such an attempt may set the quiz's best score.
 * A "retry missed" round of 5 questions answered right is not 100 % of a 20-question quiz.
 */
export function coversQuiz(state: AttemptState, quizQuestionIds: readonly string[]): boolean {
  const asked = new Set(state.questions.map((q) => q.id));
  return quizQuestionIds.length > 0 && quizQuestionIds.every((id) => asked.has(id));
}

export function retryMissed(state: AttemptState, seed: number, now: Date): AttemptState | undefined {
  const missed = state.questions.filter((q) => !isRight(own(state.answers, q.id)?.score ?? 0));
  return missed.length ? startAttempt(missed, seed, now) : undefined;
}

export function serializeAttempt(state: AttemptState): string {
  return JSON.stringify(state);
}

/**
 * Rebuilds a state from JSON text or an already parsed value. Checks every field, re-validates
 * each stored answer against its question and recomputes its score. Undefined on anything odd.
 */
export function restoreAttempt(saved: unknown): AttemptState | undefined {
  try {
    return restoreInner(typeof saved === 'string' ? (JSON.parse(saved) as unknown) : saved);
  } catch {
    return undefined;
  }
}

function restoreInner(x: unknown): AttemptState | undefined {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return undefined;
  const r = x as Record<string, unknown>;
  const isTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t);
  if (r.version !== 1 || !Number.isInteger(r.seed) || (r.seed as number) < 0 || (r.seed as number) > 0xffffffff) return undefined;
  if (!isTime(r.startedAt) || (r.finishedAt !== undefined && !isTime(r.finishedAt))) return undefined;
  if (!Array.isArray(r.questions)) return undefined;
  const questions: Question[] = [];
  for (const raw of r.questions) {
    const q = toQuestion(raw);
    if (!q || questions.some((o) => o.id === q.id)) return undefined;
    questions.push(q);
  }
  if (!Number.isInteger(r.current) || (r.current as number) < 0 || (r.current as number) > questions.length) return undefined;
  const layoutIn = r.layout;
  const answersIn = r.answers;
  if (typeof layoutIn !== 'object' || layoutIn === null || Array.isArray(layoutIn)) return undefined;
  if (typeof answersIn !== 'object' || answersIn === null || Array.isArray(answersIn)) return undefined;
  const layout: Record<string, string[]> = {};
  for (const q of questions) {
    const l: unknown = Object.prototype.hasOwnProperty.call(layoutIn, q.id) ? (layoutIn as Record<string, unknown>)[q.id] : undefined;
    const expected = makeLayout(q, 0).slice().sort();
    if (!Array.isArray(l) || !l.every((id) => typeof id === 'string')) return undefined;
    const ids = l as string[];
    if (ids.length !== expected.length || [...ids].sort().some((id, i) => id !== expected[i])) return undefined;
    layout[q.id] = [...ids];
  }
  if (Object.keys(layoutIn).length !== questions.length) return undefined;
  const answers: Record<string, AnswerRecord> = {};
  for (const [id, raw] of Object.entries(answersIn as Record<string, unknown>)) {
    const q = questions.find((o) => o.id === id);
    if (!q || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
    const rec = raw as Record<string, unknown>;
    const checked = validateAnswer(q, rec.answer);
    if (!checked.ok || !isTime(rec.at)) return undefined;
    if (rec.confidence !== undefined && rec.confidence !== 'sure' && rec.confidence !== 'unsure') return undefined;
    answers[id] = {
      answer: checked.answer,
      ...(rec.confidence !== undefined ? { confidence: rec.confidence } : {}),
      score: gradeAnswer(q, checked.answer).score,
      at: rec.at,
    };
  }
  return {
    version: 1,
    seed: r.seed as number,
    startedAt: r.startedAt,
    ...(r.finishedAt !== undefined ? { finishedAt: r.finishedAt } : {}),
    questions,
    layout,
    current: r.current as number,
    answers,
  };
}
