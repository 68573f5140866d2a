// Command ids of the quiz feature; the lead merges them into src/commands.ts and package.json.
export const QUIZ_COMMANDS = {
  openQuiz: 'mlopsLab.openQuiz',
  startReview: 'mlopsLab.startReview',
} as const;

export type QuizCommandId = (typeof QUIZ_COMMANDS)[keyof typeof QUIZ_COMMANDS];

/** Existing command the quiz panel uses to open a question's lesson. */
export const OPEN_LESSON_COMMAND = 'mlopsLab.openLesson';
