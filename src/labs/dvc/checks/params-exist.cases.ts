import type { CheckCases } from '../../cases';
import { DVCLIVE, FLAGS, SOLUTION, WDIR } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { 'dvc.yaml': SOLUTION } },
    { name: 'whole groups (`- train`)', files: { 'dvc.yaml': DVCLIVE } },
    { name: 'keys from other params files, and a whole file with no keys', files: { 'dvc.yaml': FLAGS } },
    { name: 'params.yaml named from a wdir as ../params.yaml', files: { 'dvc.yaml': WDIR } },
    {
      name: 'params.yaml listed explicitly with its keys',
      files: { 'dvc.yaml': SOLUTION.replace('    params:\n      - evaluate.threshold\n', '    params:\n      - params.yaml:\n          - evaluate.threshold\n') },
    },
    {
      name: 'a key holding a list, and a nested key',
      files: {
        'params.yaml': 'prepare:\n  test_size: 0.25\n  seed: 42\ntrain:\n  n_estimators: 200\n  learning_rate: 0.05\n  max_depth: 3\n  seed: 42\n  features: [tenure_months, contract]\nevaluate:\n  threshold: 0.5\n',
        'dvc.yaml': SOLUTION.replace('      - train.seed\n', '      - train.seed\n      - train.features\n'),
      },
    },
  ],
  invalid: [
    { name: 'train.lr is not in params.yaml (it is learning_rate)', files: { 'dvc.yaml': SOLUTION.replace('train.learning_rate', 'train.lr') }, lines: [19] },
    {
      name: 'a key under an explicit params.yaml entry that does not exist',
      files: { 'dvc.yaml': SOLUTION.replace('    params:\n      - evaluate.threshold\n', '    params:\n      - params.yaml:\n          - evaluate.cutoff\n') },
      lines: [32],
    },
  ],
};
