// Helpers shared by the checks of the Kubernetes lab (one check per module beside this one).
import type { CheckDefinition, Finding } from '../../types';
import type { Container, Context, PodTemplate } from '../context';
import { findingAt, pathText, type Path } from '../parse';

export type CheckFn = (ctx: Context) => Finding[];

/** A check: its definition (shown to the learner) and the function that grades it. */
export interface K8sCheck {
  definition: CheckDefinition & { scope: 'general' | 'lab' };
  run: CheckFn;
}

export const q = (s: string | number) => `\`${s}\``;

/** A finding at a path inside a container of a pod template. */
export function containerFinding(c: Container, rel: Path, message: string, preferKey = false): Finding {
  return findingAt(c.obj, [...c.path, ...rel], message, preferKey);
}

/** A finding at a path inside the pod template (`spec.template` + rel). */
export function templateFinding(t: PodTemplate, rel: Path, message: string, preferKey = false): Finding {
  return findingAt(t.obj, [...t.path, ...rel], message, preferKey);
}

/** `container "server"` as the messages name it. */
export function containerName(c: Container): string {
  return `container ${q(c.name)}`;
}

export function where(path: Path): string {
  return q(pathText(path));
}

/** Who refuses an invalid pod template: the API server for a Deployment, Argo Rollouts' validation for a Rollout. */
export function refusedBy(kind: string): string {
  return kind === 'Rollout' ? 'Argo Rollouts marks the Rollout invalid and creates no pods' : 'the API server refuses it';
}

/** A non-negative integer value, or undefined. */
export function int(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/**
 * The checks that read the model server's pod template run this first. General checks (`general`) pass when the
 * files define no workload at all, as they would for any project without one; the lab's checks say it is missing.
 */
export function withServer(ctx: Context, run: (t: PodTemplate) => Finding[], general = false): Finding[] {
  const missing = ctx.serverUnavailable;
  if (general && ctx.workloads.length === 0 && !ctx.manifests[0].unreadable) return [];
  if (missing.length) return missing;
  const t = ctx.server;
  return t ? run(t) : [];
}
