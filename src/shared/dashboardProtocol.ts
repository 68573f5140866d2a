// Messages between the extension and the progress dashboard. Imports nothing.
//
// Every number the dashboard shows comes from the view below; the charts and their text tables draw the same
// fields, so what a screen reader hears is what the chart shows. Shares are whole percents (0-100).

export interface TopicReadinessView {
  id: string;
  title: string;
  lessonsDone: number;
  lessonsTotal: number;
  /** Share of the topic's lessons marked done; null when the topic has no lessons. */
  read: number | null;
  /** The topic's questions in the review deck. */
  cards: number;
  /** Mean FSRS recall probability of those questions now; null when none is in the deck. */
  retained: number | null;
  labsCompleted: number;
  labsTotal: number;
  /** Share of the topic's labs completed; null when the topic has no labs. */
  labs: number | null;
  /** Mean of the parts that apply (read, retained, labs); null when none does. */
  readiness: number | null;
}

export type NextStepView =
  | { kind: 'lesson'; lessonId: string; title: string }
  | { kind: 'review'; due: number }
  | { kind: 'quiz'; quizId: string; title: string }
  | { kind: 'lab'; labId: string; title: string };

export interface WeakestView {
  topicId: string;
  topicTitle: string;
  /** Which part is lowest, so the step can say why. */
  part: 'read' | 'retained' | 'labs';
  step: NextStepView;
}

export interface QuizAttemptView {
  /** ISO date-time of the completed attempt. */
  at: string;
  score: number;
}

export interface QuizHistoryView {
  id: string;
  title: string;
  /** Kept attempts, oldest first (the last 50). */
  attempts: QuizAttemptView[];
  /** All completed attempts, counting ones from before attempts had dates. */
  attemptsTotal: number;
  best?: number;
  last?: number;
}

export interface ForecastDayView {
  /** Local date, YYYY-MM-DD. */
  day: string;
  count: number;
}

export interface ReviewView {
  /** Questions due now (what "Start review" asks). */
  dueNow: number;
  /** Questions in the deck. */
  inDeck: number;
  /** Due per local day for the next 14 days, today first; today includes overdue questions. */
  forecast: ForecastDayView[];
}

export interface LabSummaryView {
  id: string;
  title: string;
  passed: number;
  /** Checks at the last grading; undefined before the first. */
  total?: number;
  completed: boolean;
  /** ISO date-time of the last grading. */
  gradedAt?: string;
}

export interface ActivityView {
  /** Local dates from the first shown Monday to today, each with whether there was study. */
  days: Array<{ day: string; studied: boolean }>;
  weeks: number;
  /** Days with study among `days`. */
  studied: number;
  /** Consecutive days with study up to today, or up to yesterday while today has none yet. */
  streak: number;
  studiedToday: boolean;
}

export interface DashboardView {
  /** Local date the view was computed for. */
  today: string;
  topics: TopicReadinessView[];
  weakest?: WeakestView;
  quizzes: QuizHistoryView[];
  review: ReviewView;
  labs: LabSummaryView[];
  activity: ActivityView;
}

/** Which chart's text table is shown, kept across reloads. */
export type DashboardSection = 'readiness' | 'quizzes' | 'forecast' | 'labs' | 'activity';

export type DashboardTables = Partial<Record<DashboardSection, string[][]>>;

/**
 * Where a paint's time went, in ms of the webview's own clock (from its page starting to load): when the script
 * started, and how long building the page and drawing the charts took. Information for the bench.
 */
export interface DashboardPaintMarks {
  scriptStart: number;
  render: number;
  charts: number;
}

export type ToDashboardWebview = { type: 'dashboard'; view: DashboardView };

export type FromDashboardWebview =
  /** `shownFromPage`: the webview painted the view its page carried (a new panel), so nothing needs posting. */
  | { type: 'ready'; shownFromPage?: boolean }
  /**
   * The view was drawn, charts included; `today` is the view's. `tables` is the text of each chart's table
   * alternative, the rows it shows when toggled on (cells, header row first; a table's DOM is built when first
   * shown), so a test can compare it with the data.
   */
  | { type: 'painted'; today: string; tables: DashboardTables; marks?: DashboardPaintMarks }
  | { type: 'startReview' }
  | { type: 'openLesson'; lessonId: string }
  | { type: 'openQuiz'; quizId: string }
  | { type: 'openLab'; labId: string };

export interface DashboardPanelState {
  /** Sections whose table is shown instead of (below) the chart. */
  tables: DashboardSection[];
}
