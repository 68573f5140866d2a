import type { CheckCases } from '../../cases';
import { FOREACH, MATRIX, SOLUTION, VARS, WDIR } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { 'dvc.yaml': SOLUTION } },
    { name: 'the whole src folder as a dependency', files: { 'dvc.yaml': SOLUTION.replace('      - src/train.py\n', '      - src\n') } },
    {
      name: 'python -m with the module file in deps',
      files: { 'dvc.yaml': SOLUTION.replace('cmd: python src/train.py data/prepared', 'cmd: python -m src.train data/prepared') },
    },
    { name: 'scripts relative to wdir', files: { 'dvc.yaml': WDIR } },
    {
      name: '`cd src &&` before the script',
      files: { 'dvc.yaml': SOLUTION.replace('cmd: python src/train.py data/prepared models/model.pkl', 'cmd: cd src && python train.py ../data/prepared ../models/model.pkl') },
    },
    { name: 'foreach stages', files: { 'dvc.yaml': FOREACH } },
    { name: 'a matrix stage', files: { 'dvc.yaml': MATRIX } },
    { name: 'templated data paths, literal script paths', files: { 'dvc.yaml': VARS } },
    {
      name: 'a stage marked always_changed runs on every repro, so its script need not be a dep',
      files: {
        'dvc.yaml': SOLUTION.replace(
          'stages:\n',
          'stages:\n  snapshot_env:\n    cmd: bash tools/freeze_env.sh env/versions.txt\n    always_changed: true\n    outs:\n      - env/versions.txt:\n          cache: false\n',
        ),
      },
    },
    {
      name: 'the script runs inside a container image, not from the project',
      files: {
        'dvc.yaml': SOLUTION.replace(
          'stages:\n',
          'stages:\n  detect:\n    cmd: >-\n      docker run --rm -v "$(pwd)"/data:/work/data ghcr.io/acme/detector:2.1\n      python3 detect.py --source /work/data/prepared\n    deps:\n      - data/prepared\n    outs:\n      - data/detections\n',
        ),
      },
    },
  ],
  invalid: [
    { name: 'train does not list src/train.py', files: { 'dvc.yaml': SOLUTION.replace('      - data/prepared\n      - src/train.py\n', '      - data/prepared\n') }, lines: [13] },
    {
      name: 'python -m src.evaluate without the module in deps',
      files: { 'dvc.yaml': SOLUTION.replace('cmd: python src/evaluate.py', 'cmd: python -m src.evaluate').replace('      - src/evaluate.py\n', '') },
      lines: [25],
    },
    {
      name: 'the script is listed by another stage only',
      files: { 'dvc.yaml': SOLUTION.replace('      - data/raw/churn.csv\n      - src/prepare.py\n', '      - data/raw/churn.csv\n      - src/evaluate.py\n') },
      lines: [3],
    },
    {
      name: 'always_changed: false does not excuse a missing script',
      files: { 'dvc.yaml': SOLUTION.replace('      - data/prepared\n      - src/train.py\n', '      - data/prepared\n').replace('  train:\n', '  train:\n    always_changed: false\n') },
      lines: [14],
    },
    {
      name: 'a host script after a container step still needs its dep',
      files: {
        'dvc.yaml': SOLUTION.replace('      - data/prepared\n      - src/train.py\n', '      - data/prepared\n').replace(
          'cmd: python src/train.py data/prepared models/model.pkl',
          'cmd: docker run --rm -v "$(pwd)":/w alpine:3.20 ls /w/data && python src/train.py data/prepared models/model.pkl',
        ),
      },
      lines: [13],
    },
  ],
};
