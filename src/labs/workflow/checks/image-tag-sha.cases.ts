import type { CheckCases } from '../../cases';
import { REFERENCE, UV, ci, edit, fullCases } from './examples';

const TAGS = '          tags: |\n            ghcr.io/acme/churn-model:${{ github.sha }}\n            ghcr.io/acme/churn-model:latest\n';

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'a tag from step env', files: ci(edit(REFERENCE, TAGS, '          tags: ghcr.io/acme/churn-model:${{ env.SHORT_SHA }}\n        env:\n          SHORT_SHA: ${{ github.sha }}\n')) },
    { name: 'docker CLI tagged with $GITHUB_SHA', files: ci(edit(REFERENCE, "      - name: Build and push image\n        uses: docker/build-push-action@v7\n        with:\n          context: .\n          push: ${{ github.ref == 'refs/heads/main' }}\n" + TAGS, '      - run: |\n          docker build -t "ghcr.io/acme/churn-model:$GITHUB_SHA" .\n          docker push "ghcr.io/acme/churn-model:$GITHUB_SHA"\n        if: github.ref == \'refs/heads/main\'\n')) },
    { name: 'an image built for pull requests and never pushed needs no traceable tag', files: ci(edit(REFERENCE, "          push: ${{ github.ref == 'refs/heads/main' }}\n" + TAGS, '          push: false\n          tags: churn-model:ci\n')) },
    { name: 'a short SHA written to $GITHUB_OUTPUT by an earlier step', files: ci(edit(edit(REFERENCE, TAGS, '          tags: ghcr.io/acme/churn-model:${{ steps.vars.outputs.short_sha }}\n'), '      - uses: docker/setup-buildx-action@v4\n', '      - uses: docker/setup-buildx-action@v4\n      - id: vars\n        run: echo "short_sha=$(git rev-parse --short HEAD)" >> "$GITHUB_OUTPUT"\n')) },
    { name: 'the run number, which GitHub links to its commit', files: ci(edit(REFERENCE, TAGS, '          tags: ghcr.io/acme/churn-model:build-${{ github.run_number }}\n')) },
    { name: 'metadata-action with semver tags for releases', files: ci(edit(UV, 'type=sha,format=long', 'type=semver,pattern={{version}}')) },
  ],
  invalid: [
    { name: 'the branch name as the tag on pushes to main', files: ci(edit(REFERENCE, TAGS, '          tags: ghcr.io/acme/churn-model:${{ github.ref_name }}\n')), lines: [96] },
    { name: 'latest only', files: ci(edit(REFERENCE, '            ghcr.io/acme/churn-model:${{ github.sha }}\n', '')), lines: [97] },
    { name: 'metadata-action with its default tags (branch names, no SHA)', files: ci(edit(UV, '          tags: |\n            type=sha,format=long\n            type=ref,event=branch\n', '')) },
    { name: 'docker CLI tagged with the branch name only', files: ci(edit(REFERENCE, "      - name: Build and push image\n        uses: docker/build-push-action@v7\n        with:\n          context: .\n          push: ${{ github.ref == 'refs/heads/main' }}\n" + TAGS, '      - run: |\n          docker build -t ghcr.io/acme/churn-model:main .\n          docker push ghcr.io/acme/churn-model:main\n')) },
  ],
};
