// dvc.params-exist (general): every key a stage lists from params.yaml is in params.yaml; otherwise
// `dvc repro` and `dvc status` fail with "Parameters '…' are missing from 'params.yaml'". Keys of other
// params files (`- configs/train.yaml: [lr]`) and templated keys are not checked: the grader does not read them.
import type { Finding } from '../../types';
import { PARAMS_YAML } from '../context';
import { fileFinding } from '../positions';
import { nodeFinding, q, type CheckFn, type DvcCheck } from './common';

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

export const run: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.stagesUnavailable;
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
    const has = sib.length ? ` (${parent || 'params.yaml'} has: ${sib.join(', ')})` : '';
    out.push(
      nodeFinding(src, r.node, `${q(r.key)} is not in params.yaml${has}: \`dvc repro\` stops with "Parameters '${r.key}' are missing from 'params.yaml'". Fix the name, or add the key to params.yaml.`),
    );
  }
  return out;
};

export const definition: DvcCheck['definition'] = {
  id: 'dvc.params-exist',
  title: 'Declared params exist in params.yaml',
  why: 'DVC reads every key listed under `params` from params.yaml to decide whether the stage must re-run; a key that is not there stops `dvc repro` with an error. Keeping the two files in step is also what makes `dvc params diff` meaningful when comparing experiments.',
  lesson: 'why-versioning',
  scope: 'general',
  hints: [
    'Open params.yaml next to dvc.yaml and compare the names.',
    'Keys are dotted paths into params.yaml: `train.epochs` means `epochs` under `train:`.',
  ],
};
