// The real files the fuzzer mutates: lab starters, solutions and fixtures, lessons, quizzes, course.yaml.
// Read once from the repository (found by walking up from this bundle or the working directory).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { FileInput } from '../../src/labs/types';

export function repoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'content', 'course.yaml')) && existsSync(join(dir, 'package.json'))) return dir;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`content/course.yaml not found above ${__dirname} or ${process.cwd()}`);
}

/** Every file below `dir`, keyed by its POSIX path relative to `base`. */
export function readTree(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) readTree(p, base, out);
    else out.set(relative(base, p).split('\\').join('/'), readFileSync(p, 'utf8'));
  }
  return out;
}

export type Project = Map<string, FileInput>;

export interface Corpus {
  root: string;
  /** Lab id -> starter project and solution project (solution overlaid on the starter), as a learner's folder. */
  labs: Map<string, { starter: Project; solution: Project }>;
  /** Real texts per project file name, e.g. `Dockerfile` -> starter, solution and every Dockerfile fixture. */
  byFile: Map<string, string[]>;
  /** The content folder as the loader reads it (course.yaml, lessons, quizzes, labs' lab.yaml + instructions.md, Python labs' checks.yaml). */
  content: Record<string, string>;
  quizzes: Array<{ file: string; text: string }>;
  lessonIds: Set<string>;
  topicIds: Set<string>;
  /** Every text above, for cross-feeding one kind of file into another's parser. */
  all: string[];
}

let cached: Corpus | undefined;

/** Starter/solution file names that the scaffolder renames (`gitignore` ships without its dot). */
function asProjectPath(rel: string): string {
  return rel.replace(/(^|\/)(gitignore|dvcignore|dockerignore)$/, '$1.$2');
}

function project(files: Map<string, string>): Project {
  const p: Project = new Map();
  for (const [k, v] of files) p.set(asProjectPath(k), { kind: 'text', text: v });
  return p;
}

export function corpus(): Corpus {
  if (cached) return cached;
  const root = repoRoot();
  const contentDir = join(root, 'content');
  const labs = new Map<string, { starter: Project; solution: Project }>();
  const byFile = new Map<string, string[]>();
  const addText = (name: string, text: string) => {
    const list = byFile.get(name) ?? [];
    if (!list.includes(text)) list.push(text);
    byFile.set(name, list);
  };
  for (const lab of readdirSync(join(contentDir, 'labs')).sort()) {
    const starter = readTree(join(contentDir, 'labs', lab, 'starter'));
    const solution = new Map([...starter, ...readTree(join(contentDir, 'labs', lab, 'solution'))]);
    labs.set(lab, { starter: project(starter), solution: project(solution) });
    for (const files of [starter, solution]) for (const [k, v] of files) addText(asProjectPath(k), v);
  }
  // Fixtures: test/fixtures/labs/<lab>/<name>.<kind>; the kind says which project file it stands for.
  const fixtureKinds: Array<[RegExp, string]> = [
    [/\.Dockerfile$/, 'Dockerfile'],
    [/\.dockerignore$/, '.dockerignore'],
    [/\.requirements\.txt$/, 'requirements.txt'],
    [/\.dvc\.yaml$/, 'dvc.yaml'],
    [/\.config$/, '.dvc/config'],
    [/\.gitignore$/, '.gitignore'],
    [/\.yml$/, '.github/workflows/ci.yml'],
  ];
  for (const [rel, text] of readTree(join(root, 'test', 'fixtures', 'labs'))) {
    const kind = fixtureKinds.find(([re]) => re.test(rel));
    if (kind) addText(kind[1], text);
  }

  const content: Record<string, string> = {};
  for (const [rel, text] of readTree(contentDir)) {
    if (rel === 'course.yaml' || /^lessons\/[^/]+\.md$/.test(rel) || /^quizzes\/[^/]+\.ya?ml$/.test(rel) || /^labs\/[^/]+\/(lab\.yaml|instructions\.md|checks\.yaml)$/.test(rel)) {
      content[rel] = text;
    }
  }
  const quizzes = Object.entries(content)
    .filter(([k]) => k.startsWith('quizzes/'))
    .map(([file, text]) => ({ file, text }));
  const lessonIds = new Set(Object.keys(content).filter((k) => k.startsWith('lessons/')).map((k) => k.slice('lessons/'.length, -'.md'.length)));
  const topicIds = new Set([...content['course.yaml'].matchAll(/^\s*- id:\s*([a-z0-9-]+)/gm)].map((m) => m[1]));
  const all = [...new Set([...[...byFile.values()].flat(), ...Object.values(content)])];
  cached = { root, labs, byFile, content, quizzes, lessonIds, topicIds, all };
  return cached;
}
