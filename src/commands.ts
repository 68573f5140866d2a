// Every command id in one place; package.json declares the same set (a test checks both ways).
import { QUIZ_COMMANDS } from './quiz/quizCommandIds';

export const COMMANDS = {
  openLesson: 'mlopsLab.openLesson',
  continueLearning: 'mlopsLab.continueLearning',
  searchLessons: 'mlopsLab.searchLessons',
  markLessonDone: 'mlopsLab.markLessonDone',
  markLessonNotDone: 'mlopsLab.markLessonNotDone',
  resetTopicProgress: 'mlopsLab.resetTopicProgress',
  resetAllProgress: 'mlopsLab.resetAllProgress',
  reloadContent: 'mlopsLab.reloadContent',
  showContentProblems: 'mlopsLab.showContentProblems',
  startLab: 'mlopsLab.startLab',
  openLab: 'mlopsLab.openLab',
  gradeLab: 'mlopsLab.gradeLab',
  showLabSolution: 'mlopsLab.showLabSolution',
  resetLab: 'mlopsLab.resetLab',
  exportProgress: 'mlopsLab.exportProgress',
  importProgress: 'mlopsLab.importProgress',
  showProgress: 'mlopsLab.showProgress',
  ...QUIZ_COMMANDS,
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
