// Whole-file variants shared by the checks' examples (*.cases.ts): each is written the way real Prometheus
// rule files are written (kube-prometheus and the monitoring mixins, the Prometheus documentation) and each is a
// correct answer to this lab unless a case changes it. Tests and `npm run cases` only.

export const FILE = 'monitoring/alerts.yaml';

/** The lab's reference rules file (a unit test keeps it equal to content/labs/prometheus-alerts/solution). */
export const SOLUTION = `# Alerting rules for the churn model server (the FastAPI service whose metrics app/metrics.py defines).
# Prometheus scrapes it as job="model-server" every 15 s and loads this file (see prometheus.yml).
groups:
  - name: model-server.recording
    rules:
      # p95 latency per job: rate the buckets first, then sum while keeping the le label.
      - record: job:model_request_latency_seconds:p95_rate5m
        expr: histogram_quantile(0.95, sum by (job, le) (rate(model_request_latency_seconds_bucket[5m])))

      # Share of requests that fail; model_requests_total counts failed requests too.
      - record: job:model_errors:ratio_rate5m
        expr: |
          sum by (job) (rate(model_errors_total[5m]))
            /
          sum by (job) (rate(model_requests_total[5m]))

      - record: job:model_requests:rate5m
        expr: sum by (job) (rate(model_requests_total[5m]))

  - name: model-server.alerts
    rules:
      - alert: ModelServerHighLatency
        expr: job:model_request_latency_seconds:p95_rate5m{job="model-server"} > 0.5
        for: 10m
        labels:
          severity: warning
        annotations:
          summary: "p95 latency of {{ $labels.job }} is {{ $value | humanizeDuration }} (limit 500 ms)"
          runbook_url: https://runbooks.example.com/model-server/high-latency

      - alert: ModelServerHighErrorRatio
        expr: job:model_errors:ratio_rate5m{job="model-server"} > 0.05
        for: 5m
        labels:
          severity: critical
        annotations:
          summary: "{{ $labels.job }} fails {{ $value | humanizePercentage }} of requests (limit 5 %)"
          runbook_url: https://runbooks.example.com/model-server/errors

      - alert: ModelServerDown
        expr: up{job="model-server"} == 0
        for: 5m
        labels:
          severity: critical
        annotations:
          summary: "Prometheus cannot scrape {{ $labels.instance }}"
          runbook_url: https://runbooks.example.com/model-server/down

      - alert: ModelServerMetricsAbsent
        expr: absent(up{job="model-server"})
        for: 5m
        labels:
          severity: critical
        annotations:
          summary: "No model-server target is left in Prometheus: its metrics stopped arriving"
          runbook_url: https://runbooks.example.com/model-server/absent

      - alert: ModelFeatureDrift
        expr: max by (feature) (model_feature_psi) > 0.25
        for: 30m
        labels:
          severity: warning
        annotations:
          summary: 'Feature {{ $labels.feature }} drifted: PSI {{ printf "%.2f" $value }} (above 0.25)'
          runbook_url: https://runbooks.example.com/model-server/feature-drift
`;

/** The same alerts computed inline: one recording rule only, every alert with its own expression. */
export const INLINE = `groups:
  - name: model-server
    rules:
      - record: instance:model_requests:rate5m
        expr: sum by (instance) (rate(model_requests_total{job="model-server"}[5m]))
      - alert: ModelServerHighLatency
        expr: histogram_quantile(0.95, sum by (le) (rate(model_request_latency_seconds_bucket{job="model-server"}[5m]))) > 0.5
        for: 10m
        labels:
          severity: warning
        annotations:
          summary: p95 latency is {{ $value | humanizeDuration }}
          runbook_url: https://runbooks.example.com/model-server/high-latency
      - alert: ModelServerHighErrorRatio
        expr: sum(rate(model_errors_total{job="model-server"}[5m])) / sum(rate(model_requests_total{job="model-server"}[5m])) > 0.05
        for: 5m
        labels:
          severity: critical
        annotations:
          summary: "{{ $value | humanizePercentage }} of requests fail"
          runbook_url: https://runbooks.example.com/model-server/errors
      - alert: ModelServerMetricsAbsent
        expr: absent_over_time(model_requests_total{job="model-server"}[10m])
        for: 5m
        labels:
          severity: critical
        annotations:
          summary: The model server has reported no requests counter for 10 minutes
          runbook_url: https://runbooks.example.com/model-server/absent
      - alert: ModelFeatureDrift
        expr: model_feature_psi > 0.2
        for: 1h
        labels:
          severity: warning
        annotations:
          summary: Feature {{ $labels.feature }} drifted (PSI {{ $value }})
          runbook_url: https://runbooks.example.com/model-server/feature-drift
`;

/**
 * kube-prometheus / mixin style: modifiers after the aggregated expression, `without` grouping, expressions in
 * folded, double-quoted (with escapes and a continued line) and literal scalars, a templated runbook link, percent.
 */
export const MIXIN = `groups:
- name: model-server.rules
  interval: 30s
  rules:
  - record: job_instance:model_request_latency_seconds:p95_rate5m
    expr: >
      histogram_quantile(0.95,
        sum(rate(model_request_latency_seconds_bucket{job="model-server"}[5m])) by (job, instance, le))
  - record: job:model_errors:ratio_rate5m
    expr: "sum without (instance, model_version) (rate(model_errors_total{job=\\"model-server\\"}[5m]))\\n  / \\
      sum without (instance, model_version) (rate(model_requests_total{job=\\"model-server\\"}[5m]))"
- name: model-server.alerts
  rules:
  - alert: ModelServerLatencyHigh
    annotations:
      description: The p95 latency of {{ $labels.instance }} has been above 500 ms for 15 minutes.
      runbook_url: https://runbooks.example.com/model-server/{{ $labels.alertname | toLower }}
      summary: Model server is slow.
    expr: |
      job_instance:model_request_latency_seconds:p95_rate5m{job="model-server"}
        > 0.5
    for: 15m
    labels:
      severity: warning
  - alert: ModelServerErrorRatioHigh
    annotations:
      runbook_url: https://runbooks.example.com/model-server/errors
      summary: '{{ printf "%.1f" $value }}% of requests fail.'
    expr: 100 * job:model_errors:ratio_rate5m{job="model-server"} > 5
    for: 5m
    labels:
      severity: critical
  - alert: ModelServerTargetMissing
    annotations:
      runbook_url: https://runbooks.example.com/model-server/absent
      summary: Prometheus has no healthy model-server target.
    expr: absent(up{job="model-server"} == 1)
    for: 10m
    labels:
      severity: critical
  - alert: ModelFeatureDrift
    annotations:
      runbook_url: https://runbooks.example.com/model-server/feature-drift
      summary: 'Feature {{ $labels.feature }} shifted: PSI {{ $value | humanize }}.'
    expr: max by (feature) (model_feature_psi{job="drift-report"}) >= 0.1
    for: 2h
    labels:
      severity: info
`;

/** Replaces `from` (which must occur) in a variant. */
export function edit(base: string, from: string, to: string): string {
  if (!base.includes(from)) throw new Error(`example edit: ${JSON.stringify(from)} not found`);
  return base.replace(from, to);
}
