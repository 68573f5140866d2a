// Every check's accepted and rejected examples, by check id (see ../cases.ts). Tests and `npm run cases` only.
import type { LabCases } from '../cases';
import { cases as absoluteWorkdir } from './checks/absolute-workdir.cases';
import { cases as aptClean } from './checks/apt-clean.cases';
import { cases as copyNotAdd } from './checks/copy-not-add.cases';
import { cases as dockerignore } from './checks/dockerignore.cases';
import { cases as execFormCmd } from './checks/exec-form-cmd.cases';
import { cases as exposePort } from './checks/expose-port.cases';
import { cases as healthcheck } from './checks/healthcheck.cases';
import { cases as modelArtifact } from './checks/model-artifact.cases';
import { cases as noSecrets } from './checks/no-secrets.cases';
import { cases as nonRootUser } from './checks/non-root-user.cases';
import { cases as pinnedBase } from './checks/pinned-base.cases';
import { cases as pinnedRequirements } from './checks/pinned-requirements.cases';
import { cases as pipNoCache } from './checks/pip-no-cache.cases';
import { cases as requirementsFirst } from './checks/requirements-first.cases';
import { cases as slimFinal } from './checks/slim-final.cases';
import { cases as validSyntax } from './checks/valid-syntax.cases';

export const cases: LabCases = {
  'docker.valid-syntax': validSyntax,
  'docker.pinned-base': pinnedBase,
  'docker.slim-final': slimFinal,
  'docker.copy-not-add': copyNotAdd,
  'docker.requirements-first': requirementsFirst,
  'docker.pip-no-cache': pipNoCache,
  'docker.pinned-requirements': pinnedRequirements,
  'docker.apt-clean': aptClean,
  'docker.absolute-workdir': absoluteWorkdir,
  'docker.non-root-user': nonRootUser,
  'docker.expose-port': exposePort,
  'docker.healthcheck': healthcheck,
  'docker.exec-form-cmd': execFormCmd,
  'docker.no-secrets': noSecrets,
  'docker.model-artifact': modelArtifact,
  'docker.dockerignore': dockerignore,
};
