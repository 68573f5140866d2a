// Runtime validation for the dashboard's messages, both directions. Imports nothing but types.
import type {
  ActivityView, DashboardPaintMarks, DashboardPanelState, DashboardTables, DashboardSection, DashboardView, FromDashboardWebview, LabSummaryView, NextStepView, QuizHistoryView,
  ReviewView, ToDashboardWebview, TopicReadinessView, WeakestView,
} from './dashboardProtocol';
import { isLessonId } from './validate';

export const DASHBOARD_SECTIONS: readonly DashboardSection[] = ['readiness', 'quizzes', 'forecast', 'labs', 'activity'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_LIST = 1000;
const MAX_TEXT = 500;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1_000_000;
const isPct = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100;
const isPctOrNull = (v: unknown) => v === null || isPct(v);
const isIso = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && Number.isFinite(Date.parse(v));
const isDay = (v: unknown): v is string => typeof v === 'string' && DAY.test(v);
const list = <T>(v: unknown, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.length <= MAX_LIST && v.every(item);
const optional = (v: unknown, check: (x: unknown) => boolean) => v === undefined || check(v);

function isTopic(v: unknown): v is TopicReadinessView {
  return isRecord(v) && isLessonId(v.id) && isText(v.title) && isCount(v.lessonsDone) && isCount(v.lessonsTotal) && v.lessonsDone <= v.lessonsTotal &&
    isPctOrNull(v.read) && isCount(v.cards) && isPctOrNull(v.retained) && isCount(v.labsCompleted) && isCount(v.labsTotal) &&
    v.labsCompleted <= v.labsTotal && isPctOrNull(v.labs) && isPctOrNull(v.readiness);
}

function isStep(v: unknown): v is NextStepView {
  if (!isRecord(v)) return false;
  switch (v.kind) {
    case 'lesson': return isLessonId(v.lessonId) && isText(v.title);
    case 'quiz': return isLessonId(v.quizId) && isText(v.title);
    case 'lab': return isLessonId(v.labId) && isText(v.title);
    case 'review': return isCount(v.due);
    default: return false;
  }
}

function isWeakest(v: unknown): v is WeakestView {
  return isRecord(v) && isLessonId(v.topicId) && isText(v.topicTitle) && (v.part === 'read' || v.part === 'retained' || v.part === 'labs') && isStep(v.step);
}

function isQuiz(v: unknown): v is QuizHistoryView {
  return isRecord(v) && isLessonId(v.id) && isText(v.title) && isCount(v.attemptsTotal) &&
    list(v.attempts, (a): a is QuizHistoryView['attempts'][number] => isRecord(a) && isIso(a.at) && typeof a.score === 'number' && a.score >= 0 && a.score <= 100) &&
    optional(v.best, (x) => typeof x === 'number' && x >= 0 && x <= 100) && optional(v.last, (x) => typeof x === 'number' && x >= 0 && x <= 100);
}

function isReview(v: unknown): v is ReviewView {
  return isRecord(v) && isCount(v.dueNow) && isCount(v.inDeck) && v.dueNow <= v.inDeck &&
    list(v.forecast, (f): f is ReviewView['forecast'][number] => isRecord(f) && isDay(f.day) && isCount(f.count)) && v.forecast.length <= 31;
}

function isLab(v: unknown): v is LabSummaryView {
  return isRecord(v) && isLessonId(v.id) && isText(v.title) && isCount(v.passed) && optional(v.total, isCount) &&
    (v.total === undefined || v.passed <= (v.total as number)) && typeof v.completed === 'boolean' && optional(v.gradedAt, isIso);
}

function isActivity(v: unknown): v is ActivityView {
  return isRecord(v) && list(v.days, (d): d is ActivityView['days'][number] => isRecord(d) && isDay(d.day) && typeof d.studied === 'boolean') &&
    isCount(v.weeks) && isCount(v.studied) && isCount(v.streak) && typeof v.studiedToday === 'boolean';
}

export function isDashboardView(v: unknown): v is DashboardView {
  return isRecord(v) && isDay(v.today) && list(v.topics, isTopic) && optional(v.weakest, isWeakest) && list(v.quizzes, isQuiz) &&
    isReview(v.review) && list(v.labs, isLab) && isActivity(v.activity);
}

/** The extension's message to the webview; undefined when anything in it is malformed. Never throws. */
export function parseToDashboardWebview(msg: unknown): ToDashboardWebview | undefined {
  try {
    return isRecord(msg) && msg.type === 'dashboard' && isDashboardView(msg.view) ? { type: 'dashboard', view: msg.view } : undefined;
  } catch {
    return undefined;
  }
}

function isMarks(v: unknown): v is DashboardPaintMarks {
  const ok = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x < 3_600_000;
  return isRecord(v) && ok(v.scriptStart) && ok(v.render) && ok(v.charts);
}

/** The webview's message to the extension; undefined when it is not one of the known, well-formed ones. Never throws. */
export function parseFromDashboardWebview(msg: unknown): FromDashboardWebview | undefined {
  if (!isRecord(msg) || typeof msg.type !== 'string') return undefined;
  switch (msg.type) {
    case 'ready':
      if (msg.shownFromPage !== undefined && typeof msg.shownFromPage !== 'boolean') return undefined;
      return msg.shownFromPage ? { type: 'ready', shownFromPage: true } : { type: 'ready' };
    case 'startReview':
      return { type: msg.type };
    case 'painted':
      if (!isDay(msg.today) || !isTables(msg.tables)) return undefined;
      if (msg.marks === undefined) return { type: 'painted', today: msg.today, tables: msg.tables };
      return isMarks(msg.marks) ? { type: 'painted', today: msg.today, tables: msg.tables, marks: { scriptStart: msg.marks.scriptStart, render: msg.marks.render, charts: msg.marks.charts } } : undefined;
    case 'openLesson':
      return isLessonId(msg.lessonId) ? { type: 'openLesson', lessonId: msg.lessonId } : undefined;
    case 'openQuiz':
      return isLessonId(msg.quizId) ? { type: 'openQuiz', quizId: msg.quizId } : undefined;
    case 'openLab':
      return isLessonId(msg.labId) ? { type: 'openLab', labId: msg.labId } : undefined;
    default:
      return undefined;
  }
}

function isTables(v: unknown): v is DashboardTables {
  if (!isRecord(v)) return false;
  return Object.entries(v).every(([k, rows]) => DASHBOARD_SECTIONS.includes(k as DashboardSection) &&
    Array.isArray(rows) && rows.length <= MAX_LIST && rows.every((r) => Array.isArray(r) && r.length <= 20 && r.every(isText)));
}

export function parseDashboardPanelState(v: unknown): DashboardPanelState {
  const tables = isRecord(v) && Array.isArray(v.tables) ? v.tables.filter((t): t is DashboardSection => DASHBOARD_SECTIONS.includes(t as DashboardSection)) : [];
  return { tables: [...new Set(tables)] };
}
