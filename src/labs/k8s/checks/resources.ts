// k8s.resources (general): every container of the model server requests CPU and memory and has a memory limit,
// and no request exceeds its limit. A CPU limit is not required: it throttles a server that could use idle CPU,
// and many teams leave it out on purpose.
import type { Finding } from '../../types';
import { asRecord, isRecord } from '../parse';
import { containerFinding, containerName, q, refusedBy, withServer, type CheckFn, type K8sCheck } from './common';

const SUFFIX: Record<string, number> = {
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** A Kubernetes quantity in base units (cores, bytes), or undefined when it is not one. */
export function parseQuantity(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?)$/.exec(v.trim());
  if (!m) return undefined;
  const n = Number(m[1] + (m[2] ?? ''));
  return Number.isFinite(n) ? n * (SUFFIX[m[3] ?? ''] ?? 1) : undefined;
}

export const run: CheckFn = (ctx) =>
  withServer(ctx, (t) => {
    const out: Finding[] = [];
    for (const c of t.containers) {
      const res = asRecord(c.data.resources);
      const req = asRecord(res.requests);
      const lim = asRecord(res.limits);
      const missing: string[] = [];
      if (req.cpu === undefined && lim.cpu === undefined) missing.push('CPU request');
      if (req.memory === undefined && lim.memory === undefined) missing.push('memory request');
      if (lim.memory === undefined) missing.push('memory limit');
      if (missing.length) {
        const path = isRecord(c.data.resources) ? ['resources'] : [];
        out.push(
          containerFinding(
            c,
            path,
            `${containerName(c)} has no ${missing.join(', ').replace(/, ([^,]*)$/, ' or $1')} (unless a LimitRange in its namespace adds defaults). ${[
              missing.some((m) => m.endsWith('request')) ? 'Without requests the scheduler places the pod as if it needed nothing, so it can land on a node that is already full.' : '',
              missing.includes('memory limit') ? "Without a memory limit one leaking replica can use up the node's memory and get other pods evicted." : '',
            ].filter(Boolean).join(' ')} Set ${missing.includes('memory limit') && missing.length === 1 ? q('resources.limits.memory') : `${q('resources.requests')} (cpu, memory) and ${q('resources.limits.memory')}`}.`,
            true,
          ),
        );
      }
      for (const r of ['cpu', 'memory']) {
        const a = parseQuantity(req[r]);
        const b = parseQuantity(lim[r]);
        if (a !== undefined && b !== undefined && a > b) {
          out.push(containerFinding(c, ['resources', 'requests', r], `${containerName(c)} requests more ${r} (${String(req[r])}) than its limit (${String(lim[r])}): ${refusedBy(t.obj.kind)}. A request must not exceed its limit.`));
        }
      }
    }
    return out;
  }, true);

export const definition: K8sCheck['definition'] = {
  id: 'k8s.resources',
  title: 'Containers request CPU and memory and limit memory',
  why: 'Requests are what the scheduler reserves: without them a model server is packed onto busy nodes and its latency depends on its neighbours, and an autoscaler has no baseline to scale from. A memory limit keeps one leaking replica from taking down the node (the container is restarted instead). A CPU limit is optional: it throttles even when the node is idle, so many teams set only the request.',
  lesson: 'deployment-approaches',
  scope: 'general',
  hints: [
    'Add a `resources:` block to the container.',
    'For example `requests: {cpu: 250m, memory: 256Mi}` and `limits: {memory: 256Mi}`; a request must not be larger than its limit.',
  ],
};
