import type { CheckCases } from '../../cases';

export const cases: CheckCases = {
  valid: [
    { name: 'the reference .dockerignore', files: {} },
    { name: 'an allowlist', files: { '.dockerignore': '# everything out, then back in what the image needs\n*\n!app/\n!models/\n!requirements.txt\n' } },
    { name: '** patterns and a negation', files: { '.dockerignore': '**/.git\n**/data\nvenv\n*.txt\n!requirements.txt\n' } },
    { name: 'CRLF line endings and comments', files: { '.dockerignore': '# VCS\r\n.git/\r\n# data and envs\r\ndata\r\n.venv\r\n__pycache__\r\n' } },
  ],
  invalid: [
    { name: 'no .dockerignore (said on the FROM line: the .dockerignore itself does not exist)', files: { '.dockerignore': null }, lines: [2] },
    { name: 'no .dockerignore and a broad COPY . . (said on that COPY)', files: { '.dockerignore': null, Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app/main.py"]\n' }, lines: [3] },
    { name: 'the training data is not excluded', files: { '.dockerignore': '.git\n.venv/\n' }, lines: [3] },
    { name: 'a pattern that also drops the model', files: { '.dockerignore': '.git\ndata/\n.venv/\n**/*.json\n' }, lines: [4] },
  ],
};
