// What each Topics tree row says: its label, description and the name a screen reader reads. Pure.
//
// VS Code truncates a row from the right at the sidebar's width, description first: a count kept in the
// description of a long label disappears ("Production Monitoring and Drift…" hid "0/3"). So topic titles stay
// short (a unit test keeps them under TOPIC_TITLE_MAX), and quiz and lab rows carry their count at the start
// of the label, where it survives. The accessible name always says the count in words.

export interface RowText {
  label: string;
  description: string;
  /** What a screen reader announces for the row (TreeItem.accessibilityInformation.label). */
  accessibleName: string;
}

/** Topic titles longer than this push the "done/total" count out of a default-width sidebar. */
export const TOPIC_TITLE_MAX = 24;

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function topicRow(title: string, done: number, total: number, beyondArticle = false): RowText {
  const beyond = beyondArticle ? ', beyond the article' : '';
  return { label: title, description: `${done}/${total}`, accessibleName: `${title}${beyond}, ${done} of ${plural(total, 'lesson')} done` };
}

export function lessonRow(title: string, done: boolean, minutes?: number): RowText {
  return {
    label: title,
    description: minutes !== undefined ? `${minutes} min` : '',
    accessibleName: `${title}, ${done ? 'done' : 'not done'}${minutes !== undefined ? `, ${minutes} minute read` : ''}`,
  };
}

/** Quiz titles usually say "quiz" already; others get a "Quiz:" prefix so the row says what it is. */
export function quizRow(title: string, questions: number, best?: number): RowText {
  const named = /\bquiz\b/i.test(title) ? title : `Quiz: ${title}`;
  return {
    label: best !== undefined ? `Best ${best}% · ${named}` : named,
    description: plural(questions, 'question'),
    accessibleName: `${/\bquiz\b/i.test(title) ? title : `Quiz ${title}`}, ${best !== undefined ? `best score ${best} percent, ` : 'not taken yet, '}${plural(questions, 'question')}`,
  };
}

export interface LabRowStatus {
  started: boolean;
  passed: number;
  total?: number;
  completed: boolean;
}

export function labRow(title: string, s: LabRowStatus): RowText {
  const count = s.total !== undefined ? ` ${s.passed}/${s.total}` : '';
  const state = s.completed ? 'complete' : s.started ? (s.total !== undefined ? '' : 'started') : '';
  const words = s.total !== undefined ? `${s.passed} of ${plural(s.total, 'check')} pass` : s.started ? 'started, not graded yet' : 'not started';
  return {
    label: `Lab${count}: ${title}`,
    description: state,
    accessibleName: `Lab ${title}, ${words}${s.completed ? ', complete' : ''}`,
  };
}

export function reviewRow(due: number): RowText {
  return due
    ? { label: `Review due (${due})`, description: '', accessibleName: `Review: ${plural(due, 'question')} due` }
    : { label: 'Review: nothing due', description: '', accessibleName: 'Review: no questions due' };
}
