import type { CheckCases } from '../../cases';

export const cases: CheckCases = {
  valid: [
    { name: 'useradd then USER', files: { Dockerfile: 'FROM python:3.12-slim\nRUN useradd --create-home --uid 10001 appuser\nUSER appuser\nCMD ["python"]\n' } },
    { name: 'numeric uid:gid', files: { Dockerfile: 'FROM python:3.12-slim\nUSER 10001:10001\nCMD ["python"]\n' } },
    { name: 'distroless :nonroot runs as nonroot without USER', files: { Dockerfile: 'FROM python:3.11-slim AS build\nRUN pip install --no-cache-dir --target /deps fastapi==0.115.6\nFROM gcr.io/distroless/python3-debian12:nonroot\nCOPY --from=build /deps /deps\nCMD ["-m", "app.main"]\n' } },
    { name: 'user created in the base stage the final one builds FROM', files: { Dockerfile: 'FROM python:3.12-slim AS base\nRUN groupadd --system app && useradd --system --gid app app\nFROM base\nUSER app\nCMD ["python"]\n' } },
    { name: 'user created in a heredoc, named by an ARG', files: { Dockerfile: 'FROM python:3.12-slim\nARG APP_USER=svc\nRUN <<EOF\nset -e\nuseradd -m "$APP_USER"\nEOF\nUSER $APP_USER\nCMD ["python"]\n' } },
    { name: 'the node user of the node image', files: { Dockerfile: 'FROM node:22-slim\nWORKDIR /srv\nUSER node\nCMD ["node", "server.js"]\n' } },
    { name: 'alpine adduser', files: { Dockerfile: 'FROM python:3.12-alpine3.20\nRUN addgroup -S app && adduser -S -G app app\nUSER app\nCMD ["python"]\n' } },
    { name: 'Ray and Anyscale images already run as the user ray', files: { Dockerfile: 'FROM anyscale/ray:2.40.0-slim-py311\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY deployments/ /home/ray/deployments/\nCMD ["serve", "run", "deployments.app:graph"]\n' } },
  ],
  invalid: [
    { name: 'never sets USER', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCMD ["python"]\n' }, lines: [1] },
    { name: 'last USER is root', files: { Dockerfile: 'FROM python:3.12-slim\nRUN useradd -m appuser\nUSER appuser\nUSER root\nCMD ["python"]\n' }, lines: [4] },
    { name: 'USER never created', files: { Dockerfile: 'FROM python:3.12-slim\nUSER appuser\nCMD ["python"]\n' }, lines: [2] },
    { name: 'USER nonroot on a Debian image (only distroless has it)', files: { Dockerfile: 'FROM python:3.12-slim\nUSER nonroot\nCMD ["python"]\n' }, lines: [2] },
    { name: 'USER before the RUN that creates the user', files: { Dockerfile: 'FROM python:3.12-slim\nUSER appuser\nRUN useradd -m appuser\nCMD ["python"]\n' }, lines: [2] },
  ],
};
