// The saved progress document: versioned, validated on load, recovered when damaged.
export const PROGRESS_VERSION = 1;

export interface ProgressState {
  version: typeof PROGRESS_VERSION;
  /** Lesson id -> ISO date it was marked done. */
  lessonsDone: Record<string, string>;
  /** Feature-owned sections (quizzes, labs, review deck) kept as opaque JSON here. */
  sections: Record<string, unknown>;
}

export function emptyProgress(): ProgressState {
  return { version: PROGRESS_VERSION, lessonsDone: {}, sections: {} };
}

export interface Recovered {
  state: ProgressState;
  /** Learner-facing description of what had to be dropped, if anything. */
  warning?: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Turns whatever was stored into a valid state, keeping every part that is still valid. */
export function recoverProgress(raw: unknown): Recovered {
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
  // Migration path: format 0 (before versioning) had the same fields without `version`; it upgrades silently.
  // Any other older or odd version is kept as far as it fits, and counted.
  if (raw.version !== PROGRESS_VERSION && raw.version !== undefined) dropped++;
  return dropped ? { state, warning: `Saved progress was partly damaged: ${dropped} unreadable entr${dropped === 1 ? 'y was' : 'ies were'} dropped, the rest was kept.` } : { state };
}

export const EXPORT_FORMAT = 'mlops-lab-progress';

/** The file written by "Export Progress": the state plus a marker so random JSON is not mistaken for it. */
export function exportProgress(state: ProgressState, now: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: state }, null, 2)}\n`;
}

/** Validates an exported file; returns the recovered state or a learner-facing error. */
export function importProgress(text: string): { state: ProgressState; warning?: string } | { error: string } {
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
  return recoverProgress(raw.progress);
}
