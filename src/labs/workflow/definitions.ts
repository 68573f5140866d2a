// Check definitions for the "CI for an ML project" lab (ids are stable: never rename them). Each lives in checks/<name>.ts.
import type { CheckDefinition } from '../types';
import { MODULES } from './checks';

export const CI_FILE = '.github/workflows/ci.yml';

export const CHECK_IDS = [
  'ci.valid-workflow',
  'ci.triggers',
  'ci.permissions',
  'ci.pinned-actions',
  'ci.python-setup',
  'ci.lint-job',
  'ci.unit-test-job',
  'ci.data-validation',
  'ci.quality-gate',
  'ci.job-order',
  'ci.push-only-main',
  'ci.registry-secrets',
  'ci.image-tag-sha',
  'ci.script-injection',
  'ci.train-timeout',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export const definitions = Object.fromEntries(MODULES.map((m) => [m.definition.id, m.definition])) as Record<CheckId, CheckDefinition>;
