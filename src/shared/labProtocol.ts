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
  /** `message` may hold `code` spans; `exists` is false for a file not created yet (shown without a link). */
  findings: Array<{ file: string; line: number; message: string; exists: boolean }>;
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
  /** What the lab is busy with right now ("Writing the starter files…", "Grading…"); shown at once. */
  activity?: string;
  /** Which text the last grading read, e.g. "Graded your unsaved edits in Dockerfile" or "Graded the saved files". */
  gradedSource?: string;
  /** The recorded folder was gone when the window came back. */
  folderGone?: boolean;
  /** Why the last grading did not run or did not finish (Python labs: Restricted Mode, no Python, timeout). */
  problem?: string;
  /** Set while every check passes: what to do next. */
  complete?: LabCompleteView;
}

export interface LabCompleteView {
  /** When the lab was first completed (ISO date). */
  completedAt?: string;
  /** The quiz of the lab's topic. */
  quiz?: { id: string; title: string };
  /** The next lab of the course not completed yet. */
  nextLab?: { id: string; title: string };
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
  | { type: 'openLab'; labId: string }
  | { type: 'openQuiz'; quizId: string }
  | { type: 'openExternal'; url: string };

export interface LabPanelState {
  labId: string;
}
