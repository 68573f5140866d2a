// All lab graders, by lab id. This module is its own lazily required bundle (dist/graders.js),
// so parsers and graders cost nothing until a lab is graded.
import type { CheckResult, Finding, LabGrader, ProjectFiles } from './types';
import { grader as workflow } from './workflow/grader';
import { grader as dockerfile } from './dockerfile/grader';
import { grader as dvc } from './dvc/grader';
import { grader as prometheus } from './prometheus/grader';
import { grader as k8s } from './k8s/grader';

export const graders: ReadonlyMap<string, LabGrader> = new Map([workflow, dockerfile, dvc, k8s, prometheus].map((g) => [g.labId, g]));

export function getGrader(labId: string): LabGrader | undefined {
  return graders.get(labId);
}

/** Findings kept per check; the rest become one summary finding (a generated file can yield thousands). */
export const MAX_FINDINGS_PER_CHECK = 200;

/** Keeps the first MAX_FINDINGS_PER_CHECK findings and replaces the rest by one finding saying how many. */
export function capFindings(result: CheckResult): CheckResult {
  const extra = result.findings.length - MAX_FINDINGS_PER_CHECK;
  if (extra <= 0) return result;
  const next = result.findings[MAX_FINDINGS_PER_CHECK];
  const summary: Finding = {
    file: next.file, line: next.line, column: next.column, endLine: next.line, endColumn: next.column,
    message: `…and ${extra} more finding${extra === 1 ? '' : 's'} of this check`,
  };
  return { ...result, findings: [...result.findings.slice(0, MAX_FINDINGS_PER_CHECK), summary] };
}

/**
 * Grades with a last line of defence: a grader bug becomes a failing finding, never an exception,
 * and no check reports more than MAX_FINDINGS_PER_CHECK findings plus one summary.
 */
export function gradeSafely(grader: LabGrader, files: ProjectFiles): CheckResult[] {
  try {
    return grader.grade(files).map(capFindings);
  } catch (e) {
    const message = `The grader failed unexpectedly (${(e as Error).message}); please report this.`;
    return grader.checks.map((c) => ({ id: c.id, status: 'fail', findings: [{ file: grader.files[0], line: 1, column: 1, endLine: 1, endColumn: 1, message }] }));
  }
}

// The Python labs' runner rides in the same lazy bundle: nothing of it loads until a Python lab is graded.
export { gradePythonFolder } from './python/grade';
