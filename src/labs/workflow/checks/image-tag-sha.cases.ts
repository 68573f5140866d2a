import type { CheckCases } from '../../cases';
import { REFERENCE, UV, ci, edit, fullCases } from './examples';

const TAGS = '          tags: |\n            ghcr.io/acme/churn-model:${{ github.sha }}\n            ghcr.io/acme/churn-model:latest\n';

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'a tag from step env', files: ci(edit(REFERENCE, TAGS, '          tags: ghcr.io/acme/churn-model:${{ env.SHORT_SHA }}\n        env:\n          SHORT_SHA: ${{ github.sha }}\n')) },
    { name: 'docker CLI tagged with $GITHUB_SHA', files: ci(edit(REFERENCE, "      - name: Build and push image\n        uses: docker/build-push-action@v7\n        with:\n          context: .\n          push: ${{ github.ref == 'refs/heads/main' }}\n" + TAGS, '      - run: |\n          docker build -t "ghcr.io/acme/churn-model:$GITHUB_SHA" .\n          docker push "ghcr.io/acme/churn-model:$GITHUB_SHA"\n        if: github.ref == \'refs/heads/main\'\n')) },
    { name: 'docker CLI tagged with ${{ github.sha }} written in the script (GitHub substitutes it before the shell runs)', files: ci(edit(REFERENCE, "      - name: Build and push image\n        uses: docker/build-push-action@v7\n        with:\n          context: .\n          push: ${{ github.ref == 'refs/heads/main' }}\n" + TAGS, '      - run: |\n          docker build -t ghcr.io/acme/churn-model:${{ github.sha }} .\n          docker push ghcr.io/acme/churn-model:${{ github.sha }}\n        if: github.ref == \'refs/heads/main\'\n')) },
    { name: 'an image built for pull requests and never pushed needs no traceable tag', files: ci(edit(REFERENCE, "          push: ${{ github.ref == 'refs/heads/main' }}\n" + TAGS, '          push: false\n          tags: churn-model:ci\n')) },
    { name: 'a short SHA written to $GITHUB_OUTPUT by an earlier step', files: ci(edit(edit(REFERENCE, TAGS, '          tags: ghcr.io/acme/churn-model:${{ steps.vars.outputs.short_sha }}\n'), '      - uses: docker/setup-buildx-action@v4\n', '      - uses: docker/setup-buildx-action@v4\n      - id: vars\n        run: echo "short_sha=$(git rev-parse --short HEAD)" >> "$GITHUB_OUTPUT"\n')) },
    { name: 'the run number, which GitHub links to its commit', files: ci(edit(REFERENCE, TAGS, '          tags: ghcr.io/acme/churn-model:build-${{ github.run_number }}\n')) },
    { name: 'metadata-action with semver tags for releases', files: ci(edit(UV, 'type=sha,format=long', 'type=semver,pattern={{version}}')) },
    {
      name: 'a release workflow that strips the v from the pushed tag name in a script step',
      files: ci(
        'on:\n  push:\n    tags: [\'v*\']\npermissions:\n  contents: read\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n      - id: ver\n        run: |\n          version="${GITHUB_REF_NAME#v}"\n          echo "number=$version" >> "$GITHUB_OUTPUT"\n      - uses: docker/build-push-action@v7\n        with:\n          push: true\n          tags: acme/scorer:${{ steps.ver.outputs.number }},acme/scorer:latest\n',
      ),
    },
    {
      name: 'the first major of the metadata action (crazy-max/ghaction-docker-meta) asked for the SHA tag with tag-sha',
      files: ci(
        "on:\n  push:\n    branches: [main]\npermissions:\n  contents: read\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n      - id: tagger\n        uses: crazy-max/ghaction-docker-meta@v1\n        with:\n          images: acme/scorer\n          tag-sha: true\n      - uses: docker/build-push-action@v7\n        with:\n          push: true\n          tags: ${{ steps.tagger.outputs.tags }}\n",
      ),
    },
  ],
  invalid: [
    { name: 'the branch name as the tag on pushes to main', files: ci(edit(REFERENCE, TAGS, '          tags: ghcr.io/acme/churn-model:${{ github.ref_name }}\n')), lines: [96] },
    { name: 'latest only', files: ci(edit(REFERENCE, '            ghcr.io/acme/churn-model:${{ github.sha }}\n', '')), lines: [97] },
    { name: 'metadata-action with its default tags (branch names, no SHA)', files: ci(edit(UV, '          tags: |\n            type=sha,format=long\n            type=ref,event=branch\n', '')) },
    { name: 'docker CLI tagged with the branch name only', files: ci(edit(REFERENCE, "      - name: Build and push image\n        uses: docker/build-push-action@v7\n        with:\n          context: .\n          push: ${{ github.ref == 'refs/heads/main' }}\n" + TAGS, '      - run: |\n          docker build -t ghcr.io/acme/churn-model:main .\n          docker push ghcr.io/acme/churn-model:main\n')) },
    {
      name: 'a branch build whose script step turns the branch name into the tag',
      files: ci(
        'on:\n  push:\n    branches: [main]\npermissions:\n  contents: read\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n      - id: ver\n        run: |\n          name="${GITHUB_REF_NAME//\\//-}"\n          echo "label=$name" >> "$GITHUB_OUTPUT"\n      - uses: docker/build-push-action@v7\n        with:\n          push: true\n          tags: acme/scorer:${{ steps.ver.outputs.label }}\n',
      ),
      lines: [18],
    },
  ],
};
