// The graded checks of a Python lab, as content/labs/<id>/checks.yaml lists them. Pure.
//
// A check passes when every pytest test it names passes (all parametrized cases), or, for the
// mutation-style checks of a lab whose learner writes tests: when the learner's own tests fail on a
// dataset broken in a known way (`mutant`), or all pass on the clean one (`clean`).
import type { ContentProblem } from '../../course/problems';
import { getEntry, isScalar, lineOf, mapKeys, parseYaml, seqItems } from '../../course/yamlNodes';
import type { CheckDefinition } from '../types';

export interface PythonCheck extends CheckDefinition {
  /** pytest function names in the graded set (graded/ plus the lab's visible tests). */
  tests: string[];
  /** graded/-relative dataset the learner's tests must catch (at least one failure). */
  mutant?: string;
  /** graded/-relative dataset the learner's tests must accept (no failure, at least one test run). */
  clean?: string;
  /** A function of the main file the check is about: findings without a traceback line point at its `def`. */
  function?: string;
  /** Line of the check in checks.yaml, for content problems. */
  line: number;
}

const KEYS = new Set(['id', 'title', 'why', 'lesson', 'scope', 'hints', 'tests', 'mutant', 'clean', 'function']);
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const REL_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w./-]+$/;

export function parseChecksFile(text: string, file: string): { checks: PythonCheck[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const add = (line: number, message: string) => problems.push({ file, line, message });
  const parsed = parseYaml(text);
  for (const e of parsed.errors) add(e.line, e.limit ? e.message : `not valid YAML: ${e.message}`);
  const root = parsed.doc?.contents;
  if (parsed.errors.length) return { checks: [], problems };
  const lc = parsed.lineCounter;
  const list = root ? getEntry(root, 'checks', lc) : undefined;
  if (!list || !seqItems(list.value).length) {
    add(list?.line ?? 1, 'checks.yaml needs a non-empty "checks" list');
    return { checks: [], problems };
  }
  const checks: PythonCheck[] = [];
  const seen = new Set<string>();
  for (const node of seqItems(list.value)) {
    const line = lineOf(node, lc, list.line);
    for (const k of mapKeys(node)) if (!KEYS.has(k.key)) add(lineOf(k.node, lc, line), `unknown check key "${k.key}" (allowed: ${[...KEYS].join(', ')})`);
    const str = (key: string, required = true): string | undefined => {
      const e = getEntry(node, key, lc);
      if (e && isScalar(e.value) && typeof e.value.value === 'string' && e.value.value.trim()) return e.value.value.trim();
      if (e || required) add(e?.line ?? line, `a check needs a non-empty text "${key}"`);
      return undefined;
    };
    const strings = (key: string): { values: string[]; line: number } | undefined => {
      const e = getEntry(node, key, lc);
      if (!e) return undefined;
      const values = seqItems(e.value).flatMap((n) => {
        if (isScalar(n) && typeof n.value === 'string' && n.value.trim()) return [n.value.trim()];
        add(lineOf(n, lc, e.line), `"${key}" entries must be non-empty texts`);
        return [];
      });
      if (!values.length) add(e.line, `"${key}" must be a non-empty list`);
      return { values, line: e.line };
    };
    const id = str('id') ?? '';
    if (id && !ID.test(id)) add(line, `check id "${id}" must look like "<lab>.<kebab-case-name>"`);
    if (id && seen.has(id)) add(line, `check id "${id}" is listed twice`);
    seen.add(id);
    const scope = str('scope');
    if (scope && scope !== 'general' && scope !== 'lab') add(getEntry(node, 'scope', lc)?.line ?? line, '"scope" must be "general" or "lab"');
    const hints = strings('hints');
    if (!hints) add(line, `check "${id}" needs "hints" (vaguest first)`);
    const tests = strings('tests');
    const mutant = str('mutant', false);
    const clean = str('clean', false);
    const fn = str('function', false);
    const ways = [tests, mutant, clean].filter((w) => w !== undefined).length;
    if (ways !== 1) add(line, `check "${id}" needs exactly one of "tests", "mutant" or "clean"`);
    for (const t of tests?.values ?? []) if (!PY_NAME.test(t)) add(tests!.line, `"${t}" is not a pytest function name`);
    for (const p of [mutant, clean]) if (p !== undefined && !REL_PATH.test(p)) add(line, `dataset "${p}" must be a path inside graded/`);
    if (fn !== undefined && !PY_NAME.test(fn)) add(line, `"function" must be a Python name, not "${fn}"`);
    checks.push({
      id, title: str('title') ?? '', why: str('why') ?? '', lesson: str('lesson') ?? '',
      scope: scope === 'lab' ? 'lab' : 'general', hints: hints?.values ?? [],
      tests: tests?.values ?? [], mutant, clean, function: fn, line,
    });
  }
  return { checks: problems.length ? [] : checks, problems };
}
