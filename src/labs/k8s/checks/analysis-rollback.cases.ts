import type { CheckCases } from '../../cases';
import { ANALYSIS, ONLY_MAIN, ROLLOUT, SOLUTION_ANALYSIS, WORKLOAD_REF, edit, rollout } from './examples';

const BG = '      analysis:\n        templates:\n          - templateName: churn-model-health\n        startingStep: 1 # from the first pause on\n        args:\n          - name: canary-hash\n            valueFrom:\n              podTemplateHashValue: Latest\n';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution (background analysis)', files: {} },
    { name: 'an analysis step with the arguments', files: { [ROLLOUT]: rollout(BG, '').replace('        - setWeight: 50\n', '        - analysis:\n            templates:\n              - templateName: churn-model-health\n            args:\n              - name: canary-hash\n                valueFrom:\n                  podTemplateHashValue: Latest\n        - setWeight: 50\n') } },
    { name: 'a successCondition on the success rate, with a default argument', files: { [ANALYSIS]: edit(edit(SOLUTION_ANALYSIS, '    - name: canary-hash\n', '    - name: canary-hash\n    - name: prometheus\n      value: http://prometheus.monitoring.svc:9090\n'), 'failureCondition: result[0] > 0.01', 'successCondition: len(result) == 0 || result[0] <= 0.01') } },
    { name: 'a Deployment taken over through workloadRef', files: { [ROLLOUT]: WORKLOAD_REF } },
    { name: 'all objects in one file', files: ONLY_MAIN },
    { name: 'a ClusterAnalysisTemplate with clusterScope', files: { [ROLLOUT]: rollout('          - templateName: churn-model-health\n', '          - templateName: churn-model-health\n            clusterScope: true\n'), [ANALYSIS]: edit(SOLUTION_ANALYSIS, 'kind: AnalysisTemplate', 'kind: ClusterAnalysisTemplate') } },
  ],
  invalid: [
    { name: 'no analysis', files: { [ROLLOUT]: rollout(BG, '') }, lines: [70] },
    { name: 'a template name that does not exist', files: { [ROLLOUT]: rollout('templateName: churn-model-health', 'templateName: error-rate') }, lines: [79] },
    { name: 'an argument the Rollout does not pass', files: { [ROLLOUT]: rollout('          - name: canary-hash\n            valueFrom:', '          - name: hash\n            valueFrom:') }, lines: [10] },
    { name: 'a metric without any condition', files: { [ANALYSIS]: edit(edit(SOLUTION_ANALYSIS, '      failureCondition: result[0] > 0.01\n', ''), '      failureCondition: result[0] > 0.3\n', '') }, lines: [11] },
    { name: 'an {{args.…}} the template does not declare', files: { [ANALYSIS]: edit(SOLUTION_ANALYSIS, 'address: http://prometheus.monitoring.svc:9090', 'address: "{{args.prometheus}}"') }, lines: [12] },
  ],
};
