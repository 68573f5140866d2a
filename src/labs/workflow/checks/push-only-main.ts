// ci.push-only-main (general): images are published only from main (or tags), never from pull requests or branches.
import type { CheckDefinition, Finding } from '../../types';
import { type Step, type Workflow, deref, getPair, rangeOf, scalarText } from '../parse';
import { insertBeforeKeyFix, replaceFix, withFix } from '../positions';
import * as sh from '../shell';
import { type Check, LAB, allSteps, firstKey, isBuild, refCondition, runFinding, stepNode, unsafeEvents, usesAction } from './common';

export const definition: CheckDefinition = {
  id: 'ci.push-only-main',
  title: 'Image pushed only from main',
  scope: 'general',
  why:
    'If every branch and pull request pushes to the registry, unreviewed code produces images that look like releases and can overwrite the ones in use. ' +
    'Build on every change to prove the image builds, but publish it only from the main branch (or from release tags).',
  lesson: 'containerization',
  hints: [
    'Pull requests run this workflow too. What should they not be allowed to do?',
    'Make the push conditional on the branch being main, with an `if:` or an expression (a workflow that only runs on main needs neither).',
    "In docker/build-push-action: `push: ${{ github.ref == 'refs/heads/main' }}`.",
  ],
};

/** Steps that push an image, and the node whose value decides it. */
export function pushSteps(wf: Workflow): Array<{ step: Step; pushNode?: unknown }> {
  const out: Array<{ step: Step; pushNode?: unknown }> = [];
  for (const s of allSteps(wf)) {
    if (usesAction(s, 'docker/build-push-action') || usesAction(s, 'docker/bake-action')) {
      const p = getPair(s.with, 'push');
      const v = deref(wf.doc, p?.value);
      const t = scalarText(v);
      if (p && t !== '' && t !== 'false') out.push({ step: s, pushNode: v });
    } else if (sh.commands(s.runText).some(sh.isDockerPush)) out.push({ step: s });
  }
  return out;
}

export const run: Check = (wf) => {
  const pushes = pushSteps(wf);
  if (pushes.length === 0) {
    // Nothing is published, so nothing is published from the wrong branch; the lab still asks for the image to be pushed.
    const b = allSteps(wf).find(isBuild);
    return b
      ? [wf.pos.nodeFinding(stepNode(b), `The image is built but never pushed, so nothing can deploy it. ${LAB} it to be pushed from main only, e.g. \`push: \${{ github.ref == 'refs/heads/main' }}\`.`)]
      : [];
  }
  const unsafe = unsafeEvents(wf);
  if (unsafe.length === 0) return []; // the workflow itself only runs on main, tags or other trusted events
  const out: Finding[] = [];
  const from = unsafe.includes('pull_request') ? 'pull requests and other branches' : 'branches other than main';
  for (const { step, pushNode } of pushes) {
    const verdicts = [refCondition(wf, step.ifText || 'true'), refCondition(wf, step.job.ifText || 'true')];
    const expr = scalarText(pushNode);
    if (pushNode !== undefined) verdicts.push(refCondition(wf, expr));
    // A deployment environment can limit which branches may use it (protection rules we cannot see).
    if (getPair(step.job.node, 'environment')) verdicts.push('unknown');
    if (verdicts.includes('safe') || verdicts.includes('unknown')) continue;
    if (pushNode !== undefined) {
      const r = rangeOf(pushNode);
      out.push(
        withFix(
          wf.pos.nodeFinding(pushNode, `\`push: ${expr}\` publishes the image from ${from} (the workflow runs on ${unsafe.join(', ')}). Push only when the ref is main.`),
          r ? replaceFix(wf.pos, r[0], r[1], "${{ github.ref == 'refs/heads/main' }}", 'Push only from main') : undefined,
        ),
      );
    } else {
      const fk = firstKey(step.node);
      const msg = `This step pushes the image from ${from} (the workflow runs on ${unsafe.join(', ')}). Add \`if: github.ref == 'refs/heads/main'\` to it.`;
      const c = sh.commands(step.runText).find(sh.isDockerPush);
      out.push(
        withFix(
          c ? runFinding(wf, step, c.start, c.end, msg) : wf.pos.nodeFinding(stepNode(step), msg),
          fk ? insertBeforeKeyFix(wf.pos, fk, "if: github.ref == 'refs/heads/main'", 'Push only from main') : undefined,
        ),
      );
    }
  }
  return out;
};
