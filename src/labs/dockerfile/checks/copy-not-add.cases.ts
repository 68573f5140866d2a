import type { CheckCases } from '../../cases';

export const cases: CheckCases = {
  valid: [
    { name: 'COPY only', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY --chown=10001:10001 app/ ./app/\nCMD ["python"]\n' } },
    { name: 'ADD unpacks a local archive on purpose', files: { Dockerfile: 'FROM python:3.12-slim\nADD vendor/wheels.tar.gz /tmp/wheels/\nCMD ["python"]\n' } },
    { name: 'ADD downloads with a checksum', files: { Dockerfile: 'FROM python:3.12-slim\nADD --checksum=sha256:' + 'b'.repeat(64) + ' https://example.com/model.json /app/models/\nCMD ["python"]\n' } },
    { name: 'ADD of a Git repository pinned to a commit', files: { Dockerfile: 'FROM python:3.12-slim\nADD https://github.com/example/tools.git#' + '0123456789abcdef0123456789abcdef01234567' + ' /src/tools\nCMD ["python"]\n' } },
    { name: 'COPY --from of a uv binary and a builder stage', files: { Dockerfile: 'FROM python:3.12-slim AS build\nCOPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /uvx /bin/\nFROM python:3.12-slim\nCOPY --from=build /bin/uv /bin/uv\nCMD ["python"]\n' } },
  ],
  invalid: [
    { name: 'ADD of the app folder', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nADD app/ ./app/\nCMD ["python"]\n' }, lines: [3] },
    { name: 'ADD . . (the starter\'s mistake)', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nADD . .\nCMD ["python"]\n' }, lines: [3] },
    { name: 'ADD downloads a model without a checksum', files: { Dockerfile: 'FROM python:3.12-slim\nADD https://models.example.com/churn/model.json /app/models/model.json\nCMD ["python"]\n' }, lines: [2] },
  ],
};
