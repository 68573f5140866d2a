// Offsets -> 1-based ranges (endColumn exclusive), findings and text fixes for one source file.
import { LineCounter } from 'yaml';
import type { Finding, Range, TextFix } from '../types';

/** One text file of the project with a line index (yaml's LineCounter). */
export class Source {
  readonly lines: LineCounter;

  /** Pass the LineCounter that `parseDocument` filled, or none to index the text here. */
  constructor(
    readonly file: string,
    readonly text: string,
    lines?: LineCounter,
  ) {
    if (lines && lines.lineStarts.length > 0) {
      this.lines = lines;
    } else {
      this.lines = new LineCounter();
      this.lines.addNewLine(0);
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lines.addNewLine(i + 1);
    }
  }

  get lineCount(): number {
    return this.lines.lineStarts.length;
  }

  /** 1-based line and column of an offset (clamped to the text). */
  pos(offset: number): { line: number; col: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const p = this.lines.linePos(o);
    return p.line === 0 ? { line: 1, col: o + 1 } : p;
  }

  range(start: number, end: number): Range {
    const a = this.pos(start);
    const b = this.pos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  /** Offset where a 1-based line starts. */
  lineStart(line: number): number {
    const starts = this.lines.lineStarts;
    return starts[Math.max(0, Math.min(line, starts.length) - 1)] ?? 0;
  }

  /** Offset of the end of a 1-based line, before its newline (and before a CR of CRLF). */
  lineEnd(line: number): number {
    const next = line < this.lineCount ? this.lineStart(line + 1) - 1 : this.text.length;
    return next > 0 && this.text[next - 1] === '\r' && next - 1 >= this.lineStart(line) ? next - 1 : next;
  }

  finding(start: number, end: number, message: string, fix?: TextFix): Finding {
    const f: Finding = { file: this.file, ...this.range(start, end), message };
    return fix ? { ...f, fix } : f;
  }

  fix(start: number, end: number, newText: string, title: string): TextFix {
    return { title, file: this.file, range: this.range(start, end), newText };
  }

  /** The newline style of the file, for inserted lines. */
  get eol(): string {
    this.eolCache ??= this.text.includes('\r\n') ? '\r\n' : '\n';
    return this.eolCache;
  }

  private eolCache: string | undefined;
}

/** A finding at line 1 of a file that is not a usable text (missing, unreadable, too large). */
export function fileFinding(file: string, message: string): Finding {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, message };
}

/** Apply a fix to a text (tests and previews). */
export function applyFix(text: string, fix: TextFix): string {
  const src = new Source(fix.file, text);
  const off = (line: number, col: number) => Math.min(text.length, src.lineStart(line) + col - 1);
  const a = off(fix.range.line, fix.range.column);
  const b = off(fix.range.endLine, fix.range.endColumn);
  return text.slice(0, a) + fix.newText + text.slice(b);
}
