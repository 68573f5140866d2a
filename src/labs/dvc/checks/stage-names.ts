// dvc.stage-names: stage names DVC accepts (general). `dvc stage add -n` refuses every ASCII punctuation
// character except `-` and `_` (DVC's INVALID_STAGENAME_CHARS); `:`, `@` and `/` also clash with how stages
// are addressed (`dvc.yaml:train`, `build@cpu` for foreach items, `sub/dvc.yaml`).
import type { Finding } from '../../types';
import { nodeEnd, nodeStart } from '../parse';
import { nodeFinding, q, type CheckFn, type DvcCheck } from './common';

const PUNCTUATION = /[!"#$%&'()*+,./:;<=>?@[\\\]^`{|}~]/g;

export const run: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.stagesUnavailable;
  const src = m.yaml.src;
  const names = new Set(m.stages.map((s) => s.name));
  const out: Finding[] = [];
  for (const s of m.stages) {
    const bad = [...new Set(s.name.match(PUNCTUATION) ?? [])];
    if (bad.length === 0 && s.name.trim() !== '') continue;
    const addressing = bad.filter((c) => ':@/'.includes(c));
    const why =
      bad.length === 0
        ? 'an empty name cannot be passed to `dvc repro`'
        : `\`dvc stage add\` refuses ${bad.map(q).join(' and ')} in a stage name (it allows no punctuation except ${q('-')} and ${q('_')})${
            addressing.length ? `, and ${addressing.map(q).join(' and ')} already mean${addressing.length > 1 ? '' : 's'} something when you address a stage (${q('dvc.yaml:train')}, ${q('build@cpu')}, ${q('sub/dvc.yaml')})` : ''
          }`;
    const better = s.name.replace(PUNCTUATION, '_').replace(/^\s+|\s+$/g, '').replace(/^_+|_+$/g, '');
    const fix = better && !names.has(better) ? src.fix(nodeStart(s.keyNode), nodeEnd(s.keyNode), better, `Rename stage to ${better}`) : undefined;
    out.push(nodeFinding(src, s.keyNode, `Stage name "${s.name}" is not valid: ${why}. Use letters, digits, ${q('_')} and ${q('-')}${better ? `, e.g. ${q(better)}` : ''}.`, fix));
  }
  return out;
};

export const definition: DvcCheck['definition'] = {
  id: 'dvc.stage-names',
  title: 'Stage names are valid',
  why: 'Stage names are how you address a step on the command line (`dvc repro train`) and in CI. `dvc stage add` refuses punctuation other than `-` and `_` in them, and DVC reserves `:`, `@` and `/` for its own addressing.',
  lesson: 'data-versioning',
  scope: 'general',
  hints: [
    'Look at the keys directly under `stages:`.',
    'Use letters, digits, `_` and `-` only, e.g. `prepare`, `train`, `evaluate`.',
  ],
};
