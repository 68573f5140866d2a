import type { CheckCases } from '../../cases';
import { DVCLIVE, FLAGS, FOREACH, MATRIX, SOLUTION, VARS } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { 'dvc.yaml': SOLUTION } },
    { name: 'dvclive layout: top-level params, metrics and plots with plot settings', files: { 'dvc.yaml': DVCLIVE } },
    {
      name: 'artifacts only (a model registry dvc.yaml without stages)',
      files: {
        'dvc.yaml': `artifacts:
  churn-model:
    path: models/model.pkl
    type: model
    desc: Gradient-boosting churn classifier
    labels:
      - churn
      - sklearn
    meta:
      framework: scikit-learn
`,
      },
    },
    {
      name: 'metrics and plots only, as dvclive writes it outside a pipeline',
      files: { 'dvc.yaml': 'metrics:\n- dvclive/metrics.json\nplots:\n- dvclive/plots/metrics:\n    x: step\n' },
    },
    { name: 'foreach/do stages', files: { 'dvc.yaml': FOREACH } },
    { name: 'a matrix stage', files: { 'dvc.yaml': MATRIX } },
    { name: 'top-level vars used in paths', files: { 'dvc.yaml': VARS } },
    { name: 'frozen, desc, meta, a cmd list, persist/push/cache flags, plot settings, params from several files', files: { 'dvc.yaml': FLAGS } },
  ],
  invalid: [
    { name: '`dependencies` instead of `deps`', files: { 'dvc.yaml': SOLUTION.replace('    deps:\n      - models/model.pkl', '    dependencies:\n      - models/model.pkl') }, lines: [26] },
    { name: '`cache: no` is a string in YAML 1.2', files: { 'dvc.yaml': SOLUTION.replace('cache: false', 'cache: no') }, lines: [34] },
    { name: 'a stage without cmd', files: { 'dvc.yaml': SOLUTION.replace('    cmd: python src/train.py data/prepared models/model.pkl\n', '') }, lines: [12] },
    { name: 'stages written at the top level, outside `stages:`', files: { 'dvc.yaml': 'prepare:\n  cmd: python src/prepare.py data/raw/churn.csv data/prepared\n  outs:\n    - data/prepared\n' }, lines: [1] },
  ],
};
