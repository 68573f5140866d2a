// dvc.outputs-gitignored (general): every cached output (outs, and metrics or plots left cached) is
// ignored by git, through the root .gitignore or the one DVC writes in the output's folder.
import type { Finding, TextFix } from '../../types';
import { GITIGNORE } from '../context';
import { isScalar } from 'yaml';
import { nodeFinding, q, type CheckFn, type DvcCheck } from './common';
import type { PathEntry } from '../parse';

/** Outputs checked at most. */
export const MAX_CHECKED = 200;

/** Cached for sure: no `cache` flag (the default) or `cache: true`. Other values are dvc.schema-valid's. */
function surelyCached(e: PathEntry): boolean {
  const v = e.cachePair?.value;
  return !e.cachePair || (isScalar(v) && v.value === true);
}

export const run: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.stagesUnavailable;
  // A real pipeline has a handful of outputs; past MAX_CHECKED, matching each against thousands of patterns
  // would take seconds, so the rest are left unchecked (no finding claims anything about them).
  const cached = m.stages
    .flatMap((s) => [...s.outs, ...s.metrics, ...s.plots])
    .filter((e) => e.path !== '' && !e.path.startsWith('../') && surelyCached(e))
    .slice(0, MAX_CHECKED);
  if (cached.length === 0) return [];
  const root = ctx.rootGitignore;
  // A root .gitignore that cannot be read (too large, not text) leaves nothing to say about the outputs.
  if (!root.ok && !root.missing) return [root.finding];
  const g = ctx.gitignores;
  const src = m.yaml.src;
  const out: Finding[] = [];
  const added = new Set<string>();
  for (const e of cached) {
    const last = e.path.split('/').pop() ?? '';
    const isDir = !/\.[A-Za-z0-9]+$/.test(last);
    if (g.ignores(e.path, isDir)) continue;
    const line = `/${e.path}`;
    const slash = e.path.lastIndexOf('/');
    const dvcWrites = slash > 0 ? `${e.path.slice(0, slash)}/.gitignore` : GITIGNORE;
    let fix: TextFix | undefined;
    if (root.ok && !added.has(line)) {
      const text = root.src.text;
      const needsBreak = text.length > 0 && !text.endsWith('\n');
      fix = root.src.fix(text.length, text.length, `${needsBreak ? root.src.eol : ''}${line}${root.src.eol}`, `Add ${line} to .gitignore`);
    }
    added.add(line);
    out.push(
      nodeFinding(
        src,
        e.node,
        `${e.raw} (an output of ${q(e.stage.name)}) is not ignored by git: DVC keeps it in its cache, so committing it to git as well bloats the repository with every version. \`dvc repro\` adds it to ${dvcWrites} when it runs the stage; until then, add ${q(line)} to ${GITIGNORE}${root.ok ? '' : ' (create the file)'}.`,
        fix,
      ),
    );
  }
  return out;
};

export const definition: DvcCheck['definition'] = {
  id: 'dvc.outputs-gitignored',
  title: 'Data and model outputs are ignored by git',
  why: "Cached outputs live in DVC's cache and remote; git should only hold the small dvc.lock entry that points at them. DVC writes a .gitignore beside each output when it runs the stage; if git tracks the files anyway, the repository swells with every dataset and model version, and the two copies drift apart.",
  lesson: 'data-versioning',
  scope: 'general',
  hints: [
    'Open .gitignore (and any .gitignore DVC wrote in an output folder): which of your `outs` paths are missing?',
    'Add each cached output as an anchored pattern such as `/models/model.pkl` or `/data/prepared` to the root .gitignore, or run `dvc repro`, which writes them.',
  ],
};
