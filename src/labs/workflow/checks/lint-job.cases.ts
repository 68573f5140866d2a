import type { CheckCases } from '../../cases';
import { REFERENCE, ci, edit, fullCases } from './examples';

const lint = (run: string) => ci(edit(REFERENCE, 'run: ruff check .', `run: ${run}`));

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'uv run ruff check', files: lint('uv run ruff check src tests') },
    { name: 'flake8 after cd', files: lint('cd src && python -m flake8 .') },
    { name: 'pre-commit on all files', files: lint('pre-commit run --all-files --show-diff-on-failure') },
    { name: 'the ruff action', files: ci(edit(REFERENCE, '      - name: Lint\n        run: ruff check .\n', '      - name: Lint\n        uses: astral-sh/ruff-action@v3\n')) },
  ],
  invalid: [
    { name: 'the linter is only printed', files: lint('echo ruff check .') },
    { name: 'ruff format rewrites files instead of checking', files: lint('ruff format .') },
    { name: 'the linter is installed but never run', files: lint('pip install ruff flake8') },
    { name: 'ruff check --exit-zero never fails', files: lint('ruff check --exit-zero .') },
  ],
};
