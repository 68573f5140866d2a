// Quiz sessions (a quiz or a review), best scores and the review deck. VS Code glue over the pure
// engine, which is loaded lazily (the `quiz` chunk): this file imports only its types.
import * as vscode from 'vscode';
import type { CourseStore } from '../course/courseStore';
import type { Progress } from '../progress/progress';
import { Disposable } from '../util/dispose';
import { lazyBundle } from '../util/lazy';
import type { QuizRecord } from '../shared/quizProtocol';
import { parseQuizRecords } from '../shared/quizValidate';
import { SessionShelf, type Session } from './sessions';
import type { AttemptResult, AttemptState, Confidence, Feedback, Question, ReviewDeck, ReviewScheduler } from './index';

type Engine = typeof import('./index');
export type { QuizRecord };

export const QUIZ_SECTION = 'quizzes';
export const DECK_SECTION = 'reviewDeck';
/** At most this many questions in one review session (the most overdue ones). */
export const REVIEW_LIMIT = 20;

export type QuizSession = Session<AttemptState>;

/** A session kept aside while another one is shown. */
export interface PausedSession {
  kind: 'quiz' | 'review';
  quizId?: string;
  title: string;
  answered: number;
  total: number;
}

export type SubmitOutcome =
  | { ok: true; feedback: Feedback; complete: boolean }
  | { ok: false; error: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function randomSeed(): number {
  return Math.floor(Math.random() * 0x100000000) >>> 0;
}

export class QuizService extends Disposable {
  /** One saved session per quiz plus one for the review (src/quiz/sessions.ts). */
  private readonly shelf: SessionShelf<AttemptState>;
  private scheduler?: ReviewScheduler;
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires when best scores or the review deck change (the tree listens), and when the clock is moved. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly sessionEmitter = this._register(new vscode.EventEmitter<QuizSession | undefined>());
  /** Fires when a session starts, advances, is answered or ends. */
  readonly onDidChangeSession = this.sessionEmitter.event;
  /** Seeds for new attempts; tests may replace it for a fixed shuffle. */
  seed: () => number = randomSeed;

  constructor(
    private readonly store: CourseStore,
    private readonly progress: Progress,
    memory: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
    private clock: () => Date = () => new Date(),
  ) {
    super();
    this.shelf = new SessionShelf<AttemptState>(
      memory,
      { serialize: (st) => this.engine().serializeAttempt(st), restore: (raw) => this.engine().restoreAttempt(raw) },
      (m) => this.log.warn(m),
    );
    this._register(progress.onDidChange(() => this.changeEmitter.fire()));
  }

  now(): Date {
    return this.clock();
  }

  setClock(now: () => Date): void {
    this.clock = now;
    this.changeEmitter.fire();
  }

  /** Time passed and a question fell due (no other event says so): the tree, the status bar and the dashboard count again. */
  timePassed(): void {
    this.changeEmitter.fire();
  }

  private engine(): Engine {
    return lazyBundle<Engine>('quiz');
  }

  private fsrs(): ReviewScheduler {
    this.scheduler ??= this.engine().createFsrsScheduler();
    return this.scheduler;
  }

  // ---- records ----

  records(): Record<string, QuizRecord> {
    const { records, dropped } = parseQuizRecords(this.progress.section<unknown>(QUIZ_SECTION));
    if (dropped) this.log.warn(`Quizzes: ignored ${dropped} malformed saved score(s).`);
    return records;
  }

  record(quizId: string): QuizRecord | undefined {
    const all = this.records();
    return Object.prototype.hasOwnProperty.call(all, quizId) ? all[quizId] : undefined;
  }

  private async saveRecord(quizId: string, percent: number): Promise<void> {
    const all = this.records();
    const old = Object.prototype.hasOwnProperty.call(all, quizId) ? all[quizId] : undefined;
    all[quizId] = {
      best: Math.max(old?.best ?? 0, percent),
      lastScore: percent,
      lastAt: this.now().toISOString(),
      attempts: (old?.attempts ?? 0) + 1,
    };
    await this.progress.setSection(QUIZ_SECTION, all);
    await this.progress.recordQuizAttempt(quizId, percent, this.now());
  }

  // ---- review deck ----

  /** The stored deck, validated; garbage gives an empty deck (and a log line). */
  deck(): ReviewDeck {
    const raw = this.progress.section<unknown>(DECK_SECTION);
    const e = this.engine();
    if (raw === undefined) return e.emptyDeck();
    const deck = e.restoreDeck(raw);
    if (!deck) {
      this.log.warn('Quizzes: the saved review deck was malformed; starting a new one.');
      return e.emptyDeck();
    }
    return deck;
  }

  /**
   * Questions due for review now. Cheap (no engine load), for the tree: counts the saved cards
   * whose due date has passed; a malformed deck counts as empty.
   */
  dueCount(): number {
    const raw = this.progress.section<unknown>(DECK_SECTION);
    if (!isRecord(raw) || raw.version !== 1 || !isRecord(raw.cards)) return 0;
    const t = this.now().getTime();
    let n = 0;
    for (const c of Object.values(raw.cards)) {
      const due = isRecord(c) && typeof c.due === 'string' ? Date.parse(c.due) : Number.NaN;
      if (Number.isFinite(due) && due <= t) n++;
    }
    return n;
  }

  /** When the next saved card not due yet falls due (ms since the epoch), for a status that updates itself then. */
  nextDueAt(): number | undefined {
    const raw = this.progress.section<unknown>(DECK_SECTION);
    if (!isRecord(raw) || raw.version !== 1 || !isRecord(raw.cards)) return undefined;
    const t = this.now().getTime();
    let next: number | undefined;
    for (const c of Object.values(raw.cards)) {
      const due = isRecord(c) && typeof c.due === 'string' ? Date.parse(c.due) : Number.NaN;
      if (Number.isFinite(due) && due > t && (next === undefined || due < next)) next = due;
    }
    return next;
  }

  // ---- sessions ----

  /** The session the panel shows (restored from workspace state after a reload), if any. */
  get session(): QuizSession | undefined {
    return this.shelf.active;
  }

  /** The saved session of a quiz (or of the review), shown or not. */
  sessionOf(kind: 'quiz' | 'review', quizId?: string): QuizSession | undefined {
    return this.shelf.get(kind, quizId);
  }

  /** Unfinished sessions other than the shown one: kept for later, never replaced by it. */
  pausedSessions(): PausedSession[] {
    const active = this.session;
    return this.shelf.list()
      .filter((s) => s !== active && s.state.current < s.state.questions.length)
      .map((s) => ({
        kind: s.kind, title: s.title, ...(s.quizId ? { quizId: s.quizId } : {}), total: s.state.questions.length,
        answered: s.state.questions.filter((q) => Object.prototype.hasOwnProperty.call(s.state.answers, q.id)).length,
      }));
  }

  /** Shows a saved session again. Undefined when there is none for it. */
  async activate(kind: 'quiz' | 'review', quizId?: string): Promise<QuizSession | undefined> {
    if (!(await this.shelf.activate(kind, quizId))) return undefined;
    this.sessionEmitter.fire(this.session);
    return this.session;
  }

  /** Forgets the sessions in memory and reads them back from workspace state, as a window reload does (tests). */
  reloadSessions(): void {
    this.shelf.forget();
  }

  /** Saves the session in its own slot; `activate` also makes it the shown one. */
  private async setSession(s: QuizSession, activate: boolean): Promise<void> {
    await this.shelf.save(s, { activate });
    this.sessionEmitter.fire(this.session);
  }

  private unfinished(s: QuizSession | undefined): s is QuizSession {
    return !!s && s.state.current < s.state.questions.length;
  }

  /**
   * Starts the quiz or, with resume, continues its unfinished attempt. Other sessions (other quizzes, the
   * review) are kept as they are. Undefined for an unknown quiz.
   */
  async startQuiz(quizId: string, options: { resume?: boolean } = {}): Promise<QuizSession | undefined> {
    const quiz = (await this.store.get()).quizzes.get(quizId);
    if (!quiz) return undefined;
    const saved = this.sessionOf('quiz', quizId);
    if (options.resume && this.unfinished(saved)) return this.activate('quiz', quizId);
    const state = this.engine().startAttempt(quiz.questions, this.seed(), this.now());
    await this.setSession({ kind: 'quiz', quizId, title: quiz.title, state }, true);
    this.log.info(`Quiz "${quizId}" started: ${state.questions.length} question(s).`);
    return this.session;
  }

  /** All questions of the course by id (for review sessions). */
  private async questionsById(): Promise<Map<string, Question>> {
    const course = await this.store.get();
    const map = new Map<string, Question>();
    for (const quiz of course.quizzes.values()) for (const q of quiz.questions) if (!map.has(q.id)) map.set(q.id, q);
    return map;
  }

  private async lessonTopics(): Promise<Map<string, string>> {
    const course = await this.store.get();
    return new Map([...course.lessons.values()].map((l) => [l.id, l.topicId]));
  }

  /** Starts a review of the due questions, interleaving topics (or continues the unfinished one). Undefined when nothing is due. */
  async startReview(options: { resume?: boolean } = {}): Promise<QuizSession | undefined> {
    if (options.resume && this.unfinished(this.sessionOf('review'))) return this.activate('review');
    const e = this.engine();
    const seed = this.seed();
    const questions = e.buildReviewSession(this.deck(), this.now(), await this.questionsById(), seed, {
      lessonTopics: await this.lessonTopics(), limit: REVIEW_LIMIT,
    });
    if (!questions.length) return undefined;
    const state = e.startAttempt(questions, seed, this.now(), { shuffleQuestions: false });
    await this.setSession({ kind: 'review', title: 'Review', state }, true);
    this.log.info(`Review started: ${questions.length} question(s).`);
    return this.session;
  }

  /** Answers the current question of the session; checks the question id and the answer. */
  /**
   * Grades the answer to the current question and records it (the session and the review deck). `answered` runs
   * once the answer is in memory, while the records are being written (the panel shows the feedback then); the
   * returned promise settles when both are written.
   */
  async submit(questionId: string, answer: unknown, confidence?: Confidence, answered?: () => Promise<void>): Promise<SubmitOutcome> {
    const s = this.session;
    if (!s) return { ok: false, error: 'no quiz is in progress' };
    const e = this.engine();
    const q = e.currentQuestion(s.state);
    if (!q || q.id !== questionId) return { ok: false, error: `"${questionId}" is not the current question` };
    const now = this.now();
    const r = e.submitAnswer(s.state, answer, confidence, now);
    if (!r.ok) return r;
    const complete = r.state.finishedAt !== undefined && s.state.finishedAt === undefined;
    const deck = e.recordAnswer(this.deck(), q.id, r.feedback.score, confidence, now, this.fsrs());
    // Both set their value in memory at once, then write it: the two writes go out together.
    const saved = Promise.all([this.setSession({ ...s, state: r.state }, false), this.progress.setSection(DECK_SECTION, deck, { studied: true })]);
    try {
      await answered?.();
    } finally {
      await saved;
    }
    const quiz = complete && s.kind === 'quiz' && s.quizId ? (await this.store.get()).quizzes.get(s.quizId) : undefined;
    // Only an attempt at the whole quiz sets its score; a retry of the missed questions does not.
    if (quiz && s.quizId && e.coversQuiz(r.state, quiz.questions.map((x) => x.id))) {
      const res = e.result(r.state);
      await this.saveRecord(s.quizId, res.percent);
      this.log.info(`Quiz "${s.quizId}" finished: ${res.percent}%.`);
    }
    return { ok: true, feedback: r.feedback, complete };
  }

  /** Moves past the current (answered) question. False when it is not answered yet. */
  async next(): Promise<boolean> {
    const s = this.session;
    if (!s) return false;
    const e = this.engine();
    const q = e.currentQuestion(s.state);
    if (!q || !Object.prototype.hasOwnProperty.call(s.state.answers, q.id)) return false;
    await this.setSession({ ...s, state: e.next(s.state) }, false);
    return true;
  }

  /** A new attempt over the missed questions (or all of them) of the current session. */
  async retry(mode: 'missed' | 'all'): Promise<QuizSession | undefined> {
    const s = this.session;
    if (!s) return undefined;
    const e = this.engine();
    const state = mode === 'missed'
      ? e.retryMissed(s.state, this.seed(), this.now())
      : e.startAttempt(s.state.questions, this.seed(), this.now(), { shuffleQuestions: s.kind !== 'review' });
    if (!state) return undefined;
    await this.setSession({ ...s, state }, false);
    return this.sessionOf(s.kind, s.quizId);
  }

  /** Ends the shown session (the others stay). */
  async endSession(): Promise<void> {
    await this.shelf.remove();
    this.sessionEmitter.fire(this.session);
  }

  feedbackFor(questionId: string): Feedback | undefined {
    const s = this.session;
    return s ? this.engine().feedbackFor(s.state, questionId) : undefined;
  }

  async result(): Promise<AttemptResult | undefined> {
    const s = this.session;
    return s ? this.engine().result(s.state, { now: this.now(), lessonTopics: await this.lessonTopics() }) : undefined;
  }

  /** Forgets scores, the deck and every session (the progress reset commands clear sections too). */
  async resetAll(): Promise<void> {
    await this.progress.setSection(QUIZ_SECTION, {});
    await this.progress.setSection(DECK_SECTION, this.engine().emptyDeck());
    await this.shelf.clear();
    this.sessionEmitter.fire(undefined);
  }
}
