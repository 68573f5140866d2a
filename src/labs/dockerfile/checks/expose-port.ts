// docker.expose-port (lab): the final image documents the port this lab's server listens on with EXPOSE.
// EXPOSE publishes nothing by itself: it records the port in the image, `docker run -P` publishes exactly the
// exposed ports, and people read it to know what to map with -p. Kubernetes and Compose `ports:` ignore it.
import { Env, type Instruction } from 'dockerfile-ast';
import type { Finding } from '../../types';
import { DOCKERFILE } from '../context';
import { chainInstructions } from '../model';
import { argumentsRange, rangeOf, resolveAt, type ParsedDockerfile } from '../parse';
import { finding, textFix, type LspRange } from '../positions';
import { serverPort } from '../port';
import { shellOf } from '../shell';
import { endOf, insertionPoint, lineStart, of, withFinal, type DockerCheck } from './shared';

function exposeCovers(p: ParsedDockerfile, ins: Instruction, port: number): boolean {
  return ins.getArguments().some((a) => {
    const v = resolveAt(p, a.getValue(), ins.getRange().start.line) ?? a.getValue();
    const m = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/(tcp|udp|sctp))?$/i.exec(v.trim());
    if (!m) return false;
    const lo = Number(m[1]);
    const hi = m[2] ? Number(m[2]) : lo;
    return (m[3] ?? 'tcp').toLowerCase() === 'tcp' && port >= lo && port <= hi;
  });
}

/** A uvicorn start command that listens on 127.0.0.1 only (its default), which nothing outside the container reaches. */
function localhostOnly(p: ParsedDockerfile): Finding | null {
  const chain = chainInstructions(p);
  const last = (kw: string) => chain.filter((i) => i.getKeyword() === kw).slice(-1);
  const starts = [...last('ENTRYPOINT'), ...last('CMD')];
  if (starts.length === 0) return null;
  if (p.instructions.some((i) => i instanceof Env && i.getProperties().some((q) => q.getName() === 'UVICORN_HOST'))) return null;
  const words = starts.flatMap((ins) => shellOf(p, ins).commands.flatMap((c) => c.words.map((w) => ({ w, ins }))));
  const texts = words.map((x) => x.w.text);
  const at = texts.findIndex((t, i) => /(^|\/)uvicorn$/.test(t) || (t === '-m' && texts[i + 1] === 'uvicorn'));
  if (at < 0) return null;
  const hostAt = texts.findIndex((t) => t === '--host' || t.startsWith('--host=') || t === '--uds' || t.startsWith('--uds=') || t === '--fd');
  const host = hostAt < 0 ? null : texts[hostAt].includes('=') ? texts[hostAt].slice(texts[hostAt].indexOf('=') + 1) : texts[hostAt + 1] ?? '';
  if (host !== null && !/^(127\.0\.0\.1|localhost)$/.test(host)) return null;
  const ins = words[hostAt >= 0 ? hostAt : at].ins;
  const what = host === null ? 'uvicorn listens on 127.0.0.1 unless given --host' : `--host ${host} makes uvicorn listen on the loopback address only`;
  return finding(DOCKERFILE, argumentsRange(ins), `${what}, which only the container itself can reach, so the published port answers nothing: add --host 0.0.0.0.`);
}

const run = withFinal((p, final, ctx) => {
  const local = localhostOnly(p);
  if (local) return [local];
  const { port, source } = serverPort(p, ctx);
  const exposes = of(chainInstructions(p), 'EXPOSE');
  if (exposes.some((e) => exposeCovers(p, e, port))) return [];
  if (exposes.length === 0) {
    const before = insertionPoint(final.body, ['HEALTHCHECK', 'CMD', 'ENTRYPOINT']);
    const fix = before ? textFix(`Add EXPOSE ${port}`, DOCKERFILE, lineStart(before), `EXPOSE ${port}\n`) : undefined;
    return [finding(DOCKERFILE, rangeOf(final.from), `This lab asks the image to document its port: the server listens on ${port} (${source}), so add EXPOSE ${port}. EXPOSE publishes nothing; it tells readers, and docker run -P, which port to map.`, fix)];
  }
  return exposes.map((e, i) => {
    const args = e.getArguments();
    let fix;
    if (i === 0) {
      fix = args.length === 1
        ? textFix(`Expose port ${port}`, DOCKERFILE, rangeOf(args[0]), String(port))
        : textFix(`Expose port ${port}`, DOCKERFILE, endOf(e.getRange() as LspRange), ` ${port}`);
    }
    const shown = (e.getArgumentsContent() ?? '').trim();
    return finding(DOCKERFILE, argumentsRange(e), `This lab's server listens on ${port} (${source}), but EXPOSE ${shown} names another port, so docker run -P and anyone reading the image map a port where nothing answers: expose ${port}.`, fix);
  });
});

export const exposePort: DockerCheck = {
  definition: {
    id: 'docker.expose-port',
    title: 'EXPOSE matches the server\'s port',
    scope: 'lab',
    why: 'EXPOSE publishes nothing by itself: it records in the image which port the container serves on (and the server must listen on all interfaces, 0.0.0.0, for a published port to reach it). `docker run -P` publishes exactly the exposed ports, and people (and some tools) read it to know what to map with -p; Kubernetes and Compose port mappings ignore it. This lab asks you to document the server\'s port, and a port that does not match what the server listens on misleads whoever runs the image.',
    lesson: 'containerization',
    hints: [
      'Which port does uvicorn listen on in this project? Look at the CMD and at app/main.py.',
      'The EXPOSE instruction in the final stage should name that port.',
      'The server listens on 8000, so: EXPOSE 8000',
    ],
  },
  run,
};
