// ci.permissions (general): least-privilege GITHUB_TOKEN.
import { isMap, isScalar } from 'yaml';
import type { CheckDefinition, Finding, TextFix } from '../../types';
import { type Job, type Workflow, deref, getMap, getNode, getPair, getText, rangeOf, scalarText } from '../parse';
import { insertBeforeKeyFix, replaceFix, withFix } from '../positions';
import * as sh from '../shell';
import { type Check, firstKey, missing, usesAction } from './common';
import { pushSteps } from './push-only-main';

export const definition: CheckDefinition = {
  id: 'ci.permissions',
  title: 'Least-privilege token permissions',
  scope: 'general',
  why:
    'Every job receives a GITHUB_TOKEN; without a `permissions:` block it may be allowed to write to the repository, packages and releases. ' +
    'If a dependency or a step is compromised, a read-only token limits the damage. Grant write access only to the one job that needs it.',
  lesson: 'ci-cd-for-ml',
  hints: [
    'What can the workflow token do by default, and what does each job really need?',
    'Add a top-level `permissions:` block that only allows reading the code; avoid `write-all`.',
    'Top level: `permissions: { contents: read }`. In the job that pushes to ghcr.io: `permissions: { contents: read, packages: write }`.',
  ],
};

const usesWorkflowToken = (t: string) => /secrets\.GITHUB_TOKEN|github\.token/.test(t);

/** The job pushes an image to ghcr.io with the workflow token (logging in only to pull needs no write access). */
function pushesToGhcrWithToken(wf: Workflow, job: Job): boolean {
  const login = job.steps.some(
    (s) =>
      (usesAction(s, 'docker/login-action') && /ghcr\.io/i.test(getText(wf.doc, s.with, 'registry')) && usesWorkflowToken(getText(wf.doc, s.with, 'password'))) ||
      sh.commands(s.runText).some((c) => sh.isDockerLogin(c) && c.args.some((a) => /ghcr\.io/i.test(a)) && (usesWorkflowToken(s.runText) || /GITHUB_TOKEN/.test(s.runText))),
  );
  if (!login) return false;
  return pushSteps(wf).some((p) => p.step.job === job);
}

export const run: Check = (wf) => {
  const out: Finding[] = [];
  const pair = getPair(wf.root, 'permissions');
  const readFix = (node: unknown): TextFix | undefined => {
    const r = rangeOf(node);
    return r ? replaceFix(wf.pos, r[0], r[1], '{ contents: read }', 'Allow only reading the repository') : undefined;
  };
  if (!pair) {
    // Without a top-level block every job needs its own; jobs that all declare permissions are fine.
    const undeclared = wf.jobs.filter((j) => getPair(j.node, 'permissions') === undefined);
    if (undeclared.length > 0 || wf.jobs.length === 0) {
      // A step that calls the API with the token (a PR comment, a release) needs its write scope back, or the advice breaks it.
      const tokenUsers = undeclared.filter((j) => j.steps.some((st) => {
        const r = rangeOf(st.node);
        return r !== undefined && !usesAction(st, 'actions/checkout') && usesWorkflowToken(wf.pos.text.slice(r[0], r[1]));
      }));
      const more = tokenUsers.length > 0
        ? ` Job${tokenUsers.length > 1 ? 's' : ''} ${tokenUsers.map((j) => `\`${j.id}\``).join(', ')} pass${tokenUsers.length > 1 ? '' : 'es'} the token to a step: give ${tokenUsers.length > 1 ? 'them' : 'it'} its own \`permissions:\` with the write scopes that step needs (e.g. \`pull-requests: write\` to comment).`
        : '';
      out.push(
        withFix(
          missing(wf, `No top-level \`permissions:\`: jobs without their own get the default token, which may write to the repository. Add \`permissions:\` with \`contents: read\`.${more}`),
          insertBeforeKeyFix(wf.pos, wf.jobsKey, 'permissions:\n  contents: read', 'Add read-only permissions'),
        ),
      );
    }
  } else {
    const v = deref(wf.doc, pair.value);
    if (isScalar(v)) {
      const t = scalarText(v);
      if (t === 'write-all')
        out.push(withFix(wf.pos.nodeFinding(v, '`write-all` gives every job write access to everything. Use `contents: read` here and grant more per job.'), readFix(v)));
      // `read-all` grants no write access; OpenSSF Scorecard accepts it as a least-privilege top level.
    } else if (isMap(v)) {
      for (const it of v.items) {
        if (scalarText(deref(wf.doc, it.value)) !== 'write') continue;
        const key = scalarText(it.key);
        if (wf.jobs.length === 1) continue; // with one job, top level and job level are the same grant
        const r = rangeOf(it.value);
        out.push(
          withFix(
            wf.pos.nodeFinding(it.value, `Top-level \`${key}: write\` applies to every job. Keep the top level read-only and grant write only in the job that needs it.`),
            r ? replaceFix(wf.pos, r[0], r[1], 'read', 'Make it read-only') : undefined,
          ),
        );
      }
    }
  }
  const top = getMap(wf.doc, wf.root, 'permissions');
  const topText = scalarText(deref(wf.doc, pair?.value));
  for (const job of wf.jobs) {
    const jp = deref(wf.doc, getNode(wf.doc, job.node, 'permissions'));
    if (isScalar(jp) && scalarText(jp) === 'write-all') {
      out.push(wf.pos.nodeFinding(jp, `Job \`${job.id}\` asks for \`write-all\`. List only the scopes it needs, e.g. \`contents: read\` and \`packages: write\`.`));
    }
    if (!pushesToGhcrWithToken(wf, job)) continue;
    const declared = jp !== undefined ? jp : pair ? deref(wf.doc, pair.value) : undefined;
    if (declared === undefined) continue; // default token: depends on the repository setting, cannot tell
    const granted = isMap(declared) ? getText(wf.doc, declared, 'packages') === 'write' : scalarText(declared) === 'write-all';
    const inheritedOk = jp === undefined && ((top && getText(wf.doc, top, 'packages') === 'write') || topText === 'write-all');
    if (!granted && !inheritedOk) {
      out.push(
        withFix(
          wf.pos.nodeFinding(job.key, `Job \`${job.id}\` pushes to ghcr.io with the workflow token but its permissions do not include \`packages: write\`, so the push will be refused. Grant it in this job.`),
          jp === undefined ? insertBeforeKeyFix(wf.pos, firstKey(job.node), 'permissions:\n  contents: read\n  packages: write', 'Grant this job packages: write') : undefined,
        ),
      );
    }
  }
  return out;
};
