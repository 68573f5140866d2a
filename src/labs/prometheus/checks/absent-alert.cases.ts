import type { CheckCases } from '../../cases';
import { edit, FILE, INLINE, MIXIN, SOLUTION } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution: absent(up{job="model-server"})', files: { [FILE]: SOLUTION } },
    { name: 'absent_over_time of the requests counter', files: { [FILE]: INLINE } },
    { name: 'absent(up{…} == 1): missing or down', files: { [FILE]: MIXIN } },
    { name: 'absent of the latency histogram count', files: { [FILE]: edit(SOLUTION, 'absent(up{job="model-server"})', 'absent(model_request_latency_seconds_count{job="model-server"})') } },
  ],
  invalid: [
    { name: 'only up == 0', files: { [FILE]: SOLUTION.replace(/ {6}- alert: ModelServerMetricsAbsent[\s\S]*?(?= {6}- alert: ModelFeatureDrift)/, '') }, lines: [3] },
    { name: 'absent(up) without the job', files: { [FILE]: edit(SOLUTION, 'absent(up{job="model-server"})', 'absent(up)') }, lines: [50] },
    { name: 'absent of a metric the server does not export', files: { [FILE]: edit(SOLUTION, 'absent(up{job="model-server"})', 'absent(http_requests_total{job="model-server"})') }, lines: [50] },
  ],
};
