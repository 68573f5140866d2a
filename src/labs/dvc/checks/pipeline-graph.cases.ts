import type { CheckCases } from '../../cases';
import { DVCLIVE, FLAGS, FOREACH, MATRIX, SOLUTION, VARS, WDIR } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { 'dvc.yaml': SOLUTION } },
    {
      name: 'an extra stage that depends on no other (DVC runs independent stages in any order)',
      files: { 'dvc.yaml': `${SOLUTION}  lint:\n    cmd: flake8 src\n    deps:\n      - src\n` },
    },
    {
      name: 'four stages with a featurize step',
      files: {
        'dvc.yaml': SOLUTION.replace(
          '  train:\n',
          '  featurize:\n    cmd: python src/featurize.py data/prepared data/features\n    deps:\n      - data/prepared\n      - src/featurize.py\n    outs:\n      - data/features\n  train:\n',
        ).replace('python src/train.py data/prepared models/model.pkl\n    deps:\n      - data/prepared', 'python src/train.py data/features models/model.pkl\n    deps:\n      - data/features'),
      },
    },
    { name: 'foreach stages linked through templated paths', files: { 'dvc.yaml': FOREACH } },
    { name: 'a matrix stage whose outputs the next stage reads as a folder', files: { 'dvc.yaml': MATRIX } },
    { name: 'paths from top-level vars', files: { 'dvc.yaml': VARS } },
    { name: 'stages with wdir', files: { 'dvc.yaml': WDIR } },
    { name: 'dvclive layout', files: { 'dvc.yaml': DVCLIVE } },
    { name: 'flags and plots', files: { 'dvc.yaml': FLAGS } },
  ],
  invalid: [
    {
      name: 'evaluate lists neither the model nor the prepared data',
      files: { 'dvc.yaml': SOLUTION.replace('      - models/model.pkl\n      - data/prepared\n      - src/evaluate.py', '      - src/evaluate.py') },
      lines: [24],
    },
    { name: 'only two stages', files: { 'dvc.yaml': SOLUTION.slice(0, SOLUTION.indexOf('  evaluate:')) }, lines: [1] },
    {
      name: 'a cycle: prepare reads the model train writes',
      files: { 'dvc.yaml': SOLUTION.replace('      - data/raw/churn.csv\n      - src/prepare.py', '      - data/raw/churn.csv\n      - src/prepare.py\n      - models/model.pkl') },
      lines: [2],
    },
    {
      name: 'three stages that each read only the raw data',
      files: {
        'dvc.yaml': `stages:
  prepare:
    cmd: python src/prepare.py data/raw/churn.csv data/prepared
    deps: [data/raw/churn.csv, src/prepare.py]
    outs: [data/prepared]
  train:
    cmd: python src/train.py data/raw/churn.csv models/model.pkl
    deps: [data/raw/churn.csv, src/train.py]
    outs: [models/model.pkl]
  evaluate:
    cmd: python src/evaluate.py data/raw/churn.csv eval/metrics.json
    deps: [data/raw/churn.csv, src/evaluate.py]
    metrics:
      - eval/metrics.json:
          cache: false
`,
      },
    },
  ],
};
