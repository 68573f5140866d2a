// Messages between the extension and the quiz webview. Imports nothing, so both sides share it.
//
// The webview never sees which choice is correct before it submits: a question view holds texts
// and opaque ids only; feedback (correct answer, explanation, per-choice "why") comes after submit.

export type QuizQuestionType = 'single' | 'multiple' | 'order' | 'match' | 'numeric';
export type QuizConfidence = 'sure' | 'unsure';

export interface QuizOption {
  id: string;
  text: string;
}

/** What the learner submits; the question's type decides the shape. */
export type QuizAnswer =
  | { choiceId: string }
  | { choiceIds: string[] }
  | { itemIds: string[] }
  | { pairs: Record<string, string> }
  | { value: number };

export interface QuizQuestionView {
  questionId: string;
  type: QuizQuestionType;
  /** Rendered markdown (markdown-it, html disabled), on the extension side. */
  promptHtml: string;
  /** 0-based position and count. */
  index: number;
  total: number;
  lesson: string;
  lessonTitle: string;
  /** single / multiple: in display order (shuffled per attempt). */
  choices?: QuizOption[];
  /** order: the starting (shuffled) order. */
  items?: QuizOption[];
  /** match: left items in content order, right options shuffled. */
  lefts?: QuizOption[];
  rights?: QuizOption[];
  /** numeric */
  unit?: string;
}

export interface QuizChosenView {
  choiceId: string;
  text: string;
  correct: boolean;
  why?: string;
}

export interface QuizFeedbackView {
  questionId: string;
  /** In [0, 1]; partial credit for multiple, order and match. */
  score: number;
  right: boolean;
  /** The learner's answer, so a restored panel can show it. */
  given: QuizAnswer;
  correctAnswer: QuizAnswer;
  correctTexts: string[];
  explanationHtml: string;
  chosen: QuizChosenView[];
  /**
   * Below full score: the parts of the correct answer the learner left out (choices not picked,
   * lefts not matched), as readable lines. Empty at full score.
   */
  missedTexts: string[];
  /** Below full score: what the learner got wrong (wrong picks, wrong matches, misplaced items), as readable lines. */
  wrongTexts: string[];
  /** Per part: choice id / item id / left id -> right? */
  marks: Record<string, boolean>;
  lesson: string;
  lessonTitle: string;
  confidence?: QuizConfidence;
  /** True when this was the last question (the button says "See results"). */
  last: boolean;
}

export interface QuizTopicScoreView {
  topic: string;
  title: string;
  score: number;
  max: number;
  right: number;
}

export interface QuizMissedView {
  questionId: string;
  promptHtml: string;
  explanationHtml: string;
  correctTexts: string[];
  /** The learner's answer as readable lines; empty when not answered. */
  givenTexts: string[];
  lesson: string;
  lessonTitle: string;
  score: number;
  answered: boolean;
}

export interface QuizResultView {
  score: number;
  max: number;
  /** 0-100, one decimal. */
  percent: number;
  right: number;
  total: number;
  durationMs: number;
  byTopic: QuizTopicScoreView[];
  missed: QuizMissedView[];
  /** Best percent for this quiz so far (quizzes only, not review sessions). */
  best?: number;
}

/** An unfinished session kept aside while another one is shown; the panel offers to continue it. */
export interface QuizPausedView {
  kind: 'quiz' | 'review';
  quizId?: string;
  title: string;
  answered: number;
  total: number;
}

export interface QuizHeader {
  /** The quiz title, or "Review" for a review session. */
  title: string;
  kind: 'quiz' | 'review';
  /** For kind "quiz": which quiz (kept in the webview state, so a reload shows the same session). */
  quizId?: string;
  /** Other unfinished sessions, kept for later. */
  paused?: QuizPausedView[];
}

export type ToQuizWebview =
  | { type: 'question'; header: QuizHeader; question: QuizQuestionView; feedback?: QuizFeedbackView }
  | { type: 'result'; header: QuizHeader; result: QuizResultView }
  | { type: 'empty'; header: QuizHeader; message: string }
  | { type: 'error'; message: string };

export type QuizShownPhase = 'question' | 'feedback' | 'result' | 'empty';

export type FromQuizWebview =
  | { type: 'ready' }
  | { type: 'submit'; questionId: string; answer: QuizAnswer; confidence?: QuizConfidence }
  | { type: 'next' }
  | { type: 'retry'; mode: 'missed' | 'all' }
  | { type: 'openLesson'; lessonId: string }
  /** Show a paused session again (from the header's "Continue" buttons). */
  | { type: 'resume'; kind: 'quiz' | 'review'; quizId?: string }
  | { type: 'close' }
  /** Sent after a view is painted; used for timing and by tests. */
  | { type: 'shown'; phase: QuizShownPhase; questionId?: string };

/** State kept by the webview (getState/setState) so the panel restores after a reload. */
export interface QuizPanelState {
  kind: 'quiz' | 'review';
  quizId?: string;
}

/** Saved per quiz in the progress section "quizzes". */
export interface QuizRecord {
  /** Best percent (0-100) over completed attempts. */
  best: number;
  /** Percent of the last completed attempt. */
  lastScore: number;
  /** ISO date-time of the last completed attempt. */
  lastAt: string;
  attempts: number;
}
