// The progress dashboard's numbers, computed from the saved progress, the course and the review deck. Pure (no
// `vscode`): bundled as the lazily required `dashboard` chunk. FSRS's recall probability comes in as a function
// (the quiz engine's scheduler), so this module does not carry its own copy of ts-fsrs.
import { addDays, daysBetween, weekdayIndex } from '../progress/days';
import type { ProgressState } from '../progress/state';
import type {
  ActivityView, DashboardView, ForecastDayView, LabSummaryView, NextStepView, QuizHistoryView, TopicReadinessView, WeakestView,
} from '../shared/dashboardProtocol';

/** The parts of the course the dashboard reads (a Course fits). */
export interface DashboardCourse {
  topics: ReadonlyArray<{ id: string; title: string; lessonIds: readonly string[]; quizIds: readonly string[]; labIds: readonly string[] }>;
  lessons: ReadonlyMap<string, { id: string; title: string; topicId: string }>;
  labs: ReadonlyMap<string, { id: string; title: string; topic: string }>;
  quizzes: ReadonlyMap<string, { id: string; title: string; topic?: string; questions: ReadonlyArray<{ id: string; lesson: string; topic?: string }> }>;
}

export interface DashboardCard {
  /** ISO date-time. */
  due: string;
}

export interface DashboardInput<C extends DashboardCard = DashboardCard> {
  course: DashboardCourse;
  progress: ProgressState;
  /** Review deck cards by question id (validated). */
  cards: Readonly<Record<string, C>>;
  /** Saved quiz records (best, last, attempts), validated. */
  quizRecords: Readonly<Record<string, { best: number; lastScore: number; attempts: number }>>;
  /** Saved lab state, validated (src/labs/labState.ts readLabsSection). */
  labs: Readonly<Record<string, { passed: readonly string[]; total?: number; completedAt?: string; gradedAt?: string }>>;
  now: Date;
  /** The local date of an instant (src/progress/days.ts localDay). */
  localDay: (d: Date) => string;
  /** FSRS recall probability (0-1) of a card at `now`. */
  recall: (card: C, now: Date) => number;
  /** Weeks of activity shown; default 12. */
  weeks?: number;
}

export const FORECAST_DAYS = 14;
export const ACTIVITY_WEEKS = 12;

const pct = (x: number) => Math.round(x * 100);
const own = <T>(o: Readonly<Record<string, T>>, k: string): T | undefined => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

/** Question id -> topic id: a question's lesson decides its topic (course-wide quizzes too), else its quiz's topic. */
export function questionTopics(course: DashboardCourse): Map<string, string> {
  const out = new Map<string, string>();
  for (const quiz of course.quizzes.values()) {
    for (const q of quiz.questions) {
      if (out.has(q.id)) continue;
      const topic = course.lessons.get(q.lesson)?.topicId ?? q.topic ?? quiz.topic;
      if (topic) out.set(q.id, topic);
    }
  }
  return out;
}

