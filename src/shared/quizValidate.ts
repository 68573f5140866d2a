// Runtime validation for the quiz panel's messages, both directions. Imports nothing but types.
import type {
  FromQuizWebview, QuizAnswer, QuizFeedbackView, QuizHeader, QuizMissedView, QuizOption, QuizPanelState, QuizPausedView, QuizQuestionView, QuizRecord,
  QuizResultView, QuizShownPhase, QuizTopicScoreView, ToQuizWebview,
} from './quizProtocol';
import { isLessonId } from './validate';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_IDS = 50;
const MAX_TEXT = 200_000;
const TYPES = ['single', 'multiple', 'order', 'match', 'numeric'];
const PHASES = ['question', 'feedback', 'result', 'empty'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Question, choice, item and match-side ids: lowercase words joined by dashes, short. */
export function isQuizId(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 100 && ID.test(v);
}

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_TEXT;
}

function isIdList(v: unknown): v is string[] {
  return Array.isArray(v) && v.length <= MAX_IDS && v.every(isQuizId) && new Set(v).size === v.length;
}

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** An answer of any shape, checked for form only (the engine checks it against the question). */
export function parseQuizAnswer(v: unknown): QuizAnswer | undefined {
  if (!isRecord(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length !== 1) return undefined;
  if ('choiceId' in v) return isQuizId(v.choiceId) ? { choiceId: v.choiceId } : undefined;
  if ('choiceIds' in v) return isIdList(v.choiceIds) ? { choiceIds: [...v.choiceIds] } : undefined;
  if ('itemIds' in v) return isIdList(v.itemIds) ? { itemIds: [...v.itemIds] } : undefined;
  if ('value' in v) return isNum(v.value) ? { value: v.value } : undefined;
  if ('pairs' in v) {
    const p = v.pairs;
    if (!isRecord(p)) return undefined;
    const entries = Object.entries(p);
    if (entries.length > MAX_IDS || !entries.every(([l, r]) => isQuizId(l) && isQuizId(r))) return undefined;
    const pairs: Record<string, string> = {};
    for (const [l, r] of entries) pairs[l] = r as string;
    return { pairs };
  }
  return undefined;
}

/** Returns the message when it is a well-formed FromQuizWebview, otherwise undefined. Never throws. */
export function parseFromQuizWebview(msg: unknown): FromQuizWebview | undefined {
  try {
    if (!isRecord(msg) || typeof msg.type !== 'string') return undefined;
    switch (msg.type) {
      case 'ready':
      case 'next':
      case 'close':
        return { type: msg.type };
      case 'submit': {
        if (!isQuizId(msg.questionId)) return undefined;
        const answer = parseQuizAnswer(msg.answer);
        if (!answer) return undefined;
        if (msg.confidence !== undefined && msg.confidence !== 'sure' && msg.confidence !== 'unsure') return undefined;
        return { type: 'submit', questionId: msg.questionId, answer, ...(msg.confidence !== undefined ? { confidence: msg.confidence } : {}) };
      }
      case 'retry':
        return msg.mode === 'missed' || msg.mode === 'all' ? { type: 'retry', mode: msg.mode } : undefined;
      case 'resume':
        if (msg.kind === 'review') return { type: 'resume', kind: 'review' };
        return msg.kind === 'quiz' && isQuizId(msg.quizId) ? { type: 'resume', kind: 'quiz', quizId: msg.quizId } : undefined;
      case 'openLesson':
        return isLessonId(msg.lessonId) ? { type: 'openLesson', lessonId: msg.lessonId } : undefined;
      case 'shown':
        if (typeof msg.phase !== 'string' || !PHASES.includes(msg.phase)) return undefined;
        if (msg.questionId !== undefined && !isQuizId(msg.questionId)) return undefined;
        return { type: 'shown', phase: msg.phase as QuizShownPhase, ...(msg.questionId !== undefined ? { questionId: msg.questionId } : {}) };
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}

function isOption(v: unknown): v is QuizOption {
  return isRecord(v) && isQuizId(v.id) && isText(v.text);
}

function isOptions(v: unknown): v is QuizOption[] {
  return Array.isArray(v) && v.length <= MAX_IDS && v.every(isOption);
}

function isCount(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 0;
}

function isPaused(v: unknown): v is QuizPausedView {
  return isRecord(v) && isText(v.title) && isCount(v.answered) && isCount(v.total) && (v.answered as number) <= (v.total as number) &&
    (v.kind === 'review' ? v.quizId === undefined : v.kind === 'quiz' && isQuizId(v.quizId));
}

function isHeader(v: unknown): v is QuizHeader {
  return isRecord(v) && isText(v.title) && (v.kind === 'quiz' || v.kind === 'review') && (v.quizId === undefined || isQuizId(v.quizId)) &&
    (v.paused === undefined || (Array.isArray(v.paused) && v.paused.length <= MAX_IDS && v.paused.every(isPaused)));
}

function isTextList(v: unknown): v is string[] {
  return Array.isArray(v) && v.length <= MAX_IDS && v.every(isText);
}

function isQuestionView(v: unknown): v is QuizQuestionView {
  if (!isRecord(v)) return false;
  if (!isQuizId(v.questionId) || typeof v.type !== 'string' || !TYPES.includes(v.type) || !isText(v.promptHtml)) return false;
  if (!Number.isInteger(v.index) || !Number.isInteger(v.total) || (v.index as number) < 0 || (v.total as number) < 1) return false;
  if (!isLessonId(v.lesson) || !isText(v.lessonTitle)) return false;
  switch (v.type) {
    case 'single':
    case 'multiple':
      return isOptions(v.choices);
    case 'order':
      return isOptions(v.items);
    case 'match':
      return isOptions(v.lefts) && isOptions(v.rights);
    default:
      return v.unit === undefined || isText(v.unit);
  }
}

function isFeedbackView(v: unknown): v is QuizFeedbackView {
  return isRecord(v) && isQuizId(v.questionId) && isNum(v.score) && v.score >= 0 && v.score <= 1 && typeof v.right === 'boolean' &&
    parseQuizAnswer(v.given) !== undefined && isRecord(v.correctAnswer) && Array.isArray(v.correctTexts) && v.correctTexts.every(isText) &&
    isText(v.explanationHtml) && isTextList(v.missedTexts) && isTextList(v.wrongTexts) && Array.isArray(v.chosen) &&
    v.chosen.every((c) => isRecord(c) && isQuizId(c.choiceId) && isText(c.text) && typeof c.correct === 'boolean' && (c.why === undefined || isText(c.why))) &&
    isRecord(v.marks) && Object.values(v.marks).every((m) => typeof m === 'boolean') &&
    isLessonId(v.lesson) && isText(v.lessonTitle) && typeof v.last === 'boolean' &&
    (v.confidence === undefined || v.confidence === 'sure' || v.confidence === 'unsure');
}

function isTopicScore(v: unknown): v is QuizTopicScoreView {
  return isRecord(v) && isText(v.topic) && isText(v.title) && isNum(v.score) && isNum(v.max) && isNum(v.right);
}

function isMissed(v: unknown): v is QuizMissedView {
  return isRecord(v) && isQuizId(v.questionId) && isText(v.promptHtml) && isText(v.explanationHtml) && Array.isArray(v.correctTexts) &&
    v.correctTexts.every(isText) && isTextList(v.givenTexts) && isLessonId(v.lesson) && isText(v.lessonTitle) && isNum(v.score) && typeof v.answered === 'boolean';
}

function isResultView(v: unknown): v is QuizResultView {
  return isRecord(v) && isNum(v.score) && isNum(v.max) && isNum(v.percent) && isNum(v.right) && isNum(v.total) && isNum(v.durationMs) &&
    Array.isArray(v.byTopic) && v.byTopic.every(isTopicScore) && Array.isArray(v.missed) && v.missed.every(isMissed) &&
    (v.best === undefined || isNum(v.best));
}

/** Webview side: accepts only well-formed messages from the extension. Never throws. */
export function parseToQuizWebview(msg: unknown): ToQuizWebview | undefined {
  try {
    if (!isRecord(msg)) return undefined;
    switch (msg.type) {
      case 'question':
        if (!isHeader(msg.header) || !isQuestionView(msg.question)) return undefined;
        if (msg.feedback !== undefined && (!isFeedbackView(msg.feedback) || msg.feedback.questionId !== msg.question.questionId)) return undefined;
        return { type: 'question', header: msg.header, question: msg.question, ...(msg.feedback !== undefined ? { feedback: msg.feedback } : {}) };
      case 'result':
        return isHeader(msg.header) && isResultView(msg.result) ? { type: 'result', header: msg.header, result: msg.result } : undefined;
      case 'empty':
        return isHeader(msg.header) && isText(msg.message) ? { type: 'empty', header: msg.header, message: msg.message } : undefined;
      case 'error':
        return isText(msg.message) ? { type: 'error', message: msg.message } : undefined;
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}

export function parseQuizPanelState(v: unknown): QuizPanelState | undefined {
  if (!isRecord(v)) return undefined;
  if (v.kind === 'review') return { kind: 'review' };
  if (v.kind === 'quiz' && isQuizId(v.quizId)) return { kind: 'quiz', quizId: v.quizId };
  return undefined;
}

/** Keeps the valid entries of a stored `quizzes` progress section; anything else is dropped and counted. */
export function parseQuizRecords(v: unknown): { records: Record<string, QuizRecord>; dropped: number } {
  const records: Record<string, QuizRecord> = {};
  if (!isRecord(v)) return { records, dropped: v === undefined ? 0 : 1 };
  let dropped = 0;
  const pct = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100;
  for (const [id, r] of Object.entries(v)) {
    if (isQuizId(id) && isRecord(r) && pct(r.best) && pct(r.lastScore) && typeof r.lastAt === 'string' &&
      Number.isFinite(Date.parse(r.lastAt)) && Number.isInteger(r.attempts) && (r.attempts as number) >= 1) {
      records[id] = { best: r.best, lastScore: r.lastScore, lastAt: r.lastAt, attempts: r.attempts as number };
    } else dropped++;
  }
  return { records, dropped };
}
