// Finds the whole-file examples in a lesson (Dockerfile, GitHub workflow, dvc.yaml) so tests and
// `content check` can grade them with the labs' graders. Pure: markdown-it tokens, no I/O, no vscode.
// Not imported by the loader: markdown-it stays out of the activation bundle.
//
// A fence says what it is in its info string, after the language:
//   ```dockerfile                              a whole Dockerfile
//   ```yaml file=.github/workflows/ci.yml      a whole GitHub Actions workflow
//   ```yaml file=dvc.yaml                      a whole dvc.yaml
//   ```dockerfile fragment                     part of a file (a single RUN line): never graded
//   ```dockerfile omits=docker.non-root-user   graded, but may fail the listed checks; the paragraph
//                                              right after the block must say in words what it leaves out
import MarkdownIt from 'markdown-it';
import type { ContentProblem } from './problems';

export type ExampleKind = 'dockerfile' | 'workflow' | 'dvc';

export interface LessonExample {
  kind: ExampleKind;
  /** The project path the example is graded as (Dockerfile, .github/workflows/<name>.yml, dvc.yaml). */
  path: string;
  /** 1-based line of the opening fence in the lesson file; example line n is file line `line + n`. */
  line: number;
  text: string;
  /** Check ids the example knowingly leaves out. */
  omits: string[];
  /** Text of the paragraph right after the block ('' when none). */
  after: string;
}

export interface ExampleScan {
  examples: LessonExample[];
  /** Fences marked `fragment` (skipped on purpose), with their line. */
  fragments: Array<{ line: number; lang: string }>;
  problems: ContentProblem[];
}

const md = new MarkdownIt({ html: false });
const WORKFLOW_PATH = /^\.github\/workflows\/[A-Za-z0-9._-]+\.ya?ml$/;
const CHECK_ID = /^[a-z]+\.[a-z0-9-]+$/;

function kindOfPath(path: string): ExampleKind | undefined {
  if (path === 'Dockerfile') return 'dockerfile';
  if (path === 'dvc.yaml') return 'dvc';
  if (WORKFLOW_PATH.test(path)) return 'workflow';
  return undefined;
}

/** A YAML fence that is not marked but looks like a whole workflow or dvc.yaml (top-level keys). */
function looksLike(content: string): ExampleKind | undefined {
  const top = new Set(content.split('\n').map((l) => /^([A-Za-z_"']+)\s*:/.exec(l)?.[1].replace(/["']/g, '')).filter(Boolean));
  if (top.has('jobs') && (top.has('on') || top.has('true'))) return 'workflow';
  if (top.has('stages')) return 'dvc';
  return undefined;
}

/** Scans a lesson body; `bodyLine` is the file line where the body starts. */
export function findExamples(body: string, bodyLine: number, file: string): ExampleScan {
  const out: ExampleScan = { examples: [], fragments: [], problems: [] };
  const tokens = md.parse(body, {});
  tokens.forEach((t, i) => {
    if (t.type !== 'fence' || !t.map) return;
    const line = bodyLine + t.map[0];
    const add = (message: string) => out.problems.push({ file, line, message });
    const [lang = '', ...words] = t.info.trim().split(/\s+/);
    let path: string | undefined;
    let omits: string[] | undefined;
    let fragment = false;
    for (const w of words) {
      if (w === 'fragment') fragment = true;
      else if (w.startsWith('file=')) path = w.slice(5);
      else if (w.startsWith('omits=')) omits = w.slice(6).split(',').filter(Boolean);
      else add(`unknown word "${w}" after the fence language (allowed: file=<path>, omits=<check ids>, fragment)`);
    }
    if (fragment) {
      if (path || omits) add('a `fragment` is not graded, so it takes no file= or omits=');
      out.fragments.push({ line, lang });
      return;
    }
    if (!path && lang === 'dockerfile') path = 'Dockerfile';
    if (!path) {
      if (omits) add('omits= needs a graded example: a `dockerfile` fence or one with file=<path>');
      const looks = lang === 'yaml' || lang === 'yml' ? looksLike(t.content) : undefined;
      if (looks === 'workflow') add('this YAML looks like a whole GitHub workflow: add file=.github/workflows/<name>.yml after `yaml` so it is graded, or mark it `fragment`');
      if (looks === 'dvc') add('this YAML looks like a whole dvc.yaml: add file=dvc.yaml after `yaml` so it is graded, or mark it `fragment`');
      return;
    }
    const kind = kindOfPath(path);
    if (!kind) {
      add(`file=${path} is not a file any lab grades (Dockerfile, dvc.yaml, .github/workflows/<name>.yml)`);
      return;
    }
    if (kind === 'dockerfile' ? lang !== 'dockerfile' : lang !== 'yaml' && lang !== 'yml') add(`file=${path} needs the fence language ${kind === 'dockerfile' ? '`dockerfile`' : '`yaml`'}`);
    if (omits && !omits.length) add('omits= lists no check ids');
    for (const id of omits ?? []) if (!CHECK_ID.test(id)) add(`omits= has "${id}", which is not a check id (such as docker.non-root-user)`);
    const next = tokens[i + 1]?.type === 'paragraph_open' ? tokens[i + 2]?.content ?? '' : '';
    out.examples.push({ kind, path, line, text: t.content, omits: omits ?? [], after: next });
  });
  return out;
}
