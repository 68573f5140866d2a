// k8s.security-context (general): the model server runs as a non-root user, cannot gain privileges and is not
// privileged: what Kubernetes' "restricted" Pod Security Standard asks of every container on these points.
import type { Finding } from '../../types';
import { asRecord } from '../parse';
import { containerFinding, containerName, q, templateFinding, withServer, type CheckFn, type K8sCheck } from './common';

export const run: CheckFn = (ctx) =>
  withServer(ctx, (t) => {
    const out: Finding[] = [];
    const pod = asRecord(t.spec.securityContext);
    if (pod.runAsUser === 0) out.push(templateFinding(t, ['spec', 'securityContext', 'runAsUser'], `The pod runs as ${q('runAsUser: 0')}, which is root: a process that escapes the server (a vulnerable dependency, a pickle loaded from the wrong place) is root in the container. Use the image's non-root UID (10001 in the Docker lab's image).`));
    for (const c of t.containers) {
      const sc = asRecord(c.data.securityContext);
      const scPath = c.data.securityContext === undefined ? [] : ['securityContext'];
      const nonRoot = sc.runAsNonRoot ?? pod.runAsNonRoot;
      const user = sc.runAsUser ?? pod.runAsUser;
      if (sc.runAsUser === 0) {
        out.push(containerFinding(c, ['securityContext', 'runAsUser'], `${containerName(c)} runs as ${q('runAsUser: 0')}, which is root. Use a non-root UID such as 10001.`));
      } else if (nonRoot !== true && !(typeof user === 'number' && user > 0)) {
        out.push(containerFinding(c, scPath, `${containerName(c)} may run as root: neither it nor the pod sets ${q('runAsNonRoot: true')} or a non-zero ${q('runAsUser')}, so the image's USER decides, and an image built without one runs as root unnoticed. Set ${q('runAsNonRoot: true')} (the kubelet then refuses to start a root container).`, true));
      } else if (nonRoot === true && user === 0) {
        out.push(containerFinding(c, scPath, `${containerName(c)} sets ${q('runAsNonRoot: true')} and user 0: the kubelet refuses to start it. Use a non-zero runAsUser.`, true));
      }
      if (sc.privileged === true) {
        out.push(containerFinding(c, ['securityContext', 'privileged'], `${containerName(c)} is privileged: it has every capability and the host's devices, which a model server never needs. Remove ${q('privileged: true')}.`));
      }
      if (sc.allowPrivilegeEscalation !== false) {
        out.push(containerFinding(c, sc.allowPrivilegeEscalation === undefined ? scPath : ['securityContext', 'allowPrivilegeEscalation'], `${containerName(c)} does not set ${q('allowPrivilegeEscalation: false')}, so a process in it can gain more privileges than its parent (through setuid binaries). Set it to false in the container's securityContext.`, sc.allowPrivilegeEscalation === undefined));
      }
    }
    return out;
  }, true);

export const definition: K8sCheck['definition'] = {
  id: 'k8s.security-context',
  title: 'Non-root, no privilege escalation',
  why: 'A model server parses untrusted input and often loads artifacts from storage; if anything in it is exploited, the securityContext decides what the attacker gets. Running as a non-root user and forbidding privilege escalation are required by Kubernetes\' "restricted" Pod Security Standard, and cost nothing for a server that only reads its model and answers HTTP.',
  lesson: 'containerization',
  scope: 'general',
  hints: [
    'Add a `securityContext:` to the pod (`runAsNonRoot: true`) and to the container.',
    'The container\'s securityContext takes `allowPrivilegeEscalation: false`.',
    'The Docker lab\'s image names its user (`USER appuser`, UID 10001): with `runAsNonRoot: true` alone the kubelet cannot tell that a user name is not root and refuses to start the container, so also set `runAsUser: 10001`.',
  ],
};
