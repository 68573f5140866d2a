// Grading results as the CLI prints them (text and --json). Pure.
import type { CheckDefinition, CheckResult } from './types';
import { placeOf, plainMessage, type GradingReport } from './formats/subject';

/** What a report needs of a grader: its lab and its checks' titles. */
export interface ReportSubject {
  labId: string;
  checks: readonly CheckDefinition[];
}

export interface JsonReport {
  lab: string;
  checks: Array<{ id: string; title: string; status: 'pass' | 'fail'; findings: Array<{ file: string; line: number; column: number; message: string }> }>;
}

export function jsonReport(grader: ReportSubject, results: readonly CheckResult[]): JsonReport {
  const titles = new Map(grader.checks.map((c) => [c.id, c.title]));
  return {
    lab: grader.labId,
    checks: results.map((r) => ({
      id: r.id, title: titles.get(r.id) ?? r.id, status: r.status,
      findings: r.findings.map((f) => ({ file: f.file, line: f.line, column: f.column, message: f.message })),
    })),
  };
}

export function textReport(grader: ReportSubject, results: readonly CheckResult[]): string {
  const titles = new Map(grader.checks.map((c) => [c.id, c.title]));
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.status === 'pass' ? 'PASS' : 'FAIL'}  ${r.id}  ${titles.get(r.id) ?? ''}`);
    for (const f of r.findings) lines.push(`      ${f.file}:${f.line}:${f.column}: ${f.message}`);
  }
  const passed = results.filter((r) => r.status === 'pass').length;
  lines.push(`${passed}/${results.length} checks pass`);
  return lines.join('\n');
}

/**
 * The short checklist `check --watch` reprints after every save: one line per check, and the first finding of a
 * failing one (with its line when it has one: a missing file has none).
 */
export function compactChecklist(report: GradingReport, at: Date): string {
  const titles = new Map(report.checks.map((c) => [c.id, c.title]));
  const lines = [`${report.labTitle} · graded at ${at.toTimeString().slice(0, 8)}`];
  for (const r of report.results) {
    lines.push(`${r.status === 'pass' ? '✓' : '✗'} ${titles.get(r.id) ?? r.id}`);
    const f = r.status === 'fail' ? r.findings[0] : undefined;
    if (!f) continue;
    const place = placeOf(f, report);
    const more = r.findings.length > 1 ? ` (+${r.findings.length - 1} more)` : '';
    lines.push(`    ${place.file}${place.range ? `:${place.range.line}` : ''}: ${shorten(plainMessage(f.message), 100)}${more}`);
  }
  if (report.problem) lines.push(report.problem);
  const passed = report.results.filter((r) => r.status === 'pass').length;
  lines.push(`${passed}/${report.results.length} checks pass`);
  return lines.join('\n');
}

/** At most `max` characters, cut at a word boundary with an ellipsis (the full text is one `check` away). */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
