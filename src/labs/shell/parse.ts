// Shell scripts (Dockerfile RUN/HEALTHCHECK, workflow `run:`) read by a real shell parser: mvdan/sh's
// syntax package (the parser behind shfmt), in its synchronous JavaScript build `mvdan-sh`. Never executed.
// Pure: no I/O. The parser module (~1.5 MB) is loaded on first use, inside the lazily loaded graders bundle.

/** One word of a command, quotes removed. Parameter expansions and command substitutions stay as written. */
export interface ShellWord {
  text: string;
  /** No expansion in it: `text` is exactly what the program receives. */
  literal: boolean;
  /** Character offsets in the script, end exclusive. */
  start: number;
  end: number;
}

export interface ShellCommand {
  /** `NAME=value` assignments before the program name. */
  assigns: ReadonlyMap<string, string>;
  words: ShellWord[];
  start: number;
  end: number;
}

export interface ShellScript {
  /** Every simple command, in source order, including those inside `&&`, pipes, `if`, loops and `$(...)`. */
  commands: ShellCommand[];
  /** Set when the script is not valid shell; `commands` is then empty. */
  error?: { message: string; offset: number };
}

// Minimal typing of the GopherJS objects we read.
interface GoPos { Offset(): number }
interface GoNode { Pos(): GoPos; End(): GoPos; [k: string]: unknown }
interface GoSyntax {
  NewParser(...opts: unknown[]): { Parse(src: string, name: string): GoNode };
  Walk(node: GoNode, fn: (n: GoNode | null) => boolean): void;
  NodeType(n: GoNode): string;
  Variant(v: unknown): unknown;
  LangBash: unknown;
}

let syntax: GoSyntax | undefined;
function sh(): GoSyntax {
  if (!syntax) {
    // The GopherJS runtime sets Error.stackTraceLimit = Infinity when it loads; every later Error in the process
    // (the YAML parser makes one per problem) would then record its whole stack, which made grading a broken
    // workflow take seconds. Keep the host's limit.
    const limit = Error.stackTraceLimit;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      syntax = (require('mvdan-sh') as { syntax: GoSyntax }).syntax;
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
  return syntax;
}

/** Maps the parser's UTF-8 byte offsets to string indexes (identity for ASCII scripts). */
function offsetMapper(script: string): (byte: number) => number {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(script)) return (b) => b;
  const starts: number[] = [];
  let byte = 0;
  for (let i = 0; i < script.length; i++) {
    starts.push(byte);
    const c = script.codePointAt(i)!;
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (c >= 0x10000) { starts.push(byte); i++; }
    byte += n;
  }
  return (b) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < b) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Backslash escapes outside quotes: `a\ b` is one word `a b`. */
function unescapeLit(v: string): string {
  return v.replace(/\\(.)/gs, '$1');
}

function partText(s: GoSyntax, part: GoNode, raw: (n: GoNode) => string): { text: string; literal: boolean } {
  switch (s.NodeType(part)) {
    case 'Lit':
      return { text: unescapeLit(String(part.Value)), literal: true };
    case 'SglQuoted':
      return { text: String(part.Value), literal: true };
    case 'DblQuoted': {
      let text = '';
      let literal = true;
      for (const p of (part.Parts as GoNode[]) ?? []) {
        if (s.NodeType(p) === 'Lit') text += String(p.Value).replace(/\\([$`"\\])/g, '$1');
        else {
          text += raw(p);
          literal = false;
        }
      }
      return { text, literal };
    }
    default:
      return { text: raw(part), literal: false };
  }
}

const cache = new Map<string, ShellScript>();

/** Parses a bash script. Never throws: invalid shell comes back as `error`. */
export function parseShell(script: string): ShellScript {
  const hit = cache.get(script);
  if (hit) return hit;
  const result = parseUncached(script);
  if (cache.size > 500) cache.clear();
  cache.set(script, result);
  return result;
}

function parseUncached(script: string): ShellScript {
  const s = sh();
  const toIndex = offsetMapper(script);
  let file: GoNode;
  try {
    file = s.NewParser(s.Variant(s.LangBash)).Parse(script, '');
  } catch (e) {
    const err = e as { Error?: () => string; message?: string };
    const message = typeof err.Error === 'function' ? err.Error() : String(err.message ?? e);
    const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
    let offset = 0;
    if (m) {
      const lines = script.split('\n');
      const line = Math.min(Number(m[1]), lines.length);
      offset = lines.slice(0, line - 1).reduce((a, l) => a + l.length + 1, 0) + Math.max(0, Number(m[2]) - 1);
    }
    return { commands: [], error: { message: m ? m[3] : message, offset: Math.min(offset, script.length) } };
  }
  const raw = (n: GoNode) => script.slice(toIndex(n.Pos().Offset()), toIndex(n.End().Offset()));
  const commands: ShellCommand[] = [];
  s.Walk(file, (n) => {
    if (!n || s.NodeType(n) !== 'CallExpr') return true;
    const assigns = new Map<string, string>();
    for (const a of (n.Assigns as GoNode[]) ?? []) {
      const name = (a.Name as GoNode | null)?.Value;
      if (typeof name !== 'string') continue;
      const value = a.Value as GoNode | null;
      assigns.set(name, value ? ((value.Parts as GoNode[]) ?? []).map((p) => partText(s, p, raw).text).join('') : '');
    }
    const words: ShellWord[] = ((n.Args as GoNode[]) ?? []).map((w) => {
      let text = '';
      let literal = true;
      for (const p of (w.Parts as GoNode[]) ?? []) {
        const t = partText(s, p, raw);
        text += t.text;
        literal &&= t.literal;
      }
      return { text, literal, start: toIndex(w.Pos().Offset()), end: toIndex(w.End().Offset()) };
    });
    commands.push({ assigns, words, start: toIndex(n.Pos().Offset()), end: toIndex(n.End().Offset()) });
    return true;
  });
  commands.sort((a, b) => a.start - b.start);
  return { commands };
}

/** The program's name without its folder: `/usr/bin/pip3` → `pip3`. */
export function programName(word: ShellWord | undefined): string {
  if (!word) return '';
  const i = word.text.lastIndexOf('/');
  return i >= 0 ? word.text.slice(i + 1) : word.text;
}
