// Quiz data as parsed from content/quizzes/<id>.yaml. Pure data, plain JSON.
//
// Choice, item, left and right ids are opaque and stable: derived from the question id and the
// text (see ids.ts), never from a position, so they reveal nothing about which choice is correct
// or where an item belongs, and they stay the same across reloads.

export const QUESTION_TYPES = ['single', 'multiple', 'order', 'match', 'numeric'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Choice {
  id: string;
  text: string;
  correct: boolean;
  /** Why this choice is right or wrong; shown after submit when the learner chose it. */
  why?: string;
}

export interface OrderItem {
  id: string;
  text: string;
}

export interface MatchPair {
  leftId: string;
  left: string;
  rightId: string;
  right: string;
}

interface QuestionBase {
  /** Unique across all quizzes; review history keys on it. */
  id: string;
  /** The quiz the question comes from. */
  quizId: string;
  /** The quiz's topic, when the quiz has one. */
  topic?: string;
  /** Lesson id that teaches it. */
  lesson: string;
  /** Markdown, no raw HTML. */
  prompt: string;
  /** Why the right answer is right. */
  explanation: string;
}

export interface SingleQuestion extends QuestionBase {
  type: 'single';
  choices: Choice[];
  fixedOrder: boolean;
}

export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  choices: Choice[];
  fixedOrder: boolean;
}

export interface OrderQuestion extends QuestionBase {
  type: 'order';
  /** In the correct order. */
  items: OrderItem[];
}

export interface MatchQuestion extends QuestionBase {
  type: 'match';
  pairs: MatchPair[];
}

export interface NumericQuestion extends QuestionBase {
  type: 'numeric';
  answer: number;
  /** Accepted when |value - answer| <= tolerance. */
  tolerance: number;
  unit?: string;
}

export type Question = SingleQuestion | MultipleQuestion | OrderQuestion | MatchQuestion | NumericQuestion;

export interface Quiz {
  id: string;
  title: string;
  /** Omitted for quizzes spanning the whole course. */
  topic?: string;
  summary: string;
  questions: Question[];
  /** Path relative to the content folder. */
  file: string;
  /** Question id -> 1-based line of its `id` in the file (for problems found later). */
  questionLines: Record<string, number>;
}

// Answers, one shape per question type. The question's type decides which shape is expected.
export interface SingleAnswer { choiceId: string }
export interface MultipleAnswer { choiceIds: string[] }
export interface OrderAnswer { itemIds: string[] }
/** leftId -> rightId. Lefts left out count as wrong. */
export interface MatchAnswer { pairs: Record<string, string> }
export interface NumericAnswer { value: number }
export type Answer = SingleAnswer | MultipleAnswer | OrderAnswer | MatchAnswer | NumericAnswer;

export type Confidence = 'sure' | 'unsure';

/** Topic a question counts towards: the lesson's topic when a map is given, else the quiz topic. */
export function topicOf(q: Question, lessonTopics?: ReadonlyMap<string, string>): string {
  return lessonTopics?.get(q.lesson) ?? q.topic ?? 'general';
}
