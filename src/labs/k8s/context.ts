// What every check reads, loaded once per grading run: the lab's manifest files, their objects, and the pod
// template of the model server (a Rollout's own template, or the Deployment its workloadRef points at).
import type { Finding, ProjectFiles } from '../types';
import { fileFinding } from '../dvc/positions';
import { asArray, asRecord, get, isRecord, readManifest, type K8sObject, type ManifestFile, type Path } from './parse';

export const ROLLOUT_YAML = 'k8s/rollout.yaml';
export const SERVICE_YAML = 'k8s/service.yaml';
export const ANALYSIS_YAML = 'k8s/analysis.yaml';
export const PDB_YAML = 'k8s/pdb.yaml';
export const FILES = [ROLLOUT_YAML, SERVICE_YAML, ANALYSIS_YAML, PDB_YAML];

/** The model server of the Docker lab: uvicorn on port 8000, GET /health answers once the model is loaded. */
export const SERVER_PORT = 8000;
export const HEALTH_PATH = '/health';

export interface Container {
  /** The object holding the pod template (a Rollout, or the Deployment a Rollout's workloadRef names). */
  obj: K8sObject;
  path: Path;
  data: Record<string, unknown>;
  name: string;
}

export interface PodTemplate {
  /** The workload that runs the pods (Rollout or Deployment). */
  owner: K8sObject;
  /** The object whose `spec.template` it is (the owner, or a Deployment named by the owner's workloadRef). */
  obj: K8sObject;
  path: Path;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  spec: Record<string, unknown>;
  containers: Container[];
}

export class Context {
  private cache = new Map<string, unknown>();

  constructor(readonly files: ProjectFiles) {}

  private memo<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  get manifests(): ManifestFile[] {
    return this.memo('manifests', () => FILES.map((f) => readManifest(this.files, f)));
  }

  get objects(): K8sObject[] {
    return this.memo('objects', () => this.manifests.flatMap((m) => m.objects));
  }

  ofKind(kind: string): K8sObject[] {
    return this.objects.filter((o) => o.kind === kind);
  }

  /** Rollouts and the Deployments no Rollout takes over through workloadRef. */
  get workloads(): K8sObject[] {
    return this.memo('workloads', () => {
      const referenced = new Set(this.ofKind('Rollout').map((r) => this.workloadRefTarget(r)).filter((d): d is K8sObject => !!d));
      return this.objects.filter((o) => o.kind === 'Rollout' || (o.kind === 'Deployment' && !referenced.has(o)));
    });
  }

  /** The Deployment a Rollout's `spec.workloadRef` points at, when it is among the lab's files. */
  workloadRefTarget(rollout: K8sObject): K8sObject | undefined {
    const ref = asRecord(get(rollout.data, ['spec', 'workloadRef']));
    if (typeof ref.name !== 'string') return undefined;
    return this.objects.find((o) => o.kind === (typeof ref.kind === 'string' ? ref.kind : 'Deployment') && o.name === ref.name && o.kind === 'Deployment');
  }

  templateOf(owner: K8sObject): PodTemplate | undefined {
    const source = owner.kind === 'Rollout' && !isRecord(get(owner.data, ['spec', 'template'])) ? this.workloadRefTarget(owner) : owner;
    if (!source) return undefined;
    const tpl = get(source.data, ['spec', 'template']);
    if (!isRecord(tpl)) return undefined;
    const path: Path = ['spec', 'template'];
    const meta = asRecord(tpl.metadata);
    const spec = asRecord(tpl.spec);
    const containers = asArray(spec.containers).flatMap((c, i): Container[] =>
      isRecord(c) ? [{ obj: source, path: [...path, 'spec', 'containers', i], data: c, name: typeof c.name === 'string' ? c.name : `#${i + 1}` }] : [],
    );
    return { owner, obj: source, path, labels: stringMap(meta.labels), annotations: stringMap(meta.annotations), spec, containers };
  }

  /** Every workload's pod template. */
  get templates(): PodTemplate[] {
    return this.memo('templates', () => this.workloads.map((w) => this.templateOf(w)).filter((t): t is PodTemplate => !!t));
  }

