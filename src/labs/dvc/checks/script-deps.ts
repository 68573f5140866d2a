// dvc.script-deps (general): a stage lists the script its command runs among its deps, or DVC does not
// re-run it when the code changes.
import { isScalar, isSeq } from 'yaml';
import type { YAMLSeq } from 'yaml';
import type { Finding, TextFix } from '../../types';
import type { Source } from '../positions';
import { nodeEnd, nodeStart, pairOf, type Stage } from '../parse';
import { isSameOrInside, normalizePath, scriptsOf } from '../paths';
import { KEY_ALIASES, q, wordRange, type CheckFn, type DvcCheck } from './common';

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

export const run: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.stagesUnavailable;
  const src = m.yaml.src;
  const out: Finding[] = [];
  for (const s of m.stages) {
    // `always_changed: true` makes DVC run the stage on every `dvc repro` whatever its deps, so a script
    // missing from them cannot leave stale results (a package check, a download of the latest data).
    const always = pairOf(s.body, 'always_changed')?.value;
    if (isScalar(always) && always.value === true) continue;
    const seen = new Set<string>();
    for (const c of s.cmds) {
      // `cd src && python train.py` runs src/train.py.
      const cd = /^\s*cd\s+([^\s;&|'"$]+)\s*&&/.exec(c.text);
      const dir = cd ? normalizePath(cd[1], s.wdir) : s.wdir;
      for (const sc of scriptsOf(c.text, dir)) {
        // A script run inside a container is the image's file (`docker run img python3 train.py`): whether the
        // project holds it, and so whether it belongs in deps, cannot be told from the command.
        if (sc.inContainer || seen.has(sc.path)) continue;
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

export const definition: DvcCheck['definition'] = {
  id: 'dvc.script-deps',
  title: 'Each stage depends on its own script',
  why: 'DVC decides whether a stage is stale by hashing its dependencies. If the script a stage runs is not among them, changing the training code leaves the old model in place and `dvc repro` reports everything up to date: the classic "works on my machine" result nobody can reproduce.',
  lesson: 'why-versioning',
  scope: 'general',
  hints: [
    'What does each stage run in its `cmd`?',
    "Add the script file (e.g. src/train.py) to the same stage's `deps`.",
  ],
};
