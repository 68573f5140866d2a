// dvc.outputs-unique (general): each path has one producer, no output lies inside another, and no stage
// writes its own input. DVC refuses all three (OutputDuplicationError, OverlappingOutputPathsError, and a
// cycle or circular dependency for the last).
import type { Finding } from '../../types';
import { isSameOrInside } from '../paths';
import { PathIndex, lineOf, nodeFinding, outputsOf, overlaps, q, type CheckFn, type DvcCheck } from './common';

export const run: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.stagesUnavailable;
  const src = m.yaml.src;
  const out: Finding[] = [];
  const all = m.stages.flatMap(outputsOf);
  const index = new PathIndex<number>();
  all.forEach((e, k) => index.add(e.path, k));
  for (let j = 0; j < all.length; j++) {
    // Indexes were added in increasing order, so the smallest overlapping one is among each group's first.
    const first = index.firstOverlapping(all[j].path).reduce((lo, k) => (k < j && k < lo ? k : lo), j);
    if (first === j) continue;
    const a = all[first];
    const b = all[j];
    const owner = a.stage === b.stage ? `stage ${q(a.stage.name)} itself` : `stage ${q(a.stage.name)}`;
    if (a.path === b.path) {
      out.push(
        nodeFinding(src, b.node, `${b.raw} is already an output of ${owner} (line ${lineOf(src, a.node)}): DVC refuses a path written by two outputs, since it could no longer tell which run produced it. Keep it in one stage.`),
      );
    } else {
      const [inner, outer] = isSameOrInside(b.path, a.path) ? [b, a] : [a, b];
      out.push(
        nodeFinding(
          src,
          inner.node,
          `${inner.raw} overlaps ${outer.raw}, an output of ${outer.stage === inner.stage ? `the same stage` : `stage ${q(outer.stage.name)}`} (line ${lineOf(src, outer.node)}): DVC refuses outputs inside other outputs. Write to separate folders, e.g. data/prepared and data/features.`,
        ),
      );
    }
  }
  for (const s of m.stages) {
    for (const d of s.deps) {
      const o = outputsOf(s).find((e) => overlaps(d.path, e.path));
      if (!o) continue;
      out.push(
        nodeFinding(
          src,
          d.node,
          `${d.raw} is both a dependency and an output (${o.raw}, line ${lineOf(src, o.node)}) of stage ${q(s.name)}: a stage that rewrites its own input depends on itself, which DVC refuses as a cycle. Write the result to a new path.`,
        ),
      );
    }
  }
  return out;
};

export const definition: DvcCheck['definition'] = {
  id: 'dvc.outputs-unique',
  title: 'Outputs do not overlap',
  why: 'Each file in a pipeline must have exactly one producer so DVC knows which run made it. Two stages writing the same path, an output inside another output, or a stage overwriting its own input are refused by DVC, because the cache could no longer say which version is which.',
  lesson: 'data-versioning',
  scope: 'general',
  hints: [
    'List every path under `outs`, `metrics` and `plots`: does any appear twice, or inside another?',
    'Give each stage its own output folder or file, and never list the same path under both deps and outs of a stage.',
  ],
};
