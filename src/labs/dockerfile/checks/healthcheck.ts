// docker.healthcheck (lab): the final image has a HEALTHCHECK that really asks the server whether it answers.
//
// Docker (docker run, Compose, Swarm) runs HEALTHCHECK and marks the container healthy or unhealthy; Kubernetes
// ignores it and uses its own probes, so a missing HEALTHCHECK is not wrong in general: it is what this lab asks.
// Accepted probes: curl (with -f), wget, python (urllib, requests, httpx, http.client, socket) or nc against the
// server's port, or a script of the project's own. Rejected: commands that probe nothing (true, exit 0, echo, a
// process check), the wrong port, and curl/wget in a base that does not have them.
import type { Healthcheck } from 'dockerfile-ast';
import { Healthcheck as HealthcheckClass } from 'dockerfile-ast';
import type { Finding } from '../../types';
import { DOCKERFILE } from '../context';
import { baseFacts, chainInstructions, finalBase, isPythonImage } from '../model';
import { rangeOf, resolveAt, type ParsedDockerfile, type Stage } from '../parse';
import { finding, textFix } from '../positions';
import { serverPort } from '../port';
import { progName, programOf, shellOf, type DCommand } from '../shell';
import { insertionPoint, lineStart, of, withFinal, type DockerCheck } from './shared';

const NO_PROBE = new Set(['true', ':', 'exit', 'echo', 'printf', 'test', '[', 'ls', 'cat', 'pgrep', 'ps', 'pidof', 'kill', 'sleep', 'stat', 'whoami', 'false', 'date']);
const HTTP_PY = /urllib|requests|httpx|http\.client|socket|aiohttp/;

/**
 * The HEALTHCHECK the quick fix writes, the same as the reference solution's (a unit test keeps them equal):
 * Python's urllib, which every python image has, so the slim image needs no curl.
 */
export function healthcheckLine(port: number): string {
  const cmd = `["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:${port}/health', timeout=2)"]`;
  return `HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \\\n    CMD ${cmd}`;
}

function healthFix(p: ParsedDockerfile, final: Stage, port: number) {
  const base = finalBase(p);
  const before = insertionPoint(final.body, ['CMD', 'ENTRYPOINT']);
  if (!before || !base || !isPythonImage(base)) return undefined;
  return textFix('Add a HEALTHCHECK on /health', DOCKERFILE, lineStart(before), `${healthcheckLine(port)}\n`);
}

/** Ports named in URLs or host:port words of a probe (`http://localhost` alone is port 80). */
function portsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\b(https?):\/\/[^/\s:'"$]+(:(\d{1,5})?)?/g)) {
    if (m[2] && !m[3]) continue; // a port we cannot read (`:${PORT}`)
    out.push(m[3] ? Number(m[3]) : m[1] === 'https' ? 443 : 80);
  }
  return out;
}

/** Whether the install of `tool` happens somewhere in the final image's stages. */
function installed(p: ParsedDockerfile, tool: string): boolean {
  return chainInstructions(p).some((ins) => {
    if (ins.getKeyword() === 'COPY' || ins.getKeyword() === 'ADD') return (ins.getArgumentsContent() ?? '').includes(tool);
    if (ins.getKeyword() !== 'RUN') return false;
    return shellOf(p, ins).commands.some((c) => {
      const w = programOf(c);
      const prog = progName(w);
      // `curl`, or with a pinned version: `curl=7.88.1-10+deb12u14` (apt, apk), `curl~8.5` (apk), `curl-7.76.1` (dnf).
      const named = (x: string) => x === tool || (x.startsWith(tool) && /^[=~]|^-\d/.test(x.slice(tool.length)));
      return ['apt-get', 'apt', 'apk', 'microdnf', 'dnf', 'yum'].includes(prog) && w.some((x) => named(x.text));
    });
  });
}

