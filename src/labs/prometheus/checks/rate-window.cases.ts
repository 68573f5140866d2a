import type { CheckCases } from '../../cases';
import { edit, FILE, INLINE, MIXIN, SOLUTION } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution (5m)', files: { [FILE]: SOLUTION } },
    { name: 'exactly four scrapes: 1m', files: { [FILE]: SOLUTION.replace(/\[5m\]/g, '[1m]') } },
    { name: 'an hour and a subquery window', files: { [FILE]: edit(SOLUTION, 'rate(model_requests_total[5m]))\n\n', 'rate(model_requests_total[1h])) + 0 * sum by (job) (rate(model_requests_total[10m:1m]))\n\n') } },
    { name: 'kube-prometheus style', files: { [FILE]: MIXIN } },
    { name: 'increase over 90s written as 1m30s', files: { [FILE]: INLINE.replace('sum by (instance) (rate(model_requests_total{job="model-server"}[5m]))', 'sum by (instance) (increase(model_requests_total{job="model-server"}[1m30s]))') } },
  ],
  invalid: [
    { name: '30s: two samples at 15 s scrapes', files: { [FILE]: edit(SOLUTION, 'rate(model_request_latency_seconds_bucket[5m])', 'rate(model_request_latency_seconds_bucket[30s])') }, lines: [8] },
    { name: 'irate over 15s (one sample)', files: { [FILE]: edit(SOLUTION, 'expr: sum by (job) (rate(model_requests_total[5m]))', 'expr: sum by (job) (irate(model_requests_total[15s]))') }, lines: [18] },
    { name: 'both sides of the ratio at 45s', files: { [FILE]: SOLUTION.replace(/(model_(errors|requests)_total)\[5m\]/g, '$1[45s]') }, lines: [13, 15, 18] },
  ],
};
