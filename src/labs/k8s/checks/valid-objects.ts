// k8s.valid-objects (general): every document of the manifests is an object the API server accepts: YAML that
// parses, apiVersion + kind + metadata.name, a kind served by its apiVersion (not a removed beta), values of the
// right type (kubernetes-models' OpenAPI validators) and no unknown field (kubectl's strict field validation).
import type { ErrorObject } from 'ajv';
import type { Finding } from '../../types';
import { editDistance } from '../../dvc/paths';
import { GROUP_KINDS, KIND_VERSIONS, hasValidator, removedIn, unknownFields, validateObject } from '../schema';
import { isScalar } from 'yaml';
import { asRecord, describeObject, findingAt, get, nodeAtPath, nodeEnd, nodeStart, pathText, type K8sObject, type Path } from '../parse';
import { q, type CheckFn, type K8sCheck } from './common';

const MAX_PER_OBJECT = 20;

/** Fields Argo Rollouts renamed: old examples still carry the old names. */
const RENAMED: Record<string, string> = { maxFailures: 'failureLimit', maxConsecutiveErrors: 'consecutiveErrorLimit' };

function closest(word: string, options: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const exact = options.find((o) => o.toLowerCase() === lower);
  if (exact) return exact;
  let best: string | undefined;
  let bestD = word.length <= 4 ? 2 : 3;
  for (const o of options) {
    const d = editDistance(lower, o.toLowerCase());
    if (d < bestD) {
      best = o;
      bestD = d;
    }
  }
  return best;
}

function pointer(e: ErrorObject): Path {
  if (!e.instancePath) return [];
  return e.instancePath.slice(1).split('/').map((s) => {
    const t = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(t) ? Number(t) : t;
  });
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return `the ${typeof v} ${String(v)}`;
}

const TYPE_WORDS: Record<string, string> = { integer: 'a whole number', number: 'a number', string: 'a string', boolean: 'true or false', object: 'a mapping', array: 'a list' };

