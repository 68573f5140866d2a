// Grader for the "Containerize the model server" lab: checks a learner's Dockerfile and .dockerignore
// (reading requirements.txt for pins and app/main.py for the server's port and model path). Pure: no I/O.
// Each check lives in ./checks/<name>.ts with its accepted and rejected examples beside it.
import type { CheckResult, LabGrader, ProjectFiles } from '../types';
import { CHECKS } from './checks';
import { buildContext, DOCKERFILE, DOCKERIGNORE, MAIN_PY, REQUIREMENTS, type Context } from './context';
import { at, finding } from './positions';

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export const grader: LabGrader = {
  labId: 'containerize-model-server',
  files: [DOCKERFILE, DOCKERIGNORE, REQUIREMENTS, MAIN_PY],
  checks: CHECKS.map((c) => ({ ...c.definition, hints: [...c.definition.hints] })),
  grade(files: ProjectFiles): CheckResult[] {
    let ctx: Context;
    try {
      ctx = buildContext(files);
    } catch (e) {
      ctx = { files, docker: null, dockerProblem: finding(DOCKERFILE, at(1), `The Dockerfile could not be read: ${errorText(e)}`) };
    }
    return CHECKS.map(({ definition: def, run }): CheckResult => {
      try {
        const findings = run(ctx);
        return { id: def.id, status: findings.length === 0 ? 'pass' : 'fail', findings };
      } catch (e) {
        // Defence in depth: a bug in one check must not hide the others' results.
        const f = finding(DOCKERFILE, at(1), `This check stopped with an internal error (${errorText(e)}); the other checks are unaffected. Please report it.`);
        return { id: def.id, status: 'fail', findings: [f] };
      }
    });
  },
};
