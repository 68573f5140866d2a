// dvc.metrics-uncached (lab): this lab asks for an evaluation stage whose metrics file is kept in git
// (`cache: false`). Caching metrics is not wrong for DVC (its own get-started caches an `eval` folder);
// the lab wants the numbers committed beside the code. Metrics listed at the top level of dvc.yaml (the
// dvclive layout) count too: they are plain files unless they lie inside a cached output.
import { isScalar } from 'yaml';
import type { YAMLMap } from 'yaml';
import type { Finding, TextFix } from '../../types';
import type { Source } from '../positions';
import { nodeStart, nodeEnd, yaml11Boolean, type PathEntry } from '../parse';
import { isSameOrInside } from '../paths';
import { isCached, isFalse, nodeFinding, q, type CheckFn, type DvcCheck } from './common';

function metricFix(src: Source, e: PathEntry): TextFix | undefined {
  const title = `Set cache: false on ${e.raw}`;
  if (e.cachePair) {
    const v = e.cachePair.value;
    if (isScalar(v)) return src.fix(nodeStart(v), nodeEnd(v), 'false', title);
    return undefined;
  }
  if (e.flags) {
    const flags = e.flags as YAMLMap;
    const first = flags.items[0]?.key;
    if (flags.flow || !first) return undefined;
    const col = src.pos(nodeStart(first)).col;
    return src.fix(nodeStart(first), nodeStart(first), `cache: false${src.eol}${' '.repeat(col - 1)}`, title);
  }
  if (e.seq.flow) return undefined;
  const item = e.node;
  if (!isScalar(item) || e.seq.items.indexOf(item) < 0) return undefined;
  const a = nodeStart(item);
  const b = nodeEnd(item);
  if (src.pos(a).line !== src.pos(b).line) return undefined;
  const col = src.pos(a).col;
  return src.fix(a, b, `${src.text.slice(a, b)}:${src.eol}${' '.repeat(col + 1)}cache: false`, title);
}

export const run: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.modelUnavailable ?? [];
  const src = m.yaml.src;
  const metrics = m.stages.flatMap((s) => s.metrics);
  const cachedOutputs = m.stages.flatMap((s) => [...s.outs, ...s.metrics, ...s.plots]).filter((e) => e.path !== '' && isCached(e));
  const top = ctx.topMetrics;
  const out: Finding[] = [];
  for (const t of top) {
    const owner = cachedOutputs.find((e) => t.path !== '' && isSameOrInside(t.path, e.path) && e.path !== t.path);
    if (!owner) continue;
    out.push(
      nodeFinding(
        src,
        t.node,
        `This lab asks for metrics kept in git, and ${t.raw} lies inside ${owner.raw}, a cached output of stage ${q(owner.stage.name)}: DVC stores it in its cache with that output and git-ignores it. Mark ${owner.raw} ${q('cache: false')}, or write the metrics outside it.`,
      ),
    );
  }
  if (metrics.length === 0 && top.length === 0) {
    return [
      nodeFinding(
        src,
        m.stagesPair.key,
        `This lab asks for an evaluation stage whose metrics file is listed under ${q('metrics')}: no stage declares one. Write e.g. eval/metrics.json and list it with ${q('cache: false')}, so \`dvc metrics show\` and \`dvc metrics diff\` can compare runs.`,
      ),
    ];
  }
  for (const e of metrics) {
    const v = e.cachePair?.value;
    if (isFalse(v)) continue;
    const fix = metricFix(src, e);
    const b = yaml11Boolean(v);
    if (b !== undefined && isScalar(v)) {
      out.push(
        nodeFinding(
          src,
          v,
          `${q(`cache: ${String(v.value)}`)} on ${e.raw} is the string "${String(v.value)}" to DVC, which reads YAML 1.2 (only true and false are booleans) and refuses a string for ${q('cache')}. Write ${q('cache: false')}.`,
          fix,
        ),
      );
      continue;
    }
    if (v !== undefined && !(isScalar(v) && v.value === true)) continue; // another type: dvc.schema-valid reports it
    out.push(
      nodeFinding(
        src,
        e.cachePair ? e.cachePair.value ?? e.cachePair.key : e.node,
        `This lab asks for metrics kept in git, and ${e.raw} in stage ${q(e.stage.name)} is cached (the default): DVC stores it in its cache and adds it to .gitignore, so the numbers are not committed with the code that produced them. Mark it ${q('cache: false')}.`,
        fix,
      ),
    );
  }
  return out;
};

export const definition: DvcCheck['definition'] = {
  id: 'dvc.metrics-uncached',
  title: 'The evaluation stage writes uncached metrics',
  why: 'This lab keeps metrics as small text files in git, next to the commit that produced them, so reviewers see the numbers in a pull request and `dvc metrics diff` compares any two commits without fetching from DVC\'s cache. With the default `cache: true` DVC stores the file in its cache and git-ignores it instead.',
  lesson: 'data-versioning',
  scope: 'lab',
  hints: [
    'Which stage measures the model, and does it declare `metrics`?',
    'Each metrics entry needs the flag `cache: false` under its path.',
    'Write it as `- eval/metrics.json:` followed, indented below, by `cache: false` (a real boolean, not `no`).',
  ],
};
