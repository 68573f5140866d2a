import type { CheckCases } from '../../cases';
import { ROLLOUT, WORKLOAD_REF, rollout } from './examples';

const HOOK = '          lifecycle:\n            preStop:\n              exec:\n                command: ["sleep", "5"]\n';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution (exec sleep 5)', files: {} },
    { name: 'the sleep action of Kubernetes 1.30+', files: { [ROLLOUT]: rollout(HOOK, '          lifecycle:\n            preStop:\n              sleep:\n                seconds: 5\n') } },
    { name: 'a shell sleep and the default grace period', files: { [ROLLOUT]: rollout(HOOK, '          lifecycle:\n            preStop:\n              exec:\n                command: ["/bin/sh", "-c", "sleep 10"]\n').replace('      terminationGracePeriodSeconds: 30\n', '') } },
    { name: 'an HTTP drain hook with a long grace period', files: { [ROLLOUT]: rollout(HOOK, '          lifecycle:\n            preStop:\n              httpGet:\n                path: /drain\n                port: http\n').replace('terminationGracePeriodSeconds: 30', 'terminationGracePeriodSeconds: 60') } },
    { name: 'a Deployment taken over through workloadRef', files: { [ROLLOUT]: WORKLOAD_REF } },
  ],
  invalid: [
    { name: 'no preStop hook', files: { [ROLLOUT]: rollout(HOOK, '') }, lines: [30] },
    { name: 'a grace period of 0', files: { [ROLLOUT]: rollout('terminationGracePeriodSeconds: 30', 'terminationGracePeriodSeconds: 0') }, lines: [23] },
    { name: 'a pause as long as the grace period', files: { [ROLLOUT]: rollout('["sleep", "5"]', '["sleep", "30"]') }, lines: [23] },
  ],
};
