// The saved progress document: versioned, validated on load, recovered when damaged.
//
// Formats: 0 (no `version`) and 1 had lessons and sections only. Format 2 adds each quiz's completed attempts
// (date and score) and the study days (local calendar dates, nothing finer). Older formats upgrade silently:
// a quiz's saved last score becomes its first known attempt, and the dates already in the record (lessons marked
// done, quiz attempts, lab gradings, reviews) become study days.
import { isDay, localDay } from './days';

export const PROGRESS_VERSION = 2;
/** A quiz keeps its most recent attempts, at most this many (older ones drop off; its best score stays in its record). */
export const MAX_ATTEMPTS_PER_QUIZ = 50;
/** Study days kept: a bit over two years. */
export const MAX_STUDY_DAYS = 800;

export interface QuizAttemptEntry {
  /** ISO date-time the attempt was completed. */
  at: string;
  /** Percent, 0-100. */
  score: number;
}

export interface ProgressState {
  version: typeof PROGRESS_VERSION;
  /** Lesson id -> ISO date it was marked done. */
  lessonsDone: Record<string, string>;
  /** Quiz id -> completed attempts of the whole quiz, oldest first, at most MAX_ATTEMPTS_PER_QUIZ. */
  quizAttempts: Record<string, QuizAttemptEntry[]>;
  /** Local calendar dates (YYYY-MM-DD) with any study, ascending, unique, at most MAX_STUDY_DAYS. */
  studyDays: string[];
  /** Feature-owned sections (quizzes, labs, review deck) kept as opaque JSON here. */
  sections: Record<string, unknown>;
}

export function emptyProgress(): ProgressState {
  return { version: PROGRESS_VERSION, lessonsDone: {}, quizAttempts: {}, studyDays: [], sections: {} };
}

export interface RecoverOptions {
  /** The local date of an instant (tests fix the time zone); default: this machine's. */
  localDay?: (d: Date) => string;
}

export interface Recovered {
  state: ProgressState;
  /** Learner-facing description of what had to be dropped, if anything. */
  warning?: string;
  /** How many entries could not be read (with `warning`). */
  dropped?: number;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isAttempt(v: unknown): v is QuizAttemptEntry {
  return isRecord(v) && typeof v.at === 'string' && Number.isFinite(Date.parse(v.at)) &&
    typeof v.score === 'number' && Number.isFinite(v.score) && v.score >= 0 && v.score <= 100;
}

/** Sorted, unique, capped to the most recent MAX_STUDY_DAYS. */
export function normalizeDays(days: Iterable<string>): string[] {
  return [...new Set(days)].sort().slice(-MAX_STUDY_DAYS);
}

/** Appends an attempt, keeping the list in date order and within its cap. */
export function appendAttempt(list: readonly QuizAttemptEntry[], entry: QuizAttemptEntry): QuizAttemptEntry[] {
  return [...list, entry].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-MAX_ATTEMPTS_PER_QUIZ);
}

/**
 * Format 0/1 -> 2: what the older record already knew, in the new fields. A quiz record's last score and date
 * is its one known attempt; every date in the record is a study day. Malformed parts are skipped (they were not
 * attempts or dates), never counted as damage: the old format did not have these fields.
 */
function migrateFromV1(state: ProgressState, day: (d: Date) => string): void {
  const days: string[] = Object.values(state.lessonsDone).map((iso) => day(new Date(iso)));
  const seen = (iso: unknown) => {
    if (typeof iso === 'string' && Number.isFinite(Date.parse(iso))) days.push(day(new Date(iso)));
  };
  const quizzes = state.sections.quizzes;
  if (isRecord(quizzes)) {
    for (const [id, r] of Object.entries(quizzes)) {
      if (!ID.test(id) || !isRecord(r)) continue;
      const entry = { at: r.lastAt, score: r.lastScore };
      if (isAttempt(entry)) {
        state.quizAttempts[id] = [{ at: entry.at, score: entry.score }];
        seen(entry.at);
      }
    }
  }
  const labs = state.sections.labs;
  if (isRecord(labs)) {
    for (const lab of Object.values(labs)) {
      if (!isRecord(lab)) continue;
      seen(lab.gradedAt);
      seen(lab.completedAt);
    }
  }
  const deck = state.sections.reviewDeck;
  if (isRecord(deck) && isRecord(deck.cards)) for (const c of Object.values(deck.cards)) if (isRecord(c)) seen(c.lastReview);
  state.studyDays = normalizeDays(days.filter(isDay));
}

