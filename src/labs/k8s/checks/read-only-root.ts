// k8s.read-only-root (lab): this lab's server writes nothing to its filesystem (the image sets
// PYTHONDONTWRITEBYTECODE; the model is read-only), so the lab asks for a read-only root filesystem. Many servers
// need a writable path: an emptyDir mounted there (e.g. /tmp) keeps the rest read-only.
import type { Finding } from '../../types';
import { asRecord } from '../parse';
import { containerFinding, containerName, q, withServer, type CheckFn, type K8sCheck } from './common';

export const run: CheckFn = (ctx) =>
  withServer(ctx, (t) => {
    const out: Finding[] = [];
    for (const c of [ctx.serverContainer(t)].filter((x) => x !== undefined)) {
      const sc = asRecord(c.data.securityContext);
      if (sc.readOnlyRootFilesystem === true) continue;
      const path = sc.readOnlyRootFilesystem !== undefined ? ['securityContext', 'readOnlyRootFilesystem'] : c.data.securityContext !== undefined ? ['securityContext'] : [];
      out.push(
        containerFinding(
          c,
          path,
          `This lab asks for ${q('readOnlyRootFilesystem: true')} on ${containerName(c)}: the model server writes nothing at run time, so a read-only filesystem costs nothing and stops an intruder from changing the code or the model in place. If something must write, mount an emptyDir there (e.g. /tmp).`,
          path.length === 1,
        ),
      );
    }
    return out;
  });

export const definition: K8sCheck['definition'] = {
  id: 'k8s.read-only-root',
  title: 'The root filesystem is read-only',
  why: "Where a server does not need to write, a read-only root filesystem means that even a compromised process cannot replace the code or the model it serves, and nothing can quietly fill the node's disk. This lab's server only reads its model, so it can run read-only; servers that need scratch space mount an emptyDir for it.",
  lesson: 'containerization',
  scope: 'lab',
  hints: [
    'It is one field of the container\'s `securityContext`.',
    'Set `readOnlyRootFilesystem: true`; if you want a writable /tmp, add an `emptyDir` volume and mount it at /tmp.',
  ],
};
