// Small formatting helpers for the quiz panel. Pure (no DOM), so unit tests can run them.
import type { QuizQuestionType } from '../../shared/quizProtocol';
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function percentText(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/**
 * The keyboard hint under a question: only keys that work for its type. Number keys pick a choice
 * (single, multiple) or go to an item (order); in a match question the focus sits in the drop-downs,
 * where number keys type into the list, and a numeric question takes digits as its answer.
 */
export function keysHint(type: QuizQuestionType): string {
  switch (type) {
    case 'single':
    case 'multiple':
      return '1-9 pick · Enter submits · Esc closes';
    case 'order':
      return '1-9 go to an item · Alt+↑/↓ moves it · Enter submits · Esc closes';
    case 'match':
    case 'numeric':
      return 'Enter submits · Esc closes';
  }
}

/** The confidence legend: S / U are named only where the focus usually is outside a text field or drop-down. */
export function confidenceLegend(type: QuizQuestionType): string {
  return type === 'match' || type === 'numeric' ? 'How sure are you? (optional)' : 'How sure are you? (optional, S / U)';
}
