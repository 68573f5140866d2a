// k8s.selectors-match (general): a workload's selector matches its own pod template's labels (the API server
// refuses a Deployment otherwise, and Argo Rollouts marks the Rollout invalid), and every Service and
// PodDisruptionBudget selects the pods of some workload in the files (a Service that selects nothing has no endpoints).
import type { Finding } from '../../types';
import { isEmptySelector, labelSelector, mapSelector, selects, unmatched, type PodTemplate } from '../context';
import { describeObject, findingAt, get, isRecord } from '../parse';
import { q, type CheckFn, type K8sCheck } from './common';

function labelsText(labels: Record<string, string>): string {
  const e = Object.entries(labels);
  return e.length ? e.map(([k, v]) => `${k}=${v}`).join(', ') : 'no labels';
}

export const run: CheckFn = (ctx) => {
  const out: Finding[] = [];
  const templates = ctx.templates;
  for (const t of templates) {
    const owner = t.owner;
    const raw = get(owner.data, ['spec', 'selector']);
    if (!isRecord(raw)) continue; // a missing selector is a schema error (k8s.valid-objects)
    const sel = labelSelector(raw);
    if (isEmptySelector(sel)) {
      out.push(findingAt(owner, ['spec', 'selector'], `${describeObject(owner)} has an empty selector: it must name the labels of its pods (e.g. ${q('matchLabels: {app.kubernetes.io/name: churn-model}')}), or the API server refuses it.`, true));
      continue;
    }
    if (!selects(sel, t.labels)) {
      const miss = unmatched(sel, t.labels);
      out.push(
        findingAt(
          owner,
          ['spec', 'selector'],
          `The selector of ${describeObject(owner)} does not match its own pod template: ${miss.join('; ')}. ${owner.kind === 'Rollout' ? 'Argo Rollouts marks the Rollout invalid and creates no pods' : 'The API server refuses the Deployment'}; make the template's labels include every selector label.`,
          true,
        ),
      );
    }
  }
  const podsText = (ts: PodTemplate[]) => ts.map((t) => `${labelsText(t.labels)} (the pods of ${describeObject(t.owner)})`).join('; ');
  for (const svc of ctx.ofKind('Service')) {
    const raw = get(svc.data, ['spec', 'selector']);
    if (get(svc.data, ['spec', 'type']) === 'ExternalName' || raw === undefined || raw === null) continue; // no selector: endpoints are managed by hand
    const sel = mapSelector(raw);
    if (isEmptySelector(sel) || templates.length === 0) continue;
    if (!templates.some((t) => selects(sel, t.labels))) {
      out.push(findingAt(svc, ['spec', 'selector'], `Service ${svc.name} selects no pod of the lab's workloads: it wants ${labelsText(sel.matchLabels)}, and the pods carry ${podsText(templates)}. A Service that selects no pod has no endpoints, so every request to it fails.`, true));
    }
  }
  for (const pdb of ctx.ofKind('PodDisruptionBudget')) {
    const raw = get(pdb.data, ['spec', 'selector']);
    if (!isRecord(raw) || templates.length === 0) continue;
    const sel = labelSelector(raw);
    if (isEmptySelector(sel)) continue; // selects every pod of the namespace: valid, if broad
    if (!templates.some((t) => selects(sel, t.labels))) {
      out.push(findingAt(pdb, ['spec', 'selector'], `PodDisruptionBudget ${pdb.name} selects no pod of the lab's workloads (${unmatched(sel, templates[0].labels).join('; ')}): it protects nothing during node drains.`, true));
    }
  }
  return out;
};

export const definition: K8sCheck['definition'] = {
  id: 'k8s.selectors-match',
  title: 'Selectors match the pod labels',
  why: 'Labels are how Kubernetes objects find each other. A workload whose selector does not match its own template is refused (or, for a Rollout, marked invalid), a Service whose selector matches no pod has no endpoints and fails every request, and a PodDisruptionBudget that selects nothing protects nothing. The mismatch is easy to miss because every object is valid on its own.',
  lesson: 'deployment-approaches',
  scope: 'general',
  hints: [
    'Write down the labels of the pod template (`spec.template.metadata.labels`), then compare each selector with them.',
    'Every key=value of a selector must appear among the pod labels; the pods may carry more labels than the selector names.',
  ],
};
