// The Python side of the project the grader reads: requirements.txt pins and app/main.py's port and model path.
import { splitLines } from './positions';

export interface Requirement {
  /** 1-based line and column span of `name+spec` on that line. */
  line: number;
  column: number;
  endColumn: number;
  name: string;
  /** Name with extras, e.g. `uvicorn[standard]`. */
  head: string;
  spec: string;
  pinned: boolean;
  /** For `>=X` / `~=X` specs: the version X, usable as an exact pin. */
  lowerBound: string | null;
}

/** Parses requirements.txt lines (pip's format: one requirement a line, `#` comments, `-` options). */
export function parseRequirements(text: string): Requirement[] {
  const out: Requirement[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A comment starts at `#` at the line start or after whitespace.
    const hash = line.search(/(^|\s)#/);
    const content = hash >= 0 ? line.slice(0, hash) : line;
    const lead = content.length - content.trimStart().length;
    let body = content.trim();
    if (body === '' || body.startsWith('-') || body.endsWith('\\')) continue;
    // Per-requirement options (`--hash=...`) and environment markers (`; python_version<...`) are not the version spec.
    const opt = body.search(/\s--?[A-Za-z]/);
    if (opt >= 0) body = body.slice(0, opt).trimEnd();
    const marker = body.indexOf(';');
    if (marker >= 0) body = body.slice(0, marker).trimEnd();
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/.exec(body);
    if (!m) continue;
    const spec = m[3].trim();
    let pinned = /^===?\s*[^\s*,;]+$/.test(spec);
    if (!pinned && spec.startsWith('@')) pinned = /@[0-9a-f]{40}\b|sha256[=:][0-9a-f]{64}|^@\s*(https?|file):\S+\.(whl|tar\.gz|zip)$/i.test(spec);
    const lb = /^(?:>=|~=)\s*([0-9][0-9A-Za-z.+!-]*)$/.exec(spec);
    out.push({ line: i + 1, column: lead + 1, endColumn: lead + body.length + 1, name: m[1], head: m[1] + (m[2] ?? ''), spec, pinned, lowerBound: lb ? lb[1] : null });
  }
  return out;
}

/** Strips a Python `#` comment from one line (ignores `#` inside simple string literals). */
function stripPyComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

/**
 * Finds the port app/main.py's server listens on: `port=8000` (e.g. in `uvicorn.run(...)`),
 * or a default in `int(os.environ.get("PORT", "8000"))` / `os.getenv("PORT", 8000)`.
 */
export function scanPort(text: string): { port: number; line: number } | null {
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const code = stripPyComment(lines[i]);
    if (!/port/i.test(code)) continue;
    const env = /os\.(?:environ\.get|getenv)\(\s*["']PORT["']\s*,\s*["']?(\d{1,5})/.exec(code);
    if (env) return { port: Number(env[1]), line: i + 1 };
    const kw = /\bport\s*=\s*(\d{1,5})\b/.exec(code);
    if (kw) return { port: Number(kw[1]), line: i + 1 };
  }
  return null;
}

/** Finds the model path app/main.py loads: the first string literal starting with `models/`. */
export function scanModelPath(text: string): string | null {
  const m = /["'](?:\.\/)?(models\/[^"'\s]+)["']/.exec(text);
  return m ? m[1] : null;
}
