import type { CheckCases } from '../../cases';
import { ONLY_MAIN, ROLLOUT, SERVICE, SOLUTION_SERVICE, edit, rollout } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution (a named targetPort)', files: {} },
    { name: 'targetPort by number', files: { [SERVICE]: edit(SOLUTION_SERVICE, 'targetPort: http', 'targetPort: 8000') } },
    { name: 'port and container port the same, targetPort left out', files: { [SERVICE]: edit(SOLUTION_SERVICE, '      port: 80\n      targetPort: http\n', '      port: 8000\n') } },
    { name: 'all objects in one file', files: ONLY_MAIN },
    { name: 'a second port for metrics declared by the container', files: { [ROLLOUT]: rollout('              containerPort: 8000\n', '              containerPort: 8000\n            - name: metrics\n              containerPort: 9100\n'), [SERVICE]: `${SOLUTION_SERVICE}    - name: metrics\n      port: 9100\n      targetPort: metrics\n` } },
  ],
  invalid: [
    { name: 'port 80 with no targetPort, the server on 8000', files: { [SERVICE]: edit(SOLUTION_SERVICE, '      targetPort: http\n', '') }, lines: [11] },
    { name: 'targetPort 8080', files: { [SERVICE]: edit(SOLUTION_SERVICE, 'targetPort: http', 'targetPort: 8080') }, lines: [13] },
    { name: 'a targetPort name the container does not declare', files: { [SERVICE]: edit(SOLUTION_SERVICE, 'targetPort: http', 'targetPort: web') }, lines: [13] },
  ],
};
