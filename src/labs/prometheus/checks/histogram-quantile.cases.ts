import type { CheckCases } from '../../cases';
import { edit, FILE, INLINE, MIXIN, SOLUTION } from './examples';

const P95 = 'histogram_quantile(0.95, sum by (job, le) (rate(model_request_latency_seconds_bucket[5m])))';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution: sum by (job, le)', files: { [FILE]: SOLUTION } },
    { name: 'sum(…) by (job, instance, le) written after the expression', files: { [FILE]: MIXIN } },
    { name: 'sum by (le) only', files: { [FILE]: INLINE } },
    { name: 'without (instance) keeps le', files: { [FILE]: edit(SOLUTION, P95, 'histogram_quantile(0.95, sum without (instance, model_version) (rate(model_request_latency_seconds_bucket[5m])))') } },
    { name: 'no aggregation: per-series quantiles keep le', files: { [FILE]: edit(SOLUTION, P95, 'max by (job) (histogram_quantile(0.95, rate(model_request_latency_seconds_bucket[5m])))') } },
    { name: 'a native histogram (no _bucket series)', files: { [FILE]: edit(SOLUTION, 'expr: up{job="model-server"} == 0', 'expr: histogram_quantile(0.99, sum by (job) (rate(http_request_duration_seconds[5m]))) > 1') } },
  ],
  invalid: [
    { name: 'sum by (job) drops le', files: { [FILE]: edit(SOLUTION, 'sum by (job, le)', 'sum by (job)') }, lines: [8] },
    { name: 'a plain sum drops le', files: { [FILE]: edit(SOLUTION, 'sum by (job, le)', 'sum') }, lines: [8] },
    { name: 'raw bucket counters, no rate', files: { [FILE]: edit(SOLUTION, 'rate(model_request_latency_seconds_bucket[5m])', 'model_request_latency_seconds_bucket') }, lines: [8] },
    { name: 'quantile written as a percentage', files: { [FILE]: edit(SOLUTION, 'histogram_quantile(0.95,', 'histogram_quantile(95,') }, lines: [8] },
    { name: 'without (le)', files: { [FILE]: edit(SOLUTION, 'sum by (job, le)', 'sum without (le, instance)') }, lines: [8] },
  ],
};
