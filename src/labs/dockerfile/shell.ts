// The shell commands of RUN, CMD, ENTRYPOINT and HEALTHCHECK, read with the real shell parser (../shell/parse.ts)
// and mapped back to Dockerfile positions.
//
// Docker hands a shell-form instruction to `/bin/sh -c` after joining its continuation lines and dropping the
// comment and empty lines inside them; here-documents (`RUN <<EOF`) keep their body verbatim, and a body that
// follows a bare `<<EOF` is the script itself. The script we parse is built the same way, with a map from each of
// its characters to the character of the Dockerfile it came from.
import type { Instruction } from 'dockerfile-ast';
import { JSONInstruction } from 'dockerfile-ast';
import { parseShell, programName, type ShellWord } from '../shell/parse';
import type { Range } from '../types';
import { execStrings, type ParsedDockerfile } from './parse';
import type { LspRange } from './positions';

/** One word of a command, quotes removed (`text`), with its range in the Dockerfile. */
export interface DWord {
  text: string;
  /** No `$VAR` or `$(...)` in it: `text` is what the program receives. */
  literal: boolean;
  range: Range;
}

/** One simple command of an instruction (inside `&&`, pipes, `if`, loops, `$(...)` and here-documents too). */
export interface DCommand {
  assigns: ReadonlyMap<string, string>;
  words: DWord[];
  range: Range;
  /** The exec-form JSON array itself (not a script inside it). */
  json: boolean;
}

export interface InstructionShell {
  commands: DCommand[];
  /** True when the script came from a here-document body. */
  heredoc: boolean;
  /** Set when the shell text is not valid shell (the commands found are then empty). */
  error?: string;
}

/** Offsets in the Dockerfile text of the start of every line (after `\r\n`, `\r` or `\n`). */
function lineStarts(p: ParsedDockerfile): number[] {
  const cached = starts.get(p);
  if (cached) return cached;
  const out = [0];
  const re = /\r\n|\r|\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.text))) out.push(m.index + m[0].length);
  starts.set(p, out);
  return out;
}
const starts = new WeakMap<ParsedDockerfile, number[]>();

function toPosition(ls: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = ls.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ls[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - ls[lo] + 1 };
}

interface Script {
  text: string;
  /** Dockerfile offset of each character of `text`, plus one entry for its end. */
  map: number[];
}

function lineText(p: ParsedDockerfile, ls: number[], line: number): { start: number; text: string } {
  return { start: ls[line], text: p.lines[line] ?? '' };
}

/**
 * The script of a shell-form instruction, from `fromLine`/`fromChar` (0-based) to `endLine`: the command line with
 * its continuations joined, then (for here-documents) the remaining lines verbatim.
 */
function buildScript(p: ParsedDockerfile, fromLine: number, fromChar: number, endLine: number): { command: Script; rest: { line: number; start: number; text: string }[] } {
  const ls = lineStarts(p);
  const esc = p.escape === '`' ? '`' : '\\';
  const cont = new RegExp(`${esc === '`' ? '`' : '\\\\'}[ \\t]*$`);
  let text = '';
  const map: number[] = [];
  let line = fromLine;
  for (; line <= endLine; line++) {
    const { start, text: full } = lineText(p, ls, line);
    const from = line === fromLine ? fromChar : 0;
    const seg = full.slice(from);
    if (line > fromLine && (seg.trim() === '' || seg.trimStart().startsWith('#'))) continue;
    const m = cont.exec(seg);
    const body = m ? seg.slice(0, m.index) : seg;
    for (let i = 0; i < body.length; i++) { text += body[i]; map.push(start + from + i); }
    // Docker joins the next line straight on, without a space.
    if (!m) { line++; break; }
  }
  map.push(map.length > 0 ? map[map.length - 1] + 1 : ls[fromLine] + fromChar);
  const rest: { line: number; start: number; text: string }[] = [];
  for (; line <= endLine; line++) rest.push({ line, ...lineText(p, ls, line) });
  return { command: { text, map }, rest };
}

