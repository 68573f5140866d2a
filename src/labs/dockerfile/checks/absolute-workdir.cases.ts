import type { CheckCases } from '../../cases';

export const cases: CheckCases = {
  valid: [
    { name: 'WORKDIR /app', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["uvicorn", "app.main:app"]\n' } },
    { name: 'WORKDIR from an ENV', files: { Dockerfile: 'FROM python:3.12-slim\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOME\nCOPY . .\n' } },
    { name: 'no WORKDIR, every path absolute', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt /tmp/requirements.txt\nCOPY app /srv/app\nCMD ["python", "/srv/app/main.py"]\n' } },
    { name: 'WORKDIR set in the stage the final one builds FROM', files: { Dockerfile: 'FROM python:3.12-slim AS base\nWORKDIR /app\nFROM base\nCOPY . .\n' } },
    { name: 'AWS Lambda base image sets its own WORKDIR', files: { Dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py .\nCMD ["app.handler"]\n' } },
    { name: 'distroless final stage copying to an absolute path', files: { Dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/server .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]\n' } },
    { name: 'WORKDIR from an ENV that takes its value from an ARG', files: { Dockerfile: 'FROM python:3.12-slim\nARG SERVICE_ROOT=/opt/service\nENV SERVICE_HOME=$SERVICE_ROOT/current\nWORKDIR ${SERVICE_HOME}\nCOPY . .\nCMD ["python", "main.py"]\n' } },
    { name: 'Ray image: its WORKDIR is /home/ray', files: { Dockerfile: 'FROM rayproject/ray:2.9.3-py311\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY serve_app.py .\n' } },
  ],
  invalid: [
    { name: 'relative WORKDIR', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR app\nCOPY . .\n' }, lines: [2] },
    { name: 'no WORKDIR and the project copied to .', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["uvicorn", "app.main:app"]\n' }, lines: [2] },
    { name: 'relative WORKDIR after an absolute one', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /srv\nWORKDIR app\nCOPY . .\n' }, lines: [3] },
  ],
};
