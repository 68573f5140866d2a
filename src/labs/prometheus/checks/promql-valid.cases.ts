import type { CheckCases } from '../../cases';
import { edit, FILE, INLINE, MIXIN, SOLUTION } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution (a literal block expression)', files: { [FILE]: SOLUTION } },
    { name: 'folded and double-quoted expressions with escapes', files: { [FILE]: MIXIN } },
    { name: 'alerts computed inline', files: { [FILE]: INLINE } },
    { name: 'offset, @, subqueries, on()/group_left and a comment inside the expression', files: { [FILE]: edit(SOLUTION, 'expr: up{job="model-server"} == 0', 'expr: |\n          # down now, and up an hour ago\n          up{job="model-server"} == 0\n            and on (instance) (max_over_time(up{job="model-server"}[1h:5m] offset 1h) == 1)\n            unless on (instance) (up @ end() > 1)') } },
    { name: 'label_replace, topk by and a comparison with bool inside', files: { [FILE]: edit(SOLUTION, 'expr: max by (feature) (model_feature_psi) > 0.25', 'expr: topk by (feature) (1, label_replace(model_feature_psi, "f", "$1", "feature", "(.*)")) > 0.25 and on () (count(model_feature_psi > bool 0) > 0)') } },
    { name: 'offset binds to the selector before it (a hand-made increase, as awesome-prometheus-alerts writes it)', files: { [FILE]: edit(SOLUTION, 'expr: up{job="model-server"} == 0', 'expr: (model_errors_total - model_errors_total offset 10m >= 1) and ignoring (reason) up == 1') } },
  ],
  invalid: [
    { name: '`=` instead of `==`', files: { [FILE]: edit(SOLUTION, 'up{job="model-server"} == 0', 'up{job="model-server"} = 0') }, lines: [41] },
    { name: 'rate() of an instant vector (no range)', files: { [FILE]: edit(SOLUTION, 'expr: sum by (job) (rate(model_requests_total[5m]))', 'expr: sum by (job) (rate(model_requests_total))') }, lines: [18] },
    { name: 'an unknown function', files: { [FILE]: edit(SOLUTION, 'max by (feature) (model_feature_psi)', 'maximum(model_feature_psi)') }, lines: [59] },
    { name: 'an unclosed parenthesis in a literal block', files: { [FILE]: edit(SOLUTION, '          sum by (job) (rate(model_requests_total[5m]))\n\n', '          sum by (job) (rate(model_requests_total[5m])\n\n') }, lines: [15] },
    { name: 'comparing two numbers without bool', files: { [FILE]: edit(SOLUTION, 'absent(up{job="model-server"})', 'absent(up{job="model-server"}) and 1 > 0') }, lines: [50] },
    { name: 'a range vector as the rule result', files: { [FILE]: edit(SOLUTION, 'expr: sum by (job) (rate(model_requests_total[5m]))', 'expr: model_requests_total[5m]') }, lines: [18] },
    { name: 'a range after a binary expression binds to its last operand (a range vector in arithmetic)', files: { [FILE]: edit(SOLUTION, 'max by (feature) (model_feature_psi) > 0.25', 'max by (feature) (model_feature_psi) - model_feature_psi[1d] > 0.25') }, lines: [59] },
    { name: 'offset after an aggregation', files: { [FILE]: edit(SOLUTION, 'max by (feature) (model_feature_psi) > 0.25', 'max by (feature) (model_feature_psi) offset 1d > 0.25') }, lines: [59] },
  ],
};