const HEREDOC = /<<(-?)(["']?)([A-Za-z0-9_.-]+)\2/g;

/** The bodies of the here-documents named on `command`, taken from `rest` in order. */
function heredocBodies(command: string, rest: { start: number; text: string }[]): { name: string; body: Script }[] {
  const out: { name: string; body: Script }[] = [];
  let i = 0;
  for (const m of command.matchAll(HEREDOC)) {
    const name = m[3];
    let text = '';
    const map: number[] = [];
    for (; i < rest.length; i++) {
      const r = rest[i];
      if ((m[1] ? r.text.replace(/^\t+/, '') : r.text) === name) { i++; break; }
      for (let k = 0; k < r.text.length; k++) { text += r.text[k]; map.push(r.start + k); }
      text += '\n';
      map.push(r.start + r.text.length);
    }
    map.push(map.length > 0 ? map[map.length - 1] + 1 : rest[0]?.start ?? 0);
    out.push({ name, body: { text, map } });
  }
  return out;
}

function commandsOf(p: ParsedDockerfile, s: Script): { commands: DCommand[]; error?: string } {
  const parsed = parseShell(s.text);
  if (parsed.error) return { commands: [], error: parsed.error.message };
  const ls = lineStarts(p);
  const span = (start: number, end: number): Range => {
    const a = toPosition(ls, s.map[Math.min(start, s.map.length - 1)]);
    const lastChar = s.map[Math.max(start, Math.min(end, s.map.length - 1) - 1)];
    const b = toPosition(ls, end > start ? lastChar + 1 : s.map[Math.min(start, s.map.length - 1)]);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const word = (w: ShellWord): DWord => ({ text: w.text, literal: w.literal, range: span(w.start, w.end) });
  return {
    commands: parsed.commands.map((c) => ({ assigns: c.assigns, words: c.words.map(word), range: span(c.start, c.end), json: false })),
  };
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh']);
const cache = new WeakMap<Instruction, InstructionShell>();

/**
 * The simple commands of a RUN, CMD, ENTRYPOINT or HEALTHCHECK. Exec form gives one command (its JSON strings),
 * plus the commands of an `sh -c "<script>"` inside it.
 */
export function shellOf(p: ParsedDockerfile, ins: Instruction): InstructionShell {
  const hit = cache.get(ins);
  if (hit) return hit;
  const out = compute(p, ins);
  cache.set(ins, out);
  return out;
}

function compute(p: ParsedDockerfile, ins: Instruction): InstructionShell {
  const exec = execStrings(ins);
  if (exec && ins instanceof JSONInstruction) {
    const strings = ins.getJSONStrings();
    const rangeAt = (i: number): Range => lsp((strings[Math.min(i, strings.length - 1)]?.getRange() ?? ins.getRange()) as LspRange);
    const words: DWord[] = exec.map((text, i) => ({ text, literal: true, range: rangeAt(i) }));
    if (words.length === 0) return { commands: [], heredoc: false };
    const last = words[words.length - 1].range;
    const commands: DCommand[] = [{ assigns: new Map(), words, range: { ...words[0].range, endLine: last.endLine, endColumn: last.endColumn }, json: true }];
    const c = exec.indexOf('-c');
    if (c > 0 && SHELLS.has(programName({ text: exec[0], literal: true, start: 0, end: 0 })) && exec[c + 1] !== undefined) {
      // The script inside the JSON string: positions are approximate when it holds escapes.
      const r = (strings[c + 1] ?? strings[strings.length - 1]).getRange() as LspRange;
      const ls = lineStarts(p);
      const base = ls[r.start.line] + r.start.character + 1;
      const text = exec[c + 1];
      const map = Array.from({ length: text.length + 1 }, (_, i) => Math.min(base + i, ls[r.end.line] + r.end.character));
      commands.push(...commandsOf(p, { text, map }).commands);
    }
    return { commands, heredoc: false };
  }
  let args = ins.getArguments();
  if (ins.getKeyword() === 'HEALTHCHECK' && args.length > 0 && args[0].getValue().toUpperCase() === 'CMD') args = args.slice(1);
  if (args.length === 0) return { commands: [], heredoc: false };
  const first = args[0].getRange();
  const end = ins.getRange().end.line;
  const { command, rest } = buildScript(p, first.start.line, first.start.character, end);
  if (ins.getKeyword() === 'HEALTHCHECK' && command.text.trimStart().startsWith('[')) {
    // dockerfile-ast does not read HEALTHCHECK CMD [...] as JSON: parse the array here (one range for all words).
    const json = execArray(command.text);
    if (json) {
      const ls = lineStarts(p);
      const a = toPosition(ls, command.map[0]);
      const b = toPosition(ls, command.map[command.map.length - 1]);
      const range: Range = { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      const words: DWord[] = json.map((text) => ({ text, literal: true, range }));
      const commands: DCommand[] = [{ assigns: new Map(), words, range, json: true }];
      if (json.length >= 3 && SHELLS.has(programName({ text: json[0], literal: true, start: 0, end: 0 })) && json[1] === '-c') {
        commands.push(...commandsOf(p, { text: json[2], map: Array.from({ length: json[2].length + 1 }, () => command.map[0]) }).commands);
      }
      return { commands, heredoc: false };
    }
  }
  const bodies = heredocBodies(command.text, rest);
  if (bodies.length > 0 && command.text.trimStart().startsWith('<<')) {
    // `RUN <<EOF`: the first body is the script (unless its #! names another interpreter).
    const body = bodies[0].body;
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body.text);
    if (shebang) {
      const prog = programName({ text: shebang[1].endsWith('/env') && shebang[2] ? shebang[2] : shebang[1], literal: true, start: 0, end: 0 });
      if (!SHELLS.has(prog)) return { commands: [], heredoc: true };
    }
    const r = commandsOf(p, body);
    return { commands: r.commands, heredoc: true, error: r.error };
  }
  if (bodies.length > 0) {
    // `RUN python3 <<EOF` / `RUN bash <<EOF`: the command line as written, with the bodies as data; a body fed to
    // a shell is a script too.
    const joined: Script = { text: command.text, map: command.map.slice(0, -1) };
    const all = rest;
    for (const r of all) {
      joined.text += '\n';
      joined.map.push(r.start - 1);
      for (let k = 0; k < r.text.length; k++) { joined.text += r.text[k]; joined.map.push(r.start + k); }
    }
    joined.text += '\n';
    joined.map.push(all.length ? all[all.length - 1].start + all[all.length - 1].text.length : command.map[command.map.length - 1]);
    joined.map.push(joined.map[joined.map.length - 1] + 1);
    const r = commandsOf(p, joined);
    const commands = [...r.commands];
    const prog = r.commands[0] ? programName({ text: r.commands[0].words[0]?.text ?? '', literal: true, start: 0, end: 0 }) : '';
    if (SHELLS.has(prog)) for (const b of bodies) commands.push(...commandsOf(p, b.body).commands);
    commands.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
    return { commands, heredoc: true, error: r.error };
  }
  const r = commandsOf(p, command);
  return { commands: r.commands, heredoc: false, error: r.error };
}

function execArray(text: string): string[] | null {
  try {
    const v: unknown = JSON.parse(text.trim());
    return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  } catch {
    return null;
  }
}

function lsp(r: LspRange): Range {
  return { line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** The program's words without `sudo`/`env`/`exec`/`nice`/`time` wrappers (and their options). */
export function programOf(cmd: DCommand): DWord[] {
  const w = cmd.words;
  let i = 0;
  while (i < w.length) {
    const name = programName({ text: w[i].text, literal: true, start: 0, end: 0 });
    if (name === 'sudo' || name === 'exec' || name === 'nice' || name === 'time' || name === 'nohup') {
      i++;
      while (i < w.length && w[i].text.startsWith('-')) i++;
      continue;
    }
    if (name === 'env') {
      i++;
      while (i < w.length && (w[i].text.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[i].text))) i++;
      continue;
    }
    break;
  }
  return w.slice(i);
}

/** `programOf`'s first word's base name (`/usr/bin/pip3` → `pip3`). */
export function progName(words: DWord[]): string {
  return words[0] ? programName({ text: words[0].text, literal: true, start: 0, end: 0 }) : '';
}
