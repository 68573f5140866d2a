// What a `run:` script does, read with the real shell parser (../shell/parse.ts, mvdan/sh). Never executed.
// GitHub replaces `${{ … }}` before the shell sees the script, so expressions are masked (same length) before
// parsing and read back from the original text by offset.
import { type ShellCommand, parseShell } from '../shell/parse';

/** One simple command with wrappers (`uv run`, `poetry run`, `python -m`, `bash script.sh`, `env`) unwrapped. */
export interface Cmd {
  /** The words as the program receives them (quotes removed; `${{ }}` kept as written). */
  words: string[];
  /** The program after unwrapping: a command name, a script path or a `-m` module (dotted). */
  program: string;
  /** `program` without folders, `.py`/`.sh` extension, or module package (`src.train` → `train`). */
  base: string;
  /** Arguments after the program. */
  args: string[];
  /** Ran as `python -m module`. */
  module: boolean;
  /** Ran through a tool that provides its own Python (uv, poetry, pipenv, hatch, pdm, conda…). */
  managed: boolean;
  start: number;
  end: number;
}

const EXPR = /\$\{\{[\s\S]*?\}\}/g;
const cache = new Map<string, Cmd[]>();

/** Masks `${{ … }}` with same-length text the shell parser accepts. */
function mask(script: string): string {
  return script.replace(EXPR, (m) => 'G'.repeat(m.length).replace(/\n/g, ' '));
}

