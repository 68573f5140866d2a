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
  if (raw.version !== PROGRESS_VERSION) dropped++;
  return dropped ? { state, warning: `Saved progress was partly damaged: ${dropped} unreadable entr${dropped === 1 ? 'y was' : 'ies were'} dropped, the rest was kept.` } : { state };
}
