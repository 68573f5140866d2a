import type { CheckCases } from '../../cases';

const END = 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n';

export const cases: CheckCases = {
  valid: [
    { name: 'COPY models/ ./models/', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app/ ./app/\nCOPY models/ ./models/\n' + END } },
    { name: 'the model file alone, exec-form COPY', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY ["models/model.json", "/app/models/"]\n' + END } },
    { name: 'copied in a builder stage and carried over with the app folder', files: { Dockerfile: 'FROM python:3.12-slim AS build\nWORKDIR /app\nCOPY app/ ./app/\nCOPY models ./models\nFROM python:3.12-slim\nCOPY --from=build /app /app\nWORKDIR /app\n' + END } },
    { name: 'a checksummed download of the model', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nADD --checksum=sha256:' + 'e'.repeat(64) + ' https://models.example.com/churn/v3/model.json ./models/model.json\n' + END } },
    { name: 'with --chown and a ./ prefix', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY --chown=10001:10001 ./models ./models\n' + END } },
    { name: 'an absolute MODEL_PATH where the model is copied', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nENV MODEL_PATH=/opt/models/model.json\nCOPY models/ /opt/models/\n' + END } },
    { name: 'no WORKDIR, app and model copied under / with absolute paths', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY app /app\nCOPY models /models\n' + END } },
  ],
  invalid: [
    { name: 'no model copied', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app/ ./app/\n' + END }, lines: [1] },
    { name: 'model copied only into a builder stage the final image ignores', files: { Dockerfile: 'FROM python:3.12-slim AS build\nCOPY models/ /models/\nFROM python:3.12-slim\nWORKDIR /app\nCOPY app/ ./app/\n' + END }, lines: [3] },
    { name: 'broad COPY while .dockerignore excludes the model', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n' + END, '.dockerignore': '.git\ndata/\n.venv/\nmodels/\n' }, lines: [3] },
    { name: 'model copied to /models while the server runs in /app', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app/ ./app/\nCOPY models/ /models/\n' + END }, lines: [4] },
    { name: 'the whole context copied into a builder stage and carried over whole (model only implicit)', files: { Dockerfile: 'FROM python:3.12-slim AS build\nWORKDIR /app\nCOPY . /app\nRUN python -m venv /app/.venv\nFROM python:3.12-slim\nCOPY --from=build /app /app\nWORKDIR /app\n' + END }, lines: [3] },
    { name: 'COPY . . only in a builder stage whose venv alone is carried over', files: { Dockerfile: 'FROM python:3.12-slim AS build\nWORKDIR /app\nCOPY . .\nRUN python -m venv /opt/venv\nFROM python:3.12-slim\nCOPY --from=build /opt/venv /opt/venv\nWORKDIR /app\n' + END }, lines: [5] },
  ],
};
