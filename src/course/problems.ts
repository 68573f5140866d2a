// A problem found while loading or validating course content. Pure.
export interface ContentProblem {
  /** Path relative to the content folder, POSIX separators. */
  file: string;
  /** 1-based; 1 when the problem concerns the whole file. */
  line: number;
  column?: number;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`;
}
