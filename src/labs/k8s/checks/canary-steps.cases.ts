import type { CheckCases } from '../../cases';
import { ISTIO, ROLLOUT, WORKLOAD_REF, rollout } from './examples';

const STEPS = '      steps:\n        - setWeight: 25\n        - pause: {duration: 10m}\n        - setWeight: 50\n        - pause: {duration: 10m}\n        - setWeight: 75\n        - pause: {duration: 10m}\n';
const steps = (s: string) => rollout(STEPS, `      steps:\n${s}`);

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution (4 replicas, 25/50/75)', files: {} },
    { name: 'inline analysis steps instead of pauses', files: { [ROLLOUT]: steps('        - setWeight: 25\n        - analysis:\n            templates:\n              - templateName: churn-model-health\n        - setWeight: 50\n        - pause: {}\n        - setWeight: 75\n        - pause: {duration: 600}\n') } },
    { name: '5 replicas in 20 % steps, an explicit 100 and durations in seconds and hours', files: { [ROLLOUT]: steps('        - setWeight: 20\n        - pause: {duration: 300}\n        - setWeight: 40\n        - pause: {duration: 1h}\n        - setWeight: 60\n        - pause: {duration: "30m"}\n        - setWeight: 100\n').replace('  replicas: 4 #', '  replicas: 5 #') } },
    { name: 'any weight through an Istio traffic router', files: { [ROLLOUT]: ISTIO } },
    { name: 'a Deployment taken over through workloadRef', files: { [ROLLOUT]: WORKLOAD_REF } },
  ],
  invalid: [
    { name: 'no pause between the weights', files: { [ROLLOUT]: steps('        - setWeight: 25\n        - setWeight: 50\n        - pause: {duration: 10m}\n        - setWeight: 75\n        - pause: {duration: 10m}\n') }, lines: [86] },
    { name: 'one weight only, then everything', files: { [ROLLOUT]: steps('        - setWeight: 50\n        - setWeight: 100\n') }, lines: [85, 86] },
    { name: 'a blue-green strategy', files: { [ROLLOUT]: rollout('  strategy:\n    canary:\n', '  strategy:\n    blueGreen:\n      activeService: churn-model\n    canaryOld:\n') }, lines: [69] },
    { name: '10 % with 4 replicas and no router (1 of 5 pods)', files: { [ROLLOUT]: steps('        - setWeight: 10\n        - pause: {duration: 10m}\n        - setWeight: 50\n        - pause: {duration: 10m}\n') }, lines: [86] },
    { name: 'a pause duration Argo Rollouts cannot read', files: { [ROLLOUT]: rollout('        - pause: {duration: 10m}\n        - setWeight: 50', '        - pause: {duration: 10 minutes}\n        - setWeight: 50') }, lines: [86, 87] },
    { name: 'weights going down', files: { [ROLLOUT]: steps('        - setWeight: 50\n        - pause: {duration: 10m}\n        - setWeight: 25\n        - pause: {duration: 10m}\n') }, lines: [88] },
  ],
};
