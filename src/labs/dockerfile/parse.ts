// Turns Dockerfile text into the small model the checks need, on top of dockerfile-ast. The shell commands of
// RUN/CMD/HEALTHCHECK are read in ./shell.ts, and what reaches the final image (stages, base images) in ./model.ts.
import {
  Arg,
  DockerfileParser,
  Env,
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

/**
 * The strings of an exec-form (JSON array) instruction, or null when it is not one. Read with JSON.parse:
 * dockerfile-ast's getJSONValue() drops the spaces inside a string (`"exec uvicorn app"` comes back as `execuvicornapp`).
 */
export function execStrings(ins: Instruction): string[] | null {
  if (!(ins instanceof JSONInstruction)) return null;
  if (ins.getOpeningBracket() === null || ins.getClosingBracket() === null) return null;
  const raw = ins.getRawArgumentsContent();
  if (raw === null) return null;
  // The JSON array is what follows any flags.
  const start = raw.indexOf('[');
  try {
    const v: unknown = JSON.parse(raw.slice(start).replace(/\\\r?\n/g, ''));
    return Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : null;
  } catch {
    return null;
  }
}

/** True when the instruction's arguments are a well-formed JSON array (exec form). */
export function isExecForm(ins: Instruction): boolean {
  return execStrings(ins) !== null;
}

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

/** The source paths of a COPY or ADD (all arguments but the destination); [] for here-documents. */
export function copySources(ins: Instruction): { value: string; range: Range }[] {
  let items: { value: string; range: LspRange }[];
  const exec = execStrings(ins);
  if (exec && ins instanceof JSONInstruction) {
    const strings = ins.getJSONStrings();
    items = exec.map((value, i) => ({ value, range: (strings[Math.min(i, strings.length - 1)]?.getRange() ?? ins.getRange()) as LspRange }));
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

/** Whether an ARG or ENV instruction sets `name`, and to what (null: an ARG declared without a default). */
function setsVariable(ins: Instruction, name: string): { value: string | null } | undefined {
  const props = ins instanceof Env ? ins.getProperties() : ins instanceof Arg ? [ins.getProperty()] : [];
  const prop = props.find((q) => q?.getName() === name);
  return prop ? { value: prop.getValue() } : undefined;
}

/**
 * The 0-based line of the ARG/ENV that gives `name` its value at `line`: the last one before it in the same stage,
 * or, for an ARG re-declared there without a default, the ARG before the first FROM. Null when there is none.
 */
function definitionLine(p: ParsedDockerfile, name: string, line: number): number | null {
  const stage = [...p.stages].reverse().find((s) => s.from.getRange().start.line <= line);
  const before = (list: readonly Instruction[]) => list.filter((i) => i.getRange().start.line < line).reverse();
  if (stage) {
    for (const ins of before(stage.body)) {
      const set = setsVariable(ins, name);
      if (!set) continue;
      if (set.value !== null) return ins.getRange().start.line;
      break; // `ARG NAME` without a default takes the global one
    }
  }
  for (const ins of before(p.df.getInitialARGs())) {
    const set = setsVariable(ins, name);
    if (set && set.value !== null) return ins.getRange().start.line;
  }
  return null;
}

/**
 * Resolves variables in a value as Docker would at `line` (0-based), via ARG/ENV definitions. A definition that
 * itself refers to variables (`ARG BASE=/home/app` then `ENV APP_DIR=$BASE/src`) is resolved where it is written.
 */
export function resolveAt(p: ParsedDockerfile, value: string, line: number, depth = 0): string | null {
  if (!value.includes('$')) return value;
  return substitute(value, (name) => {
    const raw = p.df.resolveVariable(name, line);
    if (raw === undefined || raw === null || !raw.includes('$')) return raw;
    const at = depth < 8 ? definitionLine(p, name, line) : null;
    return at === null ? null : resolveAt(p, raw, at, depth + 1);
  });
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
