// k8s.service-port (general): each port of a Service reaches a port the selected pods declare: a named
// targetPort must be the name of a container port (a name nobody declares leaves the Service without endpoints
// for that port), and a numbered one (targetPort defaults to port) must be a declared containerPort.
import type { Finding } from '../../types';
import { mapSelector, selects } from '../context';
import { asArray, findingAt, get, isRecord } from '../parse';
import { q, type CheckFn, type K8sCheck } from './common';

interface Declared {
  name?: string;
  port: number;
  container: string;
}

export const run: CheckFn = (ctx) => {
  const out: Finding[] = [];
  for (const svc of ctx.ofKind('Service')) {
    const sel = get(svc.data, ['spec', 'selector']);
    if (!isRecord(sel) || Object.keys(sel).length === 0) continue;
    const selected = ctx.templates.filter((t) => selects(mapSelector(sel), t.labels));
    // A Service that selects none of the lab's pods is k8s.selectors-match's finding; its ports are still
    // compared with those pods, which it is meant to reach.
    const pods = selected.length ? selected : ctx.templates;
    const declared: Declared[] = pods.flatMap((t) =>
      t.containers.flatMap((c) =>
        asArray(c.data.ports).flatMap((p): Declared[] => (isRecord(p) && typeof p.containerPort === 'number' ? [{ name: typeof p.name === 'string' ? p.name : undefined, port: p.containerPort, container: c.name }] : [])),
      ),
    );
    const list = declared.map((d) => `${d.port}${d.name ? ` (${d.name})` : ''}`).join(', ');
    asArray(get(svc.data, ['spec', 'ports'])).forEach((p, i) => {
      if (!isRecord(p)) return;
      const explicit = p.targetPort !== undefined;
      const target = explicit ? p.targetPort : p.port;
      const at = explicit ? ['spec', 'ports', i, 'targetPort'] : ['spec', 'ports', i];
      if (typeof target === 'string' && !/^\d+$/.test(target)) {
        if (!declared.some((d) => d.name === target)) {
          out.push(
            findingAt(svc, at, `Service ${svc.name} sends port ${String(p.port)} to the port named ${q(target)}, and no container of the selected pods has a port of that name (${list ? `they declare ${list}` : 'they declare no ports'}): the Service gets no endpoints for it. Name the container port ${q(target)}, or use its number.`),
          );
        }
        return;
      }
      const n = typeof target === 'number' ? target : typeof target === 'string' ? Number(target) : NaN;
      if (!Number.isInteger(n) || declared.length === 0) return; // nothing declared: the pods may still listen there
      if (!declared.some((d) => d.port === n)) {
        const how = explicit ? `targetPort ${n}` : `no targetPort, so it sends to ${n} (targetPort defaults to port)`;
        out.push(findingAt(svc, at, `Service ${svc.name} port ${String(p.port)} has ${how}, which is not among the ports ${selected.length ? 'the selected pods' : "the lab's pods"} declare (${list}): unless the server also listens on ${n} without declaring it, every request fails. Set ${q(`targetPort: ${declared[0].name ?? declared[0].port}`)}.`, !explicit));
      }
    });
  }
  return out;
};

export const definition: K8sCheck['definition'] = {
  id: 'k8s.service-port',
  title: 'The Service targets the container port',
  why: "A Service forwards each of its ports to `targetPort` on the pods (to the same number as `port` when targetPort is left out). If that is not the port the server listens on, the pods look healthy and every request still fails: the classic first-deploy bug. A named targetPort is resolved against the container ports' names, so a name nobody declares gives the Service no endpoints at all.",
  lesson: 'containerization',
  scope: 'general',
  hints: [
    'Which port does the model server listen on (see the Dockerfile and the container\'s `ports`)?',
    'The Service may listen on 80 for clients; its `targetPort` must be the container port, by number or by the port\'s `name`.',
  ],
};
