// Ranges, findings and mechanical fixes (1-based lines and columns, endColumn exclusive).
import type { Finding, Range, TextFix } from '../types';

export interface Pos {
  readonly file: string;
  readonly text: string;
  lineCol(offset: number): { line: number; col: number };
  offsetFinding(start: number, end: number, message: string): Finding;
  lineColFinding(line: number, col: number, endLine: number, endCol: number, message: string): Finding;
  nodeFinding(node: unknown, message: string): Finding;
  offsetRange(start: number, end: number): Range;
}

export function finding(file: string, line: number, column: number, endLine: number, endColumn: number, message: string): Finding {
  return { file, line, column, endLine, endColumn, message };
}

export function withFix(f: Finding, fix: TextFix | undefined): Finding {
  return fix ? { ...f, fix } : f;
}

function nodeStart(node: unknown): number | undefined {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r && typeof r[0] === 'number' ? r[0] : undefined;
}

/** Replace the source between two offsets. */
export function replaceFix(pos: Pos, start: number, end: number, newText: string, title: string): TextFix {
  return { title, file: pos.file, range: pos.offsetRange(start, end), newText };
}

/**
 * Insert a new key (possibly several lines, written relative to the key's own indentation)
 * just before an existing key of a block mapping, at the same indentation.
 */
export function insertBeforeKeyFix(pos: Pos, keyNode: unknown, keyText: string, title: string): TextFix | undefined {
  const start = nodeStart(keyNode);
  if (start === undefined) return undefined;
  const { col } = pos.lineCol(start);
  // Only when the key is the first thing on its line after spaces or "- " (block style).
  const lineStart = start - (col - 1);
  const prefix = pos.text.slice(lineStart, start);
  if (!/^[ -]*$/.test(prefix)) return undefined;
  const indent = ' '.repeat(col - 1);
  const body = keyText
    .split('\n')
    .map((l, i) => (i === 0 ? l : indent + l))
    .join('\n');
  return { title, file: pos.file, range: pos.offsetRange(start, start), newText: `${body}\n${indent}` };
}

/** Apply a fix to a text (used by tests and by anyone previewing a fix). */
export function applyFix(text: string, fix: TextFix): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (line: number, col: number) => (starts[line - 1] ?? text.length) + col - 1;
  const a = off(fix.range.line, fix.range.column);
  const b = off(fix.range.endLine, fix.range.endColumn);
  return text.slice(0, a) + fix.newText + text.slice(b);
}
