import type { CheckCases } from '../../cases';
import { edit, FILE, INLINE, MIXIN, SOLUTION } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { [FILE]: SOLUTION } },
    { name: 'kube-prometheus style: interval, folded and quoted expressions, keys in any order', files: { [FILE]: MIXIN } },
    { name: 'alerts computed inline', files: { [FILE]: INLINE } },
    { name: 'group limit, query_offset and labels (Prometheus 3)', files: { [FILE]: edit(SOLUTION, '  - name: model-server.alerts\n', '  - name: model-server.alerts\n    limit: 100\n    query_offset: 1m\n    labels:\n      team: ml-platform\n') } },
    { name: 'keep_firing_for on an alert and a template with range/end', files: { [FILE]: edit(edit(SOLUTION, '        for: 5m\n        labels:\n          severity: critical\n        annotations:\n          summary: "Prometheus cannot', '        for: 5m\n        keep_firing_for: 10m\n        labels:\n          severity: critical\n        annotations:\n          description: "{{ range $i, $l := $labels }}{{ $i }}={{ $l }} {{ end }}"\n          summary: "Prometheus cannot'), 'for: 30m', 'for: 1h30m') } },
    { name: 'an empty file (Prometheus loads it: no groups)', files: { [FILE]: '# no rules yet\n' } },
  ],
  invalid: [
    { name: 'evaluation_interval in a group (the key is interval)', files: { [FILE]: edit(SOLUTION, '  - name: model-server.alerts\n', '  - name: model-server.alerts\n    evaluation_interval: 30s\n') }, lines: [21] },
    { name: '`for: 5` without a unit', files: { [FILE]: edit(SOLUTION, 'for: 10m', 'for: 10') }, lines: [24] },
    { name: 'summary directly on the rule instead of under annotations', files: { [FILE]: edit(SOLUTION, '        for: 10m\n', '        for: 10m\n        summary: p95 latency is high\n') }, lines: [25] },
    { name: 'a rule with both alert and record', files: { [FILE]: edit(SOLUTION, '      - alert: ModelServerDown\n', '      - alert: ModelServerDown\n        record: job:up:sum\n') }, lines: [41] },
    { name: 'for on a recording rule', files: { [FILE]: edit(SOLUTION, '      - record: job:model_requests:rate5m\n', '      - record: job:model_requests:rate5m\n        for: 5m\n') }, lines: [18] },
    { name: 'two groups with the same name', files: { [FILE]: edit(SOLUTION, '  - name: model-server.alerts', '  - name: model-server.recording') }, lines: [20] },
    { name: 'a template variable typo ($label)', files: { [FILE]: edit(SOLUTION, '{{ $labels.instance }}', '{{ $label.instance }}') }, lines: [46] },
    { name: 'a Kubernetes PrometheusRule object given as the rules file', files: { [FILE]: `apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: model-server\nspec:\n${SOLUTION.split('\n').filter((l) => !l.startsWith('#')).map((l) => (l ? `  ${l}` : l)).join('\n')}` }, lines: [1, 2, 3, 5] },
    { name: 'duplicate expr key in a rule', files: { [FILE]: edit(SOLUTION, '        expr: up{job="model-server"} == 0\n', '        expr: up{job="model-server"} == 0\n        expr: up == 0\n') }, lines: [42] },
  ],
};