/** One message per schema error path (ajv reports a quantity as type + format + oneOf errors at one path). */
function schemaFindings(o: K8sObject, errors: ErrorObject[]): Finding[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const list = byPath.get(e.instancePath) ?? [];
    list.push(e);
    byPath.set(e.instancePath, list);
  }
  const out: Finding[] = [];
  for (const list of byPath.values()) {
    const path = pointer(list[0]);
    const value = get(o.data, path);
    const at = pathText(path) || 'the object';
    const req = list.filter((e) => e.keyword === 'required');
    for (const e of req) {
      const missing = String((e.params as { missingProperty?: string }).missingProperty);
      out.push(findingAt(o, path, `${describeObject(o)}: ${q(missing)} is required in ${q(at)}; the API server refuses the object without it.`, true));
    }
    const rest = list.filter((e) => e.keyword !== 'required');
    if (!rest.length) continue;
    const format = rest.find((e) => e.keyword === 'format');
    const fmt = format ? String((format.params as { format?: string }).format) : '';
    const enumErr = rest.find((e) => e.keyword === 'enum');
    const typeErr = rest.find((e) => e.keyword === 'type');
    let msg: string;
    if (fmt === 'quantity' || (typeErr && /\/(limits|requests)\/[^/]+$/.test(list[0].instancePath))) {
      msg = `${q(at)} is ${describe(value)}, which is not a Kubernetes quantity: write a number with an optional unit, e.g. ${q('500m')} or ${q('1')} CPU, ${q('256Mi')} or ${q('1Gi')} memory.`;
    } else if (fmt === 'int-or-string' || rest.some((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
      msg = `${q(at)} is ${describe(value)}: it takes a number or a string (a port number or port name, a count or a percentage such as "25%").`;
    } else if (enumErr) {
      const allowed = (enumErr.params as { allowedValues?: unknown[] }).allowedValues ?? [];
      msg = `${q(at)} is ${describe(value)}; Kubernetes accepts ${allowed.map((a) => q(String(a))).join(', ')}.`;
    } else if (typeErr) {
      const t = String((typeErr.params as { type?: string }).type);
      const quoted = typeErr && t === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? ` Quote it (${q(`"${String(value)}"`)}): YAML reads ${String(value)} as a ${typeof value}.` : '';
      msg = `${q(at)} must be ${TYPE_WORDS[t] ?? t}, but it is ${describe(value)}.${quoted}`;
    } else if (format) {
      msg = `${q(at)} is ${describe(value)}, which is not a valid ${fmt}.`;
    } else {
      msg = `${q(at)}: ${rest[0].message ?? 'is not valid'}.`;
    }
    out.push(findingAt(o, path, `${describeObject(o)}: ${msg}`));
  }
  return out;
}

function objectFindings(o: K8sObject, seen: Map<string, K8sObject>): Finding[] {
  const out: Finding[] = [];
  const { apiVersion, kind } = o;
  if (!apiVersion || !kind) {
    const missing = [!apiVersion && 'apiVersion', !kind && 'kind'].filter(Boolean).join(' and ');
    return [findingAt(o, [], `This document has no ${missing}: every Kubernetes object names its ${missing} (e.g. ${q('apiVersion: argoproj.io/v1alpha1')} and ${q('kind: Rollout')}).`)];
  }
  const gone = removedIn(apiVersion, kind);
  if (gone) {
    const now = KIND_VERSIONS[kind]?.[0];
    return [findingAt(o, ['apiVersion'], `${q(apiVersion)} was removed in Kubernetes ${gone}: the API server no longer accepts ${kind} in it.${now ? ` Use ${q(`apiVersion: ${now}`)}.` : ''}`)];
  }
  const served = KIND_VERSIONS[kind];
  if (served && !served.includes(apiVersion)) {
    return [findingAt(o, ['apiVersion'], `${kind} is served as ${served.map((v) => q(v)).join(' or ')}, not ${q(apiVersion)}: the API server (or kubectl) finds no kind ${kind} there.`)];
  }
  const known = GROUP_KINDS[apiVersion] ?? (apiVersion === 'argoproj.io/v1alpha1' ? ['Rollout', 'AnalysisTemplate', 'ClusterAnalysisTemplate', 'AnalysisRun', 'Experiment'] : undefined);
  if (!served && known && !known.includes(kind)) {
    const better = closest(kind.replace(/s$/, ''), known);
    // argoproj.io is shared by Argo CD, Workflows and Events: only a near miss of a Rollouts kind is reported there.
    if (GROUP_KINDS[apiVersion] || better) {
      return [findingAt(o, ['kind'], `${q(apiVersion)} has no kind ${q(kind)}${better ? `: did you mean ${q(better)}? Kinds are singular and case-sensitive.` : ` (it serves ${known.join(', ')}).`}`)];
    }
  }
  const meta = o.data.metadata;
  if (!meta || typeof meta !== 'object' || typeof (meta as Record<string, unknown>).name !== 'string' || !(meta as Record<string, unknown>).name) {
    if (!(meta && typeof meta === 'object' && typeof (meta as Record<string, unknown>).generateName === 'string')) {
      out.push(findingAt(o, ['metadata'], `${kind} has no ${q('metadata.name')}: kubectl apply needs a name to create or update the object.`, true));
    }
  } else {
    const key = `${apiVersion}/${kind}/${String(get(o.data, ['metadata', 'namespace']) ?? '')}/${o.name}`;
    const first = seen.get(key);
    if (first) {
      out.push(findingAt(o, ['metadata', 'name'], `${kind} ${o.name} is defined twice (first in ${first.file}, document ${first.doc + 1}): applying both, the second silently replaces the first. Rename one or remove it.`));
    } else seen.set(key, o);
  }
  if (!hasValidator(apiVersion, kind)) return out;
  const unknown = unknownFields(kind, o.data);
  for (const u of unknown.slice(0, MAX_PER_OBJECT)) {
    if (u.path.length === 1 && u.key === 'status') continue;
    const better = RENAMED[u.key] && u.known.includes(RENAMED[u.key]) ? RENAMED[u.key] : closest(u.key, u.known);
    const parent = pathText(u.path.slice(0, -1)) || 'the top level';
    const f = findingAt(
      o,
      u.path,
      `${q(u.key)} is not a field of ${kind} at ${q(parent)}${better ? ` (did you mean ${q(better)}?)` : ''}: kubectl apply refuses unknown fields under its default strict validation, and where one gets through it has no effect.`,
      true,
    );
    const key = nodeAtPath(o.root, u.path).key;
    if (better && key && isScalar(key) && key.type === 'PLAIN' && !u.known.some((k) => k === better && k in asRecord(get(o.data, u.path.slice(0, -1))))) {
      f.fix = o.src.fix(nodeStart(key), nodeEnd(key), better, `Rename ${u.key} to ${better}`);
    }
    out.push(f);
  }
  const errors = validateObject(apiVersion, kind, o.data).filter((e) => !e.instancePath.startsWith('/status'));
  out.push(...schemaFindings(o, errors).slice(0, MAX_PER_OBJECT));
  return out;
}

export const run: CheckFn = (ctx) => {
  const out: Finding[] = [];
  const main = ctx.manifests[0];
  if (main.unreadable) out.push(main.unreadable.missing ? { ...main.unreadable.finding, message: `Create ${main.file}: it holds the Rollout that runs the model server.` } : main.unreadable.finding);
  for (const m of ctx.manifests.slice(1)) if (m.unreadable && !m.unreadable.missing) out.push(m.unreadable.finding);
  const seen = new Map<string, K8sObject>();
  for (const m of ctx.manifests) {
    out.push(...m.errors);
    for (const o of m.objects) out.push(...objectFindings(o, seen));
  }
  return out;
};

export const definition: K8sCheck['definition'] = {
  id: 'k8s.valid-objects',
  title: 'Every object is valid for its kind and API version',
  why: 'The API server refuses an object whose kind its apiVersion does not serve (or serves no longer: beta APIs are removed), whose values have the wrong type, or that carries a field it does not know; `kubectl apply` then stops, or a misspelt field such as `targetport` is silently lost. Reading the manifests against the Kubernetes and Argo Rollouts schemas catches these before a deploy does.',
  lesson: 'deployment-approaches',
  scope: 'general',
  hints: [
    'Read every document of the four files: apiVersion, kind, metadata.name, then each field name.',
    'Field names are camelCase and case-sensitive (`targetPort`, `readinessProbe`); label values and annotations are strings, so quote numbers such as `"1.4"`.',
    'A Rollout and its AnalysisTemplate are `argoproj.io/v1alpha1`; a PodDisruptionBudget is `policy/v1` (policy/v1beta1 is gone since Kubernetes 1.25).',
  ],
};
