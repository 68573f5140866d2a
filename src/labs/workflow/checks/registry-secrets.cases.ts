import type { CheckCases } from '../../cases';
import { REFERENCE, ci, edit, fullCases } from './examples';

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'a literal user name is not a secret', files: ci(edit(REFERENCE, 'username: ${{ github.actor }}', 'username: acme-bot')) },
    { name: 'docker login with --password-stdin from a secret', files: ci(edit(REFERENCE, '      - uses: docker/setup-buildx-action@v4\n', '      - uses: docker/setup-buildx-action@v4\n      - run: echo "$TOKEN" | docker login ghcr.io -u acme-bot --password-stdin\n        env:\n          TOKEN: ${{ secrets.GHCR_TOKEN }}\n')) },
    { name: 'a dummy database password for a service container and a test SECRET_KEY', files: ci(edit(REFERENCE, '  test:\n    needs: lint\n    runs-on: ubuntu-latest\n', '  test:\n    needs: lint\n    runs-on: ubuntu-latest\n    env:\n      DATABASE_PASSWORD: postgres\n      SECRET_KEY: insecure-test-key\n    services:\n      db:\n        image: postgres:16\n        env:\n          POSTGRES_PASSWORD: postgres\n')) },
    { name: 'settings that mention tokens are not credentials', files: ci(edit(REFERENCE, '          name: model\n          path: |', '          name: model\n          token-format: access_token\n          path: |')) },
  ],
  invalid: [
    { name: 'a literal registry password', files: ci(edit(REFERENCE, 'password: ${{ secrets.GITHUB_TOKEN }}', 'password: hunter22')), lines: [90] },
    { name: 'a token in step env', files: ci(edit(REFERENCE, '        env:\n          COMMIT_MSG', '        env:\n          HF_TOKEN: hf_abcdef123456\n          COMMIT_MSG')), lines: [53] },
    { name: 'a GitHub personal access token given to checkout', files: ci(edit(REFERENCE, '      - uses: actions/checkout@v6\n      - uses: actions/download-artifact@v7', '      - uses: actions/checkout@v6\n        with:\n          token: ghp_8fK2mQ9xLr4TzW1vB7nC3dJ6hY0sPqA5eUiO\n      - uses: actions/download-artifact@v7')), lines: [81] },
    { name: 'docker login -p with a literal', files: ci(edit(REFERENCE, '      - run: pip install -r requirements-dev.txt\n', '      - run: docker login -u bot -p s3cret ghcr.io\n      - run: pip install -r requirements-dev.txt\n')), lines: [23] },
  ],
};
