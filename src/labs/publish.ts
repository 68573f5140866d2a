// How findings are shown outside the lab panel (Problems, Testing, quick fixes). Pure: no `vscode`.
import type { Finding, Range, TextFix } from './types';

/**
 * The Problems panel and the Testing view show plain text, so the `code` spans that the lab panel renders as
 * code would show as raw backticks there: they become quotes ('x', or "x" when x holds a single quote).
 * Unpaired backticks become plain apostrophes.
 */
export function plainMessage(message: string): string {
  return message
    .replace(/`([^`\n]+)`/g, (_, code: string) => (code.includes("'") ? `"${code}"` : `'${code}'`))
    .replace(/`/g, "'");
}

/** The same fix offered by two findings (e.g. "Pin to python:3.12-slim" and "Use python:3.12-slim") is one edit. */
export function fixKey(fix: TextFix): string {
  const r = fix.range;
  return JSON.stringify([fix.file, fix.create === true, fix.create ? 0 : [r.line, r.column, r.endLine, r.endColumn], fix.newText]);
}

export interface FixOffer<D> {
  fix: TextFix;
  /** Order of the finding's check in its grader: the first check's title names the merged fix. */
  order: number;
  diagnostic: D;
}

/** One quick fix per distinct edit: offers with the same edit merge, keeping every diagnostic they fix. */
export function mergeFixes<D>(offers: readonly FixOffer<D>[]): Array<{ fix: TextFix; diagnostics: D[] }> {
  const groups = new Map<string, { fix: TextFix; order: number; diagnostics: D[] }>();
  for (const o of offers) {
    const key = fixKey(o.fix);
    const g = groups.get(key);
    if (!g) groups.set(key, { fix: o.fix, order: o.order, diagnostics: [o.diagnostic] });
    else {
      g.diagnostics.push(o.diagnostic);
      if (o.order < g.order) {
        g.fix = o.fix;
        g.order = o.order;
      }
    }
  }
  return [...groups.values()].sort((a, b) => a.order - b.order).map(({ fix, diagnostics }) => ({ fix, diagnostics }));
}

/**
 * Where a finding can be shown as a diagnostic. A finding on a file that does not exist would link to a
 * "file not found" page: it goes to line 1 of the lab's main file instead, or nowhere when that is missing too
 * (the lab panel and the Testing view still list it).
 */
export function diagnosticPlace(f: Finding, mainFile: string, missing: ReadonlySet<string>): { file: string; range: Range } | undefined {
  if (!missing.has(f.file)) return { file: f.file, range: f };
  if (missing.has(mainFile)) return undefined;
  return { file: mainFile, range: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
}
