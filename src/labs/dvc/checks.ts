// The checks of the DVC lab. Each takes the shared Context and returns its findings
// (an empty list means the check passes).
import { isMap, isScalar, isSeq } from 'yaml';
import type { ErrorObject } from 'ajv';
import type { Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Finding, TextFix } from '../types';
import { DVC_CONFIG, DVC_YAML, GITIGNORE, PARAMS_YAML, type Context } from './context';
import { remoteName, type IniEntry, type IniSection } from './ini';
import { fileFinding, type Source } from './positions';
import { nodeAtPointer, nodeEnd, nodeStart, pairOf, yaml11Boolean, type PathEntry, type Stage } from './parse';
import { editDistance, isSameOrInside, normalizePath, numericFlags, scriptsOf, type Word } from './paths';
import { STAGE_KEYS, validateDvcYaml } from './schema';

export type CheckFn = (ctx: Context) => Finding[];

const q = (s: string) => `\`${s}\``;

function lineOf(src: Source, node: unknown): number {
  return src.pos(nodeStart(node)).line;
}

function nodeFinding(src: Source, node: unknown, message: string, fix?: TextFix): Finding {
  return src.finding(nodeStart(node), nodeEnd(node), message, fix);
}

// ---- dvc.schema-valid ------------------------------------------------------------

const KEY_ALIASES: Record<string, string> = {
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

const TOP_KEYS = ['stages', 'vars', 'params', 'metrics', 'plots', 'artifacts', 'datasets'];
const FLAG_KEYS = ['cache', 'persist', 'push', 'remote', 'desc', 'type', 'labels', 'meta'];

function suggest(key: string, allowed: readonly string[]): string | undefined {
  const alias = KEY_ALIASES[key.toLowerCase()];
  if (alias && allowed.includes(alias)) return alias;
  let best: string | undefined;
  let bestD = 3;
  for (const a of allowed) {
    const d = editDistance(key.toLowerCase(), a);
    if (d < bestD) {
      best = a;
      bestD = d;
    }
  }
  return best;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return `the ${typeof value} ${String(value)}`;
}

function typeName(t: unknown): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    boolean: 'true or false',
    number: 'a number',
    null: 'empty',
  };
  return (Array.isArray(t) ? t : [t]).map((x) => names[String(x)] ?? String(x)).join(' or ');
}

/** Where in dvc.yaml an instance path points, in words. */
function where(segs: string[]): string {
  if (segs.length === 0) return 'dvc.yaml';
  if (segs[0] === 'stages' && segs.length >= 2) {
    const inDo = segs[2] === 'do' ? 1 : 0;
    const rest = segs.slice(2 + inDo);
    const stage = `stage ${q(segs[1])}`;
    if (rest.length === 0) return stage;
    const field = rest[0];
    if (rest.length === 1) return `${q(field)} of ${stage}`;
    if (/^\d+$/.test(rest[1])) {
      const n = Number(rest[1]) + 1;
      if (rest.length === 2) return `${field} entry ${n} of ${stage}`;
      if (rest.length === 3) return `the flags of ${q(rest[2])} in ${field} of ${stage}`;
      return `${q(rest[rest.length - 1])} of ${q(rest[2])} in ${field} of ${stage}`;
    }
    return `${q(rest[rest.length - 1])} in ${stage}`;
  }
  return q(segs.join('.'));
}

