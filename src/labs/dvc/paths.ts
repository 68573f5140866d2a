// Path and command helpers: POSIX normalisation relative to the project root, and
// the few facts we read from a stage's `cmd` (its script, its numeric flags).

/** True for paths DVC treats as outside the workspace or not yet resolved. */
export function isExternalOrTemplated(p: string): boolean {
  return p.includes('${') || /^[a-z][a-z0-9+.-]*:\/\//i.test(p) || p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p);
}

/** Normalise a project path: POSIX separators, no `./`, `a/../b` collapsed, no trailing slash. */
export function normalizePath(p: string, wdir = ''): string {
  const joined = wdir && wdir !== '.' ? `${wdir}/${p}` : p;
  const parts: string[] = [];
  for (const seg of joined.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** `a` equals `b` or lies inside directory `b`. */
export function isSameOrInside(a: string, b: string): boolean {
  return a === b || (b !== '' && a.startsWith(`${b}/`)) || b === '';
}

export interface Word {
  text: string;
  /** Offset of the word in the command string (start of its raw text, quotes included). */
  start: number;
  end: number;
}

/** Split one shell command into words (quotes removed; operators `&& || ; |` become their own words). */
export function shellWords(cmd: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  const n = cmd.length;
  while (i < n) {
    while (i < n && /\s/.test(cmd[i])) i++;
    if (i >= n) break;
    const start = i;
    if ('&|;'.includes(cmd[i])) {
      let j = i + 1;
      if (j < n && cmd[j] === cmd[i]) j++;
      words.push({ text: cmd.slice(i, j), start, end: j });
      i = j;
      continue;
    }
    let text = '';
    while (i < n && !/\s/.test(cmd[i]) && !'&|;'.includes(cmd[i])) {
      const c = cmd[i];
      if (c === "'" || c === '"') {
        const close = cmd.indexOf(c, i + 1);
        const stop = close < 0 ? n : close;
        text += cmd.slice(i + 1, stop);
        i = close < 0 ? n : close + 1;
      } else if (c === '\\' && i + 1 < n) {
        text += cmd[i + 1];
        i += 2;
      } else {
        text += c;
        i++;
      }
    }
    words.push({ text, start, end: i });
  }
  return words;
}

const SCRIPT_EXT = /\.(py|R|r|sh|jl|ipynb)$/;
const INTERPRETERS = /^(python[0-9.]*|py|Rscript|bash|sh|julia|jupyter|papermill|uv|poetry|pipenv|conda|run|exec|nbconvert|--execute|--to)$/;

export interface ScriptRef {
  /** Script path as written in the command. */
  raw: string;
  /** Project path (wdir applied, normalised). */
  path: string;
  word: Word;
  /**
   * Run inside a container (`docker run … image python3 train.py`): the path is one of the image's files,
   * not necessarily the project's.
   */
  inContainer: boolean;
}

/** Programs that run the rest of their command line inside a container, and the subcommands that do. */
const CONTAINER_RUNNERS: Record<string, readonly string[]> = {
  docker: ['run', 'exec', 'compose', 'container'],
  'docker-compose': ['run', 'exec'],
  podman: ['run', 'exec', 'container'],
  nerdctl: ['run', 'exec', 'container'],
  singularity: ['exec', 'run'],
  apptainer: ['exec', 'run'],
  kubectl: ['exec', 'run'],
};

const OPERATORS = ['&&', '||', ';', '|'];

/** The scripts a command runs: `python src/train.py`, `python -m src.train`, `Rscript x.R`, `./run.sh`. */
export function scriptsOf(cmd: string, wdir = ''): ScriptRef[] {
  const out: ScriptRef[] = [];
  const words = shellWords(cmd);
  let inContainer = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (OPERATORS.includes(w.text)) inContainer = false;
    const sub = CONTAINER_RUNNERS[w.text.split('/').pop() ?? ''];
    if (sub && k + 1 < words.length && sub.includes(words[k + 1].text)) inContainer = true;
    if (w.text === '-m' && k > 0 && /^python[0-9.]*$/.test(words[k - 1].text.split('/').pop() ?? '') && k + 1 < words.length) {
      const mod = words[k + 1];
      if (/^[A-Za-z_][\w.]*$/.test(mod.text)) {
        out.push({ raw: mod.text, path: normalizePath(`${mod.text.replace(/\./g, '/')}.py`, wdir), word: mod, inContainer });
      }
      k++;
      continue;
    }
    if (w.text.startsWith('-') || w.text.includes('=') || !SCRIPT_EXT.test(w.text)) continue;
    // The first script-like word after the start of a command or an interpreter.
    const prev = k > 0 ? words[k - 1].text : '';
    if (k === 0 || OPERATORS.includes(prev) || INTERPRETERS.test(prev.split('/').pop() ?? '')) {
      if (!isExternalOrTemplated(w.text)) out.push({ raw: w.text, path: normalizePath(w.text, wdir), word: w, inContainer });
    }
  }
  return out;
}

export interface FlagValue {
  flag: string;
  value: string;
  /** Offsets in the command string spanning the flag and its value. */
  start: number;
  end: number;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Options given a literal number: `--epochs 10`, `--lr=0.01`, `-n 5`. */
export function numericFlags(cmd: string): FlagValue[] {
  const out: FlagValue[] = [];
  const words = shellWords(cmd);
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (!/^--?[A-Za-z]/.test(w.text)) continue;
    const eq = w.text.indexOf('=');
    if (eq > 0) {
      const value = w.text.slice(eq + 1);
      if (NUMBER.test(value)) out.push({ flag: w.text.slice(0, eq), value, start: w.start, end: w.end });
    } else if (k + 1 < words.length && NUMBER.test(words[k + 1].text)) {
      out.push({ flag: w.text, value: words[k + 1].text, start: w.start, end: words[k + 1].end });
      k++;
    }
  }
  return out;
}

/** Edit distance, small strings only (key suggestions). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
