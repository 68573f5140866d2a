// Where content comes from: the disk for the CLI and the extension, memory for tests.
export interface ContentSource {
  /** Text of a file relative to the content root, or undefined when it does not exist. */
  read(relPath: string): Promise<string | undefined>;
  /** Names of entries in a folder relative to the content root ([] when missing). */
  list(relDir: string): Promise<string[]>;
}

export function memorySource(files: Record<string, string>): ContentSource {
  return {
    async read(p) {
      return Object.prototype.hasOwnProperty.call(files, p) ? files[p] : undefined;
    },
    async list(dir) {
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      const names = new Set<string>();
      for (const k of Object.keys(files)) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0]);
      return [...names].sort();
    },
  };
}