function schemaFinding(src: Source, root: unknown, data: unknown, e: ErrorObject): Finding | undefined {
  const segs = e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const { node, key } = nodeAtPointer(root, e.instancePath);
  let value: unknown = data;
  for (const s of segs) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[s] : undefined;
  const here = where(segs);
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const target = nodeAtPointer(root, `${e.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`).key ?? node;
      let allowed: readonly string[];
      let msg: string;
      if (segs.length === 0) {
        allowed = TOP_KEYS;
        msg = `Unknown top-level key ${q(extra)}: dvc.yaml accepts ${TOP_KEYS.join(', ')}.`;
        if (!TOP_KEYS.includes(extra) && isMap(pairOf(root, extra)?.value) && pairOf(pairOf(root, extra)?.value, 'cmd')) {
          msg += ` ${q(extra)} looks like a stage: stages go under a top-level ${q('stages:')} mapping.`;
        }
      } else if (segs[0] === 'stages' && (segs.length === 2 || (segs.length === 3 && segs[2] === 'do'))) {
        allowed = STAGE_KEYS;
        msg = `Unknown key ${q(extra)} in ${here}: DVC refuses the whole dvc.yaml. A stage accepts ${STAGE_KEYS.join(', ')}.`;
      } else {
        allowed = FLAG_KEYS;
        msg = `Unknown key ${q(extra)} in ${here}: output flags are ${FLAG_KEYS.join(', ')}.`;
      }
      const better = suggest(extra, allowed);
      let fix: TextFix | undefined;
      if (better && isScalar(target) && target.type === 'PLAIN') {
        msg += ` Did you mean ${q(better)}?`;
        fix = src.fix(nodeStart(target), nodeEnd(target), better, `Rename ${extra} to ${better}`);
      }
      return nodeFinding(src, target, msg, fix);
    }
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      const at = key ?? node;
      if (missing === 'cmd') {
        return nodeFinding(src, at, `${here[0].toUpperCase()}${here.slice(1)} has no ${q('cmd')}: every stage needs the command DVC runs, e.g. ${q('cmd: python src/train.py')}.`);
      }
      return nodeFinding(src, at, `${here} is missing ${q(missing)}.`);
    }
    case 'type': {
      const expected = (e.params as { type: unknown }).type;
      const b = expected === 'boolean' ? yaml11Boolean(node) : undefined;
      if (b !== undefined && isScalar(node)) {
        const word = String(node.value);
        return nodeFinding(
          src,
          node,
          `${q(word)} in ${here} is read as the string "${word}", not a boolean: DVC parses YAML 1.2, where only true and false are booleans (yes/no/on/off were YAML 1.1). Write ${q(String(b))}.`,
          src.fix(nodeStart(node), nodeEnd(node), String(b), `Replace ${word} with ${b}`),
        );
      }
      if (segs.length === 1 && segs[0] === 'stages') {
        return nodeFinding(src, key ?? node, `${q('stages')} must be a mapping of stage names to stage definitions, but it is ${describe(value)}.`);
      }
      const empty = !node || (isScalar(node) && node.value === null && nodeEnd(node) === nodeStart(node));
      return nodeFinding(src, (empty && key) || node, `${here[0].toUpperCase()}${here.slice(1)} must be ${typeName(expected)}, but it is ${describe(value)}.`);
    }
    case 'uniqueItems': {
      const { i, j } = e.params as { i: number; j: number };
      const dup = nodeAtPointer(root, `${e.instancePath}/${Math.max(i, j)}`).node;
      return nodeFinding(src, dup, `${here[0].toUpperCase()}${here.slice(1)} lists the same entry twice (items ${Math.min(i, j) + 1} and ${Math.max(i, j) + 1}); remove the duplicate.`);
    }
    case 'minProperties':
    case 'maxProperties':
      return nodeFinding(src, node, `${here[0].toUpperCase()}${here.slice(1)} must be a path, or a single ${q('path:')} key with its flags below it (e.g. ${q('- eval/metrics.json:')} then ${q('cache: false')}).`);
    case 'minLength':
    case 'minItems':
      return nodeFinding(src, node, `${here[0].toUpperCase()}${here.slice(1)} is empty: give the command to run.`);
    default:
      return nodeFinding(src, node ?? key, `${here[0].toUpperCase()}${here.slice(1)}: ${e.message ?? 'is not valid'}.`);
  }
}

