import type { CheckCases } from '../../cases';

export const cases: CheckCases = {
  valid: [
    {
      name: 'uv: lock and metadata first, project after the code (uv docs pattern)',
      files: {
        Dockerfile: 'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /bin/uv\nWORKDIR /app\nCOPY pyproject.toml uv.lock README.md ./\nRUN uv sync --locked --no-install-project --no-dev\nCOPY . .\nRUN uv sync --locked --no-dev\nCMD ["/app/.venv/bin/uvicorn", "app.main:app"]\n',
      },
    },
    {
      name: 'uv with bind mounts instead of COPY',
      files: {
        Dockerfile: 'FROM ghcr.io/astral-sh/uv:0.5.11-python3.12-bookworm-slim\nWORKDIR /app\nRUN --mount=type=cache,target=/root/.cache/uv \\\n    --mount=type=bind,source=uv.lock,target=uv.lock \\\n    --mount=type=bind,source=pyproject.toml,target=pyproject.toml \\\n    uv sync --frozen --no-install-project\nCOPY . /app\nRUN uv sync --frozen\nCMD ["uv", "run", "uvicorn", "app.main:app"]\n',
      },
    },
    {
      name: 'poetry install --no-root with an optional lock file glob',
      files: {
        Dockerfile: 'FROM python:3.12-slim\nENV POETRY_VIRTUALENVS_CREATE=false\nRUN pip install --no-cache-dir poetry==1.8.4\nWORKDIR /app\nCOPY pyproject.toml poetry.lock* ./\nRUN poetry install --only main --no-root --no-interaction\nCOPY app/ ./app/\nCMD ["uvicorn", "app.main:app"]\n',
      },
    },
    {
      name: 'pip install -r from a subfolder, also inside an if',
      files: {
        Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements/ requirements/\nARG DEV=false\nRUN if [ "$DEV" = "true" ]; then pip install --no-cache-dir -r requirements/dev.txt; else pip install --no-cache-dir -r requirements/prod.txt; fi\nCOPY . .\nCMD ["uvicorn", "app.main:app"]\n',
      },
    },
    {
      name: 'pip-sync from pip-tools output',
      files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nRUN pip install --no-cache-dir pip-tools==7.4.1\nCOPY requirements.txt ./\nRUN pip-sync requirements.txt\nCOPY app/ ./app/\nCMD ["uvicorn", "app.main:app"]\n' },
    },
    {
      name: 'multi-stage: venv built in a builder stage, code copied into the final one',
      files: {
        Dockerfile: 'FROM python:3.12-slim AS build\nRUN python -m venv /opt/venv\nCOPY requirements.txt /tmp/requirements.txt\nRUN /opt/venv/bin/pip install --no-cache-dir -r /tmp/requirements.txt\n\nFROM python:3.12-slim\nWORKDIR /app\nCOPY --from=build /opt/venv /opt/venv\nCOPY . .\nCMD ["/opt/venv/bin/uvicorn", "app.main:app"]\n',
      },
    },
    {
      name: 'packages pinned by name with build arguments',
      files: { Dockerfile: 'FROM python:3.12-slim\nARG FASTAPI_VERSION=0.115.6\nRUN pip install --no-cache-dir "fastapi==${FASTAPI_VERSION}" uvicorn[standard]==0.34.0 pydantic==2.10.4\nWORKDIR /app\nCOPY . .\nCMD ["uvicorn", "app.main:app"]\n' },
    },
    {
      name: 'Node: package files first, then npm ci, then the sources',
      files: { Dockerfile: 'FROM node:22-slim\nWORKDIR /srv\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]\n' },
    },
    {
      name: 'the requirement file has another name (requirement.txt), and only it is copied first',
      files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY requirement.txt /srv/deps/requirement.txt\nRUN pip install --no-cache-dir -r /srv/deps/requirement.txt\nCOPY . /srv\nCMD ["python", "serve.py"]\n' },
    },
    {
      name: 'pip upgraded in place, then every package pinned by name',
      files: { Dockerfile: 'FROM python:3.11-slim\nENV PIP_NO_CACHE_DIR=1\nRUN python -m pip install --upgrade pip setuptools wheel\nRUN pip install onnxruntime==1.19.2 fastapi==0.115.6 uvicorn==0.32.1\nWORKDIR /srv\nCOPY serve.py .\nCMD ["uvicorn", "serve:app", "--host", "0.0.0.0"]\n' },
    },
    {
      name: 'a generated Dockerfile whose install runs in a script the check cannot read',
      files: { Dockerfile: 'FROM python:3.11-slim\nWORKDIR /home/svc/bundle\nCOPY . ./\nRUN bash -eu ./env/setup-python.sh\nCMD ["./env/start.sh"]\n' },
    },
  ],
  invalid: [
    { name: 'COPY . . before pip install', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["uvicorn", "app.main:app"]\n' }, lines: [3] },
    { name: 'app code copied before the install', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app/ ./app/\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["uvicorn", "app.main:app"]\n' }, lines: [3] },
    { name: 'uv sync after copying everything', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /bin/uv\nWORKDIR /app\nCOPY . /app\nRUN uv sync --locked\nCMD ["/app/.venv/bin/uvicorn", "app.main:app"]\n' }, lines: [4] },
    { name: 'installs from a requirements file that was never copied', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app/ ./app/\nCMD ["uvicorn", "app.main:app"]\n' }, lines: [3] },
    { name: 'unpinned packages by name instead of requirements.txt', files: { Dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir fastapi uvicorn\nWORKDIR /app\nCOPY app/ ./app/\nCMD ["uvicorn", "app.main:app"]\n' }, lines: [2] },
    { name: 'dependencies installed in a builder stage the final image never uses', files: { Dockerfile: 'FROM python:3.12-slim AS build\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nFROM python:3.12-slim\nWORKDIR /app\nCOPY app/ ./app/\nCMD ["uvicorn", "app.main:app"]\n' }, lines: [3] },
  ],
};
