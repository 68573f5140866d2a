// Accepted and rejected examples of a check, kept beside the check as ESLint keeps `valid`/`invalid`
// cases beside a rule. Pure data: imported by the tests and by `npm run cases` only, never by the
// extension bundle.

/** One example project: files laid over the lab's reference solution (`null` removes a file). */
export interface CheckCase {
  /** What the example shows, e.g. "uv sync with a lockfile" or "HEALTHCHECK CMD true probes nothing". */
  name: string;
  files: Readonly<Record<string, string | null>>;
  /** Rejected examples only: the 1-based lines the check must report, when they matter. */
  lines?: readonly number[];
}

export interface CheckCases {
  /** Written the ways real projects write it: every one must pass the check. */
  valid: readonly CheckCase[];
  /** Wrong solutions: every one must fail the check. */
  invalid: readonly CheckCase[];
}

/** The cases of every check of one lab, by check id. */
export type LabCases = Readonly<Record<string, CheckCases>>;
