// When the getting-started walkthrough opens by itself, and which of its steps the saved progress completes. Pure.
import type { ProgressState } from '../progress/state';
import { countStored, SECTIONS } from '../progress/summary';

/** globalState key (synced): the walkthrough was opened for this learner once; it never opens by itself again. */
export const WALKTHROUGH_SHOWN_KEY = 'mlopsLab.walkthroughShown';
export const WALKTHROUGH_ID = 'mlops-lab.mlops-lab#mlopsLab.gettingStarted';

/** Context keys the walkthrough's steps complete on (package.json `completionEvents`). */
export const WALKTHROUGH_CONTEXT = {
  topicsShown: 'mlopsLab.topicsShown',
  hasDoneLesson: 'mlopsLab.hasDoneLesson',
  quizAnswered: 'mlopsLab.quizAnswered',
  labGraded: 'mlopsLab.labGraded',
} as const;

export interface FirstRunFacts {
  /** The walkthrough was already opened once for this learner. */
  alreadyShown: boolean;
  /** Any progress saved: the extension is not new to this learner. */
  hasProgress: boolean;
  /** Running under an extension test runner: tests ask for it explicitly. */
  testMode: boolean;
  /** VS Code's own `workbench.welcomePage.walkthroughs.openOnInstall`: a learner who turned walkthroughs off keeps them off. */
  openOnInstall: boolean;
}

export function shouldOpenWalkthrough(f: FirstRunFacts): boolean {
  return !f.alreadyShown && !f.hasProgress && !f.testMode && f.openOnInstall;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function hasAnyProgress(state: ProgressState): boolean {
  return Object.values(countStored(state)).some((n) => n > 0);
}

/** Which walkthrough steps the saved progress already completes (a learner coming back, or an imported record). */
export function walkthroughContext(state: ProgressState): Record<keyof typeof WALKTHROUGH_CONTEXT, boolean> {
  const quizzes = state.sections[SECTIONS.quizzes];
  const deck = state.sections[SECTIONS.reviewDeck];
  const labs = state.sections[SECTIONS.labs];
  return {
    topicsShown: false, // set from the view's visibility, not from saved progress
    hasDoneLesson: Object.keys(state.lessonsDone).length > 0,
    quizAnswered: (isRecord(quizzes) && Object.keys(quizzes).length > 0) || (isRecord(deck) && isRecord(deck.cards) && Object.keys(deck.cards).length > 0),
    labGraded: isRecord(labs) && Object.values(labs).some((l) => isRecord(l) && typeof l.gradedAt === 'string'),
  };
}
