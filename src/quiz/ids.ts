// Opaque, stable ids for choices, order items and match sides: a hash of the question id and
// the text. Stable across reloads and reorderings, and unrelated to positions or correctness.
import { hashString } from './random';

export type IdKind = 'c' | 'i' | 'l' | 'r';

/** Ids for the given texts of one question; unique within the list (texts are unique too). */
export function opaqueIds(questionId: string, kind: IdKind, texts: readonly string[]): string[] {
  const used = new Set<string>();
  return texts.map((text) => {
    const base = `${kind}${hashString(`${questionId}\u0000${kind}\u0000${text}`).toString(36)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
