import type { CheckCases } from '../../cases';
import { ONLY_MAIN, ROLLOUT, WORKLOAD_REF, rollout } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution (with an emptyDir at /tmp)', files: {} },
    { name: 'read-only without any writable volume', files: { [ROLLOUT]: rollout('          volumeMounts:\n            - name: tmp\n              mountPath: /tmp\n', '').replace('      volumes:\n        - name: tmp\n          emptyDir: {}\n', '') } },
    { name: 'a Deployment taken over through workloadRef', files: { [ROLLOUT]: WORKLOAD_REF } },
    { name: 'all objects in one file', files: ONLY_MAIN },
  ],
  invalid: [
    { name: 'readOnlyRootFilesystem: false', files: { [ROLLOUT]: rollout('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false') }, lines: [60] },
    { name: 'not set', files: { [ROLLOUT]: rollout('            readOnlyRootFilesystem: true\n', '') }, lines: [58] },
  ],
};
