// prom.alert-metadata (lab): every alert carries a `severity` label (critical, warning or info, the values this
// lab's Alertmanager routes on) and `summary` and `runbook_url` annotations (a one-line text for the page, and an
// absolute link to what to do). These are conventions (kube-prometheus and the monitoring mixins use them), not
// something Prometheus requires.
import { isScalar } from 'yaml';
import type { Finding } from '../../types';
import { alerts, nodeFinding, ruleFinding, scalarString } from '../model';
import { LAB, q, type Context, type PromCheck } from './common';

export function run(ctx: Context): Finding[] {
  const m = ctx.model;
  if (!m) return ctx.unavailable;
  const out: Finding[] = [];
  const sev = LAB.severities.join(', ');
  for (const a of alerts(m)) {
    const severity = a.labels.find((l) => l.name === 'severity');
    const value = severity ? scalarString(severity.value) : undefined;
    if (!severity) {
      out.push(ruleFinding(m.src, a, `This lab routes alerts on a ${q('severity')} label, and alert ${q(a.name)} has none: add ${q('severity: warning')} (or critical, info) under ${q('labels:')}.`));
    } else if (!value || !(LAB.severities as readonly string[]).includes(value)) {
      out.push(nodeFinding(m.src, severity.value ?? severity.key, `This lab's Alertmanager routes on severity ${sev}, and alert ${q(a.name)} has severity ${q(value ?? '')}: it would reach no receiver. Use one of ${sev}.`));
    }
    for (const name of ['summary', 'runbook_url']) {
      const ann = a.annotations.find((x) => x.name === name);
      const text = ann ? scalarString(ann.value) : undefined;
      if (!ann || !text || !text.trim()) {
        const what = name === 'summary' ? 'a one-line description the page shows (e.g. "p95 latency of {{ $labels.job }} is {{ $value | humanizeDuration }}")' : 'a link to the steps to follow (e.g. https://runbooks.example.com/model-server/high-latency)';
        out.push(ann ? nodeFinding(m.src, ann.value ?? ann.key, `The ${q(name)} annotation of alert ${q(a.name)} is empty: this lab asks for ${what}.`) : ruleFinding(m.src, a, `This lab asks every alert for a ${q(name)} annotation, and alert ${q(a.name)} has none: add ${what} under ${q('annotations:')}.`));
        continue;
      }
      if (name === 'runbook_url' && !/^https?:\/\/[^\s/]+\.[^\s/]+/.test(text.trim()) && !(isScalar(ann.value) && text.includes('{{'))) {
        out.push(nodeFinding(m.src, ann.value ?? ann.key, `This lab asks for runbook links that open anywhere, and the runbook_url of alert ${q(a.name)} is ${q(text.slice(0, 60))}, not an absolute http(s) link: whoever gets the page opens it from a phone or Alertmanager's UI, where a relative path leads nowhere. Write the full URL.`));
      }
    }
  }
  return out;
}

export const definition: PromCheck['definition'] = {
  id: 'prom.alert-metadata',
  title: 'Alerts have severity, summary and runbook',
  why: 'An alert is read by someone woken up at night. A `severity` label lets Alertmanager decide who gets paged and who gets a ticket; a `summary` says in one line what is wrong, with the labels and value filled in; a `runbook_url` says what to do next. This lab routes on severity critical, warning and info.',
  lesson: 'production-metrics',
  scope: 'lab',
  hints: [
    'Look at the `labels:` and `annotations:` of each alert.',
    'Each alert needs `severity: critical|warning|info` under labels, and `summary` and `runbook_url` (a full https:// link) under annotations.',
  ],
};