export const schemaValid: CheckFn = (ctx) => {
  const t = ctx.dvcText;
  if (!t.ok) return [t.finding];
  const y = ctx.dvcYaml;
  if (!y) return [];
  if (y.errors.length > 0 || !y.doc) return y.errors;
  const src = y.src;
  const root = y.doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return [fileFinding(DVC_YAML, 'dvc.yaml is empty: define the pipeline under a top-level `stages:` mapping, one entry per stage with its `cmd`, `deps` and `outs`.')];
  }
  if (!isMap(root)) {
    return [nodeFinding(src, root, `dvc.yaml must be a mapping with a top-level ${q('stages:')} key, but it is ${isSeq(root) ? 'a list' : 'a single value'}.`)];
  }
  const findings: Finding[] = [];
  if (!pairOf(root, 'stages')) {
    const first = root.items[0]?.key ?? root;
    findings.push(nodeFinding(src, first, `dvc.yaml has no ${q('stages:')} mapping: DVC finds nothing to run. Put your stages under ${q('stages:')}.`));
  }
  const seen = new Set<string>();
  for (const e of validateDvcYaml(y.data)) {
    const f = schemaFinding(src, root, y.data, e);
    if (!f) continue;
    const k = `${f.line}:${f.column}:${f.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    findings.push(f);
  }
  return findings;
};

// ---- dvc.stage-names -------------------------------------------------------------

const STAGE_NAME = /^[A-Za-z0-9_-]+$/;

export const stageNames: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.modelUnavailable ?? [];
  const src = m.yaml.src;
  const names = new Set(m.stages.map((s) => s.name));
  const out: Finding[] = [];
  for (const s of m.stages) {
    if (STAGE_NAME.test(s.name)) continue;
    const reserved = [...new Set(s.name.match(/[/\\@:]/g) ?? [])];
    const why = reserved.length
      ? `${reserved.map(q).join(' and ')} ${reserved.length > 1 ? 'are' : 'is'} reserved by DVC (${q('@')} names foreach items, ${q(':')} separates a file from a stage in ${q('dvc.yaml:train')}, ${q('/')} separates folders)`
      : s.name.trim() === ''
        ? 'an empty name cannot be used on the command line'
        : 'spaces and symbols make it awkward or impossible to pass to `dvc repro`';
    const better = s.name.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '');
    const fix =
      better && !names.has(better) ? src.fix(nodeStart(s.keyNode), nodeEnd(s.keyNode), better, `Rename stage to ${better}`) : undefined;
    out.push(
      nodeFinding(src, s.keyNode, `Stage name "${s.name}" is not valid: ${why}. Use letters, digits, ${q('_')} and ${q('-')} only${better ? `, e.g. ${q(better)}` : ''}.`, fix),
    );
  }
  return out;
};

// ---- dvc.pipeline-graph ------------------------------------------------------------

function outputsOf(s: Stage): PathEntry[] {
  return [...s.outs, ...s.metrics, ...s.plots].filter((e) => e.path !== '');
}

/** Output paths for linking stages: exact paths, or the static folder of templated ones. */
function linkable(s: Stage): string[] {
  return [...s.outs, ...s.metrics, ...s.plots].map((e) => e.path || e.prefix).filter((p) => p !== '');
}

function overlaps(a: string, b: string): boolean {
  return a !== '' && b !== '' && (isSameOrInside(a, b) || isSameOrInside(b, a));
}

/** Paths indexed so overlap queries cost the depth of a path, not the number of outputs. */
class PathIndex<T> {
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

/** Above this many stages the graph (up to n² links) is not built: a clear finding instead of a freeze. */
export const MAX_GRAPH_STAGES = 1000;

export const pipelineGraph: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.modelUnavailable ?? [];
  const src = m.yaml.src;
  const stages = m.stages;
  const out: Finding[] = [];
  if (stages.length < 3) {
    out.push(
      nodeFinding(
        src,
        m.stagesPair.key,
        `The pipeline has ${stages.length} stage${stages.length === 1 ? '' : 's'}; split the work into at least three (e.g. prepare → train → evaluate) so DVC re-runs only the steps whose inputs changed.`,
      ),
    );
  }
  const n = stages.length;
  if (n > MAX_GRAPH_STAGES) {
    // Every stage may depend on every other (deps on a folder all outputs live in): the graph grows as n².
    out.push(nodeFinding(src, m.stagesPair.key, `dvc.yaml defines ${n} stages; the pipeline graph is checked for up to ${MAX_GRAPH_STAGES}. A real pipeline has a handful: generate repeated stages with \`foreach\` instead.`));
    return out;
  }
  const producers = new PathIndex<number>();
  stages.forEach((s, i) => linkable(s).forEach((p) => producers.add(p, i)));
  const outputIndex = new PathIndex<{ stage: number; entry: PathEntry }>();
  stages.forEach((s, i) => outputsOf(s).forEach((e) => outputIndex.add(e.path, { stage: i, entry: e })));
  const edges: number[][] = stages.map(() => []);
  for (let j = 0; j < n; j++) {
    const from = new Set<number>();
    for (const d of stages[j].deps) for (const i of producers.overlapping(d.path || d.prefix)) if (i !== j) from.add(i);
    for (const i of from) edges[i].push(j);
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
  for (const comp of sccs) {
    if (comp.length < 2) continue;
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
  // Connectivity (ignoring direction).
  const parent = stages.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (let i = 0; i < n; i++) for (const j of edges[i]) parent[find(i)] = find(j);
  const sizes = new Map<number, number>();
  for (let i = 0; i < n; i++) sizes.set(find(i), (sizes.get(find(i)) ?? 0) + 1);
  if (sizes.size > 1) {
    let main = find(0);
    for (const [r, c] of sizes) if (c > (sizes.get(main) ?? 0)) main = r;
    for (let i = 0; i < n; i++) {
      if (find(i) === main) continue;
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
        ? ` Its cmd reads ${mentioned.join(' and ')}: list ${mentioned.length > 1 ? 'them' : 'it'} under ${q('deps')}.`
        : ` List under ${q('deps')} the output of the stage it reads from, or remove the stage.`;
      out.push(
        nodeFinding(
          src,
          s.keyNode,
          `Stage ${q(s.name)} is not connected to the rest of the pipeline: none of its deps is another stage's output and no stage reads its outputs, so \`dvc repro\` will not run it in order.${advice}`,
        ),
      );
    }
  }
  return out;
};

function scriptsOrWords(cmd: string): string[] {
  // Words of the command that look like paths (contain a slash or a dot), for advice only.
  return cmd
    .split(/\s+/)
    .map((w) => w.replace(/^['"]|['"]$/g, '').replace(/^--?[\w-]+=/, ''))
    .filter((w) => w.length > 1 && /[/.]/.test(w) && !w.startsWith('-'));
}

// ---- dvc.script-deps ---------------------------------------------------------------

/** The source range of a word of a command scalar, found in the scalar's source text. */
function wordRange(src: Source, node: Scalar, cmdText: string, w: Word): [number, number] {
  const a = nodeStart(node);
  const b = nodeEnd(node);
  const raw = cmdText.slice(w.start, w.end);
  const hit = src.text.slice(a, b).indexOf(raw);
  return hit >= 0 ? [a + hit, a + hit + raw.length] : [a, b];
}

/** Append an item to a YAML list (block or flow), or add a new `key:` list after the cmd. */
function addToListFix(src: Source, stage: Stage, listPairKey: 'deps', item: string, title: string): TextFix | undefined {
  const eol = src.eol;
  const pair = stage.depsPair;
  const list = pair?.value;
  if (pair && isSeq(list) && list.items.length > 0) {
    const seq = list as YAMLSeq;
    if (seq.flow) {
      const end = nodeEnd(seq);
      if (src.text[end - 1] !== ']') return undefined;
      return src.fix(end - 1, end - 1, `, ${item}`, title);
    }
    const last = seq.items[seq.items.length - 1];
    const dashCol = src.pos(nodeStart(seq)).col;
    const lastLine = src.pos(Math.max(nodeStart(last), nodeEnd(last) - 1)).line;
    const at = src.lineEnd(lastLine);
    return src.fix(at, at, `${eol}${' '.repeat(dashCol - 1)}- ${item}`, title);
  }
  if (pair) return undefined;
  const cmd = stage.cmdPair;
  if (!cmd || !stage.body || stage.body.flow) return undefined;
  const keyCol = src.pos(nodeStart(cmd.key)).col;
  const valueEnd = Math.max(nodeStart(cmd.value), nodeEnd(cmd.value) - 1);
  const line = src.pos(valueEnd).line;
  const at = src.lineEnd(line);
  const ind = ' '.repeat(keyCol - 1);
  return src.fix(at, at, `${eol}${ind}${listPairKey}:${eol}${ind}  - ${item}`, title);
}

/** A key such as `dependencies` used instead of `deps` (reported by the schema check too). */
function misnamedDeps(s: Stage): string | undefined {
  if (!s.body || s.depsPair) return undefined;
  for (const p of s.body.items) {
    const k = isScalar(p.key) ? String(p.key.value) : '';
    if (KEY_ALIASES[k.toLowerCase()] === 'deps') return k;
  }
  return undefined;
}

export const scriptDeps: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.modelUnavailable ?? [];
  const src = m.yaml.src;
  const out: Finding[] = [];
  for (const s of m.stages) {
    const seen = new Set<string>();
    for (const c of s.cmds) {
      for (const sc of scriptsOf(c.text, s.wdir)) {
        if (seen.has(sc.path)) continue;
        seen.add(sc.path);
        const [a, b] = wordRange(src, c.node, c.text, sc.word);
        const input = ctx.files.get(sc.path);
        if (input && input.kind === 'missing') {
          out.push(src.finding(a, b, `Stage ${q(s.name)} runs ${sc.raw}, but ${sc.path} does not exist in the project: check the path (the starter's scripts are in src/).`));
          continue;
        }
        if (s.deps.some((d) => d.path !== '' && isSameOrInside(sc.path, d.path))) continue;
        const misnamed = misnamedDeps(s);
        if (misnamed) {
          out.push(
            src.finding(
              a,
              b,
              `Stage ${q(s.name)} runs ${sc.raw}, but its dependencies are under ${q(misnamed)}, a key DVC does not know, so it tracks none of them: rename ${q(misnamed)} to ${q('deps')} and make sure ${sc.raw} is listed.`,
            ),
          );
          continue;
        }
        const fix = addToListFix(src, s, 'deps', sc.raw, `Add ${sc.raw} to the deps of ${s.name}`);
        out.push(
          src.finding(
            a,
            b,
            `Stage ${q(s.name)} runs ${sc.raw} but does not list it under ${q('deps')}: when you change the code, DVC will think the stage is up to date and keep stale results. Add ${q(`- ${sc.raw}`)} to its deps.`,
            fix,
          ),
        );
      }
    }
  }
  return out;
};

// ---- dvc.outputs-unique -------------------------------------------------------------

export const outputsUnique: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.modelUnavailable ?? [];
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
        nodeFinding(src, b.node, `${b.raw} is already an output of ${owner} (line ${lineOf(src, a.node)}): each path must be written by exactly one stage, or DVC cannot tell which run produced it. Keep it in one stage.`),
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
          `${d.raw} is both a dependency and an output (${o.raw}, line ${lineOf(src, o.node)}) of stage ${q(s.name)}: a stage that rewrites its own input is a circular dependency, which DVC refuses. Write the result to a new path.`,
        ),
      );
    }
  }
  return out;
};

