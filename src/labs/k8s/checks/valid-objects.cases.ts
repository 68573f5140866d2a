import type { CheckCases } from '../../cases';
import { ANALYSIS, ISTIO, ONLY_MAIN, PDB, ROLLOUT, SERVICE, SOLUTION_ANALYSIS, SOLUTION_PDB, SOLUTION_SERVICE, WORKLOAD_REF, edit, rollout } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: {} },
    { name: 'every object in one multi-document file', files: ONLY_MAIN },
    { name: 'a Deployment taken over by a Rollout through workloadRef', files: { [ROLLOUT]: WORKLOAD_REF } },
    { name: 'Istio traffic routing with canary and stable Services', files: { [ROLLOUT]: ISTIO } },
    { name: 'flow-style mappings, a --- at the end, and CPU as a number', files: { [ROLLOUT]: rollout('            requests:\n              cpu: 250m\n              memory: 256Mi\n', '            requests: {cpu: 0.25, memory: 256Mi}\n'), [PDB]: `${SOLUTION_PDB}---\n` } },
    { name: 'an HPA and a ConfigMap beside the Rollout, minAvailable as a percentage', files: { [PDB]: `${edit(SOLUTION_PDB, 'maxUnavailable: 1', 'minAvailable: "50%"')}---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: churn-model\nspec:\n  scaleTargetRef:\n    apiVersion: argoproj.io/v1alpha1\n    kind: Rollout\n    name: churn-model\n  minReplicas: 4\n  maxReplicas: 10\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target:\n          type: Utilization\n          averageUtilization: 70\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: churn-model-config\ndata:\n  LOG_LEVEL: info\n` } },
    // Both refused by the 0.3.x Argo Rollouts models (Argo Rollouts 1.5.0's CRDs), accepted by a current Argo Rollouts.
    { name: 'fields of current releases: the preStop sleep action (Kubernetes 1.30) in a Rollout, a Prometheus query timeout', files: { [ROLLOUT]: rollout('              exec:\n                command: ["sleep", "5"]\n', '              sleep:\n                seconds: 5\n'), [ANALYSIS]: edit(SOLUTION_ANALYSIS, '          address: http://prometheus.monitoring.svc:9090\n          query: |\n            histogram', '          address: http://prometheus.monitoring.svc:9090\n          timeout: 30 # seconds\n          query: |\n            histogram') } },
    { name: 'an Istio VirtualService (a kind this lab does not validate) in the Service file', files: { [SERVICE]: `${SOLUTION_SERVICE}---\napiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: churn-model\nspec:\n  hosts: [churn-model]\n  http:\n    - name: primary\n      route:\n        - destination: {host: churn-model-stable}\n          weight: 100\n        - destination: {host: churn-model-canary}\n          weight: 0\n` } },
  ],
  invalid: [
    { name: '`targetport` (lower-case p) in the Service', files: { [SERVICE]: edit(SOLUTION_SERVICE, 'targetPort: http', 'targetport: http') }, lines: [13] },
    { name: 'an unquoted number as a label value', files: { [ROLLOUT]: rollout('app.kubernetes.io/version: "1.4.0"', 'app.kubernetes.io/version: 1.4') }, lines: [20] },
    { name: 'a PodDisruptionBudget in policy/v1beta1, removed in Kubernetes 1.25', files: { [PDB]: edit(SOLUTION_PDB, 'policy/v1', 'policy/v1beta1') }, lines: [1] },
    { name: 'a memory request that is not a quantity', files: { [ROLLOUT]: rollout('              memory: 256Mi\n            limits', '              memory: 256 MB\n            limits') }, lines: [38] },
    { name: '`Rollouts` instead of `Rollout`', files: { [ROLLOUT]: rollout('kind: Rollout', 'kind: Rollouts') }, lines: [5] },
    { name: 'a Deployment in apiVersion v1', files: { [ROLLOUT]: `${rollout('', '')}---\napiVersion: v1\nkind: Deployment\nmetadata:\n  name: other\n` }, lines: [93] },
    { name: 'an AnalysisTemplate with the old `maxFailures`', files: { [ANALYSIS]: edit(SOLUTION_ANALYSIS, '      failureLimit: 2\n      # more', '      maxFailures: 2\n      # more') }, lines: [14] },
  ],
};
