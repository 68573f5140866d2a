import type { CheckCases } from '../../cases';

export const cases: CheckCases = {
  valid: [
    { name: 'exact pins (the lab\'s requirements.txt)', files: {} },
    { name: 'pins with extras, markers, hashes and comments', files: { 'requirements.txt': '# served by uvicorn\nfastapi==0.115.6 \\\n    --hash=sha256:' + 'd'.repeat(64) + '\nuvicorn[standard]==0.34.0 ; python_version >= "3.9"\npydantic===2.10.4  # exact\n-r base.txt\n' } },
    { name: 'a wheel URL and a Git commit', files: { 'requirements.txt': 'fastapi==0.115.6\nmylib @ https://example.com/wheels/mylib-1.2.0-py3-none-any.whl\ntools @ git+https://github.com/example/tools@0123456789abcdef0123456789abcdef01234567\n' } },
    { name: 'versions from environment variables', files: { 'requirements.txt': 'fastapi==${FASTAPI_VERSION}\nuvicorn==0.34.0\n' } },
    { name: 'the image installs from uv.lock, not requirements.txt', files: { 'requirements.txt': 'fastapi>=0.110\n', Dockerfile: 'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /bin/uv\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --locked\n' } },
    { name: 'a constraints file decides the versions', files: { 'requirements.txt': 'fastapi\nuvicorn[standard]\n', Dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt constraints.txt ./\nRUN pip install --no-cache-dir -r requirements.txt -c constraints.txt\n' } },
    { name: 'no requirements.txt, and the image pins each package by name', files: { 'requirements.txt': null, Dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir scikit-learn==1.5.2 fastapi==0.115.6 uvicorn==0.32.1\nWORKDIR /app\nCOPY app/ ./app/\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n' } },
    { name: 'no requirements.txt, and the image installs built wheels under a constraints file', files: { 'requirements.txt': null, Dockerfile: 'FROM python:3.12-slim\nCOPY dist/ /tmp/dist/\nRUN pip install --no-cache-dir /tmp/dist/*.whl --constraint /tmp/dist/constraints.txt\nCMD ["python", "-m", "modelserver"]\n' } },
    { name: 'requirements.txt exported from poetry.lock in a builder stage and copied over (ranges in the root file do not count)', files: { 'requirements.txt': 'fastapi>=0.110\n', Dockerfile: 'FROM python:3.12-slim AS deps\nWORKDIR /build\nRUN pip install --no-cache-dir poetry==1.8.4 poetry-plugin-export==1.8.0\nCOPY pyproject.toml poetry.lock ./\nRUN poetry export --without-hashes -o requirements.txt\n\nFROM python:3.12-slim\nWORKDIR /srv\nCOPY --from=deps /build/requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app/ ./app/\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n' } },
    { name: 'no root requirements.txt: the image installs from service/requirements.txt, which this grader does not read', files: { 'requirements.txt': null, Dockerfile: 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY service/requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY service/ ./\nCMD ["python", "serve.py"]\n' } },
  ],
  invalid: [
    { name: 'a lower bound', files: { 'requirements.txt': 'fastapi>=0.110\nuvicorn==0.34.0\n' }, lines: [1] },
    { name: 'a bare name and a wildcard', files: { 'requirements.txt': 'fastapi==0.115.6\nuvicorn\npydantic==2.10.*\n' }, lines: [2, 3] },
    { name: 'requirements.txt missing while the image installs from it', files: { 'requirements.txt': null }, lines: [1] },
    { name: 'compatible release ~=', files: { 'requirements.txt': 'fastapi~=0.115\n' }, lines: [1] },
  ],
};
