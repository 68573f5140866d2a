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
  /** How many entries could not be read (with `warning`). */
  dropped?: number;
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
  return dropped ? { state, dropped, warning: `Saved progress was partly damaged: ${dropped} unreadable entr${dropped === 1 ? 'y was' : 'ies were'} dropped, the rest was kept.` } : { state };
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
export function importProgress(text: string): { state: ProgressState } | { error: string } {
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
  const recovered = recoverProgress(raw.progress);
  if (recovered.warning) {
    const n = recovered.dropped ?? 1;
    return { error: `The file could not be read completely: ${n} entr${n === 1 ? 'y is' : 'ies are'} damaged or unknown. Nothing was imported; your progress is unchanged.` };
  }
  return { state: recovered.state };
}
