import type { CheckCases } from '../../cases';
import { edit, FILE, INLINE, MIXIN, SOLUTION } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution: every alert compares', files: { [FILE]: SOLUTION } },
    { name: 'thresholds on the next line of a literal block, percentages', files: { [FILE]: MIXIN } },
    { name: 'a Watchdog alert that always fires on purpose (vector(1))', files: { [FILE]: edit(SOLUTION, 'expr: up{job="model-server"} == 0', 'expr: vector(1)') } },
    { name: 'an alert on a recorded series from another rules file (it may exist only when something is wrong)', files: { [FILE]: edit(SOLUTION, 'expr: up{job="model-server"} == 0', 'expr: slo:model_server:burning') } },
    { name: 'a condition through and/unless', files: { [FILE]: INLINE.replace(' > 0.05\n', ' and on () (sum(rate(model_requests_total[5m])) > 1)\n') } },
    { name: 'a bare selector (a series that may exist only while broken)', files: { [FILE]: edit(SOLUTION, 'expr: up{job="model-server"} == 0', 'expr: kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff", container="model-server"}') } },
  ],
  invalid: [
    { name: 'a p95 without threshold', files: { [FILE]: edit(SOLUTION, 'expr: job:model_request_latency_seconds:p95_rate5m{job="model-server"} > 0.5', 'expr: job:model_request_latency_seconds:p95_rate5m{job="model-server"}') }, lines: [23] },
    { name: 'an error rate without threshold', files: { [FILE]: INLINE.replace(' > 0.05\n', '\n') }, lines: [15] },
    { name: 'a comparison with bool, which does not filter', files: { [FILE]: edit(SOLUTION, 'ratio_rate5m{job="model-server"} > 0.05', 'ratio_rate5m{job="model-server"} > bool 0.05') }, lines: [32] },
  ],
};
