import type { CheckCases } from '../../cases';
import { edit, FILE, INLINE, MIXIN, SOLUTION } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution: max by (feature) > 0.25', files: { [FILE]: SOLUTION } },
    { name: 'the raw gauge > 0.2', files: { [FILE]: INLINE } },
    { name: 'a moderate-shift alert from 0.1, with >=', files: { [FILE]: MIXIN } },
    { name: 'two tiers: warning above 0.1 and critical above 0.25', files: { [FILE]: edit(SOLUTION, 'expr: max by (feature) (model_feature_psi) > 0.25', 'expr: model_feature_psi > 0.1 and model_feature_psi <= 0.25') } },
  ],
  invalid: [
    { name: 'sum over features', files: { [FILE]: edit(SOLUTION, 'max by (feature) (model_feature_psi)', 'sum(model_feature_psi)') }, lines: [59] },
    { name: 'rate() of the gauge', files: { [FILE]: edit(SOLUTION, 'max by (feature) (model_feature_psi)', 'max by (feature) (rate(model_feature_psi[1h]))') }, lines: [59] },
    { name: 'a threshold far above significant drift', files: { [FILE]: edit(SOLUTION, '(model_feature_psi) > 0.25', '(model_feature_psi) > 0.5') }, lines: [59] },
    { name: 'max() without by drops the feature', files: { [FILE]: edit(SOLUTION, 'max by (feature) (model_feature_psi)', 'max(model_feature_psi)') }, lines: [59] },
    { name: 'no drift alert', files: { [FILE]: SOLUTION.replace(/ {6}- alert: ModelFeatureDrift[\s\S]*$/, '') }, lines: [3] },
  ],
};
