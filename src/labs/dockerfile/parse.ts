// Turns Dockerfile text into the small model the checks need, on top of dockerfile-ast.
import {
  DockerfileParser,
  type Argument,
  type Dockerfile,
  type From,
  type Instruction,
  JSONInstruction,
  ModifiableInstruction,
} from 'dockerfile-ast';
import { fromLsp, type LspRange } from './positions';
import type { Range } from '../types';

export interface Stage {
  from: From;
  /** Instructions after this FROM, up to the next FROM. */
  body: Instruction[];
}

export interface ParsedDockerfile {
  text: string;
  df: Dockerfile;
  lines: string[];
  instructions: Instruction[];
  stages: Stage[];
  escape: string;
}

// dockerfile-ast 0.7.1 bug (found by fuzzing): getContainingImage() compares the position (line, 0) with
// ranges that start where the first instruction starts, so when the file's first instruction before FROM is
// indented (or follows a BOM, which the grader turns into a space), that line belongs to no image and the
// Dockerfile itself is returned; resolveVariable() then calls itself forever ("Maximum call stack size
// exceeded"), in our checks and in dockerfile-utils' validate(). Patched once, on the shared prototype:
// when the library finds no image, pick the one whose lines contain the position.
interface ImageLike {
  getInstructions(): unknown[];
  getRange(): LspRange | null;
}
type DockerfileInternals = {
  getContainingImage(position: { line: number; character: number }): unknown;
  initialInstructions?: ImageLike;
  buildStages?: ImageLike[];
  __lineBasedImages?: true;
};
const dockerfileProto = Object.getPrototypeOf(DockerfileParser.parse('')) as DockerfileInternals;
if (typeof dockerfileProto.getContainingImage === 'function' && !dockerfileProto.__lineBasedImages) {
  const original = dockerfileProto.getContainingImage;
  dockerfileProto.__lineBasedImages = true;
  dockerfileProto.getContainingImage = function (this: DockerfileInternals, position) {
    const image = original.call(this, position);
    if (image !== this || !position) return image;
    for (const t of [this.initialInstructions, ...(this.buildStages ?? [])]) {
      const r = t && t.getInstructions().length > 0 ? t.getRange() : null;
      if (r && r.start.line <= position.line && position.line <= r.end.line) return t;
    }
    return image;
  };
}

export function parseDockerfile(text: string, lines: string[]): ParsedDockerfile {
  const df = DockerfileParser.parse(text);
  const instructions = df.getInstructions();
  const stages: Stage[] = [];
  for (const ins of instructions) {
    if (ins.getKeyword() === 'FROM') stages.push({ from: ins as From, body: [] });
    else if (stages.length > 0) stages[stages.length - 1].body.push(ins);
  }
  return { text, df, lines, instructions, stages, escape: df.getEscapeCharacter() };
}

export function finalStage(p: ParsedDockerfile): Stage | undefined {
  return p.stages[p.stages.length - 1];
}

export function keyword(ins: Instruction): string {
  return ins.getKeyword();
}

export function rangeOf(ins: Instruction | Argument): Range {
  return fromLsp(ins.getRange() as LspRange);
}

/** Range of the instruction keyword only (e.g. `ADD`). */
export function keywordRange(ins: Instruction): Range {
  return fromLsp(ins.getInstructionRange() as LspRange);
}

/** Range of everything after the keyword (flags included), or of the keyword when there are no arguments. */
export function argumentsRange(ins: Instruction): Range {
  const r = ins.getArgumentsRange();
  return r ? fromLsp(r as LspRange) : keywordRange(ins);
}

export function flags(ins: Instruction): { name: string; value: string | null; options: Map<string, string | null> }[] {
  if (!(ins instanceof ModifiableInstruction)) return [];
  return ins.getFlags().map((f) => ({
    name: f.getName(),
    value: f.getValue(),
    options: new Map(f.getOptions().map((o) => [o.getName(), o.getValue()] as [string, string | null])),
  }));
}

export function hasFlag(ins: Instruction, name: string): boolean {
  return flags(ins).some((f) => f.name === name);
}

