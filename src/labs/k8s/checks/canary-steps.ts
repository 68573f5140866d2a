// k8s.canary-steps (lab): this lab asks for an Argo Rollouts canary that raises the new model's share in steps,
// waits (a pause or an analysis) after each one, and whose shares are what the steps say. Without a traffic router
// (a mesh or an ingress) Argo Rollouts approximates a weight with pod counts: canary pods = ceil(replicas × w / 100),
// stable pods = ceil(replicas × (100 − w) / 100), and the Service balances across both.
import type { Finding } from '../../types';
import { asArray, asRecord, findingAt, get, isRecord, type K8sObject } from '../parse';
import { int, q, withServer, type CheckFn, type K8sCheck } from './common';

/** How far (in percentage points) the share of requests may be from a step's weight. */
export const MAX_SHARE_GAP = 5;

const GO_DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/;

/** Pause duration in seconds (0 for an indefinite pause), or undefined when Argo Rollouts cannot read it. */
export function pauseSeconds(pause: unknown): number | undefined {
  const d = asRecord(pause).duration;
  if (d === undefined) return 0;
  if (typeof d === 'number') return Number.isInteger(d) && d >= 0 ? d : undefined;
  if (typeof d !== 'string') return undefined;
  if (/^\d+$/.test(d)) return Number(d);
  if (!GO_DURATION.test(d)) return undefined;
  let s = 0;
  for (const m of d.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) s += Number(m[1]) * ({ ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 } as Record<string, number>)[m[2]];
  return s;
}

/** The share of pods (so of requests, through one Service) the canary gets at weight w without a traffic router. */
export function basicCanaryShare(replicas: number, w: number): { canary: number; stable: number; share: number } {
  const canary = Math.ceil((replicas * w) / 100);
  const stable = Math.ceil((replicas * (100 - w)) / 100);
  return { canary, stable, share: canary + stable === 0 ? 0 : (100 * canary) / (canary + stable) };
}

function exactHint(replicas: number): string {
  if (replicas >= 2 && 100 % replicas === 0) {
    const step = 100 / replicas;
    const list = Array.from({ length: Math.min(replicas - 1, 4) }, (_, k) => (k + 1) * step);
    return `Use weights that ${replicas} replicas divide evenly (${list.join(', ')}${replicas - 1 > 4 ? ', …' : ''}), or raise the replicas.`;
  }
  return 'Raise the replicas to a number that divides 100 (4, 5 or 10) and use its multiples, or add a traffic router.';
}

