// A lab as described by content/labs/<id>/lab.yaml plus its instructions. Pure.
import type { ContentProblem } from '../course/problems';
import type { PythonCheck } from './python/checks';
import { getEntry, isScalar, lineOf, mapKeys, parseYaml, seqItems } from '../course/yamlNodes';

export interface LabDefinition {
  id: string;
  title: string;
  topic: string;
  summary: string;
  mainFile: string;
  files: string[];
  starterFails: string[];
  lessons: string[];
  /** Markdown shown in the lab panel. */
  instructions: string;
  /** Path of lab.yaml relative to the content folder. */
  file: string;
  /**
   * `files`: the extension reads the files and grades them (Dockerfile, workflow, DVC labs).
   * `python`: the extension runs tests against the learner's code (src/labs/python).
   */
  kind: 'files' | 'python';
  /** Python labs: starter test files that are also run at grading, taken from the content, never the learner's copy. */
  visibleTests: string[];
  /** Python labs: variables set in every test run (e.g. a fixed "now" so dated datasets never go stale). */
  testEnv: Record<string, string>;
  /** Python labs: the graded checks, from checks.yaml (loaded beside lab.yaml). */
  checks?: PythonCheck[];
}

const KEYS = new Set(['id', 'title', 'topic', 'summary', 'mainFile', 'files', 'starterFails', 'lessons', 'kind', 'visibleTests', 'testEnv']);

export function parseLabFile(text: string, file: string, instructions: string | undefined): { lab?: LabDefinition; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const add = (line: number, message: string) => problems.push({ file, line, message });
  const parsed = parseYaml(text);
  for (const e of parsed.errors) add(e.line, e.limit ? e.message : `not valid YAML: ${e.message}`);
  const root = parsed.doc?.contents;
  if (parsed.errors.length || !root) {
    if (!parsed.errors.length) add(1, 'lab.yaml is empty');
    return { problems };
  }
  const lc = parsed.lineCounter;
  for (const k of mapKeys(root)) if (!KEYS.has(k.key)) add(lineOf(k.node, lc), `unknown lab key "${k.key}" (allowed: ${[...KEYS].join(', ')})`);
  const str = (key: string): string => {
    const e = getEntry(root, key, lc);
    if (e && isScalar(e.value) && typeof e.value.value === 'string' && e.value.value.trim()) return e.value.value.trim();
    add(e?.line ?? 1, `lab needs a non-empty "${key}"`);
    return '';
  };
  const list = (key: string, required: boolean): string[] => {
    const e = getEntry(root, key, lc);
    if (!e) {
      if (required) add(1, `lab needs a "${key}" list`);
      return [];
    }
    const items = seqItems(e.value);
    if (!items.length && required) add(e.line, `"${key}" must be a non-empty list`);
    return items.flatMap((n) => {
      if (isScalar(n) && typeof n.value === 'string') return [n.value];
      add(lineOf(n, lc, e.line), `"${key}" entries must be strings`);
      return [];
    });
  };
  const lab: LabDefinition = {
    id: str('id'), title: str('title'), topic: str('topic'), summary: str('summary'), mainFile: str('mainFile'),
    files: list('files', true), starterFails: list('starterFails', true), lessons: list('lessons', false),
    instructions: instructions ?? '', file, kind: 'files', visibleTests: [], testEnv: {},
  };
  const kind = getEntry(root, 'kind', lc);
  if (kind) {
    const k = isScalar(kind.value) ? kind.value.value : undefined;
    if (k === 'python' || k === 'files') lab.kind = k;
    else add(kind.line, '"kind" must be "files" (the default) or "python"');
  }
  lab.visibleTests = list('visibleTests', false);
  const testEnv = getEntry(root, 'testEnv', lc);
  if (testEnv) {
    for (const k of mapKeys(testEnv.value)) {
      const v = getEntry(testEnv.value, k.key, lc);
      if (!/^[A-Z_][A-Z0-9_]*$/.test(k.key)) add(lineOf(k.node, lc, testEnv.line), `"testEnv" names must be upper-case variable names, not "${k.key}"`);
      else if (!v || !isScalar(v.value) || typeof v.value.value !== 'string') add(v?.line ?? testEnv.line, `"testEnv.${k.key}" must be a text`);
      else lab.testEnv[k.key] = v.value.value;
    }
    if (lab.kind !== 'python') add(testEnv.line, '"testEnv" is for labs of kind "python"');
  }
  if (lab.kind !== 'python' && lab.visibleTests.length) add(getEntry(root, 'visibleTests', lc)?.line ?? 1, '"visibleTests" is for labs of kind "python"');

  const folder = file.split('/').slice(-2, -1)[0];
  if (lab.id && lab.id !== folder) add(1, `lab id "${lab.id}" must match its folder "${folder}"`);
  if (lab.mainFile && lab.files.length && lab.files[0] !== lab.mainFile) add(1, `"files" must start with the main file "${lab.mainFile}"`);
  if (instructions === undefined) add(1, `missing ${file.replace(/lab\.yaml$/, 'instructions.md')}`);
  return problems.length ? { problems } : { lab, problems };
}
