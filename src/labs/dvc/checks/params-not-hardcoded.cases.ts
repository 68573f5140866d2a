import type { CheckCases } from '../../cases';
import { DVCLIVE, FLAGS, FOREACH, MATRIX, SOLUTION, WDIR } from './examples';

const TRAIN_PARAMS = '    params:\n      - train.n_estimators\n      - train.learning_rate\n      - train.max_depth\n      - train.seed\n';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { 'dvc.yaml': SOLUTION } },
    {
      name: 'values passed from params.yaml with ${…} (DVC tracks interpolated params)',
      files: {
        'dvc.yaml': SOLUTION.replace(TRAIN_PARAMS, '').replace(
          'cmd: python src/train.py data/prepared models/model.pkl',
          'cmd: python src/train.py data/prepared models/model.pkl --n-estimators ${train.n_estimators} --learning-rate ${train.learning_rate}',
        ),
      },
    },
    {
      name: 'a machine setting, not a hyperparameter, in the command',
      files: { 'dvc.yaml': SOLUTION.replace('cmd: python src/train.py data/prepared models/model.pkl', 'cmd: python src/train.py data/prepared models/model.pkl --n-jobs 4') },
    },
    { name: 'a whole params group', files: { 'dvc.yaml': DVCLIVE } },
    { name: 'foreach training stages', files: { 'dvc.yaml': FOREACH } },
    { name: 'a matrix over hyperparameters from ${item}', files: { 'dvc.yaml': MATRIX } },
    { name: 'params from several files', files: { 'dvc.yaml': FLAGS } },
    { name: 'params.yaml from a wdir', files: { 'dvc.yaml': WDIR } },
    { name: 'a stage named train_model', files: { 'dvc.yaml': SOLUTION.replace('  train:\n', '  train_model:\n') } },
    {
      name: 'a train_test_split data step without params beside the training stage',
      files: {
        'dvc.yaml': SOLUTION.replace(
          '  train:\n',
          '  train_test_split:\n    cmd: python src/prepare.py data/raw/churn.csv data/split --test-size 0.2\n    deps:\n      - data/raw/churn.csv\n      - src/prepare.py\n    outs:\n      - data/split\n  train:\n',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'n_estimators typed into the command',
      files: { 'dvc.yaml': SOLUTION.replace('cmd: python src/train.py data/prepared models/model.pkl', 'cmd: python src/train.py data/prepared models/model.pkl --n-estimators 200') },
      lines: [13],
    },
    { name: 'a training stage with no params', files: { 'dvc.yaml': SOLUTION.replace(TRAIN_PARAMS, '') }, lines: [12] },
    {
      name: '`--learning-rate=0.1` in a list cmd',
      files: { 'dvc.yaml': SOLUTION.replace('    cmd: python src/train.py data/prepared models/model.pkl\n', '    cmd:\n      - python src/train.py data/prepared models/model.pkl --learning-rate=0.1\n') },
      lines: [14],
    },
  ],
};
