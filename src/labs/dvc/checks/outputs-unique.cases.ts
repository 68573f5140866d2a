import type { CheckCases } from '../../cases';
import { DVCLIVE, FLAGS, FOREACH, SOLUTION, WDIR } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { 'dvc.yaml': SOLUTION } },
    { name: 'outputs, a kept cache folder and plots in separate paths', files: { 'dvc.yaml': FLAGS } },
    { name: 'templated foreach outputs', files: { 'dvc.yaml': FOREACH } },
    { name: 'outputs relative to wdir', files: { 'dvc.yaml': WDIR } },
    { name: 'dvclive folder as an uncached output', files: { 'dvc.yaml': DVCLIVE } },
    {
      name: 'sibling folders data/prepared and data/features, and a metrics file a later stage reads',
      files: {
        'dvc.yaml': SOLUTION.replace(
          '  train:\n',
          '  featurize:\n    cmd: python src/featurize.py data/prepared data/features reports/features.json\n    deps:\n      - data/prepared\n    outs:\n      - data/features\n    metrics:\n      - reports/features.json\n  train:\n',
        ).replace('      - data/prepared\n      - src/train.py\n', '      - data/features\n      - reports/features.json\n      - src/train.py\n'),
      },
    },
  ],
  invalid: [
    {
      name: 'two stages write models/model.pkl',
      files: { 'dvc.yaml': SOLUTION.replace('    metrics:\n      - eval/metrics.json:', '    outs:\n      - models/model.pkl\n    metrics:\n      - eval/metrics.json:') },
      lines: [27, 33],
    },
    {
      name: 'an output inside another output',
      files: { 'dvc.yaml': SOLUTION.replace('    outs:\n      - models/model.pkl\n', '    outs:\n      - models/model.pkl\n      - data/prepared/model_features.csv\n') },
      lines: [15, 24],
    },
    {
      name: 'a stage that rewrites its input',
      files: { 'dvc.yaml': SOLUTION.replace('    outs:\n      - data/prepared\n', '    outs:\n      - data/raw/churn.csv\n') },
      lines: [5],
    },
  ],
};
