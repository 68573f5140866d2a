// A problem found while loading or validating course content. Pure.
export interface ContentProblem {
  /** Path relative to the content folder, POSIX separators. */
  file: string;
  /** 1-based; 1 when the problem concerns the whole file. */
  line: number;
  column?: number;
  message: string;
  /**
   * Where references to what this problem broke were found (file:line). They are not reported on their own:
   * fixing this problem resolves them (see rootCauses.ts).
   */
  followOns?: string[];
}

const SHOWN_FOLLOW_ONS = 3;

export function followOnNote(p: ContentProblem): string {
  const f = p.followOns ?? [];
  if (!f.length) return '';
  const places = [...new Set(f)];
  const shown = places.slice(0, SHOWN_FOLLOW_ONS).join(', ') + (places.length > SHOWN_FOLLOW_ONS ? ` and ${places.length - SHOWN_FOLLOW_ONS} more place${places.length - SHOWN_FOLLOW_ONS === 1 ? '' : 's'}` : '');
  return ` (until this is fixed, ${f.length === 1 ? '1 reference' : `${f.length} references`} to it cannot resolve: ${shown})`;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}${followOnNote(p)}`;
}
