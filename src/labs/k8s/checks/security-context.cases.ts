import type { CheckCases } from '../../cases';
import { ROLLOUT, WORKLOAD_REF, rollout } from './examples';

const POD_SC = '      securityContext:\n        runAsNonRoot: true\n        runAsUser: 10001\n        seccompProfile:\n          type: RuntimeDefault\n';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: {} },
    { name: 'a non-zero runAsUser without runAsNonRoot', files: { [ROLLOUT]: rollout(POD_SC, '      securityContext:\n        runAsUser: 10001\n        runAsGroup: 10001\n') } },
    { name: 'everything on the container', files: { [ROLLOUT]: rollout(POD_SC, '').replace('            allowPrivilegeEscalation: false\n', '            allowPrivilegeEscalation: false\n            runAsNonRoot: true\n            runAsUser: 10001\n') } },
    { name: 'privileged: false written out', files: { [ROLLOUT]: rollout('            allowPrivilegeEscalation: false\n', '            allowPrivilegeEscalation: false\n            privileged: false\n') } },
    { name: 'a Deployment taken over through workloadRef', files: { [ROLLOUT]: WORKLOAD_REF } },
  ],
  invalid: [
    { name: 'no runAsNonRoot and no user', files: { [ROLLOUT]: rollout(POD_SC, '') }, lines: [53] },
    { name: 'runAsUser 0', files: { [ROLLOUT]: rollout('        runAsUser: 10001\n', '        runAsUser: 0\n') }, lines: [26, 58] },
    { name: 'privilege escalation allowed', files: { [ROLLOUT]: rollout('allowPrivilegeEscalation: false', 'allowPrivilegeEscalation: true') }, lines: [59] },
    { name: 'a privileged container', files: { [ROLLOUT]: rollout('            allowPrivilegeEscalation: false\n', '            allowPrivilegeEscalation: false\n            privileged: true\n') }, lines: [60] },
  ],
};
