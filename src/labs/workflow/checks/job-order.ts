// ci.job-order (lab): separate jobs, lint and test before train, train before the image build.
import type { CheckDefinition, Finding } from '../../types';
import type { Job } from '../parse';
import { insertBeforeKeyFix, withFix } from '../positions';
import { type Check, LAB, ROLE_NAMES, type Role, ancestors, firstKey, listText, missing, roleJob } from './common';

export const definition: CheckDefinition = {
  id: 'ci.job-order',
  title: 'Jobs chained lint and test → train → build-image',
  scope: 'lab',
  why:
    'One job that does everything reruns everything on every failure and hides which stage broke. ' +
    'Separate jobs chained with `needs:` fail fast on cheap checks, never spend GPU minutes on code that does not pass its tests, and never build an image from an untested model.',
  lesson: 'ci-cd-for-ml',
  hints: [
    'Which stages does this pipeline have, and which must finish before the next may start?',
    'Split the work into separate jobs (lint, test, train, build-image) and connect them with `needs:`; lint and test may run side by side.',
    '`train` has `needs: [lint, test]` (or `test` needs `lint` and `train` needs `test`), `build-image` has `needs: train`.',
  ],
};

/** Each stage and the stages that must finish before it. */
const BEFORE: Array<[Role, Role[]]> = [
  ['train', ['lint', 'test']],
  ['build', ['train']],
];

export const run: Check = (wf) => {
  const out: Finding[] = [];
  const roles: Role[] = ['lint', 'test', 'train', 'build'];
  const jobs = new Map<Role, Job | undefined>(roles.map((r) => [r, roleJob(wf, r)]));
  for (const r of roles) if (!jobs.get(r)) out.push(missing(wf, `No job runs ${ROLE_NAMES[r]}. ${LAB} the chain lint and test → train → build-image.`));
  const reported = new Set<string>();
  for (const r of roles) {
    const j = jobs.get(r);
    if (!j || reported.has(j.id)) continue;
    const shared = roles.filter((x) => jobs.get(x) === j);
    if (shared.length > 1) {
      reported.add(j.id);
      out.push(
        wf.pos.nodeFinding(
          j.key,
          `Job \`${j.id}\` runs ${listText(shared.map((x) => ROLE_NAMES[x]))}. ${LAB} separate jobs chained with \`needs:\`, so a cheap failure stops the expensive stages.`,
        ),
      );
    }
  }
  for (const [stage, prereqs] of BEFORE) {
    const cur = jobs.get(stage);
    if (!cur) continue;
    const anc = ancestors(wf, cur);
    const missingPrev = prereqs.map((p) => jobs.get(p)).filter((p): p is Job => !!p && p !== cur && !anc.has(p.id));
    if (missingPrev.length === 0) continue;
    const ids = missingPrev.map((p) => p.id);
    const target = cur.needsNode ?? cur.key;
    const fix = cur.needsNode === undefined ? insertBeforeKeyFix(wf.pos, firstKey(cur.node), `needs: ${ids.length === 1 ? ids[0] : `[${ids.join(', ')}]`}`, `Make ${cur.id} wait for ${ids.join(' and ')}`) : undefined;
    out.push(
      withFix(
        wf.pos.nodeFinding(target, `Job \`${cur.id}\` (${ROLE_NAMES[stage]}) does not wait for ${listText(ids.map((i) => `\`${i}\``))}. ${LAB} ${ROLE_NAMES[stage]} to start only after ${listText(missingPrev.map((p) => `\`${p.id}\``))} passed: add ${ids.length === 1 ? 'it' : 'them'} to its \`needs:\`.`),
        fix,
      ),
    );
  }
  return out;
};
