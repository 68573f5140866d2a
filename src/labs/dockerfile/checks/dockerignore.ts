// docker.dockerignore (lab): .dockerignore keeps this project's Git history, training data and virtualenvs out of
// the build context, without excluding what the image needs (requirements.txt, app/main.py, the model).
import type { Finding, Range } from '../../types';
import { DOCKERFILE, DOCKERIGNORE, MAIN_PY, readText, REQUIREMENTS, type Context } from '../context';
import { isIgnored, parseDockerignore } from '../dockerignore';
import { copySources, hasFlag, normalizePath, rangeOf } from '../parse';
import { at, finding, textFix } from '../positions';
import { modelPathOf } from './model-artifact';
import type { CheckFn, DockerCheck } from './shared';

/**
 * What "Create .dockerignore" writes: the lab's reference .dockerignore
 * (content/labs/containerize-model-server/solution/.dockerignore; a unit test keeps the two equal).
 */
export const DOCKERIGNORE_TEMPLATE = `# Keep the build context (and the image) to what the server needs.
.git
.gitignore
.venv/
venv/
__pycache__/
*.pyc
.pytest_cache/
data/
notebooks/
train.py
requirements-train.txt
params.yaml
Dockerfile
.dockerignore
`;

/** Where the Dockerfile takes the whole build context (COPY . .), else its first FROM, else line 1. */
function contextLine(ctx: Context): Range {
  const p = ctx.docker;
  if (!p) return at(1);
  const all = p.stages.flatMap((s) => [s.from, ...s.body]);
  const broad = all.find((ins) => ['COPY', 'ADD'].includes(ins.getKeyword()) && !hasFlag(ins, 'from')
    && copySources(ins).some((s) => ['.', '*'].includes(normalizePath(s.value))));
  if (broad) return rangeOf(broad);
  return p.stages[0] ? rangeOf(p.stages[0].from) : at(1);
}

/** No .dockerignore: said on the Dockerfile (a link to the missing file would open "file not found"), with a fix that creates it. */
function missingFinding(ctx: Context): Finding {
  const fix = { ...textFix('Create .dockerignore', DOCKERIGNORE, at(1), DOCKERIGNORE_TEMPLATE), create: true };
  const where = ctx.docker ? DOCKERFILE : DOCKERIGNORE;
  return finding(where, ctx.docker ? contextLine(ctx) : at(1), 'This lab asks for a .dockerignore beside the Dockerfile, and there is none: everything in this folder (the Git history, data/, a .venv/) is sent to Docker as the build context and can reach the image through a broad COPY. Create .dockerignore listing .git, data/ and .venv/ (the quick fix writes the reference one).', fix);
}

const MUST_IGNORE: { label: string; paths: string[]; pattern: string }[] = [
  { label: 'the Git history', paths: ['.git'], pattern: '.git' },
  { label: 'this project\'s training data', paths: ['data', 'data/sample.csv'], pattern: 'data/' },
  { label: 'local virtualenvs', paths: ['.venv', 'venv'], pattern: '.venv/' },
];

const run: CheckFn = (ctx) => {
  const r = readText(ctx.files, DOCKERIGNORE, 'list what the image must not contain (.git, data/, .venv/, __pycache__/), one pattern a line.');
  if (!r.ok) return [ctx.files.get(DOCKERIGNORE)?.kind === 'unreadable' || r.problem.message.includes('too large') ? r.problem : missingFinding(ctx)];
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
