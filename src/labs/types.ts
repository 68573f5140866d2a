// Shared shapes for lab graders. Pure: no `vscode`, no I/O.
// Lines and columns are 1-based everywhere; endColumn is exclusive.

/** What a grader is given for one file of the learner's project. */
export type FileInput =
  | { kind: 'text'; text: string }
  | { kind: 'missing' }
  /** Read but not gradable (binary, too large, not UTF-8); reason is learner-facing. */
  | { kind: 'unreadable'; reason: string };

/** Files keyed by their project-relative POSIX path, e.g. `.github/workflows/ci.yml`. */
export type ProjectFiles = ReadonlyMap<string, FileInput>;

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A mechanical fix: replace `range` in `file` with `newText`; or, with `create`, create `file` holding `newText`. */
export interface TextFix {
  title: string;
  file: string;
  range: Range;
  newText: string;
  /** Create `file` (it does not exist) with `newText` as its content; never overwrites an existing file. */
  create?: boolean;
}

export interface Finding extends Range {
  file: string;
  message: string;
  fix?: TextFix;
}

export type CheckScope = 'general' | 'lab';

export interface CheckDefinition {
  /** Stable id, e.g. `docker.pinned-base`; never renamed once shipped. */
  id: string;
  title: string;
  /** One paragraph, learner-facing: why this matters in production. */
  why: string;
  /** Lesson id that teaches it. */
  lesson: string;
  /**
   * `general`: good practice for any project, so a finding may say the file is wrong.
   * `lab`: a requirement of this lab only (its port, its job names, its file layout); findings say so and never
   * claim the file is wrong in general.
   */
  scope: CheckScope;
  /** Hints revealed one at a time, vaguest first. */
  hints: string[];
}

export interface CheckResult {
  id: string;
  status: 'pass' | 'fail';
  findings: Finding[];
}

/** A lab's checks, as the panel, the Testing view and the hints need them (file labs and Python labs alike). */
export interface LabChecks {
  labId: string;
  /** Files the grader reads, project-relative. The first is the learner's main file. */
  files: string[];
  checks: CheckDefinition[];
}

export interface LabGrader extends LabChecks {
  /**
   * Further project files to read once `files` are read, e.g. the .gitignore DVC writes beside each output
   * (paths depend on what `files` say). Callers read them too and grade all together; never throws.
   */
  moreFiles?(files: ProjectFiles): string[];
  /** Never throws: bad input becomes findings. Returns one result per check, in `checks` order. */
  grade(files: ProjectFiles): CheckResult[];
}