function stepsFindings(r: K8sObject): Finding[] {
  const out: Finding[] = [];
  const canary = asRecord(get(r.data, ['spec', 'strategy', 'canary']));
  const steps = asArray(canary.steps);
  const base = ['spec', 'strategy', 'canary', 'steps'];
  if (steps.length === 0) {
    return [findingAt(r, ['spec', 'strategy', 'canary'], `This lab asks for canary ${q('steps')}: without them Argo Rollouts replaces every pod in one go, like a Deployment's rolling update, with nothing to stop a bad model early. Add setWeight steps, each followed by a pause.`, true)];
  }
  const replicas = int(get(r.data, ['spec', 'replicas'])) ?? 1;
  const routed = isRecord(canary.trafficRouting);
  const weights: Array<{ w: number; i: number }> = [];
  let waitedSince = true;
  let lastWeightIndex = -1;
  steps.forEach((s, i) => {
    if (!isRecord(s)) return;
    if (s.pause !== undefined) {
      const secs = pauseSeconds(s.pause);
      if (secs === undefined) {
        out.push(findingAt(r, [...base, i, 'pause', 'duration'], `Argo Rollouts cannot read the pause duration ${q(String(asRecord(s.pause).duration))}: write whole seconds (${q('600')}) or a number with s, m or h (${q('10m')}, ${q('1h')}); the Rollout is marked invalid otherwise.`));
      } else if (secs > 0 || asRecord(s.pause).duration === undefined) waitedSince = true;
    }
    if (isRecord(s.analysis)) waitedSince = true;
    if (typeof s.setWeight !== 'number') return;
    const w = s.setWeight;
    if (w < 0 || w > 100) {
      out.push(findingAt(r, [...base, i, 'setWeight'], `${q(`setWeight: ${w}`)} is outside 0–100: it is the canary's percentage of traffic, and Argo Rollouts marks the Rollout invalid.`));
      return;
    }
    if (!waitedSince && lastWeightIndex >= 0) {
      out.push(findingAt(r, [...base, lastWeightIndex, 'setWeight'], `This lab asks for a wait after each weight: step ${lastWeightIndex + 1} sets ${weights[weights.length - 1]?.w}% and step ${i + 1} moves on to ${w}% at once, so no one (and no analysis) looks at the canary in between. Add a ${q('pause')} (e.g. ${q('pause: {duration: 10m}')}) or an ${q('analysis')} step after it.`));
    }
    const prev = weights[weights.length - 1];
    if (prev && w < prev.w) {
      out.push(findingAt(r, [...base, i, 'setWeight'], `This lab asks for weights that only go up: step ${i + 1} sets ${w}% after ${prev.w}%, which takes traffic back from the canary mid-rollout.`));
    }
    if (!routed && w > 0 && w < 100) {
      const { canary: c, stable: st, share } = basicCanaryShare(replicas, w);
      if (Math.abs(share - w) > MAX_SHARE_GAP) {
        out.push(
          findingAt(
            r,
            [...base, i, 'setWeight'],
            `This lab asks that each step send the share of requests it names. Without a traffic router, Argo Rollouts reaches ${w}% with pods: with ${replicas} replica${replicas === 1 ? '' : 's'} it runs ${c} canary pod${c === 1 ? '' : 's'} beside ${st} stable one${st === 1 ? '' : 's'}, so about ${Math.round(share)}% of requests reach the new model, not ${w}%. ${exactHint(replicas)}`,
          ),
        );
      }
    }
    weights.push({ w, i });
    lastWeightIndex = i;
    waitedSince = w >= 100;
  });
  const partial = weights.filter((x) => x.w > 0 && x.w < 100);
  if (partial.length < 2) {
    out.push(findingAt(r, ['spec', 'strategy', 'canary', 'steps'], `This lab asks for a gradual rollout: at least two setWeight steps below 100% (e.g. 25, 50, 75), so a problem shows while few users see the new model. ${partial.length ? `There is one (${partial[0].w}%).` : 'There is none.'}`, true));
  } else if (!waitedSince && lastWeightIndex >= 0 && weights[weights.length - 1].w < 100) {
    const last = weights[weights.length - 1];
    out.push(findingAt(r, [...base, last.i, 'setWeight'], `This lab asks for a wait after each weight: the last step sets ${last.w}% and the Rollout then goes straight to 100%. Add a pause or an analysis after it.`));
  }
  return out;
}

export const run: CheckFn = (ctx) =>
  withServer(ctx, (t) => {
    const r = t.owner;
    if (r.kind !== 'Rollout') {
      return [findingAt(r, ['kind'], `This lab asks for the canary as an Argo Rollouts Rollout; ${r.kind} ${r.name} rolls out with its own strategy, which cannot pause or analyse part-way. Turn it into a Rollout (${q('apiVersion: argoproj.io/v1alpha1')}, ${q('kind: Rollout')}), or point a Rollout at it with ${q('workloadRef')}.`)];
    }
    const strategy = asRecord(get(r.data, ['spec', 'strategy']));
    if (!isRecord(strategy.canary)) {
      const other = isRecord(strategy.blueGreen) ? 'a blueGreen strategy, which switches all traffic at once' : 'no canary strategy';
      return [findingAt(r, ['spec', 'strategy'], `This lab asks for a canary: Rollout ${r.name} has ${other}. Write ${q('strategy: {canary: {steps: [...]}}')}.`, true)];
    }
    return stepsFindings(r);
  });

export const definition: K8sCheck['definition'] = {
  id: 'k8s.canary-steps',
  title: 'The canary goes up in steps, with a wait after each',
  why: 'A canary limits the damage of a bad model: a small share of requests reaches it first, and the share grows only after a wait in which people or an analysis look at its errors and latency. Without steps or pauses the "canary" is just a fast rolling update. Without a mesh or ingress router, Argo Rollouts sets weights through pod counts, so the share of requests at a step is only what the step says when the replicas divide evenly.',
  lesson: 'ab-testing',
  scope: 'lab',
  hints: [
    'Under `strategy.canary.steps`, alternate `setWeight` and `pause` (or `analysis`) steps.',
    'With 4 replicas, 25, 50 and 75 are exact (1, 2 and 3 canary pods); after the last step Argo Rollouts promotes the canary to 100% by itself.',
    'Example: `- setWeight: 25`, `- pause: {duration: 10m}`, `- setWeight: 50`, `- pause: {duration: 10m}`, `- setWeight: 75`, `- pause: {duration: 10m}`.',
  ],
};
