// k8s.probes (general): every container that serves traffic has a readiness probe (traffic only to pods that can
// answer), and every probe can run: exactly one handler (httpGet, tcpSocket, grpc or exec: all accepted), and a
// named port that the container declares. A liveness probe is not required here: Kubernetes' own docs say a process
// that exits when it fails does not need one; this lab asks for it (k8s.health-endpoint).
import type { Finding } from '../../types';
import { asArray, isRecord } from '../parse';
import type { Container } from '../context';
import { containerFinding, containerName, q, refusedBy, withServer, type CheckFn, type K8sCheck } from './common';

const HANDLERS = ['httpGet', 'tcpSocket', 'grpc', 'exec'];

function probeFindings(c: Container, field: string): Finding[] {
  const refused = refusedBy(c.obj.kind);
  const p = c.data[field];
  if (!isRecord(p)) return [];
  const handlers = HANDLERS.filter((h) => p[h] !== undefined);
  if (handlers.length === 0) {
    return [containerFinding(c, [field], `The ${field} of ${containerName(c)} says how often to probe but not how: give it exactly one of httpGet, tcpSocket, grpc or exec (without one, ${refused}).`, true)];
  }
  if (handlers.length > 1) {
    return [containerFinding(c, [field], `The ${field} of ${containerName(c)} has ${handlers.join(' and ')}: a probe takes exactly one handler (with more, ${refused}).`, true)];
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
      if (!isRecord(c.data.readinessProbe)) {
        out.push(containerFinding(c, ['name'], `${containerName(c)} serves traffic and has no readinessProbe: Kubernetes sends requests to each new pod as soon as its process starts, before the server can answer, so the first requests after every start or rollout step fail. Add a readinessProbe.`));
      }
      out.push(...probeFindings(c, 'readinessProbe'), ...probeFindings(c, 'livenessProbe'), ...probeFindings(c, 'startupProbe'));
    }
    return out;
  }, true);

export const definition: K8sCheck['definition'] = {
  id: 'k8s.probes',
  title: 'A readiness probe, and probes that can run',
  why: 'A readiness probe decides when a pod receives traffic: without one, each new canary pod gets requests before the model has loaded, and the rollout\'s error rate rises for reasons that have nothing to do with the model. Every probe also needs exactly one way to probe and a port the container has, or it fails and takes the pod out of service (readiness) or restarts it (liveness).',
  lesson: 'containerization',
  scope: 'general',
  hints: [
    'Add a `readinessProbe:` to the container that serves requests.',
    'Each probe needs one handler, e.g. `httpGet: {path: /health, port: http}`, where `http` is the name of a container port.',
  ],
};
