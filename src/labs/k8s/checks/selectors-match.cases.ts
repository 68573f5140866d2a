import type { CheckCases } from '../../cases';
import { ONLY_MAIN, PDB, ROLLOUT, SERVICE, SOLUTION_PDB, SOLUTION_SERVICE, WORKLOAD_REF, edit, rollout } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: {} },
    { name: 'all objects in one file', files: ONLY_MAIN },
    { name: 'a Deployment taken over through workloadRef', files: { [ROLLOUT]: WORKLOAD_REF } },
    { name: 'matchExpressions in the selectors', files: { [ROLLOUT]: rollout('    matchLabels:\n      app.kubernetes.io/name: churn-model\n', '    matchExpressions:\n      - {key: app.kubernetes.io/name, operator: In, values: [churn-model]}\n'), [PDB]: edit(SOLUTION_PDB, '    matchLabels:\n      app.kubernetes.io/name: churn-model\n', '    matchExpressions:\n      - key: model-version\n        operator: Exists\n') } },
    { name: 'a Service selecting on two labels of the pods', files: { [SERVICE]: edit(SOLUTION_SERVICE, '  selector:\n    app.kubernetes.io/name: churn-model\n', '  selector:\n    app.kubernetes.io/name: churn-model\n    model-version: "20241118T140509Z"\n') } },
    { name: 'a headless Service without a selector (endpoints managed by hand)', files: { [SERVICE]: `${SOLUTION_SERVICE}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: legacy-scorer\nspec:\n  clusterIP: None\n  ports:\n    - port: 9000\n` } },
  ],
  invalid: [
    { name: 'the pod labels differ from the Rollout selector', files: { [ROLLOUT]: rollout('        app.kubernetes.io/name: churn-model\n        app.kubernetes.io/version', '        app.kubernetes.io/name: churn-api\n        app.kubernetes.io/version') }, lines: [7, 8, 13] },
    { name: 'the Service selects `app: churn-model`, which no pod has', files: { [SERVICE]: edit(SOLUTION_SERVICE, '  selector:\n    app.kubernetes.io/name: churn-model', '  selector:\n    app: churn-model') }, lines: [8] },
    { name: 'the PodDisruptionBudget selects another app', files: { [PDB]: edit(SOLUTION_PDB, 'app.kubernetes.io/name: churn-model', 'app.kubernetes.io/name: churn') }, lines: [7] },
  ],
};
