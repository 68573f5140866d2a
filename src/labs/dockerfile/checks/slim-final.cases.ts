import type { CheckCases } from '../../cases';

export const cases: CheckCases = {
  valid: [
    { name: 'slim Python', files: { Dockerfile: 'FROM python:3.12-slim\nCMD ["python"]\n' } },
    {
      name: 'full builder, slim final stage with the venv copied over',
      files: { Dockerfile: 'FROM python:3.12 AS build\nRUN python -m venv /opt/venv\nCOPY requirements.txt .\nRUN /opt/venv/bin/pip install --no-cache-dir -r requirements.txt\n\nFROM python:3.12-slim\nCOPY --from=build /opt/venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nCMD ["uvicorn", "app.main:app"]\n' },
    },
    { name: 'distroless final stage', files: { Dockerfile: 'FROM python:3.11-slim AS build\nRUN pip install --no-cache-dir --target /deps fastapi==0.115.6\nFROM gcr.io/distroless/python3-debian12\nCOPY --from=build /deps /deps\nCMD ["-m", "app.main"]\n' } },
    { name: 'alpine', files: { Dockerfile: 'FROM python:3.12-alpine3.20\nCMD ["python"]\n' } },
    { name: 'a small non-language base (Ubuntu)', files: { Dockerfile: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*\nCMD ["python3"]\n' } },
    { name: 'final stage built FROM a slim stage', files: { Dockerfile: 'ARG PY=3.12\nFROM python:${PY}-slim AS base\nFROM python:${PY} AS build\nRUN true\nFROM base AS runtime\nCMD ["python"]\n' } },
  ],
  invalid: [
    {
      name: 'multi-stage build whose final stage is the full image',
      files: { Dockerfile: 'FROM python:3.12 AS build\nRUN pip wheel --wheel-dir /wheels fastapi==0.115.6\nFROM python:3.12\nCOPY --from=build /wheels /wheels\nCMD ["python"]\n' },
      lines: [3],
    },
    { name: 'full bookworm image in one stage', files: { Dockerfile: 'FROM python:3.11-bookworm\nCMD ["python"]\n' }, lines: [1] },
    { name: 'full Node image as final stage', files: { Dockerfile: 'FROM node:22\nCMD ["node", "server.js"]\n' }, lines: [1] },
    { name: 'full image chosen through an ARG', files: { Dockerfile: 'ARG PYTHON_VERSION=3.12\nFROM python:${PYTHON_VERSION}\nCMD ["python"]\n' }, lines: [2] },
  ],
};
