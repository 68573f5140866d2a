// dvc.pipeline-graph (lab): this lab asks for a pipeline of at least three stages chained by their data
// (prepare → train → evaluate). Stages that do not depend on each other are fine for DVC, which runs them
// in any order; only a cycle is refused by DVC itself.
import type { Finding } from '../../types';
import { normalizePath } from '../paths';
import { PathIndex, nodeFinding, q, type CheckFn, type DvcCheck } from './common';
import type { PathEntry, Stage } from '../parse';

/** Output paths for linking stages: exact paths, or the static folder of templated ones. */
function linkable(s: Stage): string[] {
  return [...s.outs, ...s.metrics, ...s.plots].map((e) => e.path || e.prefix).filter((p) => p !== '');
}

function outputsOf(s: Stage): PathEntry[] {
  return [...s.outs, ...s.metrics, ...s.plots].filter((e) => e.path !== '');
}

/** Above this many stages the graph (up to n² links) is not built: a clear finding instead of a freeze. */
export const MAX_GRAPH_STAGES = 1000;

/** Stages in a chain this lab asks for: prepare → train → evaluate. */
const CHAIN = 3;

function scriptsOrWords(cmd: string): string[] {
  // Words of the command that look like paths (contain a slash or a dot), for advice only.
  return cmd
    .split(/\s+/)
    .map((w) => w.replace(/^['"]|['"]$/g, '').replace(/^--?[\w-]+=/, ''))
    .filter((w) => w.length > 1 && /[/.]/.test(w) && !w.startsWith('-'));
}

export const run: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.modelUnavailable ?? [];
  const src = m.yaml.src;
  const stages = m.stages;
  const out: Finding[] = [];
  if (stages.length < CHAIN) {
    out.push(
      nodeFinding(
        src,
        m.stagesPair.key,
        `This lab asks for a pipeline of at least three stages (e.g. prepare → train → evaluate); dvc.yaml has ${stages.length}. Split the work so DVC re-runs only the steps whose inputs changed.`,
      ),
    );
    return out;
  }
  const n = stages.length;
  if (n > MAX_GRAPH_STAGES) {
    // Every stage may depend on every other (deps on a folder all outputs live in): the graph grows as n².
    out.push(nodeFinding(src, m.stagesPair.key, `dvc.yaml defines ${n} stages; the pipeline graph is checked for up to ${MAX_GRAPH_STAGES}. A real pipeline has a handful: generate repeated stages with \`foreach\` instead.`));
    return out;
  }
  const producers = new PathIndex<number>();
  stages.forEach((s, i) => linkable(s).forEach((p) => producers.add(p, i)));
  const edges: number[][] = stages.map(() => []);
  const linked = new Array<boolean>(n).fill(false);
  for (let j = 0; j < n; j++) {
    const from = new Set<number>();
    for (const d of stages[j].deps) for (const i of producers.overlapping(d.path || d.prefix)) if (i !== j) from.add(i);
    for (const i of from) {
      edges[i].push(j);
      linked[i] = linked[j] = true;
    }
  }
  // Cycles: strongly connected components with more than one stage (Tarjan).
  let index = 0;
  const idx = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const sccs: number[][] = [];
  const strong = (v: number) => {
    // Iterative to stay safe on large inputs.
    const work: Array<[number, number]> = [[v, 0]];
    idx[v] = low[v] = index++;
    stack.push(v);
    onStack[v] = true;
    while (work.length) {
      const top = work[work.length - 1];
      const [u, k] = top;
      if (k < edges[u].length) {
        top[1]++;
        const w = edges[u][k];
        if (idx[w] < 0) {
          idx[w] = low[w] = index++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) low[u] = Math.min(low[u], idx[w]);
      } else {
        work.pop();
        if (work.length) {
          const parent = work[work.length - 1][0];
          low[parent] = Math.min(low[parent], low[u]);
        }
        if (low[u] === idx[u]) {
          const comp: number[] = [];
          let w: number;
          do {
            w = stack.pop() as number;
            onStack[w] = false;
            comp.push(w);
          } while (w !== u);
          sccs.push(comp);
        }
      }
    }
  };
  for (let v = 0; v < n; v++) if (idx[v] < 0) strong(v);
  let cyclic = false;
  for (const comp of sccs) {
    if (comp.length < 2) continue;
    cyclic = true;
    comp.sort((a, b) => a - b);
    const names = comp.map((c) => q(stages[c].name)).join(', ');
    out.push(
      nodeFinding(
        src,
        stages[comp[0]].keyNode,
        `Stages ${names} depend on each other in a cycle: each reads what another writes, so DVC cannot order them and refuses the pipeline. Make the data flow one way (each stage writes new paths that later stages read).`,
      ),
    );
  }
  if (cyclic) return out;
  // Longest chain of stages (the graph is acyclic here): Tarjan lists components in reverse topological order.
  const order = sccs.map((c) => c[0]).reverse();
  const len = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  for (const u of order) {
    for (const v of edges[u]) {
      if (len[u] + 1 > len[v]) {
        len[v] = len[u] + 1;
        prev[v] = u;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < n; i++) if (len[i] > len[end]) end = i;
  if (len[end] >= CHAIN) return out;
  const chain: string[] = [];
  for (let v = end; v >= 0; v = prev[v]) chain.unshift(q(stages[v].name));
  const outputIndex = new PathIndex<{ stage: number; entry: PathEntry }>();
  stages.forEach((s, i) => outputsOf(s).forEach((e) => outputIndex.add(e.path, { stage: i, entry: e })));
  const ask = `This lab asks for one pipeline of at least three stages, each reading an output of the one before (prepare → train → evaluate)`;
  let reported = false;
  for (let i = 0; i < n; i++) {
    if (linked[i]) continue;
    const s = stages[i];
    // Outputs of other stages that this stage's command mentions but does not list under deps.
    const mentioned: string[] = [];
    for (const c of s.cmds) {
      for (const w of scriptsOrWords(c.text)) {
        const p = normalizePath(w, s.wdir);
        for (const { stage: j, entry: o } of outputIndex.overlapping(p)) {
          if (j === i || mentioned.length >= 3) continue;
          if (!mentioned.some((x) => x.startsWith(o.raw))) mentioned.push(`${o.raw} (an output of ${q(stages[j].name)})`);
        }
      }
    }
    const advice = mentioned.length
      ? ` Its cmd reads ${mentioned.join(' and ')}: list ${mentioned.length > 1 ? 'them' : 'it'} under ${q('deps')}, so DVC runs it after that stage and re-runs it when that output changes.`
      : ` List under ${q('deps')} the output of the stage it reads from.`;
    out.push(
      nodeFinding(
        src,
        s.keyNode,
        `${ask}, and stage ${q(s.name)} is linked to no other: none of its deps is another stage's output and no stage lists its outputs under deps.${advice}`,
      ),
    );
    reported = true;
  }
  if (!reported) {
    out.push(
      nodeFinding(
        src,
        m.stagesPair.key,
        `${ask}; the longest chain here is ${chain.join(' → ')}. Make the next step list the last one's output under ${q('deps')}.`,
      ),
    );
  }
  return out;
};

export const definition: DvcCheck['definition'] = {
  id: 'dvc.pipeline-graph',
  title: 'At least three stages form one connected pipeline',
  why: "A pipeline split into stages lets DVC re-run only the steps whose inputs changed, which matters when data preparation takes hours. DVC orders stages by matching one stage's outputs with another's dependencies, so this lab asks for prepare → train → evaluate linked that way. Independent stages are fine for DVC (it runs them in any order); a cycle is not, and DVC refuses it.",
  lesson: 'data-versioning',
  scope: 'lab',
  hints: [
    'Draw the pipeline: which file does each stage read, and which stage writes it?',
    "Each stage after the first should list another stage's output under its `deps`.",
    'For example prepare writes data/prepared, train lists data/prepared in deps and writes models/model.pkl, evaluate lists models/model.pkl in deps.',
  ],
};
