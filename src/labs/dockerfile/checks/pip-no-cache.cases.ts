import type { CheckCases } from '../../cases';

export const cases: CheckCases = {
  valid: [
    { name: '--no-cache-dir', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n' } },
    { name: '--no-cache, an abbreviation pip accepts', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache -r requirements.txt\n' } },
    { name: 'ENV PIP_NO_CACHE_DIR (any boolean value turns the cache off)', files: { Dockerfile: 'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=off \\\n    PIP_DISABLE_PIP_VERSION_CHECK=1\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n' } },
    { name: 'BuildKit cache mount on ~/.cache', files: { Dockerfile: '# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nCOPY requirements.txt .\nRUN --mount=type=cache,target=/root/.cache \\\n    pip install -r requirements.txt\n' } },
    { name: 'cache removed in the same RUN', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt \\\n && rm -rf /root/.cache/pip\n' } },
    { name: 'pip cache purge in a heredoc', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN <<EOF\nset -e\npip install --upgrade "pip==24.3.1" \\\n    -r requirements.txt\npip cache purge\nEOF\n' } },
    {
      name: 'builder stage: only the venv reaches the final image',
      files: { Dockerfile: 'FROM python:3.12-slim AS build\nRUN python -m venv /opt/venv\nCOPY requirements.txt .\nRUN /opt/venv/bin/pip install -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=build /opt/venv /opt/venv\nCMD ["/opt/venv/bin/uvicorn", "app.main:app"]\n' },
    },
    { name: 'uv pip install --no-cache', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /bin/uv\nCOPY requirements.txt .\nRUN uv pip install --system --no-cache -r requirements.txt\n' } },
  ],
  invalid: [
    { name: 'plain pip install', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n' }, lines: [3] },
    { name: 'pip install after a quoted argument with spaces, on a continued line', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN echo "building the server; please wait" \\\n    && python -m pip install -r requirements.txt\n' }, lines: [4] },
    { name: 'cache removed only in a later RUN (it stays in the earlier layer)', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nRUN rm -rf /root/.cache/pip\n' }, lines: [3] },
    { name: 'heredoc install without the option', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN <<EOF\nset -e\npip install -r requirements.txt\nEOF\n' }, lines: [5] },
    { name: 'install in a stage the final image builds FROM', files: { Dockerfile: 'FROM python:3.12-slim AS deps\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nFROM deps\nCMD ["uvicorn", "app.main:app"]\n' }, lines: [3] },
  ],
};
