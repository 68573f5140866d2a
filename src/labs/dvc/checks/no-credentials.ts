// dvc.no-credentials (general): .dvc/config is committed, so secrets belong in .dvc/config.local or the
// environment.
import type { Finding } from '../../types';
import { q, type CheckFn, type DvcCheck } from './common';

const SECRET_KEYS = new Set([
  'access_key_id',
  'secret_access_key',
  'session_token',
  'password',
  'passphrase',
  'account_key',
  'sas_token',
  'connection_string',
  'client_secret',
  'gdrive_client_secret',
  'oss_key_id',
  'oss_key_secret',
  'token',
  'key_id',
  'key_secret',
  'custom_auth_header',
]);

export const run: CheckFn = (ctx) => {
  const c = ctx.config;
  if (!c.ok) return c.missing ? [] : [c.finding];
  const src = c.src;
  const out: Finding[] = [];
  const entries = [...c.value.top, ...c.value.sections.flatMap((s) => s.entries)];
  for (const e of entries) {
    const key = e.key.toLowerCase();
    const value = e.value.trim();
    if (value === '' || /^(true|false)$/i.test(value) || key.startsWith('ask_')) continue;
    const secret = SECRET_KEYS.has(key) || /(secret|password|passphrase|token)/.test(key);
    if (secret) {
      out.push(
        src.finding(
          e.keyStart,
          e.valueEnd,
          `${q(e.key)} is a credential, and .dvc/config is committed to git: anyone with the repository gets it. Delete this line, rotate the secret, and set it in .dvc/config.local instead (\`dvc remote modify --local <remote> ${e.key} ...\`), which DVC keeps out of git.`,
          src.fix(e.lineStart, e.lineEndWithBreak, '', `Remove ${e.key} from .dvc/config`),
        ),
      );
      continue;
    }
    if (key === 'url' && /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/@\s]+:[^/@\s]+@/.test(value)) {
      out.push(
        src.finding(e.valueStart, e.valueEnd, `The URL embeds a user name and password, and .dvc/config is committed to git. Remove them from the URL and set ${q('user')}/${q('password')} with \`dvc remote modify --local\`.`),
      );
    }
  }
  return out;
};

export const definition: DvcCheck['definition'] = {
  id: 'dvc.no-credentials',
  title: 'No credentials in .dvc/config',
  why: '.dvc/config is committed to git, so any key written there is shared with everyone who can read the repository, forever, in its history. DVC reads secrets from .dvc/config.local (git-ignored) or from the environment instead.',
  lesson: 'ci-cd-for-ml',
  scope: 'general',
  hints: [
    'Look for keys, secrets, tokens or passwords in .dvc/config.',
    'Remove them and use `dvc remote modify --local <remote> <option> <value>`, which writes .dvc/config.local; in CI use environment variables.',
  ],
};