/** Turns whatever was stored into a valid state, keeping every part that is still valid. */
export function recoverProgress(raw: unknown, options: RecoverOptions = {}): Recovered {
  if (raw === undefined || raw === null) return { state: emptyProgress() };
  if (!isRecord(raw)) return { state: emptyProgress(), warning: 'Saved progress was unreadable and has been reset.' };
  if (typeof raw.version === 'number' && raw.version > PROGRESS_VERSION) {
    return { state: emptyProgress(), warning: `Saved progress comes from a newer version of MLOps Lab (format ${raw.version}); it was left untouched in a backup and a fresh record started.` };
  }
  const state = emptyProgress();
  let dropped = 0;
  if (isRecord(raw.lessonsDone)) {
    for (const [id, date] of Object.entries(raw.lessonsDone)) {
      if (ID.test(id) && typeof date === 'string' && !Number.isNaN(Date.parse(date))) state.lessonsDone[id] = date;
      else dropped++;
    }
  } else if (raw.lessonsDone !== undefined) dropped++;
  if (isRecord(raw.sections)) state.sections = { ...raw.sections };
  else if (raw.sections !== undefined) dropped++;
  // Migration path: format 0 (before versioning) and format 1 upgrade silently (see migrateFromV1).
  // Any other older or odd version is kept as far as it fits, and counted.
  if (raw.version === undefined || raw.version === 1) {
    migrateFromV1(state, options.localDay ?? localDay);
    return dropped ? damaged(state, dropped) : { state };
  }
  if (raw.version !== PROGRESS_VERSION) dropped++;
  if (isRecord(raw.quizAttempts)) {
    for (const [id, list] of Object.entries(raw.quizAttempts)) {
      if (!ID.test(id) || !Array.isArray(list)) {
        dropped++;
        continue;
      }
      const good = list.filter(isAttempt).map((a) => ({ at: a.at, score: a.score }));
      dropped += list.length - good.length;
      if (good.length) state.quizAttempts[id] = good.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-MAX_ATTEMPTS_PER_QUIZ);
    }
  } else if (raw.quizAttempts !== undefined) dropped++;
  if (Array.isArray(raw.studyDays)) {
    const good = raw.studyDays.filter(isDay);
    dropped += raw.studyDays.length - good.length;
    state.studyDays = normalizeDays(good);
  } else if (raw.studyDays !== undefined) dropped++;
  return dropped ? damaged(state, dropped) : { state };
}

function damaged(state: ProgressState, dropped: number): Recovered {
  return { state, dropped, warning: `Saved progress was partly damaged: ${dropped} unreadable entr${dropped === 1 ? 'y was' : 'ies were'} dropped, the rest was kept.` };
}

export const EXPORT_FORMAT = 'mlops-lab-progress';

/** The file written by "Export Progress": the state plus a marker so random JSON is not mistaken for it. */
export function exportProgress(state: ProgressState, now: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: state }, null, 2)}\n`;
}

/**
 * Validates an exported file; returns its state or a learner-facing error. A file this version cannot read
 * completely (made by a newer version, or with damaged entries) is refused: importing replaces the current
 * progress, so importing part of a file would lose the rest of the learner's record for nothing.
 */
export function importProgress(text: string, options: RecoverOptions = {}): { state: ProgressState } | { error: string } {
  if (text.length > 5 * 1024 * 1024) return { error: 'The file is larger than 5 MB; it is not an MLOps Lab progress export.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { error: `The file is not valid JSON (${(e as Error).message}).` };
  }
  if (!isRecord(raw) || raw.format !== EXPORT_FORMAT || !isRecord(raw.progress)) {
    return { error: 'The file is not an MLOps Lab progress export (use "MLOps Lab: Export Progress…" to make one).' };
  }
  const version = raw.progress.version;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return { error: `The file was exported by a newer version of MLOps Lab (progress format ${version}; this version reads format ${PROGRESS_VERSION}). Update the extension, then import it. Nothing was imported; your progress is unchanged.` };
  }
  const recovered = recoverProgress(raw.progress, options);
  if (recovered.warning) {
    const n = recovered.dropped ?? 1;
    return { error: `The file could not be read completely: ${n} entr${n === 1 ? 'y is' : 'ies are'} damaged or unknown. Nothing was imported; your progress is unchanged.` };
  }
  return { state: recovered.state };
}
