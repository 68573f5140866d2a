import type { CheckCases } from '../../cases';
import { FOREACH, MATRIX, SOLUTION } from './examples';

const renamed = (from: string, to: string) => SOLUTION.replace(`  ${from}:\n`, `  ${to}:\n`);

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { 'dvc.yaml': SOLUTION } },
    { name: 'hyphens and underscores', files: { 'dvc.yaml': renamed('prepare', 'prepare-data').replace('  train:\n', '  train_model:\n') } },
    { name: 'digits and capitals', files: { 'dvc.yaml': renamed('train', 'trainGBM2') } },
    { name: 'foreach and matrix groups (DVC names the expanded stages train@gbm itself)', files: { 'dvc.yaml': FOREACH } },
    { name: 'a matrix stage', files: { 'dvc.yaml': MATRIX } },
    { name: 'a space, which `dvc stage add` accepts (quote it on the command line)', files: { 'dvc.yaml': renamed('evaluate', '"evaluate model"') } },
  ],
  invalid: [
    { name: 'a dot in the name', files: { 'dvc.yaml': renamed('train', 'train.v2') }, lines: [12] },
    { name: '`@`, which DVC uses for foreach items', files: { 'dvc.yaml': renamed('train', '"train@v2"') }, lines: [12] },
    { name: '`:`, which separates a file from a stage', files: { 'dvc.yaml': renamed('evaluate', '"eval:test"') }, lines: [24] },
  ],
};