// ---- dvc.params-exist ---------------------------------------------------------------

function lookup(data: unknown, key: string): boolean {
  if (data === null || typeof data !== 'object') return false;
  const obj = data as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(obj, key)) return true;
  const parts = key.split('.');
  for (let k = 1; k < parts.length; k++) {
    const head = parts.slice(0, k).join('.');
    if (Object.prototype.hasOwnProperty.call(obj, head) && lookup(obj[head], parts.slice(k).join('.'))) return true;
  }
  return false;
}

function siblings(data: unknown, key: string): string[] {
  const parts = key.split('.');
  let cur: unknown = data;
  for (const p of parts.slice(0, -1)) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, p)) return [];
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur && typeof cur === 'object' && !Array.isArray(cur) ? Object.keys(cur).slice(0, 12) : [];
}

export const paramsExist: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.modelUnavailable ?? [];
  const refs = m.stages.flatMap((s) => s.params).filter((r) => r.file === PARAMS_YAML && !r.key.includes('${'));
  if (refs.length === 0) return [];
  const p = ctx.params;
  if (!p.ok) return [p.finding];
  const data = p.value.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [fileFinding(PARAMS_YAML, 'params.yaml must be a mapping of parameter groups, e.g. `train:` with `epochs: 10` below it.')];
  }
  const src = m.yaml.src;
  const out: Finding[] = [];
  for (const r of refs) {
    if (lookup(data, r.key)) continue;
    const sib = siblings(data, r.key);
    const parent = r.key.split('.').slice(0, -1).join('.');
    const has = sib.length ? ` (${parent} has: ${sib.join(', ')})` : '';
    out.push(
      nodeFinding(src, r.node, `${q(r.key)} is not in params.yaml${has}: \`dvc repro\` stops with "missing params". Fix the name, or add the key to params.yaml.`),
    );
  }
  return out;
};

