import type { CheckCases } from '../../cases';

export const cases: CheckCases = {
  valid: [
    {
      name: 'several sources copied to . (BuildKit treats . as a folder)',
      files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY pyproject.toml uv.lock .\nCOPY app models ./\nCMD ["python", "-m", "app.main"]\n' },
    },
    {
      name: 'heredoc RUN with a continued line and BuildKit flags',
      files: {
        Dockerfile: [
          '# syntax=docker/dockerfile:1.7',
          'FROM python:3.12-slim',
          'RUN --mount=type=cache,target=/var/cache/apt --network=default <<EOF',
          'set -eux',
          'apt-get update',
          'apt-get install -y --no-install-recommends \\',
          '    curl ca-certificates',
          'rm -rf /var/lib/apt/lists/*',
          'EOF',
          'COPY --link --chmod=755 <<EOF /usr/local/bin/start',
          '#!/bin/sh',
          'exec uvicorn app.main:app --host 0.0.0.0 --port 8000',
          'EOF',
          'CMD ["start"]',
        ].join('\n') + '\n',
      },
    },
    {
      name: 'ARG-selected base with several ARGs on one line, checksummed ADD and a secret mount',
      files: {
        Dockerfile: 'ARG PYTHON_VERSION=3.12 DEBIAN=bookworm\nFROM python:${PYTHON_VERSION}-slim-${DEBIAN}\nADD --checksum=sha256:' + 'c'.repeat(64) + ' https://example.com/tool.tar.gz /tmp/\nRUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install --no-cache-dir fastapi==0.115.6\nCMD ["python"]\n',
      },
    },
    {
      name: 'lowercase instructions, the legacy ENV form and a comment inside a continued RUN',
      files: { Dockerfile: 'from node:22-slim\nenv NODE_ENV production\nworkdir /srv\nrun npm install -g serve@14.2.4 \\\n    # pinned for reproducible builds\n    && npm cache clean --force\ncmd ["serve", "-s", "build"]\n' },
    },
    {
      name: 'the escape directive with backtick continuations (Windows style)',
      files: { Dockerfile: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    Write-Host hello\nCMD ["cmd"]\n' },
    },
    {
      name: 'newer COPY/ADD flags (--exclude, --parents, --unpack) and a tmpfs mount',
      files: { Dockerfile: '# syntax=docker/dockerfile:1.17\nFROM python:3.12-slim\nCOPY --exclude=*.pyc --parents app/ /srv/\nADD --unpack=true https://example.com/wheels.tar.gz /tmp/wheels/\nRUN --mount=type=tmpfs,target=/tmp python -m compileall /srv\nCMD ["python"]\n' },
    },
  ],
  invalid: [
    { name: 'a misspelt instruction', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPPY app/ ./app/\nCMD ["python", "-m", "app.main"]\n' }, lines: [3] },
    { name: 'a HEALTHCHECK interval that is not a duration', files: { Dockerfile: 'FROM python:3.12-slim\nHEALTHCHECK --interval=often CMD curl -f http://localhost:8000/health\nCMD ["python"]\n' }, lines: [2] },
    { name: 'no FROM at all', files: { Dockerfile: 'WORKDIR /app\nCOPY . .\nCMD ["python", "-m", "app.main"]\n' } },
  ],
};
