// A .dockerignore matcher following Docker's rules: one pattern a line, `#` comments, `!` re-includes,
// `*`/`?`/`[...]` within one path segment, `**` across segments, and a pattern matching a folder excludes its contents.
import { splitLines } from './positions';

export interface IgnoreRule {
  line: number;
  pattern: string;
  negate: boolean;
  regex: RegExp | null;
}

function globToRegex(pattern: string): RegExp | null {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) return null;
      let cls = pattern.slice(i + 1, end).replace(/\\/g, '\\\\');
      if (cls.startsWith('^') || cls.startsWith('!')) cls = '^' + cls.slice(1);
      re += '[' + cls + ']';
      i = end;
    } else if (c === '\\' && i + 1 < pattern.length) re += '\\' + pattern[++i];
    else re += c.replace(/[.+^${}()|\]\\/]/g, '\\$&');
  }
  try {
    return new RegExp('^' + re + '$');
  } catch {
    return null;
  }
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
    rules.push({ line: i + 1, pattern, negate, regex: globToRegex(pattern) });
  }
  return rules;
}

function matchesOrParent(rule: IgnoreRule, path: string): boolean {
  if (!rule.regex) return false;
  const parts = path.split('/');
  for (let n = parts.length; n >= 1; n--) {
    if (rule.regex.test(parts.slice(0, n).join('/'))) return true;
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