// ---- dvc.params-not-hardcoded ---------------------------------------------------------

function isTrainStage(s: Stage): boolean {
  return /train/i.test(s.name) || s.cmds.some((c) => scriptsOf(c.text, s.wdir).some((sc) => /train/i.test(sc.path.split('/').pop() ?? '')));
}

export const paramsNotHardcoded: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.modelUnavailable ?? [];
  const src = m.yaml.src;
  const trains = m.stages.filter(isTrainStage);
  if (trains.length === 0) {
    return [nodeFinding(src, m.stagesPair.key, `No training stage found: name the stage that trains the model ${q('train')} (or run a train script such as src/train.py in it).`)];
  }
  const out: Finding[] = [];
  for (const s of trains) {
    if (s.params.length === 0 && !(s.paramsPair && isSeq(s.paramsPair.value) && s.paramsPair.value.items.length > 0)) {
      out.push(
        nodeFinding(
          src,
          s.paramsPair?.key ?? s.keyNode,
          `Stage ${q(s.name)} declares no ${q('params')}: DVC cannot tell that editing a hyperparameter in params.yaml should re-train the model. List the keys the script reads, e.g. ${q('params: [train.epochs]')}.`,
        ),
      );
    }
    for (const c of s.cmds) {
      for (const f of numericFlags(c.text)) {
        const [a, b] = wordRange(src, c.node, c.text, { text: '', start: f.start, end: f.end });
        const name = f.flag.replace(/^-+/, '').replace(/-/g, '_');
        out.push(
          src.finding(
            a,
            b,
            `${q(c.text.slice(f.start, f.end))} hard-codes a hyperparameter in the command: DVC does not track it, so experiments are hard to compare and reproduce. Move it to params.yaml (e.g. ${q(`${name}: ${f.value}`)} under ${q('train:')}), read it in the script, and list ${q(`train.${name}`)} under ${q('params')}.`,
          ),
        );
      }
    }
  }
  return out;
};

