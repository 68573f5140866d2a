import type { CheckCases } from '../../cases';
import { REFERENCE, ci, edit, fullCases } from './examples';

const VALIDATE = '      - name: Validate data\n        run: python scripts/validate_data.py data/sample.csv\n';
const TRAIN = '      - name: Train model\n        run: python -m src.train --params params.yaml\n';

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'Great Expectations checkpoint', files: ci(edit(REFERENCE, 'run: python scripts/validate_data.py data/sample.csv', 'run: great_expectations checkpoint run churn_data')) },
    { name: 'validation in its own job the training job needs', files: ci(edit(edit(REFERENCE, VALIDATE, ''), '  train:\n    needs: test\n', '  validate:\n    needs: lint\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.11"\n      - run: pip install -r requirements.txt\n      - run: python -m scripts.validate_data data/sample.csv\n\n  train:\n    needs: [test, validate]\n')) },
    { name: 'dvc exp run after a validation script', files: ci(edit(REFERENCE, 'run: python -m src.train --params params.yaml', 'run: dvc exp run')) },
  ],
  invalid: [
    { name: 'no validation', files: ci(edit(REFERENCE, VALIDATE, '')), lines: [57] },
    { name: 'validation after training', files: ci(edit(REFERENCE, VALIDATE + TRAIN, TRAIN + VALIDATE)), lines: [59] },
    { name: 'dvc pull data/validation only downloads data', files: ci(edit(REFERENCE, 'run: python scripts/validate_data.py data/sample.csv', 'run: dvc pull data/validation')) },
    { name: 'validation in a job training does not wait for', files: ci(edit(REFERENCE, VALIDATE, '').replace('      - name: Unit tests\n        run: pytest -q\n', '      - name: Unit tests\n        run: pytest -q\n      - run: python scripts/validate_data.py data/sample.csv\n').replace('  train:\n    needs: test\n', '  train:\n    needs: lint\n')) },
  ],
};
