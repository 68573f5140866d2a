// Whole-project variants shared by the checks' examples (*.cases.ts): each is written the way real DVC
// projects write a prepare → train → evaluate pipeline, and each is correct DVC. Tests and `npm run cases` only.

/** The lab's reference dvc.yaml. */
export const SOLUTION = `stages:
  prepare:
    cmd: python src/prepare.py data/raw/churn.csv data/prepared
    deps:
      - data/raw/churn.csv
      - src/prepare.py
    params:
      - prepare.test_size
      - prepare.seed
    outs:
      - data/prepared
  train:
    cmd: python src/train.py data/prepared models/model.pkl
    deps:
      - data/prepared
      - src/train.py
    params:
      - train.n_estimators
      - train.learning_rate
      - train.max_depth
      - train.seed
    outs:
      - models/model.pkl
  evaluate:
    cmd: python src/evaluate.py models/model.pkl data/prepared eval/metrics.json
    deps:
      - models/model.pkl
      - data/prepared
      - src/evaluate.py
    params:
      - evaluate.threshold
    metrics:
      - eval/metrics.json:
          cache: false
`;

/** dvclive's layout: metrics, plots and params declared at the top level, the dvclive folder kept in git. */
export const DVCLIVE = `params:
  - dvclive/params.yaml
metrics:
  - dvclive/metrics.json
plots:
  - dvclive/plots/metrics:
      x: step
  - dvclive/plots/sklearn/confusion_matrix.json:
      template: confusion
      x: actual
      y: predicted
      title: Confusion matrix
stages:
  prepare:
    cmd: python src/prepare.py data/raw/churn.csv data/prepared
    deps:
    - data/raw/churn.csv
    - src/prepare.py
    params:
    - prepare
    outs:
    - data/prepared
  train:
    cmd: python src/train.py data/prepared models/model.pkl
    deps:
    - data/prepared
    - src/train.py
    params:
    - train
    outs:
    - models/model.pkl
  evaluate:
    cmd: python src/evaluate.py models/model.pkl data/prepared dvclive/metrics.json
    deps:
    - models/model.pkl
    - data/prepared
    - src/evaluate.py
    params:
    - evaluate
    outs:
    - dvclive:
        cache: false
`;

/** foreach stages: one model per item, each evaluated; paths built from `${item}`. */
export const FOREACH = `stages:
  prepare:
    cmd: python src/prepare.py data/raw/churn.csv data/prepared
    deps: [data/raw/churn.csv, src/prepare.py]
    params: [prepare]
    outs: [data/prepared]
  train:
    foreach:
      - gbm
      - logreg
    do:
      cmd: python src/train.py data/prepared models/\${item}.pkl
      deps:
        - data/prepared
        - src/train.py
      params:
        - train
      outs:
        - models/\${item}.pkl
  evaluate:
    foreach: [gbm, logreg]
    do:
      cmd: python src/evaluate.py models/\${item}.pkl data/prepared eval/\${item}/metrics.json
      deps:
        - models/\${item}.pkl
        - data/prepared
        - src/evaluate.py
      params:
        - evaluate.threshold
      metrics:
        - eval/\${item}/metrics.json:
            cache: false
`;

/** matrix stage (DVC 3): a grid of trainings. */
export const MATRIX = `stages:
  prepare:
    cmd: python src/prepare.py data/raw/churn.csv data/prepared
    deps:
      - data/raw/churn.csv
      - src/prepare.py
    params:
      - prepare
    outs:
      - data/prepared
  train:
    matrix:
      depth: [2, 3]
      lr: [0.05, 0.1]
    cmd: python src/train.py data/prepared models/d\${item.depth}-lr\${item.lr}.pkl
    deps:
      - data/prepared
      - src/train.py
    params:
      - train.n_estimators
      - train.seed
    outs:
      - models/d\${item.depth}-lr\${item.lr}.pkl
  evaluate:
    cmd: python src/evaluate.py models data/prepared eval/metrics.json
    deps:
      - models
      - data/prepared
      - src/evaluate.py
    metrics:
      - eval/metrics.json:
          cache: false
`;

/** Paths kept once in top-level `vars` and used as ${name}. */
export const VARS = `vars:
  - prepared: data/prepared
    model: models/model.pkl
    metrics: eval/metrics.json
stages:
  prepare:
    cmd: python src/prepare.py data/raw/churn.csv \${prepared}
    deps:
      - data/raw/churn.csv
      - src/prepare.py
    params:
      - prepare.test_size
      - prepare.seed
    outs:
      - \${prepared}
  train:
    cmd: python src/train.py \${prepared} \${model}
    deps:
      - \${prepared}
      - src/train.py
    params:
      - train.n_estimators
      - train.learning_rate
    outs:
      - \${model}
  evaluate:
    cmd: python src/evaluate.py \${model} \${prepared} \${metrics}
    deps:
      - \${model}
      - \${prepared}
      - src/evaluate.py
    metrics:
      - \${metrics}:
          cache: false
`;

/** Stages run from a working directory (wdir), with paths relative to it. */
export const WDIR = `stages:
  prepare:
    wdir: src
    cmd: python prepare.py ../data/raw/churn.csv ../data/prepared
    deps:
      - prepare.py
      - ../data/raw/churn.csv
    outs:
      - ../data/prepared
  train:
    wdir: src
    cmd: python train.py ../data/prepared ../models/model.pkl
    deps:
      - train.py
      - ../data/prepared
    params:
      - ../params.yaml:
          - train.n_estimators
          - train.max_depth
    outs:
      - ../models/model.pkl
  evaluate:
    wdir: src
    cmd: python evaluate.py ../models/model.pkl ../data/prepared ../eval/metrics.json
    deps:
      - evaluate.py
      - ../models/model.pkl
      - ../data/prepared
    metrics:
      - ../eval/metrics.json:
          cache: false
`;

/** Flags real pipelines use: a frozen download stage, a persisted cache folder, plots, params from several files. */
export const FLAGS = `stages:
  prepare:
    cmd: python src/prepare.py data/raw/churn.csv data/prepared
    desc: Split the raw data into train and test sets
    frozen: true
    deps:
      - data/raw/churn.csv
      - src/prepare.py
    params:
      - prepare.test_size
      - prepare.seed
    outs:
      - data/prepared:
          desc: train.csv and test.csv
          push: true
  train:
    cmd:
      - python src/train.py data/prepared models/model.pkl
      - echo trained
    deps:
      - data/prepared
      - src/train.py
    params:
      - train.n_estimators
      - train.learning_rate
      - configs/model.yaml:
          - gbm.subsample
      - configs/features.json:
    outs:
      - models/model.pkl:
          persist: true
      - models/cache:
          cache: false
          persist: true
    always_changed: false
  evaluate:
    cmd: python src/evaluate.py models/model.pkl data/prepared eval/metrics.json
    deps:
      - models/model.pkl
      - data/prepared
      - src/evaluate.py
    params:
      - evaluate.threshold
    metrics:
      - eval/metrics.json:
          cache: false
    plots:
      - eval/roc.csv:
          cache: false
          x: fpr
          y: tpr
          template: simple
    meta:
      owner: churn-team
`;

/** The .gitignore files `dvc repro` writes beside outputs, with a root .gitignore that lists none of them. */
export const DVC_WRITTEN_GITIGNORES = {
  '.gitignore': '# Python\n__pycache__/\n*.pyc\n.venv/\n',
  'data/.gitignore': '/prepared\n',
  'models/.gitignore': '/model.pkl\n',
};
