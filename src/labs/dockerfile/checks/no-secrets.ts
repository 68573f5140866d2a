// docker.no-secrets: no ARG or ENV whose name says it holds a secret (HF_TOKEN, AWS_SECRET_ACCESS_KEY, apiKey).
import { Arg, Env, type Property } from 'dockerfile-ast';
import type { Finding } from '../../types';
import { DOCKERFILE } from '../context';
import { finding, fromLsp } from '../positions';
import { withDocker, type DockerCheck } from './shared';

const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'PWD', 'SECRET', 'SECRETS', 'TOKEN', 'TOKENS', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS', 'PRIVATEKEY', 'ACCESSKEY', 'SECRETKEY']);
const KEY_PREFIXES = new Set(['API', 'ACCESS', 'PRIVATE', 'SECRET', 'SIGNING', 'ENCRYPTION', 'AUTH', 'CLIENT', 'MASTER', 'SSH']);
const REFERENCE_SUFFIXES = new Set(['FILE', 'PATH', 'DIR', 'NAME', 'ID', 'URL', 'HEADER', 'ENV', 'VAR', 'LENGTH', 'TTL', 'EXPIRY', 'EXPIRES']);

/** Whether an ARG/ENV name looks like it holds a secret (HF_TOKEN, AWS_SECRET_ACCESS_KEY, apiKey; not TOKENIZERS_PARALLELISM). */
export function isSecretName(name: string): boolean {
  const parts = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  if (parts.length === 0) return false;
  // Names that point at a secret rather than hold one (MY_PASSWORD_FILE, SECRET_NAME) are fine.
  if (parts.length > 1 && REFERENCE_SUFFIXES.has(parts[parts.length - 1])) return false;
  if (parts.length === 1 && parts[0] === 'PWD') return false; // the shell's working directory
  for (let i = 0; i < parts.length; i++) {
    if (SECRET_WORDS.has(parts[i])) return true;
    if (parts[i].includes('PASSWORD') || parts[i].includes('SECRET')) return true;
    if (parts[i] === 'KEY' && i > 0 && KEY_PREFIXES.has(parts[i - 1])) return true;
  }
  return false;
}

const run = withDocker((p) => {
  const out: Finding[] = [];
  for (const ins of p.instructions) {
    let props: Property[] = [];
    if (ins instanceof Arg) { const prop = ins.getProperty(); props = prop ? [prop] : []; }
    else if (ins instanceof Env) props = ins.getProperties();
    else continue;
    for (const prop of props) {
      const name = prop.getName();
      if (!isSecretName(name)) continue;
      // An empty ENV is a placeholder to fill at run time; it stores nothing.
      if (ins instanceof Env && (prop.getValue() ?? '').replace(/^["']|["']$/g, '') === '') continue;
      const where = ins instanceof Env
        ? 'ENV values are stored in the image\'s configuration, readable by anyone who pulls it (docker inspect)'
        : 'a build argument\'s value is recorded in the image history of every RUN that follows it (docker history)';
      out.push(finding(DOCKERFILE, fromLsp(prop.getNameRange()), `${ins.getKeyword()} ${name} looks like a secret, and ${where}: pass it at run time (docker run -e / an orchestrator secret) or at build time with RUN --mount=type=secret.`));
    }
  }
  return out;
});

export const noSecrets: DockerCheck = {
  definition: {
    id: 'docker.no-secrets',
    title: 'No secrets in ARG or ENV',
    scope: 'general',
    why: 'ENV values are stored in the image configuration and ARG values used by a RUN are recorded in the build history, readable by anyone who can pull the image. Secrets such as API keys and tokens belong in a build secret (RUN --mount=type=secret) or are passed to the container at run time.',
    lesson: 'containerization',
    hints: [
      'Run `docker history` or `docker inspect` on an image: what can you read there?',
      'Remove ARG and ENV instructions whose names hold passwords, tokens or keys.',
      'Pass secrets at run time (`docker run -e API_KEY=...` or an orchestrator secret), or use RUN --mount=type=secret while building.',
    ],
  },
  run,
};
