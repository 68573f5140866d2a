// k8s.health-endpoint (lab): this lab's server answers GET /health on port 8000 once the model is loaded, so the
// lab asks for HTTP probes on that endpoint, and for a liveness probe that gives the server time to start.
// tcpSocket or exec probes are valid Kubernetes; they are not what this lab asks for (an open port does not say
// the model loaded).
import type { Finding } from '../../types';
import { HEALTH_PATH, SERVER_PORT, type Container } from '../context';
import { asArray, isRecord } from '../parse';
import { containerFinding, containerName, int, q, withServer, type CheckFn, type K8sCheck } from './common';

/** Seconds the liveness probe lets a starting container fail before restarting it. */
export const MIN_LIVENESS_GRACE_S = 10;

function portNumber(c: Container, port: unknown): number | undefined {
  if (typeof port === 'number') return port;
  if (typeof port !== 'string') return undefined;
  if (/^\d+$/.test(port)) return Number(port);
  for (const p of asArray(c.data.ports)) if (isRecord(p) && p.name === port && typeof p.containerPort === 'number') return p.containerPort;
  return undefined;
}

function endpointFindings(c: Container, field: 'readinessProbe' | 'livenessProbe'): Finding[] {
  const p = c.data[field];
  if (!isRecord(p)) {
    return [containerFinding(c, ['name'], `This lab asks for a ${field} that calls GET ${HEALTH_PATH} on port ${SERVER_PORT}; ${containerName(c)} has none.`)];
  }
  const get = p.httpGet;
  if (!isRecord(get)) {
    const used = ['tcpSocket', 'grpc', 'exec'].find((h) => p[h] !== undefined);
    return [containerFinding(c, [field], `This lab asks for an HTTP ${field} on ${HEALTH_PATH}: ${used ? `a ${used} probe is valid Kubernetes, but ` : ''}the server's ${HEALTH_PATH} answers only once the model is loaded, which ${used ? `${used} cannot tell` : 'is what the probe should ask'}. Use ${q(`httpGet: {path: ${HEALTH_PATH}, port: ${SERVER_PORT}}`)}.`, true)];
  }
  const out: Finding[] = [];
  const path = typeof get.path === 'string' ? get.path : '/';
  if (path.split('?')[0] !== HEALTH_PATH) {
    out.push(containerFinding(c, [field, 'httpGet', get.path === undefined ? 'port' : 'path'], `This lab's server answers health checks on ${q(HEALTH_PATH)}; the ${field} asks for ${q(path)}${get.path === undefined ? ' (the default path)' : ''}, which it answers with 404, so the probe fails.`));
  }
  const n = portNumber(c, get.port);
  if (n !== SERVER_PORT) {
    out.push(containerFinding(c, [field, 'httpGet', 'port'], `This lab's server listens on port ${SERVER_PORT} (uvicorn in the Dockerfile); the ${field} calls ${n === undefined ? `port ${q(String(get.port ?? ''))}` : `port ${n}`}, where nothing answers.`));
  }
  return out;
}

export const run: CheckFn = (ctx) =>
  withServer(ctx, (t) => {
    const c = ctx.serverContainer(t);
    if (!c) return [];
    const out = [...endpointFindings(c, 'readinessProbe'), ...endpointFindings(c, 'livenessProbe')];
    const live = c.data.livenessProbe;
    if (isRecord(live) && !isRecord(c.data.startupProbe)) {
      const delay = int(live.initialDelaySeconds) ?? 0;
      const period = int(live.periodSeconds) ?? 10;
      const failures = int(live.failureThreshold) ?? 3;
      const grace = delay + failures * period;
      if (failures < 2) {
        out.push(containerFinding(c, ['livenessProbe', 'failureThreshold'], `This lab asks for a liveness probe that tolerates one slow answer: with ${q('failureThreshold: 1')}, a single probe that times out (a long request, a garbage-collection pause) restarts the container and drops its requests. Use 3 (the default).`));
      } else if (grace < MIN_LIVENESS_GRACE_S) {
        out.push(containerFinding(c, ['livenessProbe'], `This lab asks that the liveness probe give the server at least ${MIN_LIVENESS_GRACE_S} s to import FastAPI and load the model: here it restarts a container that has not answered after about ${grace} s (initialDelaySeconds ${delay} + failureThreshold ${failures} × periodSeconds ${period}). Raise initialDelaySeconds, or add a startupProbe.`, true));
      }
    }
    return out;
  });

export const definition: K8sCheck['definition'] = {
  id: 'k8s.health-endpoint',
  title: 'Probes call the server\'s /health on its port',
  why: 'The model server of the Docker lab listens on port 8000 and answers GET /health once the model file is loaded. Probing that endpoint is what makes "ready" mean "can predict", not just "the process started"; probing another path or port fails every probe. The liveness probe must also leave time to start, or a slow model load turns into a restart loop.',
  lesson: 'containerization',
  scope: 'lab',
  hints: [
    'Open app/main.py: which route reports health, and which port does the Dockerfile start uvicorn on?',
    'Use `httpGet: {path: /health, port: 8000}` (or the name of the 8000 port) for both probes.',
    'Give the liveness probe `initialDelaySeconds: 10` or more (or a startupProbe) and keep `failureThreshold` at 3.',
  ],
};
