// ci.train-timeout (general): the job that trains has a time limit.
import type { CheckDefinition } from '../../types';
import { deref, getPair, scalarText } from '../parse';
import { insertBeforeKeyFix, withFix } from '../positions';
import { type Check, firstKey, trainStep } from './common';

export const definition: CheckDefinition = {
  id: 'ci.train-timeout',
  title: 'Training job has a timeout',
  scope: 'general',
  why:
    'A training run that hangs (a stuck download, a dead loop, a diverging run) holds a runner for six hours by default and burns budget. ' +
    'A timeout sized a little above the normal duration turns a hang into a fast, visible failure.',
  lesson: 'ci-cd-for-ml',
  hints: [
    'How long can the training job run before GitHub stops it?',
    'Set `timeout-minutes` on the job that trains the model (or on its training step).',
    'In the train job: `timeout-minutes: 30`.',
  ],
};

export const run: Check = (wf) => {
  const ts = trainStep(wf);
  if (!ts) return []; // nothing trains: ci.job-order and ci.quality-gate ask for the training job
  const job = ts.job;
  const pair = getPair(job.node, 'timeout-minutes') ?? getPair(ts.node, 'timeout-minutes');
  if (!pair) {
    return [
      withFix(
        wf.pos.nodeFinding(job.key, `The training job \`${job.id}\` has no \`timeout-minutes\`: a hung run holds the runner for 6 hours. Set a limit a little above the normal duration.`),
        insertBeforeKeyFix(wf.pos, firstKey(job.node), 'timeout-minutes: 30', 'Add a 30-minute timeout'),
      ),
    ];
  }
  const v = deref(wf.doc, pair.value);
  const t = scalarText(v);
  if (t.includes('${{')) return [];
  const n = Number(t);
  if (!Number.isFinite(n) || n <= 0) return [wf.pos.nodeFinding(v ?? pair.key, `\`timeout-minutes: ${t}\` is not a positive number of minutes.`)];
  return [];
};
