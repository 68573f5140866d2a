// Parses one lesson file: YAML front matter + markdown body with required sections.
import type { ContentProblem } from './problems';
import { getEntry, isScalar, lineOf, mapKeys, parseYaml, seqItems } from './yamlNodes';

export const REQUIRED_SECTIONS = ['The idea', 'Why it matters in production', 'Example'] as const;
const FRONT_MATTER_KEYS = new Set(['id', 'title', 'summary', 'minutes', 'related']);
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LessonFileData {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  related: Array<{ id: string; line: number }>;
  body: string;
  bodyLine: number;
  /** `[text](lesson:id)` links found in the body, with their file line. */
  links: Array<{ id: string; line: number }>;
}

export function parseLessonFile(text: string, file: string): { lesson?: LessonFileData; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const add = (line: number, message: string) => problems.push({ file, line, message });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    add(1, 'a lesson must start with front matter: a line `---`, YAML keys, then `---`');
    return { problems };
  }
  const end = lines.indexOf('---', 1);
  if (end < 0) {
    add(1, 'front matter is not closed: add a line `---` after its keys');
    return { problems };
  }
  const parsed = parseYaml(lines.slice(1, end).join('\n'));
  const offset = 1; // front matter starts on file line 2
  for (const e of parsed.errors) add(e.line + offset, e.limit ? `front matter ${e.message}` : `front matter is not valid YAML: ${e.message}`);
  const root = parsed.doc?.contents;
  if (parsed.errors.length || !root) {
    if (!parsed.errors.length) add(2, 'front matter is empty');
    return { problems };
  }
  const lc = parsed.lineCounter;
  for (const k of mapKeys(root)) {
    if (!FRONT_MATTER_KEYS.has(k.key)) add(lineOf(k.node, lc) + offset, `unknown front matter key "${k.key}" (allowed: ${[...FRONT_MATTER_KEYS].join(', ')})`);
  }
  const str = (key: string): string => {
    const e = getEntry(root, key, lc);
    if (!e) {
      add(2, `front matter is missing "${key}"`);
      return '';
    }
    if (!isScalar(e.value) || typeof e.value.value !== 'string' || !e.value.value.trim()) {
      add(e.line + offset, `"${key}" must be a non-empty string`);
      return '';
    }
    return e.value.value.trim();
  };
  const id = str('id');
  const title = str('title');
  const summary = str('summary');
  const expectedId = file.split('/').pop()!.replace(/\.md$/, '');
  if (id && id !== expectedId) add(2, `id "${id}" must match the file name "${expectedId}.md"`);
  if (id && !ID_PATTERN.test(id)) add(2, `id "${id}" must be lowercase words joined by dashes`);

  let minutes = 0;
  const m = getEntry(root, 'minutes', lc);
  if (!m) add(2, 'front matter is missing "minutes" (reading time, 1-15)');
  else if (!isScalar(m.value) || typeof m.value.value !== 'number' || !Number.isInteger(m.value.value) || m.value.value < 1 || m.value.value > 15) {
    add(m.line + offset, '"minutes" must be a whole number from 1 to 15');
  } else minutes = m.value.value;

  const related: Array<{ id: string; line: number }> = [];
  const r = getEntry(root, 'related', lc);
  if (r) {
    const items = seqItems(r.value);
    if (!items.length && r.value !== null) add(r.line + offset, '"related" must be a list of lesson ids');
    for (const item of items) {
      if (isScalar(item) && typeof item.value === 'string') related.push({ id: item.value, line: lineOf(item, lc, r.line) + offset });
      else add(lineOf(item, lc, r.line) + offset, '"related" entries must be lesson ids');
    }
  }

  const bodyLine = end + 2;
  const bodyLines = lines.slice(end + 1);
  const body = bodyLines.join('\n');
  const { headings, links } = scanBody(bodyLines, bodyLine);
  let cursor = 0;
  for (const section of REQUIRED_SECTIONS) {
    const found = headings.findIndex((h, i) => i >= cursor && h.text === section);
    if (found < 0) {
      add(bodyLine, `missing section "## ${section}" (required, in this order: ${REQUIRED_SECTIONS.map((s) => `"${s}"`).join(', ')})`);
    } else cursor = found + 1;
  }
  if (!problems.length) {
    return { lesson: { id, title, summary, minutes, related, body, bodyLine, links }, problems };
  }
  return { problems };
}

/** Finds `## ` headings and `lesson:` links outside fenced code blocks. */
function scanBody(lines: string[], firstLine: number) {
  const headings: Array<{ text: string; line: number }> = [];
  const links: Array<{ id: string; line: number }> = [];
  let fence: string | undefined;
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    const f = /^\s*(```+|~~~+)/.exec(raw);
    if (f) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = undefined;
      return;
    }
    if (fence) return;
    const h = /^##\s+(.+?)\s*#*\s*$/.exec(raw);
    if (h) headings.push({ text: h[1], line });
    for (const m of raw.matchAll(/\]\(lesson:([^)\s]*)\)/g)) links.push({ id: m[1], line });
  });
  return { headings, links };
}
