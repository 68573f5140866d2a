// A .dockerignore matcher following Docker's rules (moby/patternmatcher, used by `docker build` since 23.0):
// one pattern a line, `#` comments, `!` re-includes, `*`/`?`/`[...]` within one path segment, `**` across
// segments, `\` escapes the next character, every other character is literal (`+`, `(`, `{`, `|` included),
// the last matching pattern wins, and a pattern matching a folder excludes its contents.
//
// Patterns are compiled to a small token list and matched by dynamic programming, never to a RegExp: a
// learner's line can be any text (a 20 KB line of braces, an unbalanced `(`), and a regular expression built
// from it can fail to compile or run. @balena/dockerignore was considered: it ports Docker 19.03, passes
// `( ) + { } |` to RegExp unescaped (so `*.c++` means something else than in Docker today) and throws on the
// same inputs, so it would not remove this class of error.
import { splitLines } from './positions';

type Token =
  | { kind: 'char'; c: string }
  | { kind: 'any' } // `?`: one character other than `/`
  | { kind: 'star' } // `*`: any run of characters other than `/`
  | { kind: 'deepDir' } // `**` (or `**/`) before more pattern: nothing, or any run of characters ending in `/`
  | { kind: 'deepEnd' } // `**` at the end: any run of characters, `/` included
  | { kind: 'class'; negate: boolean; items: Array<[string, string]> };

export interface IgnoreRule {
  line: number;
  pattern: string;
  negate: boolean;
  /** null when the pattern is malformed (an unclosed `[`): Docker rejects such a file, and it matches nothing here. */
  tokens: Token[] | null;
}

function parseClass(pattern: string, start: number): { token: Token; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === '^') { negate = true; i++; } // Go's filepath.Match: only `^` negates; `[!...]` is a class with `!`
  const items: Array<[string, string]> = [];
  let first = true;
  while (i < pattern.length && (pattern[i] !== ']' || first)) {
    first = false;
    let lo = pattern[i];
    if (lo === '\\' && i + 1 < pattern.length) lo = pattern[++i];
    i++;
    let hi = lo;
    if (pattern[i] === '-' && i + 1 < pattern.length && pattern[i + 1] !== ']') {
      hi = pattern[i + 1];
      if (hi === '\\' && i + 2 < pattern.length) { hi = pattern[i + 2]; i++; }
      i += 2;
    }
    items.push([lo, hi]);
  }
  if (i >= pattern.length) return null;
  return { token: { kind: 'class', negate, items }, end: i };
}

/** Tokens of one cleaned pattern, or null when it is malformed. */
export function compilePattern(pattern: string): Token[] | null {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++; // `**/` also matches no folder at all
        out.push({ kind: i + 1 < pattern.length ? 'deepDir' : 'deepEnd' });
      } else out.push({ kind: 'star' });
    } else if (c === '?') out.push({ kind: 'any' });
    else if (c === '[') {
      const cls = parseClass(pattern, i);
      if (!cls) return null;
      out.push(cls.token);
      i = cls.end;
    } else if (c === '\\' && i + 1 < pattern.length) out.push({ kind: 'char', c: pattern[++i] });
    else out.push({ kind: 'char', c });
  }
  return out;
}

function classMatches(t: Extract<Token, { kind: 'class' }>, c: string): boolean {
  if (c === '/') return false;
  const inside = t.items.some(([lo, hi]) => lo <= c && c <= hi);
  return inside !== t.negate;
}

/** Whether the whole of `path` matches the tokens: O(tokens × path length), no backtracking blow-up. */
export function matchTokens(tokens: readonly Token[], path: string): boolean {
  // can[j]: the tokens read so far can match path[0, j).
  let can = new Array<boolean>(path.length + 1).fill(false);
  can[0] = true;
  for (const t of tokens) {
    const next = new Array<boolean>(path.length + 1).fill(false);
    let any = false;
    if (t.kind === 'star' || t.kind === 'deepDir' || t.kind === 'deepEnd') {
      let reach = false; // some i <= j with can[i] (and, for `*`, no `/` in path[i, j))
      let before = false; // some i < j with can[i]
      for (let j = 0; j <= path.length; j++) {
        const prev = j > 0 ? path[j - 1] : '';
        if (t.kind === 'star') reach = can[j] || (reach && prev !== '/');
        else if (t.kind === 'deepEnd') reach = can[j] || reach;
        else reach = can[j] || (before && prev === '/');
        before ||= can[j];
        next[j] = reach;
        any ||= reach;
      }
    } else {
      for (let j = 0; j < path.length; j++) {
        if (!can[j]) continue;
        const c = path[j];
        const ok = t.kind === 'char' ? c === t.c : t.kind === 'any' ? c !== '/' : classMatches(t, c);
        if (ok) { next[j + 1] = true; any = true; }
      }
    }
    if (!any) return false;
    can = next;
  }
  return can[path.length];
}

function cleanPattern(p: string): string {
  let s = p.trim();
  while (s.startsWith('./')) s = s.slice(2);
  s = s.replace(/^\/+/, '').replace(/\/+$/, '').replace(/\/{2,}/g, '/');
  return s;
}

export function parseDockerignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    let s = lines[i].trim();
    if (s === '' || s.startsWith('#')) continue;
    let negate = false;
    if (s.startsWith('!')) { negate = true; s = s.slice(1).trim(); }
    const pattern = cleanPattern(s);
    if (pattern === '' || pattern === '.') continue;
    rules.push({ line: i + 1, pattern, negate, tokens: compilePattern(pattern) });
  }
  return rules;
}

function matchesOrParent(rule: IgnoreRule, path: string): boolean {
  if (!rule.tokens) return false;
  const parts = path.split('/');
  for (let n = parts.length; n >= 1; n--) {
    if (matchTokens(rule.tokens, parts.slice(0, n).join('/'))) return true;
  }
  return false;
}

/** Whether `path` (project-relative, no leading `./`) is left out of the build context; with the deciding rule. */
export function isIgnored(rules: readonly IgnoreRule[], path: string): { ignored: boolean; rule: IgnoreRule | null } {
  let ignored = false;
  let rule: IgnoreRule | null = null;
  for (const r of rules) {
    if (matchesOrParent(r, path)) {
      ignored = !r.negate;
      rule = r;
    }
  }
  return { ignored, rule };
}
