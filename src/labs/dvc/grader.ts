// Grader of the "Version data and pipeline with DVC" lab: dvc.yaml (the learner's file), with params.yaml,
// .dvc/config and the .gitignore files. Pure: reads only the given texts. One check per module in checks/,
// each with its accepted and rejected examples beside it (checks/<name>.cases.ts).
import type { CheckResult, LabGrader, ProjectFiles } from '../types';
import { runChecks } from '../runChecks';
import { Context, DVC_CONFIG, DVC_YAML, GITIGNORE, PARAMS_YAML } from './context';
import { gitignoresFor } from './gitignore';
import type { DvcCheck } from './checks/common';
import * as schemaValid from './checks/schema-valid';
import * as stageNames from './checks/stage-names';
import * as pipelineGraph from './checks/pipeline-graph';
import * as scriptDeps from './checks/script-deps';
import * as outputsUnique from './checks/outputs-unique';
import * as paramsExist from './checks/params-exist';
import * as paramsNotHardcoded from './checks/params-not-hardcoded';
import * as metricsUncached from './checks/metrics-uncached';
import * as outputsGitignored from './checks/outputs-gitignored';
import * as defaultRemote from './checks/default-remote';
import * as noCredentials from './checks/no-credentials';

const checks: DvcCheck[] = [
  schemaValid,
  stageNames,
  pipelineGraph,
  scriptDeps,
  outputsUnique,
  paramsExist,
  paramsNotHardcoded,
  metricsUncached,
  outputsGitignored,
  defaultRemote,
  noCredentials,
];

/** Nested .gitignore files read at most (a real pipeline has a handful of output folders). */
export const MAX_NESTED_GITIGNORES = 64;

export const grader: LabGrader = {
  labId: 'dvc-pipeline',
  files: [DVC_YAML, PARAMS_YAML, DVC_CONFIG, GITIGNORE, 'src/prepare.py', 'src/train.py', 'src/evaluate.py'],
  checks: checks.map((c) => c.definition),
  moreFiles(files: ProjectFiles): string[] {
    // DVC writes a .gitignore in the folder of each output it caches (`data/.gitignore` with `/prepared`):
    // read those of every folder above each output, so dvc.outputs-gitignored sees what git sees.
    try {
      const m = new Context(files).model;
      if (!m) return [];
      const wanted = new Set<string>();
      for (const s of m.stages) {
        for (const e of [...s.outs, ...s.metrics, ...s.plots]) {
          if (e.path === '' || e.path.startsWith('../')) continue;
          for (const g of gitignoresFor(e.path)) if (g !== GITIGNORE && !files.has(g)) wanted.add(g);
          if (wanted.size >= MAX_NESTED_GITIGNORES) return [...wanted].slice(0, MAX_NESTED_GITIGNORES);
        }
      }
      return [...wanted];
    } catch {
      return [];
    }
  },
  grade(files: ProjectFiles): CheckResult[] {
    return runChecks(checks, () => new Context(files), DVC_YAML);
  },
};
