// Helpers shared by the checks of the DVC lab (one check per module beside this one).
import { isScalar } from 'yaml';
import type { Scalar } from 'yaml';
import type { CheckDefinition, Finding, TextFix } from '../../types';
import type { Context } from '../context';
import type { Source } from '../positions';
import { nodeEnd, nodeStart, type PathEntry, type Stage } from '../parse';
import { isSameOrInside, type Word } from '../paths';

export type CheckFn = (ctx: Context) => Finding[];

/** A check: its definition (shown to the learner) and the function that grades it. */
export interface DvcCheck {
  definition: CheckDefinition & { scope: 'general' | 'lab' };
  run: CheckFn;
}

export const q = (s: string) => `\`${s}\``;

export function lineOf(src: Source, node: unknown): number {
  return src.pos(nodeStart(node)).line;
}

export function nodeFinding(src: Source, node: unknown, message: string, fix?: TextFix): Finding {
  return src.finding(nodeStart(node), nodeEnd(node), message, fix);
}

/** Keys people write for a stage field DVC names differently. */
export const KEY_ALIASES: Record<string, string> = {
  dependencies: 'deps',
  dependency: 'deps',
  dep: 'deps',
  depends: 'deps',
  inputs: 'deps',
  outputs: 'outs',
  output: 'outs',
  out: 'outs',
  parameters: 'params',
  param: 'params',
  metric: 'metrics',
  plot: 'plots',
  command: 'cmd',
  cmds: 'cmd',
  run: 'cmd',
  script: 'cmd',
  working_dir: 'wdir',
  workdir: 'wdir',
  description: 'desc',
  stage: 'stages',
};

/** Every output of a stage with a resolved project path (outs, metrics, plots). */
export function outputsOf(s: Stage): PathEntry[] {
  return [...s.outs, ...s.metrics, ...s.plots].filter((e) => e.path !== '');
}

export function isFalse(node: unknown): boolean {
  return isScalar(node) && node.value === false;
}

/** Whether DVC caches an output: `cache` defaults to true. */
export function isCached(e: PathEntry): boolean {
  return !isFalse(e.cachePair?.value);
}

export function overlaps(a: string, b: string): boolean {
  return a !== '' && b !== '' && (isSameOrInside(a, b) || isSameOrInside(b, a));
}

/** Paths indexed so overlap queries cost the depth of a path, not the number of outputs. */
export class PathIndex<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly under = new Map<string, T[]>();

  add(path: string, value: T): void {
    if (path === '') return;
    push(this.exact, path, value);
    for (let k = path.lastIndexOf('/'); k > 0; k = path.lastIndexOf('/', k - 1)) push(this.under, path.slice(0, k), value);
  }

  /** Values whose path equals `path`, contains it, or lies inside it. */
  overlapping(path: string): T[] {
    if (path === '') return [];
    const out: T[] = [...(this.exact.get(path) ?? []), ...(this.under.get(path) ?? [])];
    for (let k = path.lastIndexOf('/'); k > 0; k = path.lastIndexOf('/', k - 1)) out.push(...(this.exact.get(path.slice(0, k)) ?? []));
    return out;
  }

  /** Values whose path is exactly `path`. */
  at(path: string): T[] {
    return this.exact.get(path) ?? [];
  }

  /**
   * The first value added of each group `overlapping` would return (values are added in order, so for
   * increasing numbers these are the smallest): O(path depth) however many values overlap.
   */
  firstOverlapping(path: string): T[] {
    if (path === '') return [];
    const out: T[] = [];
    const take = (list: T[] | undefined) => {
      if (list) out.push(list[0]);
    };
    take(this.exact.get(path));
    take(this.under.get(path));
    for (let k = path.lastIndexOf('/'); k > 0; k = path.lastIndexOf('/', k - 1)) take(this.exact.get(path.slice(0, k)));
    return out;
  }
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** The source range of a word of a command scalar, found in the scalar's source text. */
export function wordRange(src: Source, node: Scalar, cmdText: string, w: Word): [number, number] {
  const a = nodeStart(node);
  const b = nodeEnd(node);
  const raw = cmdText.slice(w.start, w.end);
  const hit = src.text.slice(a, b).indexOf(raw);
  return hit >= 0 ? [a + hit, a + hit + raw.length] : [a, b];
}
