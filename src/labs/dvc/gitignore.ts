// Whether git ignores a project path, from every .gitignore the grader was given: the root one and the
// nested ones DVC writes beside its outputs (`data/prepared/.gitignore` listing `/train.csv`). Patterns
// are matched by the `ignore` package (git's semantics), each file's relative to its own folder; as in git,
// a deeper file overrides a shallower one, and nothing inside an ignored folder can be re-included.
import ignore, { type Ignore } from 'ignore';
import type { ProjectFiles } from '../types';
import { MAX_CHARS } from './parse';

export const GITIGNORE_NAME = '.gitignore';

/** A name inside an output folder that only wildcard patterns (`folder/*`, `folder/**`) can match. */
const PROBE = 'dvc-grader-probe~';

/** The folder of a .gitignore path ('' for the root one), or undefined when the path is not a .gitignore. */
export function gitignoreFolder(path: string): string | undefined {
  if (path === GITIGNORE_NAME) return '';
  return path.endsWith(`/${GITIGNORE_NAME}`) ? path.slice(0, -GITIGNORE_NAME.length - 1) : undefined;
}

/** The .gitignore files that may hold a pattern for `path`: the root one and one in each folder above it. */
export function gitignoresFor(path: string): string[] {
  const parts = path.split('/');
  const out = [GITIGNORE_NAME];
  for (let i = 1; i < parts.length; i++) out.push(`${parts.slice(0, i).join('/')}/${GITIGNORE_NAME}`);
  return out;
}

export class GitIgnores {
  /** By folder, deepest first; each compiled on first use. */
  private readonly levels: Array<{ folder: string; text: string; ig?: Ignore }> = [];

  constructor(files: ProjectFiles) {
    // Nested files DVC writes hold a line per output; all together they are read up to MAX_CHARS, so a
    // pathological project cannot make grading slow.
    let budget = MAX_CHARS;
    for (const [path, input] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const folder = gitignoreFolder(path);
      if (folder === undefined || input.kind !== 'text' || input.text.length > MAX_CHARS) continue;
      if (folder !== '') {
        if (input.text.length > budget) continue;
        budget -= input.text.length;
      }
      this.levels.push({ folder, text: input.text });
    }
    this.levels.sort((a, b) => b.folder.split('/').length - a.folder.split('/').length || (a.folder < b.folder ? -1 : 1));
  }

  /** Whether one path (its parents are asked separately) is ignored, unignored or not matched. */
  private decide(path: string, isDir: boolean): boolean | undefined {
    for (const level of this.levels) {
      const { folder } = level;
      if (folder !== '' && !path.startsWith(`${folder}/`)) continue;
      const rel = folder === '' ? path : path.slice(folder.length + 1);
      level.ig ??= ignore().add(level.text);
      const r = level.ig.test(isDir ? `${rel}/` : rel);
      if (r.ignored) return true;
      if (r.unignored) return false;
    }
    return undefined;
  }

  /**
   * Whether git ignores `path` (a file, or a folder when `isDir`; when unsure, pass `isDir` and both are
   * tried). Paths outside the project (`../x`) are never ignored.
   */
  ignores(path: string, isDir: boolean): boolean {
    const parts = path.split('/').filter((s) => s !== '' && s !== '.');
    if (parts.length === 0 || parts[0] === '..') return false;
    try {
      for (let i = 1; i < parts.length; i++) if (this.decide(parts.slice(0, i).join('/'), true) === true) return true;
      const full = parts.join('/');
      if (this.decide(full, false) === true || (isDir && this.decide(full, true) === true)) return true;
      // `data/features/*` leaves the folder itself unmatched but ignores everything in it, so git tracks
      // none of its files: ask for a file and a folder of a name no pattern lists by name.
      return isDir && this.decide(`${full}/${PROBE}`, false) === true && this.decide(`${full}/${PROBE}`, true) === true;
    } catch {
      return false;
    }
  }
}
