// A ContentSource over a folder on disk (Node fs; no vscode).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentSource } from './source';

export function diskSource(root: string): ContentSource {
  return {
    async read(rel) {
      try {
        return await readFile(join(root, rel), 'utf8');
      } catch {
        return undefined;
      }
    },
    async list(rel) {
      try {
        return (await readdir(join(root, rel))).sort();
      } catch {
        return [];
      }
    },
  };
}
