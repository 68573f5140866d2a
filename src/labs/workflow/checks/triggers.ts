// ci.triggers (lab): runs on pull requests into main and on pushes to main.
import { isMap, isPair } from 'yaml';
import type { CheckDefinition, Finding, TextFix } from '../../types';
import { deref, getPair, rangeOf } from '../parse';
import { insertBeforeKeyFix, replaceFix, withFix } from '../positions';
import { type Check, LAB, MAIN_BRANCHES, branchFilter, events, missing } from './common';

export const definition: CheckDefinition = {
  id: 'ci.triggers',
  title: 'Runs on pull requests and on pushes to main',
  scope: 'lab',
  why:
    'Running only on push means a change is tested after it lands, when a broken model or pipeline is already on the main branch. ' +
    'Running on pull requests gives feedback before merging, and running on pushes to main produces the artefacts (the image) from reviewed code.',
  lesson: 'ci-cd-for-ml',
  hints: [
    'Which events should start this workflow: only pushes, or pull requests too?',
    'Under `on:`, list both `pull_request` and `push`, and limit `push` to the main branch.',
    'Use `on:` with `push: { branches: [main] }` and `pull_request: { branches: [main] }`.',
  ],
};

const FIX_TEXT = 'on:\n  push:\n    branches: [main]\n  pull_request:\n    branches: [main]';

export const run: Check = (wf) => {
  const pair = getPair(wf.root, 'on');
  if (!pair) {
    const first = wf.root.items[0];
    return [
      withFix(
        missing(wf, `The workflow has no \`on:\` block, so nothing starts it. ${LAB} \`pull_request\` and \`push\` to main.`),
        insertBeforeKeyFix(wf.pos, isPair(first) ? first.key : undefined, FIX_TEXT, 'Run on pull requests and pushes to main'),
      ),
    ];
  }
  const on = deref(wf.doc, pair.value);
  const evs = events(wf);
  let fix: TextFix | undefined;
  const kr = rangeOf(pair.key);
  const vr = rangeOf(on);
  if (!isMap(on) && kr && vr && wf.pos.lineCol(kr[0]).col === 1) {
    const others = [...evs.keys()].filter((e) => e && e !== 'push' && e !== 'pull_request').map((e) => `\n  ${e}:`);
    fix = replaceFix(wf.pos, kr[0], vr[1], FIX_TEXT + others.join(''), 'Run on pull requests and pushes to main');
  }
  const matches = (b: string) => MAIN_BRANCHES.has(b) || b === '*' || b === '**' || /^m[a-z]*\*$/.test(b);
  const coversMain = (cfg: unknown): boolean => {
    const inc = branchFilter(wf, cfg, 'branches');
    const exc = branchFilter(wf, cfg, 'branches-ignore');
    if (exc && exc.some(matches)) return false;
    if (!inc && branchFilter(wf, cfg, 'tags')) return false; // tags only
    return !inc || inc.some(matches);
  };
  const where = (event: string): unknown => {
    if (isMap(on)) return getPair(on, event)?.key ?? pair.key;
    return on ?? pair.key;
  };
  const out: Finding[] = [];
  if (!evs.has('pull_request')) {
    out.push(
      withFix(
        wf.pos.nodeFinding(
          pair.key,
          evs.has('pull_request_target')
            ? '`pull_request_target` runs the base branch\'s workflow with a write token and secrets, even for pull requests from forks, so it does not test the change safely. ' + `${LAB} a \`pull_request\` trigger.`
            : `The workflow does not run on pull requests, so changes are only tested after they land. ${LAB} a \`pull_request\` trigger.`,
        ),
        fix,
      ),
    );
  } else if (!coversMain(evs.get('pull_request'))) {
    out.push(wf.pos.nodeFinding(where('pull_request'), `The \`pull_request\` trigger leaves out pull requests into \`main\`. ${LAB} them: add \`main\` to its \`branches\`.`));
  }
  if (!evs.has('push')) {
    out.push(withFix(wf.pos.nodeFinding(pair.key, `The workflow does not run on pushes to \`main\`, so nothing builds the merged code. ${LAB} a \`push\` trigger for main.`), out.length ? undefined : fix));
  } else if (!coversMain(evs.get('push'))) {
    out.push(wf.pos.nodeFinding(where('push'), `The \`push\` trigger leaves out \`main\`. ${LAB} pushes to main: list \`main\` under \`branches:\`.`));
  } else if ((branchFilter(wf, evs.get('push'), 'branches') ?? ['**']).some((b) => b === '*' || b === '**') && !branchFilter(wf, evs.get('push'), 'branches-ignore')) {
    out.push(
      withFix(
        wf.pos.nodeFinding(
          where('push'),
          evs.has('pull_request')
            ? `The \`push\` trigger runs on every branch, so with \`pull_request\` each PR commit runs twice. ${LAB} \`push\` limited to \`branches: [main]\`.`
            : `The \`push\` trigger runs on every branch. ${LAB} \`push\` limited to \`branches: [main]\`, with pull requests covering the other branches.`,
        ),
        out.length ? undefined : fix,
      ),
    );
  }
  return out;
};
