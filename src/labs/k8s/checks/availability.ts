// k8s.availability (lab): this lab asks for a model server that survives losing a pod: at least two replicas
// and a PodDisruptionBudget that selects them and still lets a node drain evict one at a time.
import type { Finding } from '../../types';
import { isEmptySelector, labelSelector, selects } from '../context';
import { findingAt, get, isRecord } from '../parse';
import { int, q, withServer, type CheckFn, type K8sCheck } from './common';

function percent(v: unknown): number | undefined {
  return typeof v === 'string' && /^\d+%$/.test(v) ? Number(v.slice(0, -1)) : undefined;
}

export const run: CheckFn = (ctx) =>
  withServer(ctx, (t) => {
    const out: Finding[] = [];
    const owner = t.owner;
    const hpa = ctx.ofKind('HorizontalPodAutoscaler').find((h) => get(h.data, ['spec', 'scaleTargetRef', 'name']) === owner.name);
    const minFromHpa = hpa ? (int(get(hpa.data, ['spec', 'minReplicas'])) ?? 1) : undefined;
    const replicas = int(get(owner.data, ['spec', 'replicas'])) ?? minFromHpa ?? 1;
    if (minFromHpa !== undefined ? minFromHpa < 2 : replicas < 2) {
      const at = minFromHpa !== undefined && hpa ? findingAt(hpa, ['spec', 'minReplicas'], `This lab asks for at least two replicas of the model server, and the HorizontalPodAutoscaler may scale it down to ${minFromHpa}. Set ${q('minReplicas: 2')} or more.`, true) : findingAt(owner, ['spec', 'replicas'], `This lab asks for at least two replicas: with ${replicas}, a node drain, a crash or a rescheduled pod leaves no server answering. Set ${q('replicas')} to 2 or more (the solution uses 4, which also makes the canary steps exact).`, true);
      out.push(at);
    }
    const pdbs = ctx.ofKind('PodDisruptionBudget').filter((p) => {
      const sel = labelSelector(get(p.data, ['spec', 'selector']));
      return isRecord(get(p.data, ['spec', 'selector'])) && !isEmptySelector(sel) && selects(sel, t.labels);
    });
    if (pdbs.length === 0) {
      out.push(findingAt(owner, ['kind'], `This lab asks for a PodDisruptionBudget that selects the model server's pods (in k8s/pdb.yaml): without one, a node upgrade may evict every replica at once. ${ctx.ofKind('PodDisruptionBudget').length ? 'The PodDisruptionBudget in the files selects other labels.' : 'Add one with `maxUnavailable: 1`.'}`));
      return out;
    }
    for (const p of pdbs) {
      const minA = get(p.data, ['spec', 'minAvailable']);
      const maxU = get(p.data, ['spec', 'maxUnavailable']);
      const blocks = (typeof minA === 'number' && minA >= replicas) || percent(minA) === 100 || maxU === 0 || percent(maxU) === 0;
      if (blocks) {
        const field = maxU !== undefined ? 'maxUnavailable' : 'minAvailable';
        out.push(findingAt(p, ['spec', field], `PodDisruptionBudget ${p.name} allows no voluntary eviction (${field}: ${String(field === 'maxUnavailable' ? maxU : minA)} with ${replicas} replica${replicas === 1 ? '' : 's'}): \`kubectl drain\` keeps retrying and never finishes, and node upgrades stall until they force the eviction. Use ${q('maxUnavailable: 1')}.`));
      }
    }
    return out;
  });

export const definition: K8sCheck['definition'] = {
  id: 'k8s.availability',
  title: 'Two or more replicas and a PodDisruptionBudget',
  why: 'One replica means every node drain, crash or reschedule is an outage, and a canary step cannot move part of the traffic anywhere. A PodDisruptionBudget tells Kubernetes how many pods a voluntary disruption (a drain, a cluster upgrade) may take down at once; it must still allow at least one, or drains block forever.',
  lesson: 'deployment-approaches',
  scope: 'lab',
  hints: [
    'Raise `spec.replicas` of the Rollout.',
    'Add k8s/pdb.yaml with a `policy/v1` PodDisruptionBudget whose selector matches the pod labels and `maxUnavailable: 1`.',
  ],
};
