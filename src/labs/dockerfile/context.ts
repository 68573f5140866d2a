// Everything the checks share: the parsed Dockerfile (or why it could not be read) and the other project files.
import type { FileInput, Finding, ProjectFiles } from '../types';
import { parseDockerfile, type ParsedDockerfile } from './parse';
import { at, finding, splitLines } from './positions';

export const DOCKERFILE = 'Dockerfile';
export const DOCKERIGNORE = '.dockerignore';
export const REQUIREMENTS = 'requirements.txt';
export const MAIN_PY = 'app/main.py';

/** Files larger than this are refused with a finding rather than parsed (the reader stops at 1 MB too). */
export const MAX_CHARS = 1_000_000;
/**
 * A real Dockerfile is a few KB. dockerfile-utils' validation is quadratic in the number of variable
 * references times instructions (`RUN $A` repeated: 1 s at 32 KB, 4 s at 64 KB, 80 s at 250 KB, found by
 * fuzzing), so stop early enough to stay well within the 2 s a grading may take (worst case 0.8 s here).
 */
export const MAX_DOCKERFILE_CHARS = 24 * 1024;

export type TextResult = { ok: true; text: string; lines: string[] } | { ok: false; problem: Finding };

/** Reads one project file as text, or explains (as a finding at line 1 of that file) why it cannot be. */
export function readText(files: ProjectFiles, path: string, createHint: string, maxChars = MAX_CHARS): TextResult {
  const input: FileInput | undefined = files.get(path);
  if (!input || input.kind === 'missing') {
    return { ok: false, problem: finding(path, at(1), `Create ${path} at the project root: ${createHint}`) };
  }
  if (input.kind === 'unreadable') {
    return { ok: false, problem: finding(path, at(1), `${path} could not be read: ${input.reason}`) };
  }
  if (input.text.length > maxChars) {
    const kb = (n: number) => `${Math.round(n / 1024)} KB`;
    return {
      ok: false,
      problem: finding(path, at(1), `${path} is ${kb(input.text.length)}, too large to check (the limit is ${kb(maxChars)}); a real ${path} is a few KB.`),
    };
  }
  return { ok: true, text: input.text, lines: splitLines(input.text) };
}

export interface Context {
  files: ProjectFiles;
  /** The parsed Dockerfile, or null with `dockerProblem` saying why. */
  docker: ParsedDockerfile | null;
  dockerProblem: Finding | null;
}

export function buildContext(files: ProjectFiles): Context {
  const r = readText(files, DOCKERFILE, 'it describes how to build the model server\'s image, starting with FROM.', MAX_DOCKERFILE_CHARS);
  if (!r.ok) return { files, docker: null, dockerProblem: r.problem };
  try {
    // Docker ignores a UTF-8 byte order mark; a space of the same length keeps every column where it was.
    const text = r.text.replace(/^\uFEFF/, ' ');
    return { files, docker: parseDockerfile(text, r.lines), dockerProblem: null };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { files, docker: null, dockerProblem: finding(DOCKERFILE, at(1), `The Dockerfile could not be parsed: ${msg}`) };
  }
}
