// docker.non-root-user: the final image runs as a user other than root, one that exists in the image.
// A base that already runs as a non-root user (distroless :nonroot, Chainguard, Bitnami, Jupyter) counts, and so
// does a USER set in an earlier stage the final stage builds FROM.
import type { Instruction } from 'dockerfile-ast';
import { DOCKERFILE } from '../context';
import { baseFacts, chainInstructions, finalBase, shortName, type ImageRef } from '../model';
import { argumentsRange, copySources, rangeOf, resolveAt, type ParsedDockerfile } from '../parse';
import { finding, textFix } from '../positions';
import { progName, programOf, shellOf } from '../shell';
import { insertionPoint, lineStart, of, withFinal, type DockerCheck } from './shared';

function userName(value: string): string {
  const i = value.indexOf(':');
  return (i >= 0 ? value.slice(0, i) : value).trim();
}

function createUserLine(base: ImageRef | null, name: string): string | null {
  const facts = baseFacts(base);
  if (!facts.shell) return null;
  if (base && (base.tag ?? '').includes('alpine')) return `RUN adduser -D -u 10001 ${name}\n`;
  return `RUN useradd --create-home --uid 10001 ${name}\n`;
}

/** Whether a RUN in `chain` creates `name` (useradd/adduser, also in heredocs and with $VARIABLES). */
function created(p: ParsedDockerfile, chain: Instruction[], name: string): boolean {
  return chain.some((ins) => ins.getKeyword() === 'RUN' && shellOf(p, ins).commands.some((c) => {
    const w = programOf(c);
    const prog = progName(w);
    if (prog !== 'useradd' && prog !== 'adduser') return false;
    return w.slice(1).some((x) => (x.literal ? x.text : resolveAt(p, x.text, x.range.line - 1) ?? x.text) === name);
  }));
}

const run = withFinal((p, final) => {
  const chain = chainInstructions(p);
  const users = of(chain, 'USER');
  const base = finalBase(p);
  const facts = baseFacts(base);
  if (users.length === 0) {
    if (facts.nonRootUser) return [];
    const before = insertionPoint(final.body, ['EXPOSE', 'HEALTHCHECK', 'CMD', 'ENTRYPOINT']);
    let fix;
    if (before) {
      const distroless = base !== null && /distroless|chainguard/.test(shortName(base.name));
      const create = createUserLine(base, 'appuser');
      const text = distroless ? 'USER nonroot\n' : create ? `${create}USER appuser\n` : 'USER 10001\n';
      fix = textFix('Create and switch to a non-root user', DOCKERFILE, lineStart(before), text);
    }
    return [finding(DOCKERFILE, rangeOf(final.from), 'The final image never sets USER, so the model server runs as root: create an unprivileged user and switch to it with USER before CMD.', fix)];
  }
  const last = users[users.length - 1];
  const raw = (last.getArgumentsContent() ?? '').trim();
  const resolved = resolveAt(p, raw, last.getRange().start.line) ?? raw;
  const name = userName(resolved);
  if (name === '') return [];
  if (name === 'root' || name === '0') {
    return [finding(DOCKERFILE, argumentsRange(last), `USER ${raw} is the last USER, so the server still runs as root: switch to an unprivileged user after your root-only steps.`)];
  }
  if (/^\d+$/.test(name) || name.includes('$') || facts.users.includes(name)) return [];
  if (created(p, chain.slice(0, chain.indexOf(last)), name)) return [];
  // A passwd file copied in from a stage that created the user (the distroless/scratch pattern).
  if (chain.some((i) => (i.getKeyword() === 'COPY' || i.getKeyword() === 'ADD') && copySources(i).some((s) => /(^|\/)etc\/passwd$|^\/?etc\/?$/.test(s.value)))) return [];
  const create = createUserLine(base, name);
  const fix = create ? textFix(`Create user ${name}`, DOCKERFILE, lineStart(last), create) : undefined;
  if (created(p, chain, name)) {
    return [finding(DOCKERFILE, argumentsRange(last), `USER ${name} comes before the RUN that creates ${name}, so that RUN (and the container) fail with "unable to find user ${name}": create the user before this line.`)];
  }
  return [finding(DOCKERFILE, argumentsRange(last), `USER ${name} is never created in this image, so the container would fail to start ("unable to find user ${name}"): add a RUN useradd (or adduser) for it before this line.`, fix)];
});

export const nonRootUser: DockerCheck = {
  definition: {
    id: 'docker.non-root-user',
    title: 'The server runs as a non-root user',
    scope: 'general',
    why: 'Containers run as root unless told otherwise, and root inside a container is one kernel bug or misconfigured mount away from root on the host. Running the model server as an unprivileged user limits the damage of any exploit in your code or its dependencies.',
    lesson: 'containerization',
    hints: [
      'Which user does the container\'s process run as if the Dockerfile never says?',
      'Create an unprivileged user and switch to it with USER in the final stage, after installing packages.',
      'RUN useradd --create-home --uid 10001 appuser  then  USER appuser',
    ],
  },
  run,
};
