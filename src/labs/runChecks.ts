// Runs a grader's checks over one context, shared by the graders whose checks are modules with a `run(ctx)`.
// Pure. A context that cannot be built, or a check that throws, becomes a finding on the lab's main file: a
// grading always returns one result per check and never throws.
import type { CheckResult, Finding } from './types';
import { fileFinding } from './dvc/positions';

export interface ContextCheck<C> {
  definition: { id: string };
  run(ctx: C): Finding[];
}

export function runChecks<C>(checks: ReadonlyArray<ContextCheck<C>>, makeContext: () => C, mainFile: string): CheckResult[] {
  let ctx: C | undefined;
  try {
    ctx = makeContext();
  } catch {
    ctx = undefined;
  }
  return checks.map((c) => {
    let findings: Finding[];
    try {
      findings = ctx !== undefined ? c.run(ctx) : [fileFinding(mainFile, 'The project files could not be read.')];
    } catch (e) {
      findings = [fileFinding(mainFile, `This check could not run (${String((e as Error)?.message ?? e)}); please report it.`)];
    }
    return { id: c.definition.id, status: findings.length === 0 ? 'pass' : 'fail', findings };
  });
}