// ---- dvc.metrics-uncached ------------------------------------------------------------

function isFalse(node: unknown): boolean {
  return isScalar(node) && node.value === false;
}

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

export const metricsUncached: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.modelUnavailable ?? [];
  const src = m.yaml.src;
  const metrics = m.stages.flatMap((s) => s.metrics);
  if (metrics.length === 0) {
    return [
      nodeFinding(
        src,
        m.stagesPair.key,
        `No stage declares ${q('metrics')}: add an evaluation stage that writes a metrics file (e.g. eval/metrics.json) and list it under ${q('metrics')} with ${q('cache: false')}, so \`dvc metrics show\` and \`dvc metrics diff\` can compare runs.`,
      ),
    ];
  }
  const out: Finding[] = [];
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
          `${q(`cache: ${String(v.value)}`)} on ${e.raw} is the string "${String(v.value)}" to DVC (YAML 1.2 has only true/false), so the metrics stay cached. Write ${q('cache: false')}.`,
          fix,
        ),
      );
      continue;
    }
    out.push(
      nodeFinding(
        src,
        e.cachePair ? e.cachePair.value ?? e.cachePair.key : e.node,
        `Metrics file ${e.raw} in stage ${q(e.stage.name)} is cached by DVC: it then goes into .gitignore instead of git, and you lose the history \`dvc metrics diff\` compares between commits. Mark it ${q('cache: false')}.`,
        fix,
      ),
    );
  }
  return out;
};

