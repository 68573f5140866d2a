import type { CheckCases } from '../../cases';

export const cases: CheckCases = {
  valid: [
    { name: 'major.minor Python with the Debian release', files: { Dockerfile: 'FROM python:3.12-slim-bookworm\nWORKDIR /app\nCMD ["python", "-m", "app.main"]\n' } },
    { name: 'version chosen by an ARG with a pinned default', files: { Dockerfile: 'ARG PYTHON_VERSION=3.12\nFROM python:${PYTHON_VERSION}-slim AS base\nFROM base\nCMD ["python"]\n' } },
    { name: 'default inside the FROM itself', files: { Dockerfile: 'ARG PY\nFROM python:${PY:-3.11}-slim-bookworm\nCMD ["python"]\n' } },
    { name: 'a digest', files: { Dockerfile: 'FROM python@sha256:' + 'a'.repeat(64) + '\nCMD ["python"]\n' } },
    {
      name: 'uv builder image with a version and a distroless final stage named after its Debian release',
      files: { Dockerfile: 'FROM ghcr.io/astral-sh/uv:0.5.11-python3.11-bookworm-slim AS build\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --locked --no-dev\nFROM gcr.io/distroless/python3-debian12:nonroot\nCOPY --from=build /app/.venv /app/.venv\nCMD ["/app/.venv/bin/python", "-m", "app.main"]\n' },
    },
    { name: 'non-Python images with major versions and a Debian release name', files: { Dockerfile: 'FROM node:22-slim AS ui\nRUN npm --version\nFROM debian:bookworm-slim AS tools\nFROM nginx:1.27-alpine\nCOPY --from=ui /srv /usr/share/nginx/html\n' } },
  ],
  invalid: [
    { name: 'python:slim follows every new Python', files: { Dockerfile: 'FROM python:slim\nCMD ["python"]\n' }, lines: [1] },
    { name: 'python:3-slim names only the major version', files: { Dockerfile: 'FROM python:3-slim\nCMD ["python"]\n' }, lines: [1] },
    { name: 'python:bookworm names no Python version', files: { Dockerfile: 'FROM python:3.12-slim AS build\nFROM python:bookworm\nCMD ["python"]\n' }, lines: [2] },
    { name: 'an untagged non-Python builder image', files: { Dockerfile: 'FROM node AS ui\nRUN npm --version\nFROM python:3.12-slim\nCMD ["python"]\n' }, lines: [1] },
    { name: 'a build argument without a default', files: { Dockerfile: 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCMD ["python"]\n' }, lines: [2] },
    { name: 'latest', files: { Dockerfile: 'FROM python:latest\nCMD ["python"]\n' }, lines: [1] },
  ],
};
