import type { CheckCases } from '../../cases';
import { ROLLOUT, WORKLOAD_REF, rollout } from './examples';

const LABELS = '        app.kubernetes.io/version: "1.4.0"\n        model-version: "20241118T140509Z"\n';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: {} },
    { name: 'app.kubernetes.io/version only', files: { [ROLLOUT]: rollout(LABELS, '        app.kubernetes.io/version: "1.4.0"\n') } },
    { name: 'an annotation with a domain prefix', files: { [ROLLOUT]: rollout(LABELS, '').replace('    spec:\n      terminationGracePeriodSeconds', '      annotations:\n        ml.example.com/model-version: "20241118T140509Z"\n    spec:\n      terminationGracePeriodSeconds') } },
    { name: 'a Deployment taken over through workloadRef', files: { [ROLLOUT]: WORKLOAD_REF } },
  ],
  invalid: [
    { name: 'no version on the pods (only on the Rollout)', files: { [ROLLOUT]: rollout(LABELS, '').replace('    app.kubernetes.io/name: churn-model\nspec:', '    app.kubernetes.io/name: churn-model\n    model-version: "20241118T140509Z"\nspec:') }, lines: [19] },
    { name: 'an empty version label', files: { [ROLLOUT]: rollout(LABELS, '        model-version: ""\n') }, lines: [20] },
  ],
};
