import type { CheckCases } from '../../cases';
import { REFERENCE, ci, edit, fullCases } from './examples';

const PUSH = "push: ${{ github.ref == 'refs/heads/main' }}";

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'a workflow that only runs on pushes to main may push unconditionally', files: ci(edit(edit(REFERENCE, '  pull_request:\n    branches: [main]\n', ''), PUSH, 'push: true')) },
    { name: 'job-level if on the ref name with a docker push', files: ci(edit(edit(REFERENCE, '  build-image:\n    needs: train\n', "  build-image:\n    needs: train\n    if: github.event_name == 'push' && github.ref_name == 'main'\n"), PUSH, 'push: true')) },
    { name: 'a deployment environment whose protection rules choose the branches', files: ci(edit(edit(REFERENCE, '  build-image:\n    needs: train\n', '  build-image:\n    needs: train\n    environment: registry\n'), PUSH, 'push: true')) },
    { name: 'release tags publish, pull requests only build', files: ci(edit(edit(REFERENCE, '  push:\n    branches: [main]\n', "  push:\n    branches: [main]\n    tags: ['v*']\n"), PUSH, "push: ${{ github.ref == 'refs/heads/main' || startsWith(github.ref, 'refs/tags/v') }}")) },
    {
      name: 'a workflow run only by pushes to one named staging branch may publish from it',
      files: ci(
        'on:\n  push:\n    branches: [staging]\npermissions:\n  contents: read\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n      packages: write\n    steps:\n      - uses: actions/checkout@v6\n      - run: |\n          docker build -t ghcr.io/acme/scorer:${{ github.sha }} .\n          docker push ghcr.io/acme/scorer:${{ github.sha }}\n',
      ),
    },
  ],
  invalid: [
    { name: 'a single-job workflow that pushes on every branch', files: ci('on: [push, pull_request]\npermissions:\n  contents: read\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n      - run: docker build -t acme/app:${{ github.sha }} . && docker push acme/app:${{ github.sha }}\n'), lines: [9] },
    { name: 'push: true on pull requests', files: ci(edit(REFERENCE, PUSH, 'push: true')), lines: [95] },
    { name: 'the condition is negated', files: ci(edit(REFERENCE, PUSH, "push: ${{ github.ref != 'refs/heads/main' }}")), lines: [95] },
    { name: 'refs/heads/main-old is another branch', files: ci(edit(REFERENCE, PUSH, "push: ${{ github.ref == 'refs/heads/main-old' }}")), lines: [95] },
    { name: 'the image is never pushed', files: ci(edit(REFERENCE, `          ${PUSH}\n`, '')), lines: [92] },
    { name: 'docker push in a script on every branch', files: ci(edit(REFERENCE, `          ${PUSH}\n`, '').replace('      - uses: docker/setup-buildx-action@v4\n', '      - uses: docker/setup-buildx-action@v4\n      - run: |\n          docker build -t ghcr.io/acme/churn-model:${{ github.sha }} .\n          docker push ghcr.io/acme/churn-model:${{ github.sha }}\n')), lines: [86] },
    {
      name: 'a wildcard in the push filter lets every matching branch publish',
      files: ci(
        "on:\n  push:\n    branches: [main, 'feature/**']\npermissions:\n  contents: read\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n      - run: docker build -t acme/scorer:${{ github.sha }} . && docker push acme/scorer:${{ github.sha }}\n",
      ),
      lines: [11],
    },
  ],
};
