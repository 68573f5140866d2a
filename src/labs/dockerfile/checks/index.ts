// Every check of the "Containerize the model server" lab, in the order the grader reports them.
import { absoluteWorkdir } from './absolute-workdir';
import { aptClean } from './apt-clean';
import { copyNotAdd } from './copy-not-add';
import { dockerignore } from './dockerignore';
import { execFormCmd } from './exec-form-cmd';
import { exposePort } from './expose-port';
import { healthcheck } from './healthcheck';
import { modelArtifact } from './model-artifact';
import { noSecrets } from './no-secrets';
import { nonRootUser } from './non-root-user';
import { pinnedBase } from './pinned-base';
import { pinnedRequirements } from './pinned-requirements';
import { pipNoCache } from './pip-no-cache';
import { requirementsFirst } from './requirements-first';
import type { DockerCheck } from './shared';
import { slimFinal } from './slim-final';
import { validSyntax } from './valid-syntax';

export const CHECKS: readonly DockerCheck[] = [
  validSyntax,
  pinnedBase,
  slimFinal,
  copyNotAdd,
  requirementsFirst,
  pipNoCache,
  pinnedRequirements,
  aptClean,
  absoluteWorkdir,
  nonRootUser,
  exposePort,
  healthcheck,
  execFormCmd,
  noSecrets,
  modelArtifact,
  dockerignore,
];
