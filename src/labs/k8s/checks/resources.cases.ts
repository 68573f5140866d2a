import type { CheckCases } from '../../cases';
import { ROLLOUT, WORKLOAD_REF, rollout } from './examples';

const RES = '          resources:\n            requests:\n              cpu: 250m\n              memory: 256Mi\n            limits:\n              memory: 256Mi\n';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution (no CPU limit)', files: {} },
    { name: 'a CPU limit too', files: { [ROLLOUT]: rollout('            limits:\n              memory: 256Mi\n', '            limits:\n              cpu: "1"\n              memory: 512Mi\n') } },
    { name: 'limits only (requests default to them)', files: { [ROLLOUT]: rollout(RES, '          resources:\n            limits: {cpu: 500m, memory: 1Gi}\n') } },
    { name: 'memory in plain bytes and as a number', files: { [ROLLOUT]: rollout(RES, '          resources:\n            requests: {cpu: 0.25, memory: 268435456}\n            limits: {memory: "268435456"}\n') } },
    { name: 'a Deployment taken over through workloadRef', files: { [ROLLOUT]: WORKLOAD_REF } },
  ],
  invalid: [
    { name: 'no resources', files: { [ROLLOUT]: rollout(RES, '') }, lines: [30] },
    { name: 'requests without a memory limit', files: { [ROLLOUT]: rollout('            limits:\n              memory: 256Mi\n', '') }, lines: [35] },
    { name: 'a request larger than its limit', files: { [ROLLOUT]: rollout('              memory: 256Mi\n            limits:\n              memory: 256Mi\n', '              memory: 1Gi\n            limits:\n              memory: 512Mi\n') }, lines: [38] },
  ],
};
