// k8s.image-pinned (general): every container image names a version (a tag other than `latest`) or a digest,
// so a rollout, a rollback and a rescheduled pod all run the same build.
import type { Finding } from '../../types';
import { asArray, findingAt, isRecord } from '../parse';
import { q, type CheckFn, type K8sCheck } from './common';

/** The tag and digest of an image reference (`registry:5000/team/app:1.2@sha256:…`). */
export function imageParts(image: string): { tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const name = at >= 0 ? image.slice(0, at) : image;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  return { tag: colon > slash ? name.slice(colon + 1) : undefined, digest };
}

export const run: CheckFn = (ctx) => {
  const out: Finding[] = [];
  for (const t of ctx.templates) {
    for (const field of ['initContainers', 'containers']) {
      asArray(t.spec[field]).forEach((c, i) => {
        if (!isRecord(c) || typeof c.image !== 'string') return;
        const image = c.image.trim();
        if (image === '' || /\$\{|\{\{|\$\(/.test(image)) return; // templated: set at deploy time
        const path = [...t.path, 'spec', field, i, 'image'];
        const { tag, digest } = imageParts(image);
        if (digest) {
          if (!/^sha256:[a-f0-9]{64}$/.test(digest)) out.push(findingAt(t.obj, path, `${q(image)} has a digest that is not ${q('sha256:')} followed by 64 hex digits: the image cannot be pulled.`));
          return;
        }
        if (!tag) {
          out.push(findingAt(t.obj, path, `${q(image)} has no tag, so the cluster pulls ${q(`${image}:latest`)} (unless a tool such as kustomize or skaffold sets it at deploy time): whichever build \`latest\` points to when a pod starts. Pin a version (${q(`${image}:1.4.0`)}) or a digest (${q(`${image}@sha256:…`)}).`));
        } else if (tag.toLowerCase() === 'latest') {
          out.push(findingAt(t.obj, path, `${q(image)} uses the ${q('latest')} tag: each new pod pulls whatever build it points to at that moment, so replicas can run different builds and a rollback redeploys the same moving tag. Pin a version tag or a digest.`));
        }
      });
    }
  }
  if (ctx.workloads.length > 0 && ctx.templates.length === 0) return ctx.serverUnavailable;
  return out;
};

export const definition: K8sCheck['definition'] = {
  id: 'k8s.image-pinned',
  title: 'The image is pinned to a version or digest',
  why: 'A canary compares two versions, so each must be a fixed build. With `latest` (or no tag, which means latest) the Rollout cannot even tell that something changed, pods started on different days run different images, and rolling back redeploys the same moving tag. A version tag names the build; a digest pins it exactly.',
  lesson: 'containerization',
  scope: 'general',
  hints: [
    'Look at `image:` in the pod template.',
    'Use the tag your CI pushed (e.g. `registry.example.com/churn-model:1.4.0`), or `@sha256:` followed by the image digest.',
  ],
};
