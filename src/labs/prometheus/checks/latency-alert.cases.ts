import type { CheckCases } from '../../cases';
import { edit, FILE, INLINE, MIXIN, SOLUTION } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution: through a recording rule', files: { [FILE]: SOLUTION } },
    { name: 'computed inline', files: { [FILE]: INLINE } },
    { name: 'threshold on the next line, per instance', files: { [FILE]: MIXIN } },
    { name: 'threshold written first (0.3 < …) and >=', files: { [FILE]: edit(SOLUTION, 'expr: job:model_request_latency_seconds:p95_rate5m{job="model-server"} > 0.5', 'expr: 0.3 <= job:model_request_latency_seconds:p95_rate5m{job="model-server"}') } },
  ],
  invalid: [
    { name: 'the median instead of p95', files: { [FILE]: edit(SOLUTION, 'histogram_quantile(0.95,', 'histogram_quantile(0.5,') }, lines: [8] },
    { name: 'a threshold in milliseconds', files: { [FILE]: edit(SOLUTION, 'p95_rate5m{job="model-server"} > 0.5', 'p95_rate5m{job="model-server"} > 500') }, lines: [23] },
    { name: 'no alert reads the recorded p95', files: { [FILE]: edit(SOLUTION, 'expr: job:model_request_latency_seconds:p95_rate5m{job="model-server"} > 0.5', 'expr: job:model_requests:rate5m{job="model-server"} > 100') }, lines: [7] },
    { name: 'no latency alert at all', files: { [FILE]: INLINE.replace(/ {6}- alert: ModelServerHighLatency[\s\S]*?(?= {6}- alert: ModelServerHighErrorRatio)/, '') }, lines: [1] },
    { name: 'fires when latency is low', files: { [FILE]: edit(SOLUTION, 'p95_rate5m{job="model-server"} > 0.5', 'p95_rate5m{job="model-server"} < 0.5') }, lines: [23] },
  ],
};
