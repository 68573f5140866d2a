// Progress over a key-value storage: lessons done, per-feature sections, change events.
import { localDay } from './days';
import { appendAttempt, emptyProgress, normalizeDays, recoverProgress, type ProgressState, type QuizAttemptEntry } from './state';
import type { KeyValueStorage } from './storage';

export const PROGRESS_KEY = 'mlopsLab.progress';
export const PROGRESS_BACKUP_KEY = 'mlopsLab.progress.backup';

type Listener = () => void;

export class Progress {
  private state: ProgressState;
  private readonly listeners = new Set<Listener>();
  private readonly replacedListeners = new Set<Listener>();
  /** Set when the stored state had to be repaired; the glue shows it once. */
  readonly recoveryWarning?: string;

  constructor(
    private readonly storage: KeyValueStorage,
    private now: () => Date = () => new Date(),
    private readonly dayOf: (d: Date) => string = localDay,
  ) {
    const raw = storage.get(PROGRESS_KEY);
    const { state, warning } = recoverProgress(raw, { localDay: dayOf });
    this.state = state;
    this.recoveryWarning = warning;
    if (warning) void storage.update(PROGRESS_BACKUP_KEY, raw);
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Fires after the whole record was replaced (reset all, import), after the change listeners: views showing any part of it repaint. */
  onDidReplace(listener: Listener): { dispose(): void } {
    this.replacedListeners.add(listener);
    return { dispose: () => this.replacedListeners.delete(listener) };
  }

  isLessonDone(id: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.state.lessonsDone, id);
  }

  doneCount(lessonIds: readonly string[]): number {
    return lessonIds.filter((id) => this.isLessonDone(id)).length;
  }

  async setLessonDone(id: string, done: boolean): Promise<void> {
    if (done === this.isLessonDone(id)) return;
    if (done) {
      this.state.lessonsDone[id] = this.now().toISOString();
      this.markStudied();
    } else delete this.state.lessonsDone[id];
    await this.save();
  }

  /** Replaces the clock (tests move time; the quiz service's clock follows the same one). */
  setClock(now: () => Date): void {
    this.now = now;
  }

  /** Today (or the day of `at`, local date) counts as a study day. Only the date is kept. */
  private markStudied(at = this.now()): void {
    const today = this.dayOf(at);
    if (!this.state.studyDays.includes(today)) this.state.studyDays = normalizeDays([...this.state.studyDays, today]);
  }

  /** Local dates with any study, ascending. */
  studyDays(): string[] {
    return [...this.state.studyDays];
  }

  /** Completed attempts of a quiz, oldest first. */
  quizAttempts(quizId: string): QuizAttemptEntry[] {
    const list = Object.prototype.hasOwnProperty.call(this.state.quizAttempts, quizId) ? this.state.quizAttempts[quizId] : undefined;
    return list ? list.map((a) => ({ ...a })) : [];
  }

  /** Keeps a completed attempt (its date and percent) in the quiz's history; it is a study day. */
  async recordQuizAttempt(quizId: string, score: number, at = this.now()): Promise<void> {
    this.state.quizAttempts[quizId] = appendAttempt(this.quizAttempts(quizId), { at: at.toISOString(), score });
    this.markStudied(at);
    await this.save();
  }

  /** Clears lessons (and the given feature sections' entries) for the ids given. */
  async resetLessons(ids: readonly string[]): Promise<void> {
    for (const id of ids) delete this.state.lessonsDone[id];
    await this.save();
  }

  async resetAll(): Promise<void> {
    this.state = emptyProgress();
    await this.save();
    for (const l of this.replacedListeners) l();
  }

  /** Replaces everything, e.g. with an imported file (already validated by importProgress). */
  async replaceAll(state: ProgressState): Promise<void> {
    this.state = JSON.parse(JSON.stringify(state)) as ProgressState;
    await this.save();
    for (const l of this.replacedListeners) l();
  }

  section<T>(name: string): T | undefined {
    return this.state.sections[name] as T | undefined;
  }

  /** `studied`: the change is the learner's own work (an answer, a grading they asked for), so today is a study day. */
  async setSection(name: string, value: unknown, options: { studied?: boolean } = {}): Promise<void> {
    this.state.sections[name] = value;
    if (options.studied) this.markStudied();
    await this.save();
  }

  snapshot(): ProgressState {
    return JSON.parse(JSON.stringify(this.state)) as ProgressState;
  }

  private async save(): Promise<void> {
    await this.storage.update(PROGRESS_KEY, this.state);
    for (const l of this.listeners) l();
  }
}
