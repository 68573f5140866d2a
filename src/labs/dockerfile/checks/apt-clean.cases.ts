import type { CheckCases } from '../../cases';

export const cases: CheckCases = {
  valid: [
    { name: 'update, install and clean in one RUN', files: { Dockerfile: 'FROM python:3.12-slim\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n' } },
    { name: 'a quoted argument with spaces before apt-get update', files: { Dockerfile: 'FROM ubuntu:24.04\nRUN echo "Acquire::Retries \\"3\\";" > /etc/apt/apt.conf.d/80retries \\\n && apt-get update \\\n && apt-get -qqy install --no-install-recommends python3 \\\n && rm -rf /var/lib/apt/lists/*\n' } },
    { name: 'heredoc with the whole sequence', files: { Dockerfile: 'FROM debian:12-slim\nRUN <<EOF\nset -eux\napt-get update\nDEBIAN_FRONTEND=noninteractive apt-get install -y \\\n    --no-install-recommends ca-certificates\nrm -rf /var/lib/apt/lists/*\nEOF\n' } },
    { name: 'BuildKit cache mounts for the apt cache and lists', files: { Dockerfile: '# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    --mount=type=cache,target=/var/lib/apt,sharing=locked \\\n    apt-get update && apt-get install -y --no-install-recommends libgomp1\n' } },
    {
      name: 'builder stage that the final image only copies wheels from',
      files: { Dockerfile: 'FROM python:3.12 AS build\nRUN apt-get update && apt-get install -y build-essential\nRUN pip wheel --wheel-dir /wheels numpy==2.2.1\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*.whl\n' },
    },
    { name: 'no apt at all', files: { Dockerfile: 'FROM python:3.12-alpine3.20\nRUN apk add --no-cache libstdc++\n' } },
  ],
  invalid: [
    { name: 'update in its own RUN', files: { Dockerfile: 'FROM python:3.12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' }, lines: [3] },
    { name: 'no -y', files: { Dockerfile: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' }, lines: [2] },
    { name: 'lists left in the final image (the starter)', files: { Dockerfile: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y curl\n' }, lines: [2] },
    { name: 'heredoc without cleanup', files: { Dockerfile: 'FROM python:3.12-slim\nRUN <<EOF\napt-get update\napt-get install -y --no-install-recommends curl\nEOF\n' }, lines: [4] },
    { name: 'install after a quoted argument with spaces, without update', files: { Dockerfile: 'FROM python:3.12-slim\nRUN echo "Acquire::Retries \\"3\\";" > /etc/apt/apt.conf.d/80retries && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' }, lines: [2] },
  ],
};