function probeProblem(p: ParsedDockerfile, h: Healthcheck, port: number, source: string): string | null {
  const cmds = shellOf(p, h).commands;
  if (cmds.length === 0) return 'This HEALTHCHECK has no command: write HEALTHCHECK [options] CMD <command that requests /health>.';
  const facts = baseFacts(finalBase(p));
  if (!facts.shell && !cmds[0].json) {
    const b = finalBase(p);
    return `${b?.name}${b?.tag ? ':' + b.tag : ''} has no /bin/sh, and a HEALTHCHECK in shell form runs through /bin/sh -c, so it always fails: write it in exec form, e.g. CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:${port}/health')"].`;
  }
  let probes = false;
  let unknown = false;
  const line = h.getRange().start.line;
  const text = (c: DCommand) => c.words.map((w) => (w.literal ? w.text : resolveAt(p, w.text, line) ?? w.text)).join(' ');
  for (const c of cmds) {
    const w = programOf(c);
    const prog = progName(w);
    if (prog === '' || NO_PROBE.has(prog)) continue;
    if ((prog === 'sh' || prog === 'bash') && c.json) continue; // the script inside is read separately
    const all = text(c);
    if (prog === 'curl' || prog === 'wget') {
      if (!(prog === 'curl' ? facts.curl : facts.wget) && !installed(p, prog)) {
        return `${prog} is not installed in ${finalBase(p)?.name}:${finalBase(p)?.tag ?? 'latest'}, so this HEALTHCHECK always fails and Docker marks a working server unhealthy: install ${prog} in the final stage, or probe with python -c "import urllib.request; ...".`;
      }
      if (prog === 'curl' && !w.some((x) => /^-[a-zA-Z]*f[a-zA-Z]*$|^--fail(-with-body)?$/.test(x.text))) {
        return 'curl without -f (--fail) exits 0 even when /health answers with an error status such as 500, so this HEALTHCHECK passes for a broken server: add -f.';
      }
    } else if (/^python[\d.]*$/.test(prog)) {
      if (!HTTP_PY.test(all) && !w.some((x) => /\.py$/.test(x.text))) continue;
    } else if (prog === 'nc' || prog === 'netcat') {
      // a TCP connect is a probe
    } else {
      unknown = true; // a project script: it may well probe the server
      continue;
    }
    probes = true;
    const ports = portsIn(all);
    const hostPort = [...all.matchAll(/\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0)\s*[ ,:]\s*(\d{1,5})\b/g)].map((m) => Number(m[1]));
    const named = [...ports, ...hostPort];
    if (named.length > 0 && !named.includes(port)) {
      return `This HEALTHCHECK asks port ${named[0]}, but this lab's server listens on ${port} (${source}), so it fails while the server is fine: probe http://localhost:${port}/health.`;
    }
  }
  if (probes || unknown) return null;
  return 'This HEALTHCHECK never contacts the server (it would report healthy while the server is down or stuck): request its /health endpoint, e.g. CMD curl -f http://localhost:' + port + '/health.';
}

const run = withFinal((p, final, ctx) => {
  const checks = of(chainInstructions(p), 'HEALTHCHECK') as Healthcheck[];
  const { port, source } = serverPort(p, ctx);
  if (checks.length === 0) {
    return [finding(DOCKERFILE, rangeOf(final.from), 'This lab asks for a HEALTHCHECK, and the final image has none: add HEALTHCHECK CMD ... that requests /health, so Docker and Compose can tell a stuck server from a working one (Kubernetes ignores HEALTHCHECK and uses its own probes).', healthFix(p, final, port))];
  }
  const out: Finding[] = [];
  const last = checks[checks.length - 1];
  for (const h of checks.slice(0, -1)) {
    if (final.body.includes(h)) out.push(finding(DOCKERFILE, rangeOf(h), `Only the last HEALTHCHECK takes effect (line ${last.getRange().start.line + 1}): remove this one.`));
  }
  const sub = last instanceof HealthcheckClass ? last.getSubcommand() : null;
  const kind = sub ? sub.getValue().toUpperCase() : '';
  if (kind === 'NONE') out.push(finding(DOCKERFILE, rangeOf(last), 'HEALTHCHECK NONE turns health checking off, and this lab asks for one: replace it with HEALTHCHECK CMD ... that requests /health.'));
  else if (kind !== 'CMD' || last.getArguments().length < 2) out.push(finding(DOCKERFILE, rangeOf(last), 'This HEALTHCHECK has no command: write HEALTHCHECK [options] CMD <command that requests /health>.'));
  else {
    const problem = probeProblem(p, last, port, source);
    if (problem) out.push(finding(DOCKERFILE, rangeOf(last), problem));
  }
  return out;
});

export const healthcheck: DockerCheck = {
  definition: {
    id: 'docker.healthcheck',
    title: 'The final image has a HEALTHCHECK that probes the server',
    scope: 'lab',
    why: 'A running process is not the same as a working model server: it may still be loading the model or be stuck. A HEALTHCHECK that calls the /health endpoint lets Docker and Compose mark the container unhealthy (Compose can hold back dependent services, Swarm replaces it). Kubernetes ignores HEALTHCHECK and uses its own liveness and readiness probes, so this is a requirement of this lab rather than of every image.',
    lesson: 'containerization',
    hints: [
      'How would Docker know that the server inside the container has stopped answering?',
      'Add a HEALTHCHECK to the final stage that requests the app\'s /health endpoint on the server\'s port, with a tool the image has.',
      '`python:3.12-slim` has no curl, but it has Python: `HEALTHCHECK --interval=30s --timeout=3s --start-period=10s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\', timeout=2)"]` (urlopen fails on an error status and on a timeout). `curl -f` works too, if you install curl.',
    ],
  },
  run,
};
