import type { CheckCases } from '../../cases';
import { ROLLOUT, WORKLOAD_REF, rollout } from './examples';

const IMG = 'registry.example.com/churn-model:1.4.0';
const D = `@sha256:${'ab12'.repeat(16)}`;

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution (a version tag)', files: {} },
    { name: 'a digest', files: { [ROLLOUT]: rollout(IMG, `registry.example.com/churn-model${D}`) } },
    { name: 'a tag and a digest', files: { [ROLLOUT]: rollout(IMG, `${IMG}${D}`) } },
    { name: 'a registry with a port and a git-sha tag', files: { [ROLLOUT]: rollout(IMG, 'registry.internal:5000/ml/churn-model:git-3f9c2ab') } },
    { name: 'a Deployment taken over through workloadRef', files: { [ROLLOUT]: WORKLOAD_REF } },
  ],
  invalid: [
    { name: '`latest`', files: { [ROLLOUT]: rollout(IMG, 'registry.example.com/churn-model:latest') }, lines: [31] },
    { name: 'no tag at all', files: { [ROLLOUT]: rollout(IMG, 'registry.example.com/churn-model') }, lines: [31] },
    { name: 'a registry port but no tag', files: { [ROLLOUT]: rollout(IMG, 'registry.internal:5000/churn-model') }, lines: [31] },
    { name: 'a truncated digest', files: { [ROLLOUT]: rollout(IMG, 'registry.example.com/churn-model@sha256:ab12') }, lines: [31] },
  ],
};
