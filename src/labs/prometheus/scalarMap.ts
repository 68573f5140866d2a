// Where each character of a YAML scalar's value sits in the file. PromQL errors are found in the value
// (escapes decoded, lines folded, indentation stripped), but the learner needs them at the file's line and
// column. Plain, single-quoted, double-quoted, literal (|) and folded (>) scalars all copy the expression's
// visible characters in order, so walking the source beside the value finds each one; what differs is how
// whitespace, line breaks, '' and backslash escapes are written, handled below. Pure.

export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/',
  '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/** A double-quoted escape at `src[i]` (a backslash): what it stands for and how long it is in the source. */
function escapeAt(src: string, i: number): { value: string; length: number } | undefined {
  const e = src[i + 1];
  if (e === undefined) return undefined;
  if (e in SIMPLE_ESCAPES) return { value: SIMPLE_ESCAPES[e], length: 2 };
  const hex = ({ x: 2, u: 4, U: 8 } as Record<string, number>)[e];
  if (hex) {
    const digits = src.slice(i + 2, i + 2 + hex);
    if (digits.length !== hex || !/^[0-9a-fA-F]+$/.test(digits)) return undefined;
    const code = parseInt(digits, 16);
    try {
      return { value: String.fromCodePoint(code), length: 2 + hex };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Offsets in the file of every character of `value` (plus one entry for the end of the value), for a scalar
 * of the given style whose source spans [start, end). Always returns value.length + 1 offsets, increasing and
 * within [start, end]; characters that cannot be placed exactly are put at the nearest earlier position.
 */
export function valueOffsets(text: string, start: number, end: number, style: ScalarStyle | string | undefined, value: string): number[] {
  const out: number[] = new Array(value.length + 1);
  const hi = Math.max(start, Math.min(end, text.length));
  let p = Math.max(0, Math.min(start, hi));
  if (style === 'QUOTE_SINGLE' || style === 'QUOTE_DOUBLE') p = Math.min(p + 1, hi); // the opening quote
  if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') {
    // Content starts on the line after the header (`|-`, `>2`, possibly with a comment).
    const nl = text.indexOf('\n', p);
    p = nl < 0 || nl >= hi ? hi : nl + 1;
  }
  const double = style === 'QUOTE_DOUBLE';
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (p >= hi) {
      out[i++] = hi;
      continue;
    }
    if (double && text[p] === '\\') {
      const next = text[p + 1];
      if (next === '\n' || next === '\r') {
        // An escaped line break: the source continues on the next line without adding anything.
        p += next === '\r' && text[p + 2] === '\n' ? 3 : 2;
        while (p < hi && (text[p] === ' ' || text[p] === '\t')) p++;
        continue;
      }
      const esc = escapeAt(text, p);
      if (esc) {
        if (value.startsWith(esc.value, i)) {
          for (let k = 0; k < esc.value.length; k++) out[i + k] = p;
          i += esc.value.length;
        }
        p += esc.length; // consumed, or skipped when the value does not continue with it
        continue;
      }
    }
    if (isSpace(c)) {
      // Whitespace in the value may come from a folded line break, indentation or a kept newline.
      out[i++] = p;
      if (text[p] === c) p++;
      continue;
    }
    // A visible character: the next occurrence in the source (skipping indentation, folded breaks, a doubled '').
    let q = p;
    while (q < hi && text[q] !== c) {
      if (double && text[q] === '\\' && (escapeAt(text, q) || text[q + 1] === '\n' || text[q + 1] === '\r')) break;
      q++;
    }
    if (q < hi && text[q] === c) {
      out[i++] = q;
      p = q + 1;
    } else if (q < hi) {
      p = q; // an escape comes first (q > p here): the next turn decodes it
    } else {
      out[i++] = p;
    }
  }
  // The end of the value: right after its last character (before a closing quote or trailing newline).
  out[value.length] = value.length === 0 ? p : Math.min(hi, out[value.length - 1] + 1);
  for (let k = 1; k < out.length; k++) if (out[k] < out[k - 1]) out[k] = out[k - 1];
  return out;
}
