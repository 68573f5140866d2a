import type { CheckCases } from '../../cases';
import { edit, FILE, INLINE, MIXIN, SOLUTION } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { [FILE]: SOLUTION } },
    { name: 'a two-label level (job_instance:…)', files: { [FILE]: MIXIN } },
    { name: 'a single recording rule', files: { [FILE]: INLINE } },
    { name: 'an operations part with underscores and digits (increase1h_total)', files: { [FILE]: edit(SOLUTION, 'record: job:model_requests:rate5m', 'record: job:model_requests:increase1h_total') } },
  ],
  invalid: [
    { name: 'no colons', files: { [FILE]: edit(SOLUTION, 'record: job:model_requests:rate5m', 'record: model_requests_rate5m') }, lines: [17] },
    { name: 'only two parts', files: { [FILE]: edit(SOLUTION, 'record: job:model_errors:ratio_rate5m', 'record: job:model_errors_ratio') }, lines: [11] },
    { name: '_total kept after rate()', files: { [FILE]: edit(SOLUTION, 'record: job:model_requests:rate5m', 'record: job:model_requests_total:rate5m') }, lines: [17] },
    { name: 'no recording rules at all', files: { [FILE]: INLINE.replace('      - record: instance:model_requests:rate5m\n        expr: sum by (instance) (rate(model_requests_total{job="model-server"}[5m]))\n', '') }, lines: [1] },
  ],
};
