// Shared example workflows for the checks' cases (*.cases.ts): the lab's reference workflow and complete
// pipelines written the ways real projects write them (uv, poetry with a matrix, reusable workflows, DVC).
// Each full example passes every check; a case usually changes one thing in one of them. Tests only.

export const CI = '.github/workflows/ci.yml';

/** Replace exactly one occurrence of `from` (throws when the anchor is missing or repeated: cases must not drift). */
export function edit(text: string, from: string, to: string): string {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`expected exactly one ${JSON.stringify(from)} in the example, found ${parts.length - 1}`);
  return parts.join(to);
}

export const ci = (text: string) => ({ [CI]: text });

/** The lab's reference workflow (content/labs/ci-for-ml/solution), copied so cases do not read files. */
export const REFERENCE = `name: CI

on:
  push:
    branches: [main]
  pull_request:
    branches: [main]

# Read-only by default; the one job that publishes asks for more.
permissions:
  contents: read

jobs:
  lint:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@v6
      - uses: actions/setup-python@v6
        with:
          python-version: "3.11"
          cache: pip
      - run: pip install -r requirements-dev.txt
      - name: Lint
        run: ruff check .

  test:
    needs: lint
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v6
      - uses: actions/setup-python@v6
        with:
          python-version: "3.11"
          cache: pip
      - run: pip install -r requirements.txt -r requirements-dev.txt
      - name: Unit tests
        run: pytest -q

  train:
    needs: test
    runs-on: ubuntu-latest
    timeout-minutes: 30
    steps:
      - uses: actions/checkout@v6
      - uses: actions/setup-python@v6
        with:
          python-version: "3.11"
          cache: pip
      - name: Show commit
        env:
          COMMIT_MSG: \${{ github.event.head_commit.message }}
        run: echo "$COMMIT_MSG"
      - run: pip install -r requirements.txt
      - name: Validate data
        run: python scripts/validate_data.py data/sample.csv
      - name: Train model
        run: python -m src.train --params params.yaml
      - name: Evaluate model
        run: python -m src.evaluate --params params.yaml --out metrics.json
      - name: Quality gate
        run: python scripts/check_metrics.py --metrics metrics.json
      - uses: actions/upload-artifact@v6
        with:
          name: model
          path: |
            models/
            metrics.json

  build-image:
    needs: train
    runs-on: ubuntu-latest
    timeout-minutes: 20
    permissions:
      contents: read
      packages: write
    steps:
      - uses: actions/checkout@v6
      - uses: actions/download-artifact@v7
        with:
          name: model
      - uses: docker/setup-buildx-action@v4
      - name: Log in to GitHub Container Registry
        if: github.ref == 'refs/heads/main'
        uses: docker/login-action@v4
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: \${{ secrets.GITHUB_TOKEN }}
      - name: Build and push image
        uses: docker/build-push-action@v7
        with:
          context: .
          push: \${{ github.ref == 'refs/heads/main' }}
          tags: |
            ghcr.io/acme/churn-model:\${{ github.sha }}
            ghcr.io/acme/churn-model:latest
`;

/** uv everywhere: setup-uv with its cache, \`uv run\`/\`uvx\`, metadata-action tags, push unless the event is a PR. */
export const UV = `name: ml-ci
on:
  pull_request:
    branches: [main]
  push:
    branches: [main]
  workflow_dispatch:

concurrency:
  group: ci-\${{ github.ref }}
  cancel-in-progress: true

permissions:
  contents: read

env:
  IMAGE: ghcr.io/acme/churn-model

jobs:
  lint:
    runs-on: ubuntu-24.04
    timeout-minutes: 5
    steps:
      - uses: actions/checkout@v6
      - uses: astral-sh/setup-uv@v7
        with:
          enable-cache: true
      - run: uvx ruff@0.8.4 check --output-format=github .
      - run: uv run --frozen ruff format --check .

  test:
    needs: lint
    runs-on: ubuntu-24.04
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@v6
      - uses: astral-sh/setup-uv@v7
        with:
          python-version: "3.12"
          enable-cache: true
      - run: uv sync --locked
      - run: uv run pytest -q --maxfail=1

  train:
    needs: test
    runs-on: ubuntu-24.04
    timeout-minutes: 45
    steps:
      - uses: actions/checkout@v6
      - uses: astral-sh/setup-uv@v7
        with:
          python-version: "3.12"
      - run: uv sync --locked
      - name: Check the data
        run: uv run python scripts/validate_data.py data/sample.csv
      - name: Fit
        run: uv run python -m src.train --params params.yaml
      - name: Score and gate
        run: |
          uv run python -m src.evaluate --params params.yaml --out metrics.json
          uv run python scripts/check_metrics.py --metrics metrics.json
      - uses: actions/upload-artifact@v6
        with:
          name: model
          path: models/

  image:
    needs: train
    runs-on: ubuntu-24.04
    timeout-minutes: 20
    permissions:
      contents: read
      packages: write
    steps:
      - uses: actions/checkout@v6
      - uses: actions/download-artifact@v7
        with:
          name: model
          path: models/
      - id: meta
        uses: docker/metadata-action@v6
        with:
          images: \${{ env.IMAGE }}
          tags: |
            type=sha,format=long
            type=ref,event=branch
      - uses: docker/login-action@v4
        if: github.event_name != 'pull_request'
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: \${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@v7
        with:
          context: .
          push: \${{ github.event_name != 'pull_request' }}
          tags: \${{ steps.meta.outputs.tags }}
          labels: \${{ steps.meta.outputs.labels }}
`;

