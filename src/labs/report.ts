// Grading results as the CLI prints them (text and --json). Pure.
import type { CheckDefinition, CheckResult } from './types';

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
