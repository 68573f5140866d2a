import type { CheckCases } from '../../cases';
import { edit, FILE, INLINE, MIXIN, SOLUTION } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { [FILE]: SOLUTION } },
    { name: 'for written after labels and annotations', files: { [FILE]: MIXIN } },
    { name: 'exactly 2m, and 1h', files: { [FILE]: edit(INLINE, 'for: 5m', 'for: 2m') } },
  ],
  invalid: [
    { name: 'an alert without for', files: { [FILE]: edit(SOLUTION, '        for: 5m\n        labels:\n          severity: critical\n        annotations:\n          summary: "Prometheus', '        labels:\n          severity: critical\n        annotations:\n          summary: "Prometheus') }, lines: [40] },
    { name: 'for: 30s', files: { [FILE]: edit(SOLUTION, 'for: 10m', 'for: 30s') }, lines: [24] },
    { name: 'for: 0', files: { [FILE]: edit(SOLUTION, 'for: 30m', 'for: 0') }, lines: [60] },
  ],
};
