// The checks of the CI lab, one module each under checks/ (definition + run), in grading order.
import type { CheckDefinition } from '../types';
import type { Check } from './checks/common';
import * as dataValidation from './checks/data-validation';
import * as imageTagSha from './checks/image-tag-sha';
import * as jobOrder from './checks/job-order';
import * as lintJob from './checks/lint-job';
import * as permissions from './checks/permissions';
import * as pinnedActions from './checks/pinned-actions';
import * as pushOnlyMain from './checks/push-only-main';
import * as pythonSetup from './checks/python-setup';
import * as qualityGate from './checks/quality-gate';
import * as registrySecrets from './checks/registry-secrets';
import * as scriptInjection from './checks/script-injection';
import * as trainTimeout from './checks/train-timeout';
import * as triggers from './checks/triggers';
import * as unitTestJob from './checks/unit-test-job';
import * as validWorkflow from './checks/valid-workflow';

/** In grading order. `ci.valid-workflow` is run by the loader (GitHub's parser), the rest over the workflow model. */
export const MODULES: ReadonlyArray<{ definition: CheckDefinition; run?: Check }> = [
  validWorkflow,
  triggers,
  permissions,
  pinnedActions,
  pythonSetup,
  lintJob,
  unitTestJob,
  dataValidation,
  qualityGate,
  jobOrder,
  pushOnlyMain,
  registrySecrets,
  imageTagSha,
  scriptInjection,
  trainTimeout,
];
