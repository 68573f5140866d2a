// Position helpers: dockerfile-ast speaks 0-based LSP ranges; graders speak 1-based, endColumn exclusive.
import type { Finding, Range, TextFix } from '../types';

/** The structural shape of an LSP range (0-based line and UTF-16 character). */
export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export function fromLsp(r: LspRange): Range {
  return { line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** A zero-width range at a 1-based line and column. */
export function at(line: number, column = 1): Range {
  return { line, column, endLine: line, endColumn: column };
}

/** Range covering a whole 1-based line of `lines` (without its line break). */
export function wholeLine(lines: readonly string[], line: number): Range {
  const text = lines[line - 1] ?? '';
  return { line, column: 1, endLine: line, endColumn: text.length + 1 };
}

/** Splits text into lines the way dockerfile-ast does: CRLF, LF and lone CR all end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function finding(file: string, range: Range, message: string, fix?: TextFix): Finding {
  return fix ? { file, ...range, message, fix } : { file, ...range, message };
}

export function textFix(title: string, file: string, range: Range, newText: string): TextFix {
  return { title, file, range, newText };
}
