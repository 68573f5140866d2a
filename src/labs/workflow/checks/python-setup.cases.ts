import type { CheckCases } from '../../cases';
import { REFERENCE, UV, ci, edit, fullCases } from './examples';

const LINT_SETUP = '          python-version: "3.11"\n          cache: pip\n      - run: pip install -r requirements-dev.txt';

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'a quoted matrix with include entries', files: ci(edit(REFERENCE, '  test:\n    needs: lint\n    runs-on: ubuntu-latest\n', '  test:\n    needs: lint\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        python-version: ["3.10", "3.11"]\n        include:\n          - python-version: "3.12"\n            experimental: true\n')) },
    { name: 'no pip cache: slower, not wrong', files: ci(edit(REFERENCE, LINT_SETUP, '          python-version: "3.11"\n      - run: pip install -r requirements-dev.txt')) },
    { name: 'uv installs the Python from .python-version', files: ci(edit(UV, '      - uses: astral-sh/setup-uv@v7\n        with:\n          python-version: "3.12"\n      - run: uv sync --locked\n      - name: Check', '      - uses: astral-sh/setup-uv@v7\n      - run: uv python install\n      - run: uv sync --locked\n      - name: Check')) },
    { name: 'a job in a python container image', files: ci(edit(REFERENCE, '  lint:\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    steps:\n      - uses: actions/checkout@v6\n      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.11"\n          cache: pip\n', '  lint:\n    runs-on: ubuntu-latest\n    container: python:3.11-slim\n    timeout-minutes: 10\n    steps:\n      - uses: actions/checkout@v6\n')) },
  ],
  invalid: [
    { name: 'unquoted 3.10 is read as 3.1', files: ci(edit(REFERENCE, LINT_SETUP, '          python-version: 3.10\n          cache: pip\n      - run: pip install -r requirements-dev.txt')), lines: [21] },
    { name: 'a matrix of unquoted versions', files: ci(edit(REFERENCE, '  test:\n    needs: lint\n    runs-on: ubuntu-latest\n', '  test:\n    needs: lint\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        python-version: [3.9, 3.10, 3.11]\n')), lines: [32] },
    { name: 'an unquoted 3.10 in a matrix include', files: ci(edit(REFERENCE, '  test:\n    needs: lint\n    runs-on: ubuntu-latest\n', '  test:\n    needs: lint\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        include:\n          - python-version: 3.10\n            experimental: false\n')), lines: [33] },
    { name: 'a job runs pip and python without setting Python up', files: ci(edit(REFERENCE, '      - uses: actions/setup-python@v6\n        with:\n' + LINT_SETUP, '      - run: pip install -r requirements-dev.txt')), lines: [14] },
    { name: 'setup-python without a version', files: ci(edit(REFERENCE, '      - uses: actions/setup-python@v6\n        with:\n' + LINT_SETUP, '      - uses: actions/setup-python@v6\n      - run: pip install -r requirements-dev.txt')), lines: [19] },
  ],
};