// ---- dvc.outputs-gitignored ----------------------------------------------------------

export const outputsGitignored: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.modelUnavailable ?? [];
  const cached = m.stages.flatMap((s) => s.outs).filter((e) => e.path !== '' && !isFalse(e.cachePair?.value));
  if (cached.length === 0) return [];
  const g = ctx.gitignore;
  if (!g.ok) return [g.finding];
  const src = m.yaml.src;
  const gsrc = g.src;
  const out: Finding[] = [];
  const added = new Set<string>();
  for (const e of cached) {
    const last = e.path.split('/').pop() ?? '';
    const isDir = !/\.[A-Za-z0-9]+$/.test(last);
    if (g.value.ignores(e.path, isDir)) continue;
    const line = `/${e.path}`;
    const text = gsrc.text;
    const needsBreak = text.length > 0 && !text.endsWith('\n');
    const fix: TextFix | undefined = added.has(line)
      ? undefined
      : gsrc.fix(text.length, text.length, `${needsBreak ? gsrc.eol : ''}${line}${gsrc.eol}`, `Add ${line} to .gitignore`);
    added.add(line);
    out.push(
      nodeFinding(
        src,
        e.node,
        `${e.raw} (an output of ${q(e.stage.name)}) is not ignored by git: DVC keeps it in its cache and pushes it to the remote; committing it to git as well bloats the repository. Add ${q(line)} to ${GITIGNORE}.`,
        fix,
      ),
    );
  }
  return out;
};

// ---- dvc.default-remote ---------------------------------------------------------------

const SCHEMES = ['s3', 'gs', 'gcs', 'azure', 'ssh', 'hdfs', 'webhdfs', 'http', 'https', 'webdav', 'webdavs', 'gdrive', 'oss', 'remote'];

function entry(section: IniSection | undefined, key: string): IniEntry | undefined {
  return section?.entries.find((e) => e.key === key);
}

