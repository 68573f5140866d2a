// k8s.graceful-shutdown (lab): when a pod is removed, Kubernetes sends SIGTERM while load balancers may still
// route to it for a few seconds. This lab asks for a short preStop pause, so the pod leaves the Service's endpoints
// before uvicorn stops, and a termination grace period longer than that pause.
import type { Finding } from '../../types';
import { asArray, asRecord, isRecord } from '../parse';
import { containerFinding, containerName, int, q, templateFinding, withServer, type CheckFn, type K8sCheck } from './common';

/** Seconds a preStop hook pauses: `sleep: {seconds}` or an exec `sleep N`; undefined for other hooks. */
export function preStopPause(preStop: unknown): number | undefined {
  const p = asRecord(preStop);
  if (isRecord(p.sleep)) return int(p.sleep.seconds);
  const cmd = asArray(asRecord(p.exec).command).map(String).join(' ');
  const m = /(?:^|[\s;&|/])sleep\s+(\d+)(?:s)?(?:\s|$|;|&)/.exec(`${cmd} `);
  return m ? Number(m[1]) : undefined;
}

export const run: CheckFn = (ctx) =>
  withServer(ctx, (t) => {
    const out: Finding[] = [];
    const grace = int(t.spec.terminationGracePeriodSeconds) ?? 30;
    if (grace === 0) {
      out.push(templateFinding(t, ['spec', 'terminationGracePeriodSeconds'], `${q('terminationGracePeriodSeconds: 0')} kills the server as soon as the pod is deleted: requests in flight fail on every scale-down and every canary step that removes a pod. This lab asks for the default 30 s or more.`));
      return out;
    }
    for (const c of [ctx.serverContainer(t)].filter((x) => x !== undefined)) {
      const preStop = asRecord(asRecord(c.data.lifecycle).preStop);
      const hasHook = Object.keys(preStop).length > 0;
      const pause = preStopPause(preStop);
      if (!hasHook) {
        out.push(containerFinding(c, c.data.lifecycle !== undefined ? ['lifecycle'] : ['name'], `This lab asks for a preStop pause on ${containerName(c)} (e.g. ${q('lifecycle: {preStop: {exec: {command: ["sleep", "5"]}}}')}): Kubernetes removes a terminating pod from the Service's endpoints at the same time as it sends SIGTERM, so without a pause new requests can still arrive after the server stopped accepting them.`, c.data.lifecycle !== undefined));
        continue;
      }
      if (pause !== undefined && pause >= grace) {
        out.push(templateFinding(t, t.spec.terminationGracePeriodSeconds === undefined ? [] : ['spec', 'terminationGracePeriodSeconds'], `The preStop pause of ${containerName(c)} (${pause} s) is not shorter than the grace period (${grace} s${t.spec.terminationGracePeriodSeconds === undefined ? ', the default' : ''}): the kubelet kills the container before uvicorn gets SIGTERM and finishes its requests. Make ${q('terminationGracePeriodSeconds')} longer than the pause.`, true));
      }
    }
    return out;
  });

export const definition: K8sCheck['definition'] = {
  id: 'k8s.graceful-shutdown',
  title: 'Pods shut down gracefully',
  why: 'A canary adds and removes pods at every step. When a pod is deleted, the kubelet sends SIGTERM while kube-proxy and ingress controllers may keep routing to it for a moment; a short preStop pause covers that gap, and the termination grace period must leave the server time to finish its requests after it. Otherwise each step drops a few requests, and the analysis blames the new model for errors the rollout itself caused.',
  lesson: 'deployment-approaches',
  scope: 'lab',
  hints: [
    'Look for `lifecycle` in the container and `terminationGracePeriodSeconds` in the pod spec.',
    'Add `lifecycle: {preStop: {exec: {command: ["sleep", "5"]}}}` and keep the grace period (default 30 s) longer than the pause.',
  ],
};
