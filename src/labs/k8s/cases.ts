// Every check's accepted and rejected examples, by check id (see ../cases.ts). Tests and `npm run cases` only.
import type { LabCases } from '../cases';
import { cases as analysisRollback } from './checks/analysis-rollback.cases';
import { cases as availability } from './checks/availability.cases';
import { cases as canarySteps } from './checks/canary-steps.cases';
import { cases as gracefulShutdown } from './checks/graceful-shutdown.cases';
import { cases as healthEndpoint } from './checks/health-endpoint.cases';
import { cases as imagePinned } from './checks/image-pinned.cases';
import { cases as modelVersion } from './checks/model-version.cases';
import { cases as probes } from './checks/probes.cases';
import { cases as readOnlyRoot } from './checks/read-only-root.cases';
import { cases as resources } from './checks/resources.cases';
import { cases as securityContext } from './checks/security-context.cases';
import { cases as selectorsMatch } from './checks/selectors-match.cases';
import { cases as servicePort } from './checks/service-port.cases';
import { cases as validObjects } from './checks/valid-objects.cases';

export const cases: LabCases = {
  'k8s.valid-objects': validObjects,
  'k8s.selectors-match': selectorsMatch,
  'k8s.service-port': servicePort,
  'k8s.image-pinned': imagePinned,
  'k8s.resources': resources,
  'k8s.probes': probes,
  'k8s.health-endpoint': healthEndpoint,
  'k8s.security-context': securityContext,
  'k8s.read-only-root': readOnlyRoot,
  'k8s.availability': availability,
  'k8s.graceful-shutdown': gracefulShutdown,
  'k8s.canary-steps': canarySteps,
  'k8s.analysis-rollback': analysisRollback,
  'k8s.model-version': modelVersion,
};