export const defaultRemote: CheckFn = (ctx) => {
  const c = ctx.config;
  if (!c.ok) return [c.finding];
  const src = c.src;
  const ini = c.value;
  const out: Finding[] = ini.problems.map((p) => src.finding(p.start, p.end, `.dvc/config line ${p.line}: ${p.message}`));
  const remotes = ini.sections.filter((s) => remoteName(s) !== undefined);
  const core = ini.sections.find((s) => s.name === 'core');
  const def = entry(core, 'remote');
  const eol = src.eol;
  if (remotes.length === 0) {
    out.push(
      fileFinding(DVC_CONFIG, `No remote is defined in .dvc/config: without one, \`dvc push\` has nowhere to store data and models. Add one and make it the default: \`dvc remote add -d storage s3://bucket/path\`.`),
    );
    return out;
  }
  if (!def || def.value.trim() === '') {
    const name = remoteName(remotes[0]) as string;
    let fix: TextFix;
    if (core) {
      const indent = core.entries[0] ? src.text.slice(core.entries[0].lineStart, core.entries[0].keyStart) : '    ';
      const at = def ? def.lineStart : core.lineEndWithBreak;
      const endAt = def ? def.lineEndWithBreak : at;
      const needsBreak = at === src.text.length && at > 0 && !src.text.endsWith('\n');
      fix = src.fix(at, endAt, `${needsBreak ? eol : ''}${indent}remote = ${name}${eol}`, `Make ${name} the default remote`);
    } else {
      fix = src.fix(0, 0, `[core]${eol}    remote = ${name}${eol}`, `Make ${name} the default remote`);
    }
    const msg = `No default remote: ${q('[core]')} has no ${q('remote = ...')}, so \`dvc push\` and \`dvc pull\` fail unless every call names a remote. Set it with \`dvc remote default ${name}\`.`;
    out.push(core ? src.finding(core.start, core.end, msg, fix) : { ...fileFinding(DVC_CONFIG, msg), fix });
    return out;
  }
  const target = remotes.find((s) => remoteName(s) === def.value);
  if (!target) {
    const names = remotes.map((s) => remoteName(s) as string);
    const fix = names.length === 1 ? src.fix(def.valueStart, def.valueEnd, names[0], `Use remote ${names[0]}`) : undefined;
    out.push(
      src.finding(def.valueStart, def.valueEnd, `The default remote "${def.value}" is not defined: the remotes in .dvc/config are ${names.map((x) => `"${x}"`).join(', ')}. Point ${q('remote')} at one of them.`, fix),
    );
    return out;
  }
  const url = entry(target, 'url');
  if (!url || url.value.trim() === '') {
    out.push(src.finding(target.start, target.end, `Remote "${def.value}" has no ${q('url')}: add where the data lives, e.g. ${q('url = s3://bucket/path')}.`));
    return out;
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url.value);
  if (scheme && !SCHEMES.includes(scheme[1].toLowerCase())) {
    out.push(
      src.finding(url.valueStart, url.valueEnd, `DVC has no ${q(`${scheme[1]}://`)} remotes: use s3://, gs://, azure://, ssh://, hdfs://, http(s)://, webdav://, gdrive://, oss:// or a local folder path.`),
    );
  }
  return out;
};

// ---- dvc.no-credentials ---------------------------------------------------------------

const SECRET_KEYS = new Set([
  'access_key_id',
  'secret_access_key',
  'session_token',
  'password',
  'passphrase',
  'account_key',
  'sas_token',
  'connection_string',
  'client_secret',
  'gdrive_client_secret',
  'oss_key_id',
  'oss_key_secret',
  'token',
  'key_id',
  'key_secret',
  'custom_auth_header',
]);

export const noCredentials: CheckFn = (ctx) => {
  const c = ctx.config;
  if (!c.ok) return c.missing ? [] : [c.finding];
  const src = c.src;
  const out: Finding[] = [];
  const entries = [...c.value.top, ...c.value.sections.flatMap((s) => s.entries)];
  for (const e of entries) {
    const key = e.key.toLowerCase();
    const value = e.value.trim();
    if (value === '' || /^(true|false)$/i.test(value) || key.startsWith('ask_')) continue;
    const secret = SECRET_KEYS.has(key) || /(secret|password|passphrase|token)/.test(key);
    if (secret) {
      out.push(
        src.finding(
          e.keyStart,
          e.valueEnd,
          `${q(e.key)} is a credential, and .dvc/config is committed to git: anyone with the repository gets it. Delete this line, rotate the secret, and set it in .dvc/config.local instead (\`dvc remote modify --local <remote> ${e.key} ...\`), which DVC keeps out of git.`,
          src.fix(e.lineStart, e.lineEndWithBreak, '', `Remove ${e.key} from .dvc/config`),
        ),
      );
      continue;
    }
    if (key === 'url' && /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/@\s]+:[^/@\s]+@/.test(value)) {
      out.push(
        src.finding(e.valueStart, e.valueEnd, `The URL embeds a user name and password, and .dvc/config is committed to git. Remove them from the URL and set ${q('user')}/${q('password')} with \`dvc remote modify --local\`.`),
      );
    }
  }
  return out;
};