  /** The model server: the first Rollout with a pod template, else the first Deployment. */
  get server(): PodTemplate | undefined {
    return this.memo('server', () => this.templates.find((t) => t.owner.kind === 'Rollout') ?? this.templates[0]);
  }

  /**
   * The containers that serve traffic: those that declare a port; when none does, the first one if a Service
   * selects the pods (a worker or a log shipper that nothing calls has nothing to be ready for).
   */
  servingContainers(t: PodTemplate): Container[] {
    const withPorts = t.containers.filter((c) => asArray(c.data.ports).length > 0);
    if (withPorts.length) return withPorts;
    const called = this.ofKind('Service').some((s) => {
      const sel = get(s.data, ['spec', 'selector']);
      return isRecord(sel) && Object.keys(sel).length > 0 && selects(mapSelector(sel), t.labels);
    });
    return called ? t.containers.slice(0, 1) : [];
  }

  /** The model server's container (lab checks): its first serving container, else its first container. */
  serverContainer(t: PodTemplate): Container | undefined {
    return this.servingContainers(t)[0] ?? t.containers[0];
  }

  /** Why a check of the model server cannot run (the main file unreadable or without a workload). */
  get serverUnavailable(): Finding[] {
    const main = this.manifests[0];
    if (main.unreadable) {
      return [main.unreadable.missing ? fileFinding(ROLLOUT_YAML, `Create ${ROLLOUT_YAML}: it holds the Rollout that runs the model server.`) : main.unreadable.finding];
    }
    if (this.workloads.length === 0) {
      if (this.manifests.some((m) => m.errors.length > 0)) {
        return [fileFinding(ROLLOUT_YAML, 'This check needs the Rollout of the model server, and the manifests have YAML errors; fix those first (see "Every object is valid for its kind").')];
      }
      return [fileFinding(ROLLOUT_YAML, 'This check reads the pod template of the model server, and the lab\'s files define no Rollout (or Deployment): write the Rollout in k8s/rollout.yaml.')];
    }
    if (!this.server) {
      const w = this.workloads[0];
      return [fileFinding(w.file, `This check reads the pod template of the model server, and ${w.kind} ${w.name || '(no name)'} has no \`spec.template\` (or its workloadRef names a Deployment that is not in the lab's files).`)];
    }
    return [];
  }
}

export function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(v)) return out;
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') out[k] = String(x);
  return out;
}

/** A label selector: matchLabels and matchExpressions, or a plain map (a Service's selector). */
export interface Selector {
  matchLabels: Record<string, string>;
  matchExpressions: Array<{ key: string; operator: string; values: string[] }>;
}

export function labelSelector(v: unknown): Selector {
  const r = asRecord(v);
  return {
    matchLabels: stringMap(r.matchLabels),
    matchExpressions: asArray(r.matchExpressions).flatMap((e) => {
      if (!isRecord(e) || typeof e.key !== 'string' || typeof e.operator !== 'string') return [];
      return [{ key: e.key, operator: e.operator, values: asArray(e.values).map(String) }];
    }),
  };
}

export function mapSelector(v: unknown): Selector {
  return { matchLabels: stringMap(v), matchExpressions: [] };
}

export function isEmptySelector(s: Selector): boolean {
  return Object.keys(s.matchLabels).length === 0 && s.matchExpressions.length === 0;
}

/** Whether a selector selects pods with these labels (an empty selector selects everything). */
export function selects(s: Selector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) return false;
  for (const e of s.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case 'In':
        if (!has || !e.values.includes(labels[e.key])) return false;
        break;
      case 'NotIn':
        if (has && e.values.includes(labels[e.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** The parts of a selector that these labels do not satisfy, in words. */
export function unmatched(s: Selector, labels: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(s.matchLabels)) {
    if (labels[k] !== v) out.push(k in labels ? `${k}=${v} (the pods have ${k}=${labels[k]})` : `${k}=${v} (the pods have no ${k} label)`);
  }
  for (const e of s.matchExpressions) if (!selects({ matchLabels: {}, matchExpressions: [e] }, labels)) out.push(`${e.key} ${e.operator}${e.values.length ? ` (${e.values.join(', ')})` : ''}`);
  return out;
}