/** True when the instruction's arguments are a well-formed JSON array (exec form). */
export function isExecForm(ins: Instruction): boolean {
  if (!(ins instanceof JSONInstruction)) return false;
  if (ins.getOpeningBracket() === null || ins.getClosingBracket() === null) return false;
  const raw = ins.getRawArgumentsContent();
  if (raw === null) return false;
  // The JSON array is what follows any flags: parse it as JSON to be sure.
  const start = raw.indexOf('[');
  try {
    const v: unknown = JSON.parse(raw.slice(start).replace(/\\\r?\n/g, ''));
    return Array.isArray(v) && v.every((s) => typeof s === 'string');
  } catch {
    return false;
  }
}

/** A word of a command with its 0-based LSP range; `value` has quotes removed. */
export interface Word {
  value: string;
  raw: string;
  range: LspRange;
}

/** A simple command (words between `&&`, `||`, `;`, `|`) of a RUN/CMD, or the whole exec-form array. */
export interface Command {
  words: Word[];
  json: boolean;
}

const SEPARATORS = ['&&', '||', ';', '|', '&'];

function unquote(s: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < s.length) out += s[++i];
      else out += c;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\' && i + 1 < s.length) out += s[++i];
    else out += c;
  }
  return out;
}

/** Splits one shell word on unquoted separators glued to it (`a;b`, `x&&y`), keeping ranges. */
function splitWord(arg: Argument, out: (Word | null)[]): void {
  const raw = arg.getValue();
  const r = arg.getRange() as LspRange;
  if (r.start.line !== r.end.line) {
    // A word broken by a line continuation: keep it whole (offsets no longer map onto one line).
    out.push({ value: unquote(raw), raw, range: r });
    return;
  }
  let quote: string | null = null;
  let startIdx = 0;
  const emit = (from: number, to: number) => {
    if (to > from) {
      const piece = raw.slice(from, to);
      out.push({
        value: unquote(piece),
        raw: piece,
        range: { start: { line: r.start.line, character: r.start.character + from }, end: { line: r.start.line, character: r.start.character + to } },
      });
    }
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\') i++;
      continue;
    }
    if (c === '"' || c === "'") { quote = c; continue; }
    if (c === '\\') { i++; continue; }
    const sep = SEPARATORS.find((s) => raw.startsWith(s, i));
    if (sep) {
      emit(startIdx, i);
      out.push(null);
      i += sep.length - 1;
      startIdx = i + 1;
    }
  }
  emit(startIdx, raw.length);
}

/** The simple commands of a RUN, CMD, ENTRYPOINT or HEALTHCHECK (shell form split on separators). */
export function commands(ins: Instruction): Command[] {
  if (isExecForm(ins) && ins instanceof JSONInstruction) {
    const words = ins.getJSONStrings().map((s) => ({ value: s.getJSONValue(), raw: s.getValue(), range: s.getRange() as LspRange }));
    return [{ words, json: true }];
  }
  let args = ins.getArguments();
  if (ins.getKeyword() === 'HEALTHCHECK' && args.length > 0 && args[0].getValue().toUpperCase() === 'CMD') args = args.slice(1);
  const heredoc = args.length > 0 && args[0].getValue().startsWith('<<');
  const pieces: (Word | null)[] = [];
  let prevLine = -1;
  for (const a of args) {
    // In a here-document every line is its own command.
    if (heredoc && prevLine !== -1 && a.getRange().start.line !== prevLine) pieces.push(null);
    prevLine = a.getRange().end.line;
    if (SEPARATORS.includes(a.getValue())) pieces.push(null);
    else splitWord(a, pieces);
  }
  const out: Command[] = [];
  let cur: Word[] = [];
  for (const p of pieces) {
    if (p === null) {
      if (cur.length) out.push({ words: cur, json: false });
      cur = [];
    } else cur.push(p);
  }
  if (cur.length) out.push({ words: cur, json: false });
  return out;
}

/** Drops leading `VAR=value` assignments and `sudo`/`exec`/`env` wrappers; returns the program's words. */
export function programWords(cmd: Command): { words: Word[]; env: Map<string, string> } {
  const env = new Map<string, string>();
  let i = 0;
  while (i < cmd.words.length) {
    const v = cmd.words[i].value;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(v);
    if (m) { env.set(m[1], m[2]); i++; continue; }
    if (v === 'sudo' || v === 'exec' || v === 'env' || v === 'then' || v === 'do' || v === '(' || v === '{') { i++; continue; }
    break;
  }
  return { words: cmd.words.slice(i), env };
}

