// Every check's accepted and rejected examples, by check id (see ../cases.ts). Tests and `npm run cases` only.
import type { LabCases } from '../cases';
import { cases as dataValidation } from './checks/data-validation.cases';
import { cases as imageTagSha } from './checks/image-tag-sha.cases';
import { cases as jobOrder } from './checks/job-order.cases';
import { cases as lintJob } from './checks/lint-job.cases';
import { cases as permissions } from './checks/permissions.cases';
import { cases as pinnedActions } from './checks/pinned-actions.cases';
import { cases as pushOnlyMain } from './checks/push-only-main.cases';
import { cases as pythonSetup } from './checks/python-setup.cases';
import { cases as qualityGate } from './checks/quality-gate.cases';
import { cases as registrySecrets } from './checks/registry-secrets.cases';
import { cases as scriptInjection } from './checks/script-injection.cases';
import { cases as trainTimeout } from './checks/train-timeout.cases';
import { cases as triggers } from './checks/triggers.cases';
import { cases as unitTestJob } from './checks/unit-test-job.cases';
import { cases as validWorkflow } from './checks/valid-workflow.cases';

export const cases: LabCases = {
  'ci.valid-workflow': validWorkflow,
  'ci.triggers': triggers,
  'ci.permissions': permissions,
  'ci.pinned-actions': pinnedActions,
  'ci.python-setup': pythonSetup,
  'ci.lint-job': lintJob,
  'ci.unit-test-job': unitTestJob,
  'ci.data-validation': dataValidation,
  'ci.quality-gate': qualityGate,
  'ci.job-order': jobOrder,
  'ci.push-only-main': pushOnlyMain,
  'ci.registry-secrets': registrySecrets,
  'ci.image-tag-sha': imageTagSha,
  'ci.script-injection': scriptInjection,
  'ci.train-timeout': trainTimeout,
};
