import type { CheckCases } from '../../cases';

const END = 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n';

export const cases: CheckCases = {
  valid: [
    { name: 'curl -fsS with curl installed (the reference solution)', files: {} },
    { name: 'python urllib in exec form', files: { Dockerfile: 'FROM python:3.12-slim\nHEALTHCHECK --interval=30s --timeout=3s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8000/health\', timeout=2)"]\n' + END } },
    { name: 'python3 urllib in shell form with || exit 1', files: { Dockerfile: 'FROM python:3.12-slim\nHEALTHCHECK --interval=15s --timeout=5s --retries=3 \\\n    CMD python3 -c "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')" || exit 1\n' + END } },
    { name: 'busybox wget on alpine', files: { Dockerfile: 'FROM python:3.12-alpine3.20\nHEALTHCHECK CMD wget -q -O /dev/null http://localhost:8000/health || exit 1\n' + END } },
    { name: 'curl in the full image, port from ENV', files: { Dockerfile: 'FROM python:3.12\nENV PORT=8000\nHEALTHCHECK CMD curl --fail "http://localhost:${PORT}/health" || exit 1\nCMD ["sh", "-c", "exec uvicorn app.main:app --host 0.0.0.0 --port ${PORT}"]\n' } },
    { name: 'a health script of the project', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY healthcheck.py /usr/local/bin/\nHEALTHCHECK CMD ["python", "/usr/local/bin/healthcheck.py"]\n' + END } },
    { name: 'HEALTHCHECK in the stage the final one builds FROM', files: { Dockerfile: 'FROM python:3.12-slim AS base\nHEALTHCHECK CMD ["python", "-c", "import urllib.request as u; u.urlopen(\'http://localhost:8000/health\')"]\nFROM base\n' + END } },
    { name: 'port from a variable the Dockerfile does not set', files: { Dockerfile: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nHEALTHCHECK CMD curl -fsS "http://localhost:${PORT:-8000}/health" || exit 1\n' + END } },
    { name: 'curl installed with a pinned package version (curl=<version>)', files: { Dockerfile: 'FROM python:3.12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends ca-certificates curl=7.88.1-10+deb12u12 \\\n && rm -rf /var/lib/apt/lists/*\nHEALTHCHECK --interval=20s CMD curl -fsS http://127.0.0.1:8000/health || exit 1\n' + END } },
  ],
  invalid: [
    { name: 'HEALTHCHECK CMD true probes nothing', files: { Dockerfile: 'FROM python:3.12-slim\nHEALTHCHECK CMD true\n' + END }, lines: [2] },
    { name: 'curl on python:3.12-slim without installing it', files: { Dockerfile: 'FROM python:3.12-slim\nHEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1\n' + END }, lines: [2] },
    { name: 'curl without -f', files: { Dockerfile: 'FROM python:3.12\nHEALTHCHECK CMD curl http://localhost:8000/health || exit 1\n' + END }, lines: [2] },
    { name: 'probes port 80 while the server listens on 8000', files: { Dockerfile: 'FROM python:3.12-slim\nHEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://localhost/health\')"]\n' + END }, lines: [2] },
    { name: 'a process check is not a probe', files: { Dockerfile: 'FROM python:3.12-slim\nHEALTHCHECK CMD pgrep uvicorn || exit 1\n' + END }, lines: [2] },
    { name: 'HEALTHCHECK NONE', files: { Dockerfile: 'FROM python:3.12-slim\nHEALTHCHECK NONE\n' + END }, lines: [2] },
    { name: 'none at all', files: { Dockerfile: 'FROM python:3.12-slim\n' + END }, lines: [1] },
    { name: 'shell form in a distroless image, which has no /bin/sh', files: { Dockerfile: 'FROM python:3.11-slim AS build\nRUN pip install --no-cache-dir --target /deps fastapi==0.115.6\nFROM gcr.io/distroless/python3-debian12:nonroot\nCOPY --from=build /deps /deps\nHEALTHCHECK CMD python3 -c "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"\nCMD ["-m", "uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n' }, lines: [5] },
  ],
};
