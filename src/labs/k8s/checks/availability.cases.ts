import type { CheckCases } from '../../cases';
import { ONLY_MAIN, PDB, ROLLOUT, SOLUTION_PDB, WORKLOAD_REF, edit, rollout } from './examples';

const HPA = (min: number) => `---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: churn-model\nspec:\n  scaleTargetRef:\n    apiVersion: argoproj.io/v1alpha1\n    kind: Rollout\n    name: churn-model\n  minReplicas: ${min}\n  maxReplicas: 8\n`;

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: {} },
    { name: 'minAvailable below the replicas', files: { [PDB]: edit(SOLUTION_PDB, 'maxUnavailable: 1', 'minAvailable: 3') } },
    { name: 'maxUnavailable as a percentage', files: { [PDB]: edit(SOLUTION_PDB, 'maxUnavailable: 1', 'maxUnavailable: "25%"') } },
    { name: 'replicas left to an HPA with minReplicas 2', files: { [ROLLOUT]: rollout('  replicas: 4 # 4 pods: 25/50/75 % are exactly 1, 2 and 3 canary pods\n', ''), [PDB]: `${SOLUTION_PDB}${HPA(2)}` } },
    { name: 'a Deployment taken over through workloadRef', files: { [ROLLOUT]: WORKLOAD_REF } },
    { name: 'all objects in one file', files: ONLY_MAIN },
  ],
  invalid: [
    { name: 'one replica', files: { [ROLLOUT]: rollout('  replicas: 4 #', '  replicas: 1 #') }, lines: [11] },
    { name: 'no PodDisruptionBudget', files: { [PDB]: null }, lines: [5] },
    { name: 'a budget that blocks every eviction', files: { [PDB]: edit(SOLUTION_PDB, 'maxUnavailable: 1', 'minAvailable: 4') }, lines: [6] },
    { name: 'an HPA that may scale down to one', files: { [PDB]: `${SOLUTION_PDB}${HPA(1)}` }, lines: [20] },
  ],
};
