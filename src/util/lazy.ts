// Heavy modules live in their own bundles next to extension.js and are required on first use,
// so activation loads none of them. The path is computed so esbuild does not inline them.
import { join } from 'node:path';

const cache = new Map<string, unknown>();

export function lazyBundle<T>(name: 'course' | 'renderer' | 'graders' | 'quiz' | 'dashboard'): T {
  let mod = cache.get(name);
  if (!mod) {
    mod = require(join(__dirname, `${name}.js`)) as T;
    cache.set(name, mod);
  }
  return mod as T;
}

export function loadedBundles(): string[] {
  return [...cache.keys()];
}