function mean(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export function topicReadiness<C extends DashboardCard>(input: DashboardInput<C>): TopicReadinessView[] {
  const { course, progress, cards, labs, now } = input;
  const topicOf = questionTopics(course);
  const recallByTopic = new Map<string, number[]>();
  for (const [id, card] of Object.entries(cards)) {
    const t = topicOf.get(id);
    if (!t) continue;
    recallByTopic.set(t, [...(recallByTopic.get(t) ?? []), input.recall(card, now)]);
  }
  return course.topics.map((t) => {
    const lessonIds = t.lessonIds.filter((id) => course.lessons.has(id));
    const labIds = t.labIds.filter((id) => course.labs.has(id));
    const lessonsDone = lessonIds.filter((id) => Object.prototype.hasOwnProperty.call(progress.lessonsDone, id)).length;
    const labsCompleted = labIds.filter((id) => !!own(labs, id)?.completedAt).length;
    const recalls = recallByTopic.get(t.id) ?? [];
    const readF = lessonIds.length ? lessonsDone / lessonIds.length : null;
    const retainedF = mean(recalls);
    const labsF = labIds.length ? labsCompleted / labIds.length : null;
    const parts = [readF, retainedF, labsF].filter((x): x is number => x !== null);
    const readinessF = mean(parts);
    return {
      id: t.id, title: t.title,
      lessonsDone, lessonsTotal: lessonIds.length, read: readF === null ? null : pct(readF),
      cards: recalls.length, retained: retainedF === null ? null : pct(retainedF),
      labsCompleted, labsTotal: labIds.length, labs: labsF === null ? null : pct(labsF),
      readiness: readinessF === null ? null : pct(readinessF),
    };
  });
}

/**
 * The topic with the lowest readiness (the course's order breaks ties) and one step for it, chosen by its lowest
 * part: an unread lesson, the review (when its questions are due) or its quiz, a lab not completed. Undefined when
 * every topic is complete.
 */
export function weakestTopic<C extends DashboardCard>(input: DashboardInput<C>, topics: readonly TopicReadinessView[], dueNowByTopic: ReadonlyMap<string, number>, dueNow: number): WeakestView | undefined {
  const { course, progress, labs } = input;
  let weakest: TopicReadinessView | undefined;
  for (const t of topics) {
    if (t.readiness === null || t.readiness >= 100) continue;
    if (!weakest || (weakest.readiness as number) > t.readiness) weakest = t;
  }
  if (!weakest) return undefined;
  const topic = course.topics.find((t) => t.id === weakest.id)!;
  const parts = ([['read', weakest.read], ['retained', weakest.retained], ['labs', weakest.labs]] as const)
    .filter((p): p is readonly ['read' | 'retained' | 'labs', number] => p[1] !== null && p[1] < 100)
    .sort((a, b) => a[1] - b[1]);
  for (const [part] of parts) {
    const step = stepFor(part);
    if (step) return { topicId: weakest.id, topicTitle: weakest.title, part, step };
  }
  return undefined;

  function stepFor(part: 'read' | 'retained' | 'labs'): NextStepView | undefined {
    if (part === 'read') {
      const id = topic.lessonIds.find((l) => course.lessons.has(l) && !Object.prototype.hasOwnProperty.call(progress.lessonsDone, l));
      return id ? { kind: 'lesson', lessonId: id, title: course.lessons.get(id)!.title } : undefined;
    }
    if (part === 'labs') {
      const id = topic.labIds.find((l) => course.labs.has(l) && !own(labs, l)?.completedAt);
      return id ? { kind: 'lab', labId: id, title: course.labs.get(id)!.title } : undefined;
    }
    if ((dueNowByTopic.get(topic.id) ?? 0) > 0) return { kind: 'review', due: dueNow };
    const quizId = topic.quizIds.find((q) => course.quizzes.has(q));
    return quizId ? { kind: 'quiz', quizId, title: course.quizzes.get(quizId)!.title } : undefined;
  }
}

export function quizHistory<C extends DashboardCard>(input: DashboardInput<C>): QuizHistoryView[] {
  const { course, progress, quizRecords } = input;
  return [...course.quizzes.values()].map((q) => {
    const attempts = (own(progress.quizAttempts, q.id) ?? []).map((a) => ({ at: a.at, score: a.score }));
    const record = own(quizRecords, q.id);
    const scores = attempts.map((a) => a.score);
    const best = record ? Math.max(record.best, ...scores) : scores.length ? Math.max(...scores) : undefined;
    const last = attempts.length ? attempts[attempts.length - 1].score : record?.lastScore;
    return {
      id: q.id, title: q.title, attempts, attemptsTotal: Math.max(record?.attempts ?? 0, attempts.length),
      ...(best !== undefined ? { best } : {}), ...(last !== undefined ? { last } : {}),
    };
  });
}

export function reviewForecast<C extends DashboardCard>(input: DashboardInput<C>, today: string): { dueNow: number; inDeck: number; forecast: ForecastDayView[]; dueNowByTopic: Map<string, number> } {
  const forecast: ForecastDayView[] = Array.from({ length: FORECAST_DAYS }, (_, i) => ({ day: addDays(today, i), count: 0 }));
  const topicOf = questionTopics(input.course);
  const dueNowByTopic = new Map<string, number>();
  const t = input.now.getTime();
  let dueNow = 0;
  let inDeck = 0;
  for (const [id, card] of Object.entries(input.cards)) {
    const ms = Date.parse(card.due);
    if (!Number.isFinite(ms)) continue;
    inDeck++;
    if (ms <= t) {
      dueNow++;
      const topic = topicOf.get(id);
      if (topic) dueNowByTopic.set(topic, (dueNowByTopic.get(topic) ?? 0) + 1);
    }
    const offset = Math.max(0, daysBetween(today, input.localDay(new Date(ms))));
    if (offset < FORECAST_DAYS) forecast[offset].count++;
  }
  return { dueNow, inDeck, forecast, dueNowByTopic };
}

export function labSummaries<C extends DashboardCard>(input: DashboardInput<C>): LabSummaryView[] {
  const { course, labs } = input;
  const order = [...new Set([...course.topics.flatMap((t) => t.labIds), ...course.labs.keys()])].filter((id) => course.labs.has(id));
  return order.map((id) => {
    const s = own(labs, id);
    return {
      id, title: course.labs.get(id)!.title,
      passed: s?.gradedAt ? s.passed.length : 0,
      ...(s?.gradedAt && s.total !== undefined ? { total: s.total } : {}),
      completed: !!s?.completedAt,
      ...(s?.gradedAt ? { gradedAt: s.gradedAt } : {}),
    };
  });
}

/** The last `weeks` calendar weeks (Monday first) up to today, and the current streak. */
export function activity(studyDays: readonly string[], today: string, weeks = ACTIVITY_WEEKS): ActivityView {
  const set = new Set(studyDays);
  const start = addDays(today, -(weekdayIndex(today) + (weeks - 1) * 7));
  const days: ActivityView['days'] = [];
  for (let d = start; daysBetween(d, today) >= 0; d = addDays(d, 1)) days.push({ day: d, studied: set.has(d) });
  const studiedToday = set.has(today);
  let streak = 0;
  for (let d = studiedToday ? today : addDays(today, -1); set.has(d); d = addDays(d, -1)) streak++;
  return { days, weeks, studied: days.filter((d) => d.studied).length, streak, studiedToday };
}

export function buildDashboard<C extends DashboardCard>(input: DashboardInput<C>): DashboardView {
  const today = input.localDay(input.now);
  const topics = topicReadiness(input);
  const review = reviewForecast(input, today);
  const weakest = weakestTopic(input, topics, review.dueNowByTopic, review.dueNow);
  return {
    today,
    topics,
    ...(weakest ? { weakest } : {}),
    quizzes: quizHistory(input),
    review: { dueNow: review.dueNow, inDeck: review.inDeck, forecast: review.forecast },
    labs: labSummaries(input),
    activity: activity(input.progress.studyDays, today, input.weeks ?? ACTIVITY_WEEKS),
  };
}
