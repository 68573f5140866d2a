// ci.unit-test-job (lab): a job runs the unit tests.
import type { CheckDefinition } from '../../types';
import { type Check, LAB, jobHasRole, missing } from './common';

export const definition: CheckDefinition = {
  id: 'ci.unit-test-job',
  title: 'A unit-test job',
  scope: 'lab',
  why:
    'Unit tests on feature engineering and data processing catch the silent bugs that do not crash training but quietly make the model worse. ' +
    'Running them on every change is the core of continuous integration.',
  lesson: 'ci-cd-for-ml',
  hints: [
    'The project has a `tests/` folder: does the workflow run it?',
    'Add a job that installs the requirements and runs the test suite.',
    'A `test` job whose last step is `pytest -q`.',
  ],
};

export const run: Check = (wf) =>
  wf.jobs.some((j) => jobHasRole(wf, j, 'test'))
    ? []
    : [missing(wf, `No step runs the unit tests in \`tests/\`. ${LAB} a \`test\` job, e.g. \`pytest -q\` (\`python -m pytest\`, \`python -m unittest\`, tox or \`uv run pytest\` count too).`)];
