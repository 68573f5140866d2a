import type { CheckCases } from '../../cases';

const END = 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n';

export const cases: CheckCases = {
  valid: [
    { name: 'EXPOSE 8000', files: { Dockerfile: 'FROM python:3.12-slim\nEXPOSE 8000\n' + END } },
    { name: 'several ports with /tcp', files: { Dockerfile: 'FROM python:3.12-slim\nEXPOSE 9090 8000/tcp\n' + END } },
    { name: 'a range', files: { Dockerfile: 'FROM python:3.12-slim\nEXPOSE 8000-8010\n' + END } },
    { name: 'port from an ENV, used by sh -c and EXPOSE', files: { Dockerfile: 'FROM python:3.12-slim\nENV PORT=8000\nEXPOSE ${PORT}\nCMD ["sh", "-c", "exec uvicorn app.main:app --host 0.0.0.0 --port ${PORT}"]\n' } },
    { name: 'gunicorn --bind with the matching EXPOSE', files: { Dockerfile: 'FROM python:3.12-slim\nEXPOSE 8080\nCMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "--bind", "0.0.0.0:8080", "app.main:app"]\n' } },
    { name: 'fastapi run (listens on 0.0.0.0 by default)', files: { Dockerfile: 'FROM python:3.12-slim\nEXPOSE 8000\nCMD ["fastapi", "run", "app/main.py", "--port", "8000"]\n' } },
    { name: 'ENTRYPOINT uvicorn with its host and port in CMD', files: { Dockerfile: 'FROM python:3.12-slim\nEXPOSE 8000\nENTRYPOINT ["uvicorn", "app.main:app"]\nCMD ["--host", "0.0.0.0", "--port", "8000"]\n' } },
  ],
  invalid: [
    { name: 'EXPOSE 5000 while uvicorn listens on 8000 (the starter)', files: { Dockerfile: 'FROM python:3.12-slim\nEXPOSE 5000\n' + END }, lines: [2] },
    { name: 'no EXPOSE', files: { Dockerfile: 'FROM python:3.12-slim\n' + END }, lines: [1] },
    { name: 'EXPOSE 8000 while gunicorn binds 8080', files: { Dockerfile: 'FROM python:3.12-slim\nEXPOSE 8000\nCMD ["gunicorn", "--bind", "0.0.0.0:8080", "app.main:app"]\n' }, lines: [2] },
    { name: 'the UDP port only', files: { Dockerfile: 'FROM python:3.12-slim\nEXPOSE 8000/udp\n' + END }, lines: [2] },
    { name: 'uvicorn without --host listens on 127.0.0.1 only', files: { Dockerfile: 'FROM python:3.12-slim\nEXPOSE 8000\nCMD ["uvicorn", "app.main:app", "--port", "8000"]\n' }, lines: [3] },
  ],
};
