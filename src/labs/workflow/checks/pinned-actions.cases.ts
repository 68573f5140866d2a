import type { CheckCases } from '../../cases';
import { REFERENCE, ci, edit, fullCases } from './examples';

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'full version tags and a SHA with a comment', files: ci(edit(edit(REFERENCE, '      - uses: actions/checkout@v6\n      - uses: actions/download-artifact@v7', '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n      - uses: actions/download-artifact@v7.0.0'), 'docker/setup-buildx-action@v4', 'docker/setup-buildx-action@v4.1.0')) },
    { name: 'an action we hold no facts about, on a release tag', files: ci(edit(REFERENCE, '      - name: Lint\n        run: ruff check .\n', '      - name: Lint\n        run: ruff check .\n      - uses: codecov/codecov-action@v5\n')) },
  ],
  invalid: [
    { name: 'setup-python from master', files: ci(edit(REFERENCE, 'actions/setup-python@v6\n        with:\n          python-version: "3.11"\n          cache: pip\n      - run: pip install -r requirements-dev.txt', 'actions/setup-python@master\n        with:\n          python-version: "3.11"\n          cache: pip\n      - run: pip install -r requirements-dev.txt')), lines: [19] },
    { name: 'checkout@v4 targets the deprecated Node 20 runtime', files: ci(edit(REFERENCE, '      - uses: actions/checkout@v6\n      - uses: actions/download-artifact@v7', '      - uses: actions/checkout@v4\n      - uses: actions/download-artifact@v7')), lines: [79] },
    { name: 'build-push-action@v6 (Node 20)', files: ci(edit(REFERENCE, 'docker/build-push-action@v7', 'docker/build-push-action@v6')), lines: [92] },
    { name: 'no version at all', files: ci(edit(REFERENCE, 'docker/setup-buildx-action@v4', 'docker/setup-buildx-action')), lines: [83] },
  ],
};
