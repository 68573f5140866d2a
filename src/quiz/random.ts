// Seeded randomness: deterministic per seed, so an attempt can be rebuilt and tested.

/** FNV-1a over a string, 32-bit unsigned. Also used for opaque ids. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Mixes a seed with a label (e.g. a question id) into a new 32-bit seed. */
export function deriveSeed(seed: number, label: string): number {
  return hashString(label, (seed ^ 0x9e3779b9) >>> 0);
}

/** mulberry32: a small, fast PRNG; returns a function giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle into a new array; the input is not changed. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const rand = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const tmp = out[i];
    out[i] = out[j];
    out[j] = tmp;
  }
  return out;
}

/**
 * Like shuffle, but never returns the original order when there are two or more items
 * (an order or match question must not be shown already solved).
 */
export function shuffleAway<T>(items: readonly T[], seed: number): T[] {
  const out = shuffle(items, seed);
  if (out.length > 1 && out.every((x, i) => x === items[i])) out.push(out.shift() as T);
  return out;
}
