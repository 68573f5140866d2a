// ci.lint-job (lab): a job runs a linter.
import type { CheckDefinition } from '../../types';
import { type Check, LAB, jobHasRole, missing } from './common';

export const definition: CheckDefinition = {
  id: 'ci.lint-job',
  title: 'A lint job',
  scope: 'lab',
  why:
    'A linter catches unused imports, undefined names and style drift in seconds, before the slower test and training jobs spend minutes of compute. ' +
    'In ML code, where notebooks turn into scripts, it keeps the pipeline code readable and reviewable.',
  lesson: 'ci-cd-for-ml',
  hints: [
    'Which cheap check should run first on every change?',
    'Add a job that installs and runs a Python linter such as ruff or flake8.',
    'A `lint` job with steps: checkout, setup-python, `pip install ruff`, `ruff check .`.',
  ],
};

export const run: Check = (wf) =>
  wf.jobs.some((j) => jobHasRole(wf, j, 'lint'))
    ? []
    : [missing(wf, `No step runs a linter. ${LAB} a \`lint\` job, e.g. \`ruff check .\` (flake8, pylint, \`uv run ruff check\`, pre-commit or a \`scripts/lint.sh\` count too).`)];
