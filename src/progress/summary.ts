// What the saved progress holds, counted, so "Reset All Progress" can say exactly what it removes. Pure.
import type { ProgressState } from './state';

/** Section names used by the features (src/quiz/quizService.ts, src/labs/labService.ts); an integration test keeps them in step. */
export const SECTIONS = { quizzes: 'quizzes', reviewDeck: 'reviewDeck', labs: 'labs' } as const;

export interface StoredCounts {
  lessonsDone: number;
  quizScores: number;
  reviewCards: number;
  /** Labs with any saved state (checks passed, hints shown, completion). */
  labs: number;
  labsCompleted: number;
  hintsShown: number;
  /** Completed quiz attempts kept in the history (format 2). */
  quizAttempts: number;
  /** Days with study kept for the activity strip. */
  studyDays: number;
  /** Sections of features this summary does not know, with content. */
  otherSections: number;
}

export interface QuizInProgress {
  title: string;
  answered: number;
  total: number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasContent(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isRecord(v)) return Object.keys(v).length > 0;
  return true;
}

export function countStored(state: ProgressState): StoredCounts {
  const sections = state.sections;
  const quizzes = sections[SECTIONS.quizzes];
  const deck = sections[SECTIONS.reviewDeck];
  const labs = sections[SECTIONS.labs];
  const counts: StoredCounts = {
    lessonsDone: Object.keys(state.lessonsDone).length,
    quizScores: isRecord(quizzes) ? Object.keys(quizzes).length : 0,
    reviewCards: isRecord(deck) && isRecord(deck.cards) ? Object.keys(deck.cards).length : 0,
    labs: 0,
    labsCompleted: 0,
    hintsShown: 0,
    quizAttempts: Object.values(state.quizAttempts ?? {}).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0),
    studyDays: Array.isArray(state.studyDays) ? state.studyDays.length : 0,
    otherSections: Object.entries(sections).filter(([k, v]) => !Object.values<string>(SECTIONS).includes(k) && hasContent(v)).length,
  };
  if (isRecord(labs)) {
    for (const lab of Object.values(labs)) {
      if (!isRecord(lab)) continue;
      counts.labs++;
      if (typeof lab.completedAt === 'string') counts.labsCompleted++;
      if (isRecord(lab.hintsShown)) for (const n of Object.values(lab.hintsShown)) if (typeof n === 'number' && n > 0) counts.hintsShown += n;
    }
  }
  return counts;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The parts of what a reset removes, each in words ("12 lessons marked done"); empty when nothing is stored. */
export function describeStored(c: StoredCounts, quiz?: QuizInProgress): string[] {
  const parts: string[] = [];
  if (c.lessonsDone) parts.push(`${plural(c.lessonsDone, 'lesson')} marked done`);
  if (c.quizScores) parts.push(`${plural(c.quizScores, 'quiz best score', 'quiz best scores')}`);
  if (c.reviewCards) parts.push(`${plural(c.reviewCards, 'question')} in your review deck`);
  if (quiz) parts.push(`the quiz in progress ("${quiz.title}", ${quiz.answered} of ${plural(quiz.total, 'question')} answered)`);
  if (c.labs) {
    const extras = [
      c.labsCompleted ? `${c.labsCompleted} completed` : '',
      c.hintsShown ? `${plural(c.hintsShown, 'hint')} shown` : '',
    ].filter(Boolean);
    parts.push(`the progress of ${plural(c.labs, 'lab')} (checks passed${extras.length ? `, ${extras.join(', ')}` : ''})`);
  }
  if (c.quizAttempts) parts.push(`the dates and scores of ${plural(c.quizAttempts, 'quiz attempt')}`);
  if (c.studyDays) parts.push(`your study calendar (${plural(c.studyDays, 'day')})`);
  if (c.otherSections) parts.push(`${plural(c.otherSections, 'other saved record')}`);
  return parts;
}

/** "a, b and c". */
export function joinWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
