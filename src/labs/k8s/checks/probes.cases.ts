import type { CheckCases } from '../../cases';
import { ROLLOUT, WORKLOAD_REF, rollout } from './examples';

const READY = '          readinessProbe:\n            httpGet:\n              path: /health\n              port: http\n            initialDelaySeconds: 3\n            periodSeconds: 5\n';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: {} },
    { name: 'a tcpSocket readiness probe', files: { [ROLLOUT]: rollout(READY, '          readinessProbe:\n            tcpSocket:\n              port: 8000\n') } },
    { name: 'an exec readiness probe', files: { [ROLLOUT]: rollout(READY, '          readinessProbe:\n            exec:\n              command: ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8000/health\')"]\n') } },
    { name: 'a startup probe beside the others', files: { [ROLLOUT]: rollout(READY, `${READY}          startupProbe:\n            httpGet: {path: /health, port: http}\n            failureThreshold: 30\n            periodSeconds: 2\n`) } },
    { name: 'a log-shipping sidecar without ports or probes', files: { [ROLLOUT]: rollout('      volumes:\n', '        - name: log-shipper\n          image: fluent/fluent-bit:3.1.4\n          resources:\n            requests: {cpu: 10m, memory: 32Mi}\n            limits: {memory: 64Mi}\n          securityContext:\n            allowPrivilegeEscalation: false\n      volumes:\n') } },
    { name: 'a Deployment taken over through workloadRef', files: { [ROLLOUT]: WORKLOAD_REF } },
  ],
  invalid: [
    { name: 'no readiness probe', files: { [ROLLOUT]: rollout(READY, '') }, lines: [30] },
    { name: 'a probe on a port name the container does not have', files: { [ROLLOUT]: rollout(READY, READY.replace('port: http', 'port: web')) }, lines: [44] },
    { name: 'a probe with two handlers', files: { [ROLLOUT]: rollout(READY, `${READY}            tcpSocket:\n              port: 8000\n`) }, lines: [41] },
    { name: 'a probe with timings but no handler', files: { [ROLLOUT]: rollout(READY, '          readinessProbe:\n            initialDelaySeconds: 3\n            periodSeconds: 5\n') }, lines: [41] },
  ],
};
