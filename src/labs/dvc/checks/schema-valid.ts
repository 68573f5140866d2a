// dvc.schema-valid: dvc.yaml has the shape DVC loads (general: DVC refuses the whole file otherwise).
import { isMap, isScalar, isSeq } from 'yaml';
import type { ErrorObject } from 'ajv';
import type { Finding, TextFix } from '../../types';
import { DVC_YAML } from '../context';
import { fileFinding, type Source } from '../positions';
import { nodeAtPointer, nodeEnd, nodeStart, pairOf, yaml11Boolean } from '../parse';
import { editDistance } from '../paths';
import { STAGE_KEYS, validateDvcYaml } from '../schema';
import { KEY_ALIASES, nodeFinding, q, type CheckFn, type DvcCheck } from './common';

const TOP_KEYS = ['stages', 'vars', 'params', 'metrics', 'plots', 'artifacts', 'datasets'];
const FLAG_KEYS = ['cache', 'persist', 'push', 'remote', 'desc', 'type', 'labels', 'meta'];
const PLOT_KEYS = ['x', 'y', 'x_label', 'y_label', 'title', 'header', 'template'];

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
        const field = segs[2] === 'do' ? segs[3] : segs[2];
        allowed = field === 'plots' ? [...FLAG_KEYS, ...PLOT_KEYS] : FLAG_KEYS;
        msg = `Unknown key ${q(extra)} in ${here}: DVC refuses the whole dvc.yaml. ${field === 'plots' ? 'Plot' : 'Output'} flags are ${allowed.join(', ')}.`;
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

export const run: CheckFn = (ctx) => {
  const t = ctx.dvcText;
  if (!t.ok) return [t.finding];
  const y = ctx.dvcYaml;
  if (!y) return [];
  if (y.errors.length > 0 || !y.doc) return y.errors;
  const src = y.src;
  const root = y.doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return [fileFinding(DVC_YAML, 'dvc.yaml is empty: it defines nothing for DVC to run or show. Define the pipeline under a top-level `stages:` mapping, one entry per stage with its `cmd`, `deps` and `outs`.')];
  }
  if (!isMap(root)) {
    return [nodeFinding(src, root, `dvc.yaml must be a mapping (with keys such as ${q('stages:')}), but it is ${isSeq(root) ? 'a list' : 'a single value'}: DVC refuses it.`)];
  }
  // A dvc.yaml without `stages:` is valid: dvclive writes one with only metrics, plots and params, and a
  // model registry one with only artifacts. Whether this lab's pipeline is there is dvc.pipeline-graph's question.
  const findings: Finding[] = [];
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

export const definition: DvcCheck['definition'] = {
  id: 'dvc.schema-valid',
  title: "dvc.yaml follows DVC's format",
  why: 'DVC refuses to run anything when dvc.yaml has an unknown key, a stage without `cmd` or a value of the wrong type, and a misspelt key such as `dependencies` is not a harmless typo: the stage silently loses what it was meant to track. Catching these in the editor saves a failed `dvc repro` in CI.',
  lesson: 'data-versioning',
  scope: 'general',
  hints: [
    'Compare each stage with the keys DVC documents for dvc.yaml.',
    'A stage accepts cmd, deps, params, outs, metrics, plots, wdir, desc, frozen, always_changed, meta and vars; flags such as `cache` take true or false.',
    'Rename unknown keys (e.g. `dependencies` → `deps`) and write `cache: false`, not `cache: no`.',
  ],
};
