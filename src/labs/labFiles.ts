// Lab starter/solution files on disk, and the plan for scaffolding them (Node fs; no vscode).
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Content stores `.gitignore`-like files without their dot (a real one would hide files from our own git). */
const UNDOTTED = new Map([['gitignore', '.gitignore'], ['dvcignore', '.dvcignore']]);

export function scaffoldName(contentRelPath: string): string {
  const parts = contentRelPath.split('/');
  const last = parts[parts.length - 1];
  parts[parts.length - 1] = UNDOTTED.get(last) ?? last;
  return parts.join('/');
}

export interface LabFile {
  /** Path in the learner's project (dots restored), POSIX. */
  path: string;
  bytes: Uint8Array;
}

async function walk(root: string, rel = ''): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(join(root, rel))).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const n of names) {
    const r = rel ? `${rel}/${n}` : n;
    const s = await lstat(join(root, r));
    if (s.isDirectory()) out.push(...(await walk(root, r)));
    else if (s.isFile()) out.push(r);
  }
  return out;
}

/** Files of a lab's `starter`, `solution` or (Python labs, never scaffolded) `graded` folder, with their scaffolded names. */
export async function readLabFiles(contentRoot: string, labId: string, which: 'starter' | 'solution' | 'graded'): Promise<LabFile[]> {
  const dir = join(contentRoot, 'labs', labId, which);
  const rels = await walk(dir);
  return Promise.all(rels.map(async (r) => ({ path: scaffoldName(r), bytes: await readFile(join(dir, r)) })));
}

export interface ScaffoldPlan {
  create: LabFile[];
  /** Files that already exist in the target: never overwritten without the learner's say. */
  conflicts: LabFile[];
}

export function planScaffold(files: readonly LabFile[], exists: (path: string) => boolean): ScaffoldPlan {
  const plan: ScaffoldPlan = { create: [], conflicts: [] };
  for (const f of files) (exists(f.path) ? plan.conflicts : plan.create).push(f);
  return plan;
}

/** A subfolder name not yet taken, e.g. `ci-for-ml`, then `ci-for-ml-2`. */
export function freeSubfolder(base: string, exists: (name: string) => boolean): string {
  if (!exists(base)) return base;
  for (let i = 2; ; i++) if (!exists(`${base}-${i}`)) return `${base}-${i}`;
}
