// What every report format needs of one grading: the lab, its checks, the results, and where the files are. Pure.
import { plainMessage } from '../publish';
import type { CheckDefinition, CheckResult, CheckScope, Finding, Range } from '../types';

export interface GradingReport {
  labId: string;
  labTitle: string;
  checks: readonly CheckDefinition[];
  results: readonly CheckResult[];
  /** Project-relative files that did not exist when graded: findings on them have no line to point at. */
  missing: ReadonlySet<string>;
  /**
   * Prefix that turns a project-relative path into a path relative to the report's root (e.g. the repository
   * root in CI): `''` when the root is the lab folder itself, else `labs/docker/` (POSIX, with the slash).
   */
  pathPrefix: string;
  /** Lesson titles by id, for help texts; a lesson without a title is named by its id. */
  lessonTitles: ReadonlyMap<string, string>;
  /** Why the run did not complete (Python labs: timed out, no Python), when it did not. */
  problem?: string;
}

export interface Tool {
  name: string;
  version: string;
}

/**
 * Where a finding is, as a report can say it: its file (relative to the report's root) and its range, or no
 * range when there is no line to point at (the file does not exist, or the grader gave no line).
 */
export function placeOf(f: Finding, report: Pick<GradingReport, 'missing' | 'pathPrefix'>): { file: string; range?: Range } {
  const file = `${report.pathPrefix}${f.file}`;
  if (report.missing.has(f.file) || !(f.line >= 1)) return { file };
  const column = f.column >= 1 ? f.column : 1;
  const endLine = f.endLine >= f.line ? f.endLine : f.line;
  const endColumn = endLine === f.line ? Math.max(f.endColumn, column) : Math.max(f.endColumn, 1);
  return { file, range: { line: f.line, column, endLine, endColumn } };
}

/** The severity story of the extension (src/labs/labResults.ts): general practice warns, a lab's own requirement informs. */
export function severityOf(scope: CheckScope): 'warning' | 'note' {
  return scope === 'lab' ? 'note' : 'warning';
}

export function checkMap(report: Pick<GradingReport, 'checks'>): Map<string, CheckDefinition> {
  return new Map(report.checks.map((c) => [c.id, c]));
}

/** The check's why and its hints, as plain text (the same words the lab panel shows, backticks as quotes). */
export function helpText(check: CheckDefinition, lessonTitle: string | undefined): string {
  const parts = [plainMessage(check.why)];
  if (check.hints.length) parts.push(`Hints:\n${check.hints.map((h, i) => `${i + 1}. ${plainMessage(h)}`).join('\n')}`);
  parts.push(`Lesson: ${lessonTitle ?? check.lesson} (MLOps Lab: Open Lesson… in VS Code).`);
  return parts.join('\n\n');
}

/** The same in Markdown, where code spans stay code. */
export function helpMarkdown(check: CheckDefinition, lessonTitle: string | undefined): string {
  const parts = [check.why];
  if (check.hints.length) parts.push(`**Hints**\n\n${check.hints.map((h, i) => `${i + 1}. ${h}`).join('\n')}`);
  parts.push(`**Lesson:** ${lessonTitle ?? check.lesson} (*MLOps Lab: Open Lesson…* in VS Code).`);
  return parts.join('\n\n');
}

export { plainMessage };
