import type { CheckCases } from '../../cases';

export const cases: CheckCases = {
  valid: [
    { name: 'ordinary settings, including TOKENIZERS_PARALLELISM', files: { Dockerfile: 'FROM python:3.12-slim\nARG PYTHONHASHSEED=0\nENV TOKENIZERS_PARALLELISM=false HF_HOME=/cache/hf MODEL_PATH=models/model.json\n' } },
    { name: 'names that point at a secret file', files: { Dockerfile: 'FROM python:3.12-slim\nENV DB_PASSWORD_FILE=/run/secrets/db \\\n    GOOGLE_APPLICATION_CREDENTIALS_PATH=/run/secrets/gcp.json\n' } },
    { name: 'a build secret mount', files: { Dockerfile: '# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nCOPY requirements.txt .\nRUN --mount=type=secret,id=pip_index,env=PIP_INDEX_URL pip install --no-cache-dir -r requirements.txt\n' } },
    { name: 'an empty placeholder filled at run time', files: { Dockerfile: 'FROM python:3.12-slim\nENV OPENAI_API_KEY=""\nCMD ["python"]\n' } },
    { name: 'a public key and an index URL', files: { Dockerfile: 'FROM python:3.12-slim\nARG PIP_INDEX_URL=https://pypi.org/simple\nENV PUBLIC_KEY_URL=https://example.com/key.pub\n' } },
  ],
  invalid: [
    { name: 'a token as a build argument', files: { Dockerfile: 'FROM python:3.12-slim\nARG HF_TOKEN\nRUN echo building\n' }, lines: [2] },
    { name: 'an API key in ENV', files: { Dockerfile: 'FROM python:3.12-slim\nENV LOG_LEVEL=info \\\n    OPENAI_API_KEY=sk-test-123\n' }, lines: [3] },
    { name: 'a password and a secret access key', files: { Dockerfile: 'ARG AWS_SECRET_ACCESS_KEY\nFROM python:3.12-slim\nENV DB_PASSWORD hunter2\n' }, lines: [1, 3] },
  ],
};
