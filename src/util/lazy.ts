// Heavy modules live in their own bundles next to extension.js and are required on first use,
// so activation loads none of them. The path is computed so esbuild does not inline them.
// Node's module cache is the one record of what is loaded: the activation shell (extension.js) and the features
// bundle (features.js) each hold a copy of this module, and both see the same bundles.
import { join } from 'node:path';

export const BUNDLES = ['features', 'course', 'renderer', 'graders', 'quiz', 'dashboard'] as const;
export type BundleName = (typeof BUNDLES)[number];

const cache = new Map<string, unknown>();

export function lazyBundle<T>(name: BundleName): T {
  let mod = cache.get(name);
  if (!mod) {
    mod = require(join(__dirname, `${name}.js`)) as T;
    cache.set(name, mod);
  }
  return mod as T;
}

/** The lazy bundles loaded so far in this extension host. */
export function loadedBundles(): string[] {
  return BUNDLES.filter((name) => {
    try {
      return require.cache[require.resolve(join(__dirname, `${name}.js`))] !== undefined;
    } catch {
      return false;
    }
  });
}
