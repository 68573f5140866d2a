// One mistake, one problem: references to a lesson that could not load are grouped under the problem that
// stopped it, and problems about a lab.yaml point at the key they are about. Pure.
//
// Some problems come from the quiz and lab modules, which phrase them themselves; the shapes recognised here
// are kept in step with them by test/unit/course/rootCauses.test.ts, which runs those modules on broken content.
import type { ContentProblem } from './problems';
import { getEntry, isScalar, lineOf, parseYaml, seqItems } from './yamlNodes';

/** Problems that say a reference to lesson "<id>" resolves to nothing. */
const LESSON_REFERENCE = [
  /unknown lesson "([^"]+)"/, // quizzes: question "x": unknown lesson "id"
  /points at missing lesson "([^"]+)"/, // labs: check x points at missing lesson "id"
  /^lab lesson "([^"]+)" does not exist/,
  /^related lesson "([^"]+)" does not exist/,
  /^link to lesson "([^"]+)" points nowhere/,
];

export function referencedLesson(message: string): string | undefined {
  for (const re of LESSON_REFERENCE) {
    const m = re.exec(message);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * Removes the problems that only repeat a lesson's own failure to load, and notes on that lesson's root problem
 * where they were (`followOns`, as file:line). `roots` maps each lesson that could not load to the problem why.
 */
export function groupFollowOns(problems: readonly ContentProblem[], roots: ReadonlyMap<string, ContentProblem> | undefined): ContentProblem[] {
  if (!roots?.size) return [...problems];
  const kept: ContentProblem[] = [];
  for (const p of problems) {
    const id = referencedLesson(p.message);
    const root = id !== undefined ? roots.get(id) : undefined;
    if (root && root !== p) {
      root.followOns = [...(root.followOns ?? []), `${p.file}:${p.line}`];
      continue;
    }
    kept.push(p);
  }
  return kept;
}

/** Where each top-level key of a lab.yaml is, and each item of its lists. */
export interface KeyLines {
  key(name: string): number | undefined;
  item(list: string, value: string): number | undefined;
}

export function labKeyLines(text: string): KeyLines {
  const parsed = parseYaml(text);
  const root = parsed.doc?.contents;
  const lc = parsed.lineCounter;
  return {
    key: (name) => (root ? getEntry(root, name, lc)?.line : undefined),
    item: (list, value) => {
      const entry = root ? getEntry(root, list, lc) : undefined;
      const node = seqItems(entry?.value).find((n) => isScalar(n) && n.value === value);
      return node ? lineOf(node, lc) : undefined;
    },
  };
}

/** The lab.yaml key a problem that names no line is about, from how the lab modules phrase it. */
const LAB_KEY_OF: Array<[RegExp, (m: RegExpExecArray, lines: KeyLines) => number | undefined]> = [
  [/^lab id "/, (_m, l) => l.key('id')],
  [/^no grader is registered for lab/, (_m, l) => l.key('id')],
  [/^lab "[^"]+" is not listed under "labs"/, (_m, l) => l.key('id')],
  [/^lab topic "/, (_m, l) => l.key('topic')],
  [/^"files" must start with the main file/, (_m, l) => l.key('files')],
  [/^the starter fails \[/, (_m, l) => l.key('starterFails')],
  [/^lab lesson "([^"]+)"/, (m, l) => l.item('lessons', m[1]) ?? l.key('lessons')],
];

/** Moves problems reported at line 1 of a lab.yaml to the line of the key they are about, where one is known. */
export function placeLabProblems(problems: readonly ContentProblem[], readLabYaml: (file: string) => string | undefined): ContentProblem[] {
  const cache = new Map<string, KeyLines | undefined>();
  return problems.map((p) => {
    if (p.line !== 1 || !p.file.endsWith('/lab.yaml')) return p;
    for (const [re, find] of LAB_KEY_OF) {
      const m = re.exec(p.message);
      if (!m) continue;
      if (!cache.has(p.file)) {
        const text = readLabYaml(p.file);
        cache.set(p.file, text === undefined ? undefined : labKeyLines(text));
      }
      const lines = cache.get(p.file);
      const line = lines && find(m, lines);
      return line ? { ...p, line } : p;
    }
    return p;
  });
}
