// k8s.probes (general): every serving container of the model server has a readiness probe (traffic only to pods
// that can answer) and a liveness probe (a hung server is restarted). Any handler is accepted (httpGet, tcpSocket,
// grpc, exec); a probe must have exactly one, and a named port must be a port of the container.
import type { Finding } from '../../types';
import { asArray, isRecord } from '../parse';
import type { Container } from '../context';
import { containerFinding, containerName, q, withServer, type CheckFn, type K8sCheck } from './common';

const HANDLERS = ['httpGet', 'tcpSocket', 'grpc', 'exec'];

function probeFindings(c: Container, field: string): Finding[] {
  const p = c.data[field];
  if (!isRecord(p)) return [];
  const handlers = HANDLERS.filter((h) => p[h] !== undefined);
  if (handlers.length === 0) {
    return [containerFinding(c, [field], `The ${field} of ${containerName(c)} says how often to probe but not how: give it exactly one of httpGet, tcpSocket, grpc or exec (the API server refuses a probe without one).`, true)];
  }
  if (handlers.length > 1) {
    return [containerFinding(c, [field], `The ${field} of ${containerName(c)} has ${handlers.join(' and ')}: a probe takes exactly one handler, and the API server refuses more.`, true)];
  }
  const h = p[handlers[0]];
  const port = isRecord(h) ? h.port : undefined;
  if (typeof port === 'string' && !/^\d+$/.test(port)) {
    const names = asArray(c.data.ports).flatMap((x) => (isRecord(x) && typeof x.name === 'string' ? [x.name] : []));
    if (!names.includes(port)) {
      return [containerFinding(c, [field, handlers[0], 'port'], `The ${field} of ${containerName(c)} probes the port named ${q(port)}, and the container has no port of that name (${names.length ? `it names ${names.join(', ')}` : 'its ports have no names'}): the kubelet cannot resolve it and the probe fails.`)];
    }
  }
  return [];
}

export const run: CheckFn = (ctx) =>
  withServer(ctx, (t) => {
    const out: Finding[] = [];
    for (const c of ctx.servingContainers(t)) {
      const missing = ['readinessProbe', 'livenessProbe'].filter((f) => !isRecord(c.data[f]));
      if (missing.includes('readinessProbe')) {
        out.push(containerFinding(c, ['name'], `${containerName(c)} has no readinessProbe: Kubernetes sends traffic to each new pod as soon as its process starts, before the model is loaded, so the first requests of every rollout step fail. Add a readinessProbe.`));
      }
      if (missing.includes('livenessProbe')) {
        out.push(containerFinding(c, ['name'], `${containerName(c)} has no livenessProbe: a server that hangs (a deadlock, a stuck worker) keeps its pod and keeps failing requests until someone restarts it. Add a livenessProbe.`));
      }
      out.push(...probeFindings(c, 'readinessProbe'), ...probeFindings(c, 'livenessProbe'), ...probeFindings(c, 'startupProbe'));
    }
    return out;
  });

export const definition: K8sCheck['definition'] = {
  id: 'k8s.probes',
  title: 'Readiness and liveness probes',
  why: 'A readiness probe decides when a pod receives traffic: without one, each new canary pod gets requests before the model has loaded, and the rollout\'s error rate rises for reasons that have nothing to do with the model. A liveness probe restarts a server that hangs. Both are what a canary analysis relies on to compare healthy pods with healthy pods.',
  lesson: 'containerization',
  scope: 'general',
  hints: [
    'Add `readinessProbe:` and `livenessProbe:` to the container that serves requests.',
    'Each probe needs one handler, e.g. `httpGet: {path: /health, port: http}`, where `http` is the name of a container port.',
  ],
};
