// Per-lab learner state kept in progress (synced): checks passed, hints revealed, completion. Pure.
export interface LabProgress {
  passed: string[];
  /** Number of checks at the last grading, so the tree can show `passed/total` without loading a grader. */
  total?: number;
  hintsShown: Record<string, number>;
  completedAt?: string;
  gradedAt?: string;
}

export type LabsSection = Record<string, LabProgress>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads the stored section defensively: anything malformed is dropped, the rest kept. */
export function readLabsSection(raw: unknown): LabsSection {
  const out: LabsSection = {};
  if (!isRecord(raw)) return out;
  for (const [id, v] of Object.entries(raw)) {
    if (!isRecord(v)) continue;
    const hints: Record<string, number> = {};
    if (isRecord(v.hintsShown)) for (const [k, n] of Object.entries(v.hintsShown)) if (Number.isInteger(n) && (n as number) >= 0) hints[k] = n as number;
    out[id] = {
      passed: Array.isArray(v.passed) ? v.passed.filter((x): x is string => typeof x === 'string') : [],
      hintsShown: hints,
      completedAt: typeof v.completedAt === 'string' ? v.completedAt : undefined,
      gradedAt: typeof v.gradedAt === 'string' ? v.gradedAt : undefined,
      total: Number.isInteger(v.total) && (v.total as number) > 0 ? (v.total as number) : undefined,
    };
  }
  return out;
}

/** Applies a grading; returns the new state and whether this grading completed the lab for the first time. */
export function recordGrading(prev: LabProgress | undefined, passed: string[], total: number, now: Date): { next: LabProgress; firstCompletion: boolean } {
  const base = prev ?? { passed: [], hintsShown: {} };
  const complete = passed.length === total && total > 0;
  const firstCompletion = complete && !base.completedAt;
  return {
    next: { ...base, passed: [...passed].sort(), total, gradedAt: now.toISOString(), completedAt: base.completedAt ?? (complete ? now.toISOString() : undefined) },
    firstCompletion,
  };
}

export function revealHint(prev: LabProgress | undefined, checkId: string, available: number): LabProgress {
  const base = prev ?? { passed: [], hintsShown: {} };
  const shown = Math.min(available, (base.hintsShown[checkId] ?? 0) + 1);
  return { ...base, hintsShown: { ...base.hintsShown, [checkId]: shown } };
}
