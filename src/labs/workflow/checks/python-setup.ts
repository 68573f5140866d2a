// ci.python-setup (general): each job that runs Python sets it up, at a version GitHub reads as written.
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { CheckDefinition, Finding } from '../../types';
import { type Workflow, deref, getMap, getNode, getPair, rangeOf, scalarText } from '../parse';
import { insertBeforeKeyFix, replaceFix, withFix } from '../positions';
import * as sh from '../shell';
import { type Check, firstKey, insertAfterValueFix, usesAction } from './common';

export const definition: CheckDefinition = {
  id: 'ci.python-setup',
  title: 'Python set up with a fixed version',
  scope: 'general',
  why:
    'The runner image ships some Python, but which one changes when the image is updated, so results drift without any code change. ' +
    'Pinning the version in each job makes CI match your environment; caching downloads (setup-python `cache: pip`, setup-uv `enable-cache`) makes every job faster.',
  lesson: 'ci-cd-for-ml',
  hints: [
    'Every job is a fresh machine: how does each one get the Python version your project expects?',
    'Use `actions/setup-python` (or `astral-sh/setup-uv`) in each job that runs Python, with a version; YAML reads an unquoted 3.10 as the number 3.1.',
    'Give the step `with: { python-version: "3.11", cache: pip }`.',
  ],
};

const SETUP_ACTIONS = ['actions/setup-python', 'astral-sh/setup-uv', 'conda-incubator/setup-miniconda', 'mamba-org/setup-micromamba', 'prefix-dev/setup-pixi', 'snok/install-poetry', 'pdm-project/setup-pdm', 'actions/setup-python'];

/** A plain YAML number whose text is not what GitHub passes on: `3.10` becomes `3.1`. */
function mangledVersions(wf: Workflow, node: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (n: unknown) => {
    const d = deref(wf.doc, n);
    if (isSeq(d)) for (const it of d.items) visit(it);
    else if (isScalar(d) && typeof d.value === 'number') {
      const r = rangeOf(d);
      const src = r ? wf.pos.text.slice(r[0], r[1]).trim() : '';
      if (src !== '' && src !== String(d.value)) out.push(d);
    }
  };
  visit(node);
  return out;
}

export const run: Check = (wf) => {
  const out: Finding[] = [];
  const flagged = new Set<unknown>();
  const flag = (n: unknown) => {
    if (flagged.has(n)) return;
    flagged.add(n);
    const r = rangeOf(n);
    const src = r ? wf.pos.text.slice(r[0], r[1]).trim() : '';
    out.push(
      withFix(
        wf.pos.nodeFinding(n, `\`${src}\` unquoted is a YAML number, so GitHub passes \`${scalarText(n)}\` as the version. Quote it: \`"${src}"\`.`),
        r ? replaceFix(wf.pos, r[0], r[1], `"${src}"`, 'Quote the version') : undefined,
      ),
    );
  };
  for (const job of wf.jobs) {
    // Versions in a matrix (`python-version: [3.9, 3.10]`).
    const matrix = getNode(wf.doc, getMap(wf.doc, job.node, 'strategy'), 'matrix');
    const scanMatrix = (m: unknown) => {
      if (!isMap(m)) return;
      for (const it of m.items) {
        if (!isPair(it)) continue;
        const key = scalarText(it.key);
        if (/python/i.test(key)) for (const n of mangledVersions(wf, it.value)) flag(n);
        const v = deref(wf.doc, it.value);
        if ((key === 'include' || key === 'exclude') && isSeq(v)) for (const entry of v.items) scanMatrix(deref(wf.doc, entry));
      }
    };
    scanMatrix(matrix);
    for (const s of job.steps) {
      if (!SETUP_ACTIONS.some((a) => usesAction(s, a))) continue;
      for (const key of ['python-version', 'python']) for (const n of mangledVersions(wf, getNode(wf.doc, s.with, key))) flag(n);
    }
    const setUp =
      job.steps.some((s) => SETUP_ACTIONS.some((a) => usesAction(s, a))) ||
      getPair(job.node, 'container') !== undefined ||
      getPair(job.node, 'uses') !== undefined ||
      !/ubuntu|windows|macos/i.test(scalarText(getNode(wf.doc, job.node, 'runs-on')) || 'ubuntu');
    if (setUp) {
      for (const s of job.steps.filter((x) => usesAction(x, 'actions/setup-python'))) {
        const w = s.with;
        if (getPair(w, 'python-version') || getPair(w, 'python-version-file')) continue;
        out.push(
          withFix(
            wf.pos.nodeFinding(s.uses, 'This setup-python step has no `python-version` (or `python-version-file`), so it uses whatever Python is on the runner. Pin the version your project uses.'),
            !w
              ? insertAfterValueFix(wf, getPair(s.node, 'uses')?.key, s.uses, 'with:\n  python-version: "3.11"\n  cache: pip', 'Set the Python version')
              : insertBeforeKeyFix(wf.pos, firstKey(w), 'python-version: "3.11"', 'Set the Python version'),
          ),
        );
      }
      continue;
    }
    const py = job.steps.find((s) => sh.commands(s.runText).some(sh.runsPython));
    if (py) {
      out.push(wf.pos.nodeFinding(job.key, `Job \`${job.id}\` runs Python but never sets it up, so it gets whichever Python the runner image ships. Add an \`actions/setup-python\` step with a \`python-version\`.`));
    }
  }
  return out;
};
