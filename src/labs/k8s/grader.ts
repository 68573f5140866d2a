// Grader of the "Canary rollout on Kubernetes" lab: the manifests of the model server (k8s/rollout.yaml, the
// learner's main file, with k8s/service.yaml, k8s/analysis.yaml and k8s/pdb.yaml; any object may be in any of them).
// Pure: reads only the given texts. One check per module in checks/, each with its accepted and rejected examples
// beside it (checks/<name>.cases.ts).
import type { CheckResult, LabGrader, ProjectFiles } from '../types';
import { runChecks } from '../runChecks';
import { Context, FILES, ROLLOUT_YAML } from './context';
import type { K8sCheck } from './checks/common';
import * as validObjects from './checks/valid-objects';
import * as selectorsMatch from './checks/selectors-match';
import * as servicePort from './checks/service-port';
import * as imagePinned from './checks/image-pinned';
import * as resources from './checks/resources';
import * as probes from './checks/probes';
import * as healthEndpoint from './checks/health-endpoint';
import * as securityContext from './checks/security-context';
import * as readOnlyRoot from './checks/read-only-root';
import * as availability from './checks/availability';
import * as gracefulShutdown from './checks/graceful-shutdown';
import * as canarySteps from './checks/canary-steps';
import * as analysisRollback from './checks/analysis-rollback';
import * as modelVersion from './checks/model-version';

export const checks: K8sCheck[] = [
  validObjects,
  selectorsMatch,
  servicePort,
  imagePinned,
  resources,
  probes,
  healthEndpoint,
  securityContext,
  readOnlyRoot,
  availability,
  gracefulShutdown,
  canarySteps,
  analysisRollback,
  modelVersion,
];

export const grader: LabGrader = {
  labId: 'k8s-canary-rollout',
  files: FILES,
  checks: checks.map((c) => c.definition),
  grade(files: ProjectFiles): CheckResult[] {
    return runChecks(checks, () => new Context(files), ROLLOUT_YAML);
  },
};
