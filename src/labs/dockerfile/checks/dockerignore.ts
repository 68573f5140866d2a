// docker.dockerignore (lab): .dockerignore keeps this project's Git history, training data and virtualenvs out of
// the build context, without excluding what the image needs (requirements.txt, app/main.py, the model).
import type { Finding } from '../../types';
import { DOCKERIGNORE, MAIN_PY, readText, REQUIREMENTS } from '../context';
import { isIgnored, parseDockerignore } from '../dockerignore';
import { at, finding, textFix } from '../positions';
import { modelPathOf } from './model-artifact';
import type { CheckFn, DockerCheck } from './shared';

const MUST_IGNORE: { label: string; paths: string[]; pattern: string }[] = [
  { label: 'the Git history', paths: ['.git'], pattern: '.git' },
  { label: 'this project\'s training data', paths: ['data', 'data/sample.csv'], pattern: 'data/' },
  { label: 'local virtualenvs', paths: ['.venv', 'venv'], pattern: '.venv/' },
];

const run: CheckFn = (ctx) => {
  const r = readText(ctx.files, DOCKERIGNORE, 'list what the image must not contain (.git, data/, .venv/, __pycache__/), one pattern a line.');
  if (!r.ok) return [r.problem.message.startsWith('Create ') ? { ...r.problem, message: `This lab asks for a .dockerignore. ${r.problem.message}` } : r.problem];
  const rules = parseDockerignore(r.text);
  const out: Finding[] = [];
  const lastLine = r.lines.length;
  const endsOpen = r.text === '' || /[\r\n]$/.test(r.text);
  const insertAt = endsOpen ? at(lastLine, 1) : at(lastLine, r.lines[lastLine - 1].length + 1);
  for (const need of MUST_IGNORE) {
    if (need.paths.some((path) => isIgnored(rules, path).ignored)) continue;
    const text = endsOpen ? `${need.pattern}\n` : `\n${need.pattern}`;
    out.push(finding(DOCKERIGNORE, insertAt, `This lab asks .dockerignore to exclude ${need.label} (${need.paths.filter((x) => !x.includes('/')).join(' or ')}), and it does not: add ${need.pattern} so it stays out of the build context and cannot reach the image through a broad COPY such as COPY . .`, textFix(`Exclude ${need.pattern}`, DOCKERIGNORE, insertAt, text)));
  }
  const modelPath = modelPathOf(ctx);
  for (const keep of [REQUIREMENTS, MAIN_PY, modelPath]) {
    const res = isIgnored(rules, keep);
    if (!res.ignored || !res.rule) continue;
    const line = res.rule.line;
    out.push(finding(DOCKERIGNORE, { line, column: 1, endLine: line, endColumn: (r.lines[line - 1] ?? '').length + 1 }, `This pattern (${res.rule.pattern}) also leaves out ${keep}, which this lab's image needs, so COPY would fail or ship without it: narrow the pattern or add !${keep} after it.`));
  }
  return out;
};

export const dockerignore: DockerCheck = {
  definition: {
    id: 'docker.dockerignore',
    title: '.dockerignore keeps the build context small',
    scope: 'lab',
    why: 'Whatever is in the build context can end up in the image through a broad COPY such as `COPY . .`: the Git history, this project\'s training data, a local virtualenv. A .dockerignore removes them from the context, which keeps builds fast, images small and private data out of the registry.',
    lesson: 'containerization',
    hints: [
      'Which folders in this project should never be inside the serving image?',
      'Create .dockerignore at the project root and list the Git folder, the data folder and virtualenvs.',
      'One pattern a line: .git, data/, .venv/, venv/, __pycache__/ (but not app/, models/ or requirements.txt).',
    ],
  },
  run,
};
