import type { CheckCases } from '../../cases';
import { edit, FILE, INLINE, MIXIN, SOLUTION } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { [FILE]: SOLUTION } },
    { name: 'rates inside sum without, and a ratio recorded from rates', files: { [FILE]: MIXIN } },
    { name: 'absent_over_time and count of a raw counter (existence, not value)', files: { [FILE]: INLINE.replace('expr: absent_over_time(model_requests_total{job="model-server"}[10m])', 'expr: absent_over_time(model_requests_total{job="model-server"}[10m]) or count(model_errors_total) == 0') } },
    { name: 'increase() over an hour and resets()', files: { [FILE]: edit(SOLUTION, 'expr: sum by (job) (rate(model_requests_total[5m]))', 'expr: sum by (job) (increase(model_requests_total[1h])) + 0 * sum by (job) (resets(model_requests_total[1h]))') } },
    { name: 'a gauge ending in _count that is no histogram (pg_stat_activity_count)', files: { [FILE]: edit(SOLUTION, 'expr: up{job="model-server"} == 0', 'expr: up{job="model-server"} == 0 or sum(pg_stat_activity_count) > 100') } },
    { name: 'a raw counter in absent() and timestamp()', files: { [FILE]: edit(SOLUTION, 'expr: absent(up{job="model-server"})', 'expr: absent(model_requests_total{job="model-server"}) or (time() - timestamp(model_requests_total) > 300)') } },
    { name: 'a raw count only as a guard before `and` (kubernetes-mixin certificate alerts)', files: { [FILE]: edit(SOLUTION, 'expr: up{job="model-server"} == 0', 'expr: model_request_latency_seconds_count{job="model-server"} > 0 and on (job) job:model_request_latency_seconds:p95_rate5m > 2') } },
    { name: 'max of a raw counter inside a subquery, then increase (the etcd mixin)', files: { [FILE]: edit(SOLUTION, 'expr: up{job="model-server"} == 0', 'expr: increase((max without (instance) (model_errors_total) or 0 * absent(model_errors_total))[15m:1m]) >= 4') } },
  ],
  invalid: [
    { name: 'sum of a raw counter (sum, then rate)', files: { [FILE]: edit(SOLUTION, 'expr: sum by (job) (rate(model_requests_total[5m]))', 'expr: sum by (job) (model_requests_total)') }, lines: [18] },
    { name: 'an alert on the raw error counter', files: { [FILE]: edit(SOLUTION, 'expr: job:model_errors:ratio_rate5m{job="model-server"} > 0.05', 'expr: model_errors_total > 100') }, lines: [32] },
    { name: 'a ratio of two raw counters', files: { [FILE]: INLINE.replace('sum(rate(model_errors_total{job="model-server"}[5m])) / sum(rate(model_requests_total{job="model-server"}[5m]))', 'model_errors_total / model_requests_total') }, lines: [15] },
    { name: 'deriv() of a histogram count', files: { [FILE]: edit(SOLUTION, 'expr: up{job="model-server"} == 0', 'expr: deriv(model_request_latency_seconds_count[10m]) < 0') }, lines: [41] },
    { name: 'a hand-made increase: the counter minus itself an hour ago', files: { [FILE]: edit(SOLUTION, 'expr: up{job="model-server"} == 0', 'expr: model_errors_total - model_errors_total offset 1h > 5') }, lines: [41] },
    { name: 'a raw counter compared with 0 (fires forever after the first error)', files: { [FILE]: edit(SOLUTION, 'expr: up{job="model-server"} == 0', 'expr: (model_errors_total > 0) * on (instance) group_left (version) model_info') }, lines: [41] },
    { name: 'a counter alone as an alert', files: { [FILE]: edit(SOLUTION, 'expr: up{job="model-server"} == 0', 'expr: model_errors_total') }, lines: [41] },
  ],
};