/** Poetry with a Python matrix, lint and test side by side, a composite lint script, DVC, the docker CLI. */
export const POETRY = `name: CI
on:
  push:
    branches:
      - main
  pull_request:

permissions: {}

jobs:
  lint:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: pipx install poetry==1.8.5
      - uses: actions/setup-python@v6
        with:
          python-version: '3.11'
          cache: poetry
      - run: poetry install --only dev
      - run: bash scripts/lint.sh

  unit-tests:
    runs-on: \${{ matrix.os }}
    permissions:
      contents: read
    strategy:
      fail-fast: false
      matrix:
        os: [ubuntu-latest]
        python-version: ["3.10", "3.11", "3.12"]
    steps:
      - uses: actions/checkout@v6
      - run: pipx install poetry==1.8.5
      - uses: actions/setup-python@v6
        with:
          python-version: \${{ matrix.python-version }}
          cache: poetry
      - run: poetry install
      - run: poetry run python -m pytest tests/ -q

  train:
    needs: [lint, unit-tests]
    runs-on: ubuntu-latest
    timeout-minutes: 60
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v6
      - run: pipx install poetry==1.8.5
      - uses: actions/setup-python@v6
        with:
          python-version: '3.11'
          cache: poetry
      - run: poetry install
      - run: poetry run python scripts/validate_data.py data/sample.csv
      - run: poetry run dvc repro
      - run: poetry run python scripts/check_metrics.py

  docker:
    needs: train
    if: github.ref == 'refs/heads/main' && github.event_name == 'push'
    runs-on: ubuntu-latest
    timeout-minutes: 15
    permissions:
      contents: read
      packages: write
    steps:
      - uses: actions/checkout@v6
      - name: Build and publish
        env:
          REGISTRY_TOKEN: \${{ secrets.GITHUB_TOKEN }}
        run: |
          echo "$REGISTRY_TOKEN" | docker login ghcr.io -u "\${{ github.actor }}" --password-stdin
          docker build -t "ghcr.io/acme/churn-model:\${GITHUB_SHA}" .
          docker push "ghcr.io/acme/churn-model:\${GITHUB_SHA}"
`;

/** Reusable workflows for the cheap stages, make targets, pip-tools, Docker Hub with a SHA exported to $GITHUB_ENV. */
export const REUSABLE = `name: pipeline

on:
  pull_request:
    branches: [main, 'release/**']
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  lint:
    uses: ./.github/workflows/lint.yml

  tests:
    needs: lint
    uses: ./.github/workflows/unit-tests.yml
    with:
      python-version: "3.11"

  train:
    needs: tests
    runs-on: ubuntu-22.04
    timeout-minutes: 30
    steps:
      - uses: actions/checkout@v6
      - uses: actions/setup-python@v6
        with:
          python-version-file: .python-version
          cache: pip
          cache-dependency-path: requirements*.txt
      - run: |
          python -m pip install --upgrade pip pip-tools
          pip-sync requirements.txt
      - run: make validate-data
      - run: make train
      - run: make evaluate
      - run: python scripts/check_metrics.py --min-accuracy 0.8

  publish:
    needs: train
    runs-on: ubuntu-22.04
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v6
      - name: Compute the image tag
        run: echo "IMAGE_TAG=\${GITHUB_SHA::12}" >> "$GITHUB_ENV"
      - uses: docker/login-action@v4
        if: github.ref == 'refs/heads/main'
        with:
          username: \${{ vars.DOCKERHUB_USERNAME }}
          password: \${{ secrets.DOCKERHUB_TOKEN }}
      - uses: docker/build-push-action@v7
        with:
          push: \${{ github.ref == 'refs/heads/main' }}
          tags: acme/churn-model:\${{ env.IMAGE_TAG }}
`;

/** Every full example, by a name that says how it is written. */
export const FULL: ReadonlyArray<[string, string]> = [
  ['the lab reference workflow', REFERENCE],
  ['uv: setup-uv, uvx ruff, uv run pytest, metadata-action sha tags, push unless pull_request', UV],
  ['poetry: Python matrix, lint and test in parallel, bash scripts/lint.sh, dvc repro, docker CLI with $GITHUB_SHA', POETRY],
  ['reusable workflows for lint and tests, make targets, pip-tools, a SHA exported to $GITHUB_ENV', REUSABLE],
];

/** The full examples as accepted cases of a check. */
export const fullCases = () => FULL.map(([name, text]) => ({ name, files: ci(text) }));
