import type { CheckCases } from '../../cases';
import { REFERENCE, ci, edit, fullCases } from './examples';

const GATE = '      - name: Quality gate\n        run: python scripts/check_metrics.py --metrics metrics.json\n';
const gate = (run: string) => ci(edit(REFERENCE, 'run: python scripts/check_metrics.py --metrics metrics.json', `run: ${run}`));

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'an explicit threshold on the command line', files: gate('python scripts/check_metrics.py --metrics metrics.json --min-accuracy 0.80') },
    { name: 'gate in its own job that the image build needs', files: ci(edit(edit(REFERENCE, GATE, ''), '  build-image:\n    needs: train\n', '  gate:\n    needs: train\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n      - uses: actions/download-artifact@v7\n        with:\n          name: model\n      - run: ./scripts/quality_gate.sh metrics.json\n\n  build-image:\n    needs: gate\n')) },
    { name: 'set -e then the gate in a block script', files: gate('|\n          set -euo pipefail\n          python scripts/check_metrics.py --metrics metrics.json') },
  ],
  invalid: [
    { name: 'no gate', files: ci(edit(REFERENCE, GATE, '')), lines: [59] },
    { name: 'a threshold of 0.0 lets every model through', files: gate('python scripts/check_metrics.py --metrics metrics.json --min-accuracy 0.0'), lines: [63] },
    { name: '|| true swallows the failure', files: gate('python scripts/check_metrics.py --metrics metrics.json || true'), lines: [63] },
    { name: 'continue-on-error on the gate', files: ci(edit(REFERENCE, '      - name: Quality gate\n', '      - name: Quality gate\n        continue-on-error: true\n')), lines: [64] },
    { name: 'gate before training', files: ci(edit(edit(REFERENCE, GATE, ''), '      - name: Validate data\n', '      - run: python scripts/check_metrics.py\n      - name: Validate data\n')), lines: [56] },
  ],
};
