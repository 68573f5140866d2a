import type { CheckCases } from '../../cases';
import { REFERENCE, UV, ci, edit, fullCases } from './examples';

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'workflow_dispatch with typed inputs and a job-level container', files: ci(edit(UV, '  workflow_dispatch:\n', '  workflow_dispatch:\n    inputs:\n      retrain:\n        type: boolean\n        default: false\n')) },
    { name: 'anchors and aliases reused between jobs', files: ci(edit(REFERENCE, '    timeout-minutes: 10\n    steps:\n      - uses: actions/checkout@v6\n      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.11"\n          cache: pip\n      - run: pip install -r requirements-dev.txt', '    timeout-minutes: 10\n    steps:\n      - &checkout\n        uses: actions/checkout@v6\n      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.11"\n          cache: pip\n      - run: pip install -r requirements-dev.txt')) },
  ],
  invalid: [
    { name: 'a typo in a job key (timeout_minutes)', files: ci(edit(REFERENCE, '    timeout-minutes: 10\n', '    timeout_minutes: 10\n')), lines: [16] },
    { name: 'needs: names a job that does not exist', files: ci(edit(REFERENCE, 'needs: train', 'needs: training')), lines: [72] },
    { name: 'tab indentation', files: ci(edit(REFERENCE, '  lint:\n    runs-on', '  lint:\n\truns-on')) },
  ],
};
