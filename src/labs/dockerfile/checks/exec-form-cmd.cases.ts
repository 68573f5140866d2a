import type { CheckCases } from '../../cases';

export const cases: CheckCases = {
  valid: [
    { name: 'one exec-form CMD', files: { Dockerfile: 'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n' } },
    { name: 'ENTRYPOINT with CMD arguments, both exec form', files: { Dockerfile: 'FROM python:3.12-slim\nENTRYPOINT ["uvicorn", "app.main:app"]\nCMD ["--host", "0.0.0.0", "--port", "8000"]\n' } },
    { name: 'an explicit shell in exec form that execs the server', files: { Dockerfile: 'FROM python:3.12-slim\nENV PORT=8000\nCMD ["sh", "-c", "exec uvicorn app.main:app --host 0.0.0.0 --port ${PORT}"]\n' } },
    { name: 'a base image that starts the app itself', files: { Dockerfile: 'FROM tiangolo/uvicorn-gunicorn-fastapi:python3.11\nCOPY ./app /app/app\n' } },
    { name: 'a CMD per stage (each is what its --target runs)', files: { Dockerfile: 'FROM python:3.12-slim AS dev\nCMD ["uvicorn", "app.main:app", "--reload"]\nFROM dev AS prod\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n' } },
    { name: 'bash -c with a single command (bash execs it) and an entrypoint script', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["bash", "-c", "uvicorn app.main:app --host 0.0.0.0 --port ${PORT:-8000}"]\n' } },
  ],
  invalid: [
    { name: 'shell form (the starter)', files: { Dockerfile: 'FROM python:3.12-slim\nCMD uvicorn app.main:app --host 0.0.0.0 --port 8000\n' }, lines: [2] },
    { name: 'two CMDs in the final stage', files: { Dockerfile: 'FROM python:3.12-slim\nCMD ["python", "-m", "app.main"]\nCMD ["uvicorn", "app.main:app"]\n' }, lines: [2] },
    { name: 'single quotes make it shell form', files: { Dockerfile: "FROM python:3.12-slim\nCMD ['uvicorn', 'app.main:app']\n" }, lines: [2] },
    { name: 'no CMD or ENTRYPOINT', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY app/ /app/\n' }, lines: [1] },
    { name: 'shell form in a distroless image (no /bin/sh to run it)', files: { Dockerfile: 'FROM gcr.io/distroless/python3-debian12:nonroot\nCOPY app /app\nCMD python3 -m app.main\n' }, lines: [3] },
    { name: 'sh -c without exec keeps the shell as PID 1', files: { Dockerfile: 'FROM python:3.12-slim\nENV PORT=8000\nCMD ["sh", "-c", "uvicorn app.main:app --host 0.0.0.0 --port $PORT"]\n' }, lines: [3] },
  ],
};