function base(p: string): string {
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(i + 1) : p;
}

/** If `cmd` runs `pip install` (pip, pip3, python -m pip, uv pip, /venv/bin/pip), the words after `install`. */
export function pipInstall(cmd: Command): { install: Word; rest: Word[]; uv: boolean; env: Map<string, string> } | null {
  const { words, env } = programWords(cmd);
  let i = 0;
  let uv = false;
  const prog = words[0] ? base(words[0].value) : '';
  if (/^pip(\d(\.\d+)?)?$/.test(prog)) i = 1;
  else if (/^python(\d(\.\d+)?)?$/.test(prog) && words[1]?.value === '-m' && /^pip\d?$/.test(words[2]?.value ?? '')) i = 3;
  else if (prog === 'uv' && words[1]?.value === 'pip') { i = 2; uv = true; }
  else return null;
  // Skip global options before the subcommand (e.g. `pip --disable-pip-version-check install`).
  while (i < words.length && words[i].value.startsWith('-')) i++;
  if (words[i]?.value !== 'install') return null;
  return { install: words[i], rest: words.slice(i + 1), uv, env };
}

/** If `cmd` runs `apt-get`/`apt` with a subcommand, the subcommand word and the rest. */
export function aptCommand(cmd: Command): { sub: Word; rest: Word[]; all: Word[] } | null {
  const { words } = programWords(cmd);
  const prog = words[0] ? base(words[0].value) : '';
  if (prog !== 'apt-get' && prog !== 'apt') return null;
  let i = 1;
  while (i < words.length && words[i].value.startsWith('-')) {
    // `-o Option=value` takes an argument.
    if (words[i].value === '-o') i++;
    i++;
  }
  if (i >= words.length) return null;
  return { sub: words[i], rest: words.slice(i + 1), all: words.slice(1) };
}

/** The source paths of a COPY or ADD (all arguments but the destination); [] for here-documents. */
export function copySources(ins: Instruction): { value: string; range: Range }[] {
  let items: { value: string; range: LspRange }[];
  if (isExecForm(ins) && ins instanceof JSONInstruction) {
    items = ins.getJSONStrings().map((s) => ({ value: s.getJSONValue(), range: s.getRange() as LspRange }));
  } else {
    const args = ins.getArguments();
    if (args.length > 0 && args[0].getValue().startsWith('<<')) return [];
    items = args.map((a) => ({ value: unquote(a.getValue()), range: a.getRange() as LspRange }));
  }
  return items.slice(0, -1).map((s) => ({ value: s.value, range: fromLsp(s.range) }));
}

/** Normalises a build-context path: drops `./`, leading `/` and trailing `/`; `.` stays `.`. */
export function normalizePath(p: string): string {
  let s = p.trim().replace(/\\/g, '/');
  while (s.startsWith('./')) s = s.slice(2);
  s = s.replace(/^\/+/, '').replace(/\/+$/, '');
  return s === '' ? '.' : s;
}

/** Substitutes `$NAME`, `${NAME}` and `${NAME:-default}` using `lookup`; unknown names become null. */
export function substitute(value: string, lookup: (name: string) => string | null | undefined): string | null {
  let unresolved = false;
  const out = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, n1: string, op: string, alt: string, n2: string) => {
    const name = n1 ?? n2;
    const v = lookup(name);
    if (op === '-') return v ? v : alt ?? '';
    if (op === '+') return v ? alt ?? '' : '';
    if (v === null || v === undefined) { unresolved = true; return ''; }
    return v;
  });
  return unresolved ? null : out;
}

/** Resolves variables in a value as Docker would at `line` (0-based), via ARG/ENV definitions. */
export function resolveAt(p: ParsedDockerfile, value: string, line: number): string | null {
  if (!value.includes('$')) return value;
  return substitute(value, (name) => p.df.resolveVariable(name, line));
}

/** Resolves variables in a FROM image through the ARGs declared before the first FROM. */
export function resolveImage(p: ParsedDockerfile, image: string): string | null {
  if (!image.includes('$')) return image;
  const defaults = new Map<string, string | null>();
  for (const arg of p.df.getInitialARGs()) {
    const prop = arg.getProperty();
    if (prop) defaults.set(prop.getName(), prop.getValue());
  }
  return substitute(image, (name) => defaults.get(name));
}
