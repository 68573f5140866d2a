import type { CheckCases } from '../../cases';
import { REFERENCE, ci, edit, fullCases } from './examples';

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'lint and test in parallel, train needs both', files: ci(edit(edit(REFERENCE, '  test:\n    needs: lint\n', '  test:\n'), '  train:\n    needs: test\n', '  train:\n    needs: [lint, test]\n')) },
    { name: 'needs as a block list', files: ci(edit(REFERENCE, '    needs: train\n', '    needs:\n      - train\n      - test\n')) },
  ],
  invalid: [
    { name: 'build does not wait for training', files: ci(edit(REFERENCE, '    needs: train\n', '')), lines: [71] },
    { name: 'lint and test in parallel, train needs only test', files: ci(edit(REFERENCE, '  test:\n    needs: lint\n', '  test:\n')), lines: [41] },
    { name: 'train and build in one job', files: ci(edit(REFERENCE, '            metrics.json\n\n  build-image:\n    needs: train\n    runs-on: ubuntu-latest\n    timeout-minutes: 20\n    permissions:\n      contents: read\n      packages: write\n    steps:\n', '            metrics.json\n')), lines: [41] },
  ],
};