function unquote(raw: string): string {
  if (raw.length >= 2 && ((raw.startsWith('"') && raw.endsWith('"')) || (raw.startsWith("'") && raw.endsWith("'")))) return raw.slice(1, -1);
  return raw.replace(/["']/g, '');
}

/**
 * The shell parser costs a few milliseconds per script (most of it walking the syntax tree), so a pathological file
 * with thousands of distinct scripts could take seconds. Each grade gets a budget of real parses; scripts past it,
 * scripts that are not valid shell (GitHub would fail them at run time anyway) and very long ones are split by
 * the small lexer below instead, which knows quotes, escapes, comments and command separators but not syntax.
 */
const MAX_PARSES_PER_GRADE = 150;
const MAX_PARSED_CHARS = 8000;
let budget = MAX_PARSES_PER_GRADE;

/** Called by the grader at the start of each grade. */
export function beginGrade(): void {
  budget = MAX_PARSES_PER_GRADE;
}

function rawCommands(script: string): ShellCommand[] {
  const masked = mask(script);
  if (script.length <= MAX_PARSED_CHARS && budget > 0) {
    budget--;
    const parsed = parseShell(masked);
    if (!parsed.error) return parsed.commands;
  }
  return lexCommands(masked);
}

/** Simple commands split on newlines, `;`, `&`, `|`, `(`, `)`, with quotes and `\` escapes honoured. */
export function lexCommands(script: string): ShellCommand[] {
  const out: ShellCommand[] = [];
  let words: ShellCommand['words'] = [];
  let text = '';
  let literal = true;
  let start = -1;
  const endWord = (end: number) => {
    if (start >= 0) words.push({ text, literal, start, end });
    text = '';
    literal = true;
    start = -1;
  };
  const endCommand = () => {
    if (words.length > 0) out.push({ assigns: new Map(), words, start: words[0]!.start, end: words[words.length - 1]!.end });
    words = [];
  };
  for (let i = 0; i < script.length; i++) {
    const ch = script[i]!;
    if (ch === '\\' && script[i + 1] === '\n') {
      i++;
      continue;
    }
    if (start < 0 && ch === '#') {
      while (i < script.length && script[i] !== '\n') i++;
      endCommand();
      continue;
    }
    if (/[\s;&|()]/.test(ch)) {
      endWord(i);
      if (ch !== ' ' && ch !== '\t') endCommand();
      continue;
    }
    if (start < 0) start = i;
    if (ch === "'" || ch === '"') {
      const close = script.indexOf(ch, i + 1);
      const j = close < 0 ? script.length : close;
      const inner = script.slice(i + 1, j);
      if (ch === '"' && inner.includes('$')) literal = false;
      text += inner;
      i = j;
    } else if (ch === '\\' && i + 1 < script.length) {
      text += script[++i];
    } else {
      if (ch === '$' || ch === '`') literal = false;
      text += ch;
    }
  }
  endWord(script.length);
  endCommand();
  return out;
}

function fileBase(p: string): string {
  const i = p.lastIndexOf('/');
  return (i >= 0 ? p.slice(i + 1) : p).toLowerCase();
}

const PY = /^python(\d(\.\d+)?)?$/;
const RESERVED = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', '}']);
const RUNNERS = new Set(['poetry', 'pipenv', 'hatch', 'pdm', 'rye', 'pixi', 'conda', 'mamba', 'micromamba', 'pipx']);
const VALUE_FLAGS = new Set(['--with', '--python', '-p', '--group', '--extra', '--package', '--project', '--directory', '--env-file', '-n', '--name', '-e', '--environment', '--from']);

function skipOptions(w: string[], i: number): number {
  while (i < w.length && w[i]!.startsWith('-')) {
    if (VALUE_FLAGS.has(w[i]!) && !w[i]!.includes('=')) i++;
    i++;
  }
  return i;
}

function unwrap(words: string[], start: number, end: number): Cmd | undefined {
  let w = words;
  let module = false;
  let managed = false;
  for (let guard = 0; guard < 8 && w.length > 0; guard++) {
    const b = fileBase(w[0]!);
    if (RESERVED.has(w[0]!)) {
      w = w.slice(1); // words the lexer fallback leaves in front of a command (`then pytest`)
    } else if (b === 'env' || b === 'time' || b === 'sudo' || b === 'nice' || b === 'xvfb-run' || b === 'exec') {
      let i = 1;
      while (i < w.length && (w[i]!.startsWith('-') || /^\w+=/.test(w[i]!))) i++;
      w = w.slice(i);
    } else if (b === 'uvx') {
      managed = true;
      w = w.slice(skipOptions(w, 1));
    } else if (b === 'uv' && w[1] === 'tool' && w[2] === 'run') {
      managed = true;
      w = w.slice(skipOptions(w, 3));
    } else if ((b === 'uv' || RUNNERS.has(b)) && w[1] === 'run') {
      managed = true;
      w = w.slice(skipOptions(w, 2));
    } else if (PY.test(b) || b === 'coverage' || b === 'py') {
      const i = w.indexOf('-m');
      if (b === 'coverage' && w[1] !== 'run') return undefined;
      if (i > 0 && i + 1 < w.length && w.slice(1, i).every((x) => x.startsWith('-') || x === 'run')) {
        module = true;
        w = w.slice(i + 1);
        break;
      }
      const j = skipOptions(w, 1);
      if (j < w.length && /\.py$/i.test(w[j]!)) {
        w = w.slice(j);
        break;
      }
      if (b === 'coverage') return undefined;
      break;
    } else if (b === 'bash' || b === 'sh' || b === 'zsh') {
      const j = skipOptions(w, 1);
      if (j < w.length && /\.(sh|bash)$/i.test(w[j]!)) w = w.slice(j);
      break;
    } else break;
  }
  if (w.length === 0) return undefined;
  const program = w[0]!;
  let base = module ? (program.split('.').pop() ?? program).toLowerCase() : fileBase(program);
  base = base.replace(/\.(py|sh|bash)$/, '');
  return { words, program, base, args: w.slice(1), module, managed, start, end };
}

/** The commands of a `run:` script, in order, each unwrapped. Never throws. */
export function commands(script: string): Cmd[] {
  if (!script) return [];
  const hit = cache.get(script);
  if (hit) return hit;
  const out: Cmd[] = [];
  for (const c of rawCommands(script)) {
    // A word holding `${{ }}` parses as a literal of the mask (GGG…): read it back from the script as written.
    const words = c.words.map((w) => (w.literal && !script.slice(w.start, w.end).includes('${{') ? w.text : unquote(script.slice(w.start, w.end))));
    const cmd = unwrap(words, c.start, c.end);
    if (cmd) out.push(cmd);
  }
  if (cache.size > 500) cache.clear();
  cache.set(script, out);
  return out;
}

/** `make lint`, `just test`, `tox -e lint`, `nox -s tests`: the target names. */
function taskTargets(c: Cmd): string[] | undefined {
  if (c.base === 'make' || c.base === 'just' || c.base === 'task' || c.base === 'invoke' || c.base === 'inv') return c.args.filter((a) => !a.startsWith('-') && !a.includes('='));
  if (c.base === 'tox' || c.base === 'nox') {
    const out: string[] = [];
    c.args.forEach((a, i) => {
      if ((a === '-e' || a === '-s' || a === '--session' || a === '--sessions' || a === '-m') && c.args[i + 1]) out.push(...c.args[i + 1]!.split(','));
      else if (/^-(e|s)\S/.test(a)) out.push(...a.slice(2).split(','));
      else if (a.startsWith('-e=') || a.startsWith('--session=')) out.push(...a.split('=')[1]!.split(','));
    });
    return out.length > 0 ? out : c.base === 'tox' ? ['py'] : ['default'];
  }
  if (c.base === 'pre-commit' && c.args[0] === 'run') return ['lint'];
  return undefined;
}

const LINTERS = new Set(['flake8', 'pylint', 'mypy', 'pyright', 'pyflakes', 'pycodestyle', 'pydocstyle', 'bandit', 'ruff-check']);

export function isLintCommand(c: Cmd): boolean {
  const b = c.base;
  if (b === 'ruff') return c.args[0] !== 'format' || c.args.includes('--check');
  if (LINTERS.has(b)) return true;
  if (b === 'black' || b === 'isort') return c.args.includes('--check') || c.args.includes('--check-only') || c.args.includes('--diff');
  if (/^lint([_-]\w+)?$/.test(b) && !c.module) return c.program.includes('/') || c.program.endsWith('.sh');
  const t = taskTargets(c);
  return !!t && t.some((x) => /^(lint|check|style|static)([_:-]\w+)?$/.test(x) || x === 'lint');
}

export function isTestCommand(c: Cmd): boolean {
  const b = c.base;
  if (b === 'pytest' || b === 'py.test') return true;
  if (c.module && (c.program === 'pytest' || c.program === 'unittest' || c.program.startsWith('unittest.'))) return true;
  if (/^(run_)?tests?$/.test(b) && !c.module && (c.program.includes('/') || /\.sh$/.test(c.program))) return true;
  const t = taskTargets(c);
  return !!t && t.some((x) => /^(tests?|unit[_-]?tests?|py\d*(-\w+)?|pytest|default)$/.test(x));
}

export function isTrainCommand(c: Cmd): boolean {
  if (c.base === 'dvc') return c.args[0] === 'repro' || (c.args[0] === 'exp' && c.args[1] === 'run');
  if (/^train(ing)?([_-]\w+)?$/.test(c.base) && (c.module || /\.(py|sh)$/.test(c.program) || c.program.includes('/'))) return true;
  const t = taskTargets(c);
  return !!t && t.some((x) => /^train(ing)?([_-]\w+)?$/.test(x));
}

const VALIDATION = /(^|[_-])validat(e|ion)([_-]|$)|^validate|great[_-]expectations|^gx$|pandera|(^|[_-])check[_-]data|data[_-](check|quality)/;

export function isValidateCommand(c: Cmd): boolean {
  if (c.base === 'great_expectations' || c.base === 'gx') return c.args.includes('checkpoint') || c.args.includes('run');
  if (c.base === 'dvc' && c.args[0] === 'repro') return c.args.slice(1).some((a) => !a.startsWith('-') && VALIDATION.test(fileBase(a)));
  if (VALIDATION.test(c.base) && (c.module || /\.(py|sh)$/.test(c.program) || c.program.includes('/'))) return true;
  const t = taskTargets(c);
  return !!t && t.some((x) => VALIDATION.test(x));
}

const GATE = /check[_-]?metrics|quality[_-]?gate|(^|[_-])gate([_-]|$)|threshold|check[_-]model/;

export function isGateCommand(c: Cmd): boolean {
  if (GATE.test(c.base) && (c.module || /\.(py|sh)$/.test(c.program) || c.program.includes('/'))) return true;
  const t = taskTargets(c);
  return !!t && t.some((x) => GATE.test(x));
}

/** Thresholds given on the command line that let every model through (`--min-accuracy 0`). */
export function trivialThresholds(c: Cmd): string[] {
  const out: string[] = [];
  c.args.forEach((a, i) => {
    const m = /^(--(?:min|fail)[-_][\w-]*|--threshold|--fail-under)(?:=(.*))?$/.exec(a);
    if (!m) return;
    const v = m[2] ?? c.args[i + 1];
    if (v !== undefined && /^-?\d+(\.\d*)?$/.test(v) && Number(v) <= 0) out.push(`${m[1]} ${v}`);
  });
  return out;
}

/** `|| true`, `|| :` or `|| exit 0` right after the command, or `set +e` before it. */
export function swallowsFailure(script: string, c: Cmd): boolean {
  const after = script.slice(c.end);
  if (/^\s*\|\|\s*(true|:|exit\s+0)\b/.test(after)) return true;
  return commands(script).some((o) => o.start < c.start && o.base === 'set' && o.args.includes('+e'));
}

/** docker subcommand words (after global options), e.g. `['buildx', 'build']`. */
function dockerSub(c: Cmd): string[] {
  if (c.base !== 'docker') return [];
  const rest: string[] = [];
  for (let i = 0; i < c.args.length; i++) {
    const a = c.args[i]!;
    if (a.startsWith('-')) {
      if (rest.length === 0 && (a === '--context' || a === '-c' || a === '--host' || a === '-H' || a === '--config')) i++;
      continue;
    }
    rest.push(a);
  }
  return rest;
}

export function isDockerBuild(c: Cmd): boolean {
  const s = dockerSub(c);
  return s[0] === 'build' || (s[0] === 'buildx' && (s[1] === 'build' || s[1] === 'bake')) || (s[0] === 'image' && s[1] === 'build');
}

export function isDockerPush(c: Cmd): boolean {
  const s = dockerSub(c);
  if (s[0] === 'push' || (s[0] === 'image' && s[1] === 'push')) return true;
  return (s[0] === 'buildx' || s[0] === 'build') && c.args.some((a) => a === '--push' || /^--output=.*push=true/.test(a));
}

export function isDockerLogin(c: Cmd): boolean {
  return dockerSub(c)[0] === 'login';
}

/** Image references given with -t/--tag, or pushed by `docker push`. */
export function dockerTags(c: Cmd): string[] {
  if (c.base !== 'docker') return [];
  const tags: string[] = [];
  c.args.forEach((a, i) => {
    if ((a === '-t' || a === '--tag') && c.args[i + 1]) tags.push(c.args[i + 1]!);
    else if (a.startsWith('--tag=')) tags.push(a.slice(6));
    else if (/^-t\S/.test(a)) tags.push(a.slice(2));
  });
  const s = dockerSub(c);
  if (s[0] === 'push' && s[1]) tags.push(s[1]);
  if (s[0] === 'image' && s[1] === 'push' && s[2]) tags.push(s[2]);
  return tags;
}

/** Literal passwords given to `docker login -p` / `--password` (not a variable or expression). */
export function literalDockerPasswords(c: Cmd): string[] {
  if (!isDockerLogin(c)) return [];
  const out: string[] = [];
  c.args.forEach((w, i) => {
    let v: string | undefined;
    if (w === '-p' || w === '--password') v = c.args[i + 1];
    else if (w.startsWith('--password=')) v = w.slice('--password='.length);
    else if (/^-p\S/.test(w)) v = w.slice(2);
    if (v && !v.includes('$')) out.push(v);
  });
  return out;
}

/** Runs Python directly (so the job needs a known Python); `uv run`/`poetry run` bring their own. */
export function runsPython(c: Cmd): boolean {
  if (c.managed) return false;
  const first = fileBase(c.words[0] ?? '');
  return /^(python\d?(\.\d+)?|pip\d?(\.\d+)?|pytest)$/.test(first);
}

/** Writes to $GITHUB_ENV / $GITHUB_OUTPUT in this script: the `NAME=value` texts written. */
export function exportedVars(script: string): Array<{ name: string; value: string; file: 'env' | 'output' }> {
  const out: Array<{ name: string; value: string; file: 'env' | 'output' }> = [];
  for (const line of script.split('\n')) {
    const target = /GITHUB_(ENV|OUTPUT)\b/.exec(line);
    if (!target || !/>>/.test(line)) continue;
    const m = /(?:echo|printf)\s+(?:-\w+\s+)?["']?([A-Za-z_][\w-]*)=([^"'>]*)/.exec(line);
    if (m) out.push({ name: m[1]!, value: m[2]!.trim(), file: target[1] === 'ENV' ? 'env' : 'output' });
  }
  return out;
}
