import type { CheckCases } from '../../cases';
import { REFERENCE, ci, edit, fullCases } from './examples';

const tests = (run: string) => ci(edit(REFERENCE, 'run: pytest -q', `run: ${run}`));

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'python -m unittest discover', files: tests('python -m unittest discover tests') },
    { name: 'coverage run -m pytest', files: tests('coverage run -m pytest && coverage report --fail-under=80') },
    { name: 'tox', files: tests('tox -e py311') },
    { name: 'a test script', files: tests('bash scripts/test.sh') },
  ],
  invalid: [
    { name: 'python -m tests is not a test runner (tests/ has no __main__)', files: tests('python -m tests') },
    { name: 'the tests are only printed', files: tests('echo "pytest -q"') },
    { name: 'pytest only installed', files: tests('pip install pytest') },
    { name: 'failures ignored with || true', files: tests('pytest -q || true') },
  ],
};
