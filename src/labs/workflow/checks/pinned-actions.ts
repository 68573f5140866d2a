// ci.pinned-actions (general): every action pinned to a release or a commit, on a supported runtime.
import { isScalar } from 'yaml';
import type { CheckDefinition, Finding } from '../../types';
import { ACTION_FACTS } from '../facts';
import { getNode, rangeOf, scalarText } from '../parse';
import { replaceFix, withFix } from '../positions';
import type { Check } from './common';

export const definition: CheckDefinition = {
  id: 'ci.pinned-actions',
  title: 'Actions pinned to a release on a supported runtime',
  scope: 'general',
  why:
    'An action referenced by a branch (`@main`, `@master`) can change under you at any time, so the same commit can build differently tomorrow, or run code you never reviewed. ' +
    'Old major versions target Node.js runtimes GitHub has deprecated: runners force them onto a newer Node and warn on every run, and they no longer get fixes. Pin to a release tag or a commit SHA and keep majors current.',
  lesson: 'why-versioning',
  hints: [
    'Each `uses:` line names an action and a version after `@`. Is that version fixed, and is it recent?',
    'Replace branch refs such as `@master` with a release tag, and upgrade majors that target Node.js 20 or older.',
    `Majors that run on Node.js 24 (checked ${ACTION_FACTS['actions/checkout']!.verifiedOn}): ${Object.entries(ACTION_FACTS)
      .map(([n, f]) => `${n}@v${f.node24Major}+`)
      .join(', ')}.`,
  ],
};

export const run: Check = (wf) => {
  const out: Finding[] = [];
  const usesNodes: Array<{ node: unknown; value: string }> = [];
  for (const job of wf.jobs) {
    const ju = getNode(wf.doc, job.node, 'uses');
    if (isScalar(ju)) usesNodes.push({ node: ju, value: scalarText(ju).trim() });
    for (const s of job.steps) if (s.uses) usesNodes.push({ node: s.uses, value: s.usesValue });
  }
  for (const { node, value } of usesNodes) {
    if (!value || value.startsWith('./') || value.startsWith('docker://') || value.includes('${{')) continue;
    const r = rangeOf(node);
    const src = r ? wf.pos.text.slice(r[0], r[1]) : '';
    const at = value.lastIndexOf('@');
    const name = (at >= 0 ? value.slice(0, at) : value).toLowerCase();
    const repo = name.split('/').slice(0, 2).join('/');
    const fact = ACTION_FACTS[repo];
    const suggest = fact?.suggestMajor;
    if (at < 0) {
      const i = src.indexOf(value);
      const fix = suggest && r && i >= 0 && name === repo ? replaceFix(wf.pos, r[0] + i + value.length, r[0] + i + value.length, `@v${suggest}`, `Pin to @v${suggest}`) : undefined;
      out.push(withFix(wf.pos.nodeFinding(node, `\`${value}\` has no version, so it runs whatever the default branch holds today. Add \`@<tag>\` or \`@<commit-sha>\`.`), fix));
      continue;
    }
    const ref = value.slice(at + 1);
    const i = src.lastIndexOf(`@${ref}`);
    const refFix = (title: string) => (suggest && r && i >= 0 ? replaceFix(wf.pos, r[0] + i + 1, r[0] + i + 1 + ref.length, `v${suggest}`, title) : undefined);
    const refFinding = (msg: string, title: string) => {
      const f = r && i >= 0 ? wf.pos.offsetFinding(r[0] + i + 1, r[0] + i + 1 + ref.length, msg) : wf.pos.nodeFinding(node, msg);
      return withFix(f, refFix(title));
    };
    if (/^[0-9a-f]{40}$/i.test(ref)) continue;
    const m = /^v?(\d+)(\.\d+){0,2}$/.exec(ref);
    if (!m) {
      // Tags such as `release/v1`, `stable` or `v2-beta` are not branches we can tell apart from tags; only flag known branch names.
      if (!/^(main|master|dev|develop|trunk|latest|HEAD)$/i.test(ref)) continue;
      out.push(
        refFinding(
          `\`@${ref}\` is a branch, so \`${name}\` can change under you. Pin it to a release tag${suggest ? ` such as \`@v${suggest}\`` : ''} or a commit SHA.`,
          `Pin to @v${suggest}`,
        ),
      );
      continue;
    }
    const major = Number(m[1]);
    if (fact && major < fact.node24Major) {
      out.push(
        refFinding(
          `\`${name}@${ref}\` targets a Node.js runtime GitHub has deprecated (Node 20 or older): runners force it onto Node 24 and warn on every run. ` +
            `v${fact.node24Major} and later run on Node 24; upgrade to \`@v${fact.suggestMajor}\`.`,
          `Upgrade to @v${fact.suggestMajor}`,
        ),
      );
    }
  }
  return out;
};
