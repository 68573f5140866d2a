// k8s.model-version (lab): this lab asks for the model version on the pods (a label or an annotation), so metrics,
// logs and the canary analysis can be split by model, and `kubectl get pods -L` shows which model each pod serves.
import type { Finding } from '../../types';
import { q, templateFinding, withServer, type CheckFn, type K8sCheck } from './common';

/** Label or annotation keys that name a version: model-version, app.kubernetes.io/version, example.com/model-version, version. */
export const VERSION_KEY = /(?:^|[/._-])(?:model[._-]?)?version$/i;

export const run: CheckFn = (ctx) =>
  withServer(ctx, (t): Finding[] => {
    const entries = [...Object.entries(t.labels), ...Object.entries(t.annotations)];
    const hit = entries.find(([k]) => VERSION_KEY.test(k));
    if (hit && hit[1].trim() !== '') return [];
    if (hit) {
      const where = Object.prototype.hasOwnProperty.call(t.labels, hit[0]) ? 'labels' : 'annotations';
      return [templateFinding(t, ['metadata', where, hit[0]], `This lab asks for the model version on the pods, and ${q(hit[0])} is empty. Put the version of the model the image serves there.`, true)];
    }
    const msg = hit
      ? `This lab asks for the model version on the pods, and ${q(hit[0])} is empty. Put the version of the model the image serves there.`
      : `This lab asks for the model version on the pods: the pod template has no label or annotation such as ${q('app.kubernetes.io/version')} or ${q('model-version')}, so dashboards and the analysis cannot tell the canary's model from the stable one. Add one to ${q('spec.template.metadata.labels')} (or annotations).`;
    return [templateFinding(t, ['metadata', 'labels'], msg, true)];
  });

export const definition: K8sCheck['definition'] = {
  id: 'k8s.model-version',
  title: 'Pods carry the model version',
  why: 'During a canary two models serve at once. With the model version on each pod (a label, or an annotation), every metric and log line can be broken down by version, the analysis can compare canary with stable, and anyone can see which model a pod serves with `kubectl get pods -L model-version`. An image tag alone does not say which model file is inside.',
  lesson: 'ab-testing',
  scope: 'lab',
  hints: [
    'Add a label under `spec.template.metadata.labels`.',
    'For example `model-version: "20241118T140509Z"` (the version in models/model.json) or `app.kubernetes.io/version: "1.4.0"`; quote it, label values are strings.',
  ],
};
