import type { CheckCases } from '../../cases';
import { edit, FILE, INLINE, MIXIN, SOLUTION } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution: a recorded ratio over a literal block', files: { [FILE]: SOLUTION } },
    { name: 'computed inline with plain sums', files: { [FILE]: INLINE } },
    { name: 'sum without (…) on both sides, as a percentage (> 5)', files: { [FILE]: MIXIN } },
    { name: 'per instance, with on (instance)', files: { [FILE]: INLINE.replace('sum(rate(model_errors_total{job="model-server"}[5m])) / sum(rate(model_requests_total{job="model-server"}[5m]))', 'sum by (instance) (rate(model_errors_total[5m])) / on (instance) sum by (instance) (rate(model_requests_total[5m]))') } },
    { name: 'not aggregated: each series divided by its twin', files: { [FILE]: INLINE.replace('sum(rate(model_errors_total{job="model-server"}[5m])) / sum(rate(model_requests_total{job="model-server"}[5m]))', 'rate(model_errors_total[10m]) / rate(model_requests_total[10m])') } },
  ],
  invalid: [
    { name: 'divided by successful predictions only', files: { [FILE]: edit(SOLUTION, 'rate(model_requests_total[5m]))\n\n      - record: job:model_requests', 'rate(model_predictions_total[5m]))\n\n      - record: job:model_requests') }, lines: [15] },
    { name: 'different windows on the two sides', files: { [FILE]: INLINE.replace('rate(model_requests_total{job="model-server"}[5m])) > 0.05', 'rate(model_requests_total{job="model-server"}[1h])) > 0.05') }, lines: [15] },
    { name: 'a sum over a non-aggregated rate: labels never match', files: { [FILE]: INLINE.replace('/ sum(rate(model_requests_total{job="model-server"}[5m]))', '/ rate(model_requests_total{job="model-server"}[5m])') }, lines: [15] },
    { name: 'a threshold of 5 on a fraction', files: { [FILE]: edit(SOLUTION, 'ratio_rate5m{job="model-server"} > 0.05', 'ratio_rate5m{job="model-server"} > 5') }, lines: [32] },
    { name: 'no error ratio, only an error rate', files: { [FILE]: INLINE.replace('sum(rate(model_errors_total{job="model-server"}[5m])) / sum(rate(model_requests_total{job="model-server"}[5m])) > 0.05', 'sum(rate(model_errors_total{job="model-server"}[5m])) > 1') }, lines: [1] },
    { name: 'errors over requests minus errors', files: { [FILE]: INLINE.replace('/ sum(rate(model_requests_total{job="model-server"}[5m]))', '/ (sum(rate(model_predictions_total{job="model-server"}[5m])))') }, lines: [15] },
  ],
};
