// All lab graders, by lab id. This module is its own lazily required bundle (dist/graders.js),
// so parsers and graders cost nothing until a lab is graded.
import type { CheckResult, LabGrader, ProjectFiles } from './types';
import { grader as workflow } from './workflow/grader';
import { grader as dockerfile } from './dockerfile/grader';
import { grader as dvc } from './dvc/grader';

export const graders: ReadonlyMap<string, LabGrader> = new Map([workflow, dockerfile, dvc].map((g) => [g.labId, g]));

export function getGrader(labId: string): LabGrader | undefined {
  return graders.get(labId);
}

/** Grades with a last line of defence: a grader bug becomes a failing finding, never an exception. */
export function gradeSafely(grader: LabGrader, files: ProjectFiles): CheckResult[] {
  try {
    return grader.grade(files);
  } catch (e) {
    const message = `The grader failed unexpectedly (${(e as Error).message}); please report this.`;
    return grader.checks.map((c) => ({ id: c.id, status: 'fail', findings: [{ file: grader.files[0], line: 1, column: 1, endLine: 1, endColumn: 1, message }] }));
  }
}
