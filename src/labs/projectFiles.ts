// Reads a learner's project for grading (Node fs; no vscode). Refuses what a grader should not see:
// binary files, files over the size limit, invalid UTF-8 — each with a learner-facing reason.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileInput, LabGrader, ProjectFiles } from './types';

export const MAX_GRADED_BYTES = 1024 * 1024;

export function tooLarge(bytes: number, path: string): FileInput {
  return { kind: 'unreadable', reason: `${path} is ${(bytes / 1024 / 1024).toFixed(1)} MB; files over ${MAX_GRADED_BYTES / 1024 / 1024} MB are not graded. Is this the right file?` };
}

function binary(path: string): FileInput {
  return { kind: 'unreadable', reason: `${path} looks like a binary file (it contains NUL bytes); it should be plain text.` };
}

export function toFileInput(bytes: Uint8Array, path: string): FileInput {
  if (bytes.length > MAX_GRADED_BYTES) return tooLarge(bytes.length, path);
  if (bytes.includes(0)) return binary(path);
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { kind: 'unreadable', reason: `${path} is not valid UTF-8 text; save it with UTF-8 encoding.` };
  }
}

/** Text already decoded (an open editor's buffer) gets the same limits as bytes from disk. */
export function textInput(text: string, path: string): FileInput {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_GRADED_BYTES) return tooLarge(bytes, path);
  if (text.includes('\0')) return binary(path);
  return { kind: 'text', text: text.replace(/^\uFEFF/, '') };
}

export async function readProjectFile(root: string, path: string): Promise<FileInput> {
  const abs = join(root, ...path.split('/'));
  try {
    const s = await stat(abs);
    if (s.isDirectory()) return { kind: 'unreadable', reason: `${path} is a folder, not a file.` };
    if (s.size > MAX_GRADED_BYTES) return tooLarge(s.size, path); // never read a huge file into memory
    return toFileInput(await readFile(abs), path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', reason: `${path} could not be read (${code ?? (e as Error).message}).` };
  }
}

/** A project-relative POSIX path that cannot leave the project folder (no absolute path, no `..`). */
export function insideProject(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.split(/[\\/]/).includes('..');
}

/**
 * The files a grader reads: its `files`, then the further ones its `moreFiles` asks for after seeing them
 * (e.g. the .gitignore DVC writes beside each output). `read` reads one project-relative path.
 */
export async function readGraderFiles(grader: Pick<LabGrader, 'files' | 'moreFiles'>, read: (path: string) => Promise<FileInput>): Promise<ProjectFiles> {
  const files = new Map<string, FileInput>(await Promise.all(grader.files.map(async (p) => [p, await read(p)] as const)));
  let more: string[] = [];
  try {
    more = (grader.moreFiles?.(files) ?? []).filter((p) => !files.has(p) && insideProject(p));
  } catch {
    more = [];
  }
  for (const [p, f] of await Promise.all(more.map(async (p) => [p, await read(p)] as const))) files.set(p, f);
  return files;
}
