// Facts that age (tool versions, deprecations, action majors) carry a visible marker in the content:
//   (verified YYYY-MM-DD; source: https://…)
// This module finds the markers and tells which are older than a year. Pure: "today" is always passed in.
import type { ContentProblem } from './problems';

export interface VerifiedFact {
  /** Path relative to the content folder. */
  file: string;
  line: number;
  /** YYYY-MM-DD, a real calendar date. */
  date: string;
}

/** Facts verified longer ago than this are listed by `content check`. */
export const MAX_AGE_MONTHS = 12;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC day of a YYYY-MM-DD text, or undefined when it is not a real calendar date. */
export function parseDay(text: string): Date | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? d : undefined;
}

/**
 * Every `verified <date>` in a file (a date-like word after "verified", or anything after "(verified "), with its
 * 1-based line. A date that is not YYYY-MM-DD or not a real day, or a marker without `; source: https://…`, is a problem.
 */
export function findVerified(text: string, file: string): { facts: VerifiedFact[]; problems: ContentProblem[] } {
  const facts: VerifiedFact[] = [];
  const problems: ContentProblem[] = [];
  // The whole text at once: a marker may wrap onto the next line (folded YAML, long markdown lines).
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  for (const m of text.matchAll(/(\()?\bverified\s+([^\s;)]*)([^)]*)/gi)) {
    const [, paren, word, rest] = m;
    if (!paren && !/^\d/.test(word)) continue; // prose such as "verified by the tests"
    const offset = m.index ?? 0;
    const line = lineOf(offset);
    const add = (message: string) => problems.push({ file, line, column: offset - starts[line - 1] + 1, message });
    const fix = 'write it as (verified YYYY-MM-DD; source: https://...)';
    if (!parseDay(word)) {
      add(`"verified ${word}" is not a date: ${fix}, with a real day`);
      continue;
    }
    if (!paren || !/^\s*;\s*source:\s*https:\/\/\S/.test(rest)) add(`the verified date ${word} needs its source: ${fix}`);
    facts.push({ file, line, date: word });
  }
  return { facts, problems };
}

/** The same day `months` months earlier (clamped to the month's last day). */
function monthsBefore(day: Date, months: number): Date {
  const y = day.getUTCFullYear();
  const mo = day.getUTCMonth() - months;
  const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, mo, Math.min(day.getUTCDate(), last)));
}

/** Warnings (file:line) for facts verified more than MAX_AGE_MONTHS before `today`, and for dates after it. */
export function ageWarnings(facts: readonly VerifiedFact[], today: Date, maxAgeMonths = MAX_AGE_MONTHS): ContentProblem[] {
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const limit = monthsBefore(day, maxAgeMonths);
  const out: ContentProblem[] = [];
  for (const f of facts) {
    const d = parseDay(f.date);
    if (!d) continue;
    if (d < limit) out.push({ file: f.file, line: f.line, message: `fact verified ${f.date}, more than ${maxAgeMonths} months ago: re-check it against its source and update the date` });
    else if (d > day) out.push({ file: f.file, line: f.line, message: `fact verified ${f.date}, which is after today (${day.toISOString().slice(0, 10)})` });
  }
  return out;
}
