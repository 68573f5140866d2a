// Small helpers over `yaml` documents that keep line numbers for problems.
import { isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface ParsedYaml {
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  /** Syntax errors as [line, message], 1-based; `limit` marks a file refused for its size, not for its syntax. */
  errors: Array<{ line: number; message: string; limit?: true }>;
}

/** yaml reports a stack overflow on deeply nested input as an error (or throws it): say what it means. */
export const TOO_DEEP = 'it is nested too deeply to read; flatten the structure';

export function yamlErrorMessage(message: string): string {
  const first = message.split('\n')[0];
  return /call stack/i.test(first) ? TOO_DEEP : first;
}

/** Content never nests flow collections (`{...}`, `[...]`) anywhere near this deep. */
export const MAX_FLOW_DEPTH = 64;

/**
 * The 1-based line where flow collections first nest deeper than `max`, or 0 when they never do. Uses yaml's
 * own lexer (so quotes, comments and plain scalars are read exactly as the parser reads them) and stops at
 * that point: a file of thousands of unclosed `{` took the full parser about 5 s (issue 9, FUZZ_SEED=70438566),
 * this takes microseconds.
 */
export function flowTooDeep(text: string, max = MAX_FLOW_DEPTH): number {
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '{' || token === '[') {
      if (++depth > max) return text.slice(0, offset).split('\n').length;
    } else if ((token === '}' || token === ']') && depth > 0) depth--;
    offset += token.length;
  }
  return 0;
}

/** Content YAML (course.yaml, a quiz, lab.yaml, front matter) is a few kilobytes; past this it is refused unread. */
export const MAX_CONTENT_YAML = 64 * 1024;

export function tooLargeMessage(length: number): string {
  return `it is ${Math.ceil(length / 1024)} KB; content files are a few KB, and files over ${MAX_CONTENT_YAML / 1024} KB are not read. Split it or remove generated text`;
}

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  if (text.length > MAX_CONTENT_YAML) return { lineCounter, errors: [{ line: 1, message: `not read: ${tooLargeMessage(text.length)}`, limit: true }] };
  const deepAt = flowTooDeep(text);
  if (deepAt) return { lineCounter, errors: [{ line: deepAt, message: TOO_DEEP }] };
  try {
    const doc = parseDocument(text, { lineCounter, prettyErrors: false });
    const errors: ParsedYaml['errors'] = [];
    for (const e of doc.errors) {
      const err = { line: lineCounter.linePos(e.pos[0]).line, message: yamlErrorMessage(e.message) };
      if (!errors.some((x) => x.line === err.line && x.message === err.message)) errors.push(err);
    }
    return { doc, lineCounter, errors };
  } catch (e) {
    return { lineCounter, errors: [{ line: 1, message: e instanceof RangeError ? TOO_DEEP : yamlErrorMessage(String((e as Error)?.message ?? e)) }] };
  }
}

export function lineOf(node: Node | null | undefined, lc: LineCounter, fallback = 1): number {
  const r = node?.range;
  return r ? lc.linePos(r[0]).line : fallback;
}

/** Looks up a key in a YAML map node; returns the value node and the key's line. */
export function getEntry(map: unknown, key: string, lc: LineCounter): { value: Node | null; line: number } | undefined {
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key) {
      return { value: (pair.value as Node | null) ?? null, line: lineOf(pair.key as Node, lc) };
    }
  }
  return undefined;
}

export function mapKeys(map: unknown): Array<{ key: string; node: Node }> {
  if (!isMap(map)) return [];
  return map.items.filter((p) => isScalar(p.key)).map((p) => ({ key: String((p.key as { value: unknown }).value), node: p.key as Node }));
}

export function scalarString(node: Node | null | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

export function seqItems(node: Node | null | undefined): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

export { isMap, isScalar, isSeq };
