// ci.registry-secrets (general): no credential written in the workflow.
import { isMap, isPair, isScalar } from 'yaml';
import type { CheckDefinition, Finding } from '../../types';
import { deref, getNode, getPair, rangeOf, scalarText } from '../parse';
import { replaceFix, withFix } from '../positions';
import * as sh from '../shell';
import { type Check, runFinding, stepLabel, usesAction } from './common';

export const definition: CheckDefinition = {
  id: 'ci.registry-secrets',
  title: 'Registry credentials come from secrets',
  scope: 'general',
  why:
    'A password or token written in the workflow is readable by everyone with access to the repository and stays in the Git history forever, even after you delete the line. ' +
    'Secrets are stored encrypted, masked in logs and can be rotated without a commit.',
  lesson: 'ci-cd-for-ml',
  hints: [
    'Is any credential in this file written out in plain text?',
    'Store credentials as repository secrets and reference them with an expression.',
    'For ghcr.io: `password: ${{ secrets.GITHUB_TOKEN }}`; for another registry: `password: ${{ secrets.REGISTRY_PASSWORD }}`.',
  ],
};

const SECRET_KEY = /password|passwd|token|secret|api[_-]?key|access[_-]?key/i;
/** Keys that name a setting, not a credential (`token-format`, `secret-name`). */
const NOT_A_SECRET = /(format|name|file|path|type|url|endpoint|id|scope|audience|env|var|length|expir)/i;
/**
 * Values shaped like real credentials: known token prefixes, or a long random-looking string. Dummy values that
 * CI jobs need (`POSTGRES_PASSWORD: postgres` for a service container, `SECRET_KEY: test` for a Django test run)
 * grant nothing and are not reported.
 */
const TOKEN_LIKE = /^(ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|hf_|sk-|sk_live_|rk_live_|xox[abpr]-|AKIA[0-9A-Z]{12}|dckr_pat_|npm_|pypi-|ya29\.|AIza)/;
const looksLikeCredential = (v: string) => TOKEN_LIKE.test(v) || (v.length >= 24 && /^[A-Za-z0-9+/_=.-]+$/.test(v) && /\d/.test(v) && /[a-z]/i.test(v));

export const run: Check = (wf) => {
  const out: Finding[] = [];
  const scanMap = (map: unknown, where: string, registryLogin = false) => {
    if (!isMap(map)) return;
    for (const it of map.items) {
      if (!isPair(it) || !isScalar(it.key)) continue;
      const key = String(it.key.value);
      if (!SECRET_KEY.test(key) || NOT_A_SECRET.test(key.replace(SECRET_KEY, ''))) continue;
      const v = deref(wf.doc, it.value);
      const t = scalarText(v).trim();
      if (!isScalar(v) || t === '' || t.includes('${{') || typeof v.value === 'boolean' || /^(true|false)$/i.test(t)) continue;
      // A registry login's password is a credential whatever it looks like; elsewhere only credential-shaped values.
      if (!(registryLogin && /^pass(word|wd)$/i.test(key)) && !looksLikeCredential(t)) continue;
      const r = rangeOf(v);
      const secret = /^pass(word|wd)$/i.test(key) ? 'REGISTRY_PASSWORD' : key.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
      out.push(
        withFix(
          wf.pos.nodeFinding(v, `\`${key}\` in ${where} is written in plain text: anyone who can read the repository can use it. Store it as a secret and use \`\${{ secrets.${secret} }}\`.`),
          r ? replaceFix(wf.pos, r[0], r[1], `\${{ secrets.${secret} }}`, 'Read it from a secret') : undefined,
        ),
      );
    }
  };
  scanMap(getNode(wf.doc, wf.root, 'env'), 'the workflow `env:`');
  for (const job of wf.jobs) {
    scanMap(getNode(wf.doc, job.node, 'env'), `job \`${job.id}\` \`env:\``);
    for (const s of job.steps) {
      scanMap(s.with, `the \`with:\` of ${stepLabel(wf, s)}`, usesAction(s, 'docker/login-action'));
      scanMap(s.env, `the \`env:\` of ${stepLabel(wf, s)}`);
      if (usesAction(s, 'docker/login-action') && !getPair(s.with, 'password') && !/ecr|gcr\.io|docker\.pkg\.dev|azurecr/i.test(scalarText(getNode(wf.doc, s.with, 'registry')))) {
        out.push(wf.pos.nodeFinding(s.uses, 'This login step has no `password:`, so the login fails. Pass the registry token from a secret, e.g. `${{ secrets.GITHUB_TOKEN }}`.'));
      }
      for (const c of sh.commands(s.runText)) {
        for (const lit of sh.literalDockerPasswords(c)) {
          const i = s.runText.indexOf(lit, c.start);
          const msg = '`docker login` is given a literal password. Use a secret piped to `--password-stdin`, or docker/login-action with `password: ${{ secrets.… }}`.';
          out.push(i >= 0 ? runFinding(wf, s, i, i + lit.length, msg) : wf.pos.nodeFinding(s.run, msg));
        }
      }
    }
  }
  return out;
};
