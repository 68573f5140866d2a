import type { CheckCases } from '../../cases';
import { ROLLOUT, WORKLOAD_REF, rollout } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution (a named port)', files: {} },
    { name: 'port by number', files: { [ROLLOUT]: rollout('              path: /health\n              port: http\n            initialDelaySeconds: 15', '              path: /health\n              port: 8000\n            initialDelaySeconds: 15') } },
    { name: 'a startup probe covering a slow start, liveness at once', files: { [ROLLOUT]: rollout('            initialDelaySeconds: 15\n            periodSeconds: 10\n            failureThreshold: 3\n', '            periodSeconds: 5\n          startupProbe:\n            httpGet: {path: /health, port: http}\n            failureThreshold: 30\n            periodSeconds: 2\n') } },
    { name: 'default timings (3 failures × 10 s)', files: { [ROLLOUT]: rollout('            initialDelaySeconds: 15\n            periodSeconds: 10\n            failureThreshold: 3\n', '') } },
    { name: 'a Deployment taken over through workloadRef', files: { [ROLLOUT]: WORKLOAD_REF } },
  ],
  invalid: [
    { name: '/healthz, which the server does not have', files: { [ROLLOUT]: rollout('              path: /health\n              port: http\n            initialDelaySeconds: 3', '              path: /healthz\n              port: http\n            initialDelaySeconds: 3') }, lines: [43] },
    { name: 'a tcpSocket liveness probe', files: { [ROLLOUT]: rollout('          livenessProbe:\n            httpGet:\n              path: /health\n              port: http\n', '          livenessProbe:\n            tcpSocket:\n              port: 8000\n') }, lines: [47] },
    { name: 'port 8080', files: { [ROLLOUT]: rollout('              path: /health\n              port: http\n            initialDelaySeconds: 15', '              path: /health\n              port: 8080\n            initialDelaySeconds: 15') }, lines: [50] },
    { name: 'failureThreshold 1', files: { [ROLLOUT]: rollout('            failureThreshold: 3\n', '            failureThreshold: 1\n') }, lines: [53] },
    { name: 'restarted after 4 s', files: { [ROLLOUT]: rollout('            initialDelaySeconds: 15\n            periodSeconds: 10\n            failureThreshold: 3\n', '            periodSeconds: 2\n            failureThreshold: 2\n') }, lines: [47] },
    { name: 'no liveness probe', files: { [ROLLOUT]: rollout('          livenessProbe:\n            httpGet:\n              path: /health\n              port: http\n            initialDelaySeconds: 15\n            periodSeconds: 10\n            failureThreshold: 3\n', '') }, lines: [30] },
  ],
};
