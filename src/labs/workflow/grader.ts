// Grader for the "CI for an ML project" lab: .github/workflows/ci.yml.
import type { CheckResult, Finding, LabGrader, ProjectFiles } from '../types';
import { MODULES } from './checks';
import { CI_FILE, definitions } from './definitions';
import { loadWorkflow } from './parse';
import { finding } from './positions';
import { beginGrade } from './shell';

function crash(e: unknown): Finding {
  const msg = e instanceof Error ? e.message : String(e);
  return finding(CI_FILE, 1, 1, 1, 1, `This check failed unexpectedly (${msg.slice(0, 200)}). Please report it; the other checks are still valid.`);
}

function grade(files: ProjectFiles): CheckResult[] {
  beginGrade();
  let loaded: ReturnType<typeof loadWorkflow>;
  try {
    loaded = loadWorkflow(CI_FILE, files.get(CI_FILE));
  } catch (e) {
    loaded = { ok: false, reason: 'ci.yml could not be parsed', findings: [crash(e)] };
  }
  return MODULES.map(({ definition: { id }, run }): CheckResult => {
    try {
      let findings: Finding[];
      if (!run) findings = loaded.ok ? loaded.parserFindings : loaded.findings; // ci.valid-workflow: the loader's verdict
      else if (!loaded.ok)
        findings = [finding(CI_FILE, 1, 1, 1, 1, `Cannot check this yet: ${loaded.reason}. Fix the problems reported by "${definitions['ci.valid-workflow'].title}" first.`)];
      else findings = run(loaded.wf);
      return { id, status: findings.length === 0 ? 'pass' : 'fail', findings };
    } catch (e) {
      return { id, status: 'fail', findings: [crash(e)] };
    }
  });
}

export const grader: LabGrader = {
  labId: 'ci-for-ml',
  files: [CI_FILE],
  checks: MODULES.map((m) => m.definition),
  grade,
};
