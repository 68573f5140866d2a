// Messages between the extension and its webviews. Imports nothing, so both sides share it.

export interface LessonView {
  id: string;
  title: string;
  topicTitle: string;
  minutes: number;
  /** Already-rendered, inert HTML (markdown-it with html disabled). */
  html: string;
  done: boolean;
  previous?: { id: string; title: string };
  next?: { id: string; title: string };
  related: Array<{ id: string; title: string }>;
  /** Position of the lesson in the course, e.g. 3 of 21. */
  index: number;
  total: number;
}

export type ToLessonWebview =
  | { type: 'lesson'; lesson: LessonView }
  | { type: 'progress'; lessonId: string; done: boolean };

export type FromLessonWebview =
  /**
   * The script runs. `shown`: the lesson it painted from the page it was loaded with (a new panel's HTML carries
   * its first lesson, so it paints without a round trip); the extension then sends only what changed since.
   */
  | { type: 'ready'; shown?: string }
  | { type: 'openLesson'; lessonId: string }
  | { type: 'setDone'; lessonId: string; done: boolean }
  | { type: 'openExternal'; url: string }
  /** Sent after the lesson's content is in the DOM and painted; used by tests and the benchmark. */
  | { type: 'rendered'; lessonId: string };

/** State kept by the webview (getState/setState) so the panel restores after a reload. */
export interface LessonPanelState {
  lessonId: string;
  scrollY?: number;
}
