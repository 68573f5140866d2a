import type { CheckCases } from '../../cases';
import { REFERENCE, ci, edit, fullCases } from './examples';

const TRAIN_HEAD = '    needs: test\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n';

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'timeout from a variable', files: ci(edit(REFERENCE, 'timeout-minutes: 30', 'timeout-minutes: ${{ fromJSON(vars.TRAIN_TIMEOUT) }}')) },
    { name: 'nothing trains: there is no training job to limit (ci.job-order asks for one)', files: ci(edit(REFERENCE, '      - name: Train model\n        run: python -m src.train --params params.yaml\n', '')) },
    { name: 'timeout on the training step', files: ci(edit(edit(REFERENCE, TRAIN_HEAD, '    needs: test\n    runs-on: ubuntu-latest\n'), '      - name: Train model\n', '      - name: Train model\n        timeout-minutes: 40\n')) },
  ],
  invalid: [
    { name: 'no timeout on the training job', files: ci(edit(REFERENCE, TRAIN_HEAD, '    needs: test\n    runs-on: ubuntu-latest\n')), lines: [41] },
    { name: 'timeout of zero', files: ci(edit(REFERENCE, 'timeout-minutes: 30', 'timeout-minutes: 0')), lines: [44] },
  ],
};
