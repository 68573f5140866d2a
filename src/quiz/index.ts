// The pure quiz core, bundled as the lazily required `quiz` chunk (see esbuild.mjs, src/util/lazy.ts).
export * from './model';
export { parseQuiz, parseQuizzes, findDuplicateQuestionIds, type ParsedQuiz } from './parse';
export { validateAnswer, correctAnswer, describeCorrect, describeAnswer, describeDifference, type AnswerDifference, type Checked } from './answers';
export { gradeAnswer, isRight, type Grade } from './scoring';
export { shuffle, mulberry32, deriveSeed } from './random';
export * from './attempt';
export * from './review';
