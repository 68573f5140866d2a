// Messages between the extension and the lab panel. Imports nothing.

export interface LabCheckView {
  id: string;
  title: string;
  why: string;
  /** `general`: good practice for any project; `lab`: a requirement of this lab only. */
  scope: 'general' | 'lab';
  lessonId: string;
  lessonTitle: string;
  /** undefined until the lab has been graded. */
  status?: 'pass' | 'fail';
  findings: Array<{ file: string; line: number; message: string }>;
  /** Only the hints the learner has asked for so far. */
  hints: string[];
  hintsTotal: number;
}

export interface LabView {
  id: string;
  title: string;
  summary: string;
  mainFile: string;
  /** Instructions rendered to inert HTML on the extension side. */
  html: string;
  /** Folder the lab was scaffolded into, for display; undefined before "Start lab". */
  folder?: string;
  checks: LabCheckView[];
  passed: number;
  total: number;
  completed: boolean;
  gradedAt?: string;
}

export type ToLabWebview = { type: 'lab'; lab: LabView };

export type FromLabWebview =
  | { type: 'ready' }
  | { type: 'start' }
  | { type: 'grade' }
  | { type: 'openMainFile' }
  | { type: 'revealHint'; checkId: string }
  | { type: 'openFinding'; checkId: string; index: number }
  | { type: 'openLesson'; lessonId: string }
  | { type: 'showSolution' }
  | { type: 'openExternal'; url: string };

export interface LabPanelState {
  labId: string;
}
