// What Kubernetes (and Argo Rollouts) accept for the kinds of this lab: which apiVersion serves each kind, which
// versions were removed, the OpenAPI schema validators of `kubernetes-models` and of Argo Rollouts (vendored from
// `@kubernetes-models/argo-rollouts`, see vendor/argo-rollouts/README.md) for types, formats, required fields and
// enums, and the field table generated from the same declarations (unknown fields).
import type { ErrorObject } from 'ajv';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Rollout } from './vendor/argo-rollouts/argoproj.io/v1alpha1/Rollout.js';
import { AnalysisTemplate } from './vendor/argo-rollouts/argoproj.io/v1alpha1/AnalysisTemplate.js';
import { ClusterAnalysisTemplate } from './vendor/argo-rollouts/argoproj.io/v1alpha1/ClusterAnalysisTemplate.js';
import { FIELD_ROOTS, FIELD_TYPES } from './fields.generated';
import type { Path } from './parse';

type Validatable = new (data: never) => { validate(): void };

/** Validators by `apiVersion/kind`; their schemas and FIELD_ROOTS come from the same declarations. */
const VALIDATORS: Record<string, Validatable> = {
  'apps/v1/Deployment': Deployment as unknown as Validatable,
  'v1/Service': Service as unknown as Validatable,
  'v1/ConfigMap': ConfigMap as unknown as Validatable,
  'v1/ServiceAccount': ServiceAccount as unknown as Validatable,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget as unknown as Validatable,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler as unknown as Validatable,
  'argoproj.io/v1alpha1/Rollout': Rollout as unknown as Validatable,
  'argoproj.io/v1alpha1/AnalysisTemplate': AnalysisTemplate as unknown as Validatable,
  'argoproj.io/v1alpha1/ClusterAnalysisTemplate': ClusterAnalysisTemplate as unknown as Validatable,
};

/** Every kind of the API groups whose whole list is known here (built-in groups: their kinds are fixed). */
export const GROUP_KINDS: Readonly<Record<string, readonly string[]>> = {
  v1: ['Binding', 'ComponentStatus', 'ConfigMap', 'Endpoints', 'Event', 'LimitRange', 'Namespace', 'Node', 'PersistentVolume', 'PersistentVolumeClaim', 'Pod', 'PodTemplate', 'ReplicationController', 'ResourceQuota', 'Secret', 'Service', 'ServiceAccount', 'List'],
  'apps/v1': ['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet'],
  'policy/v1': ['PodDisruptionBudget', 'Eviction'],
};

/** The apiVersions that serve each kind this lab knows. */
export const KIND_VERSIONS: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['apps/v1'],
  StatefulSet: ['apps/v1'],
  DaemonSet: ['apps/v1'],
  ReplicaSet: ['apps/v1'],
  Service: ['v1'],
  ConfigMap: ['v1'],
  Secret: ['v1'],
  ServiceAccount: ['v1'],
  Pod: ['v1'],
  PodDisruptionBudget: ['policy/v1'],
  HorizontalPodAutoscaler: ['autoscaling/v2', 'autoscaling/v1'],
  Ingress: ['networking.k8s.io/v1'],
  NetworkPolicy: ['networking.k8s.io/v1'],
  Rollout: ['argoproj.io/v1alpha1'],
  AnalysisTemplate: ['argoproj.io/v1alpha1'],
  ClusterAnalysisTemplate: ['argoproj.io/v1alpha1'],
  AnalysisRun: ['argoproj.io/v1alpha1'],
};

/** apiVersions the Kubernetes API no longer serves, with the release that removed them (deprecation guide). */
export const REMOVED: ReadonlyArray<{ apiVersion: string; kinds?: readonly string[]; removedIn: string }> = [
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], removedIn: '1.22' },
  { apiVersion: 'extensions/v1beta1', removedIn: '1.16' },
  { apiVersion: 'apps/v1beta1', removedIn: '1.16' },
  { apiVersion: 'apps/v1beta2', removedIn: '1.16' },
  { apiVersion: 'policy/v1beta1', removedIn: '1.25' },
  { apiVersion: 'autoscaling/v2beta1', removedIn: '1.25' },
  { apiVersion: 'autoscaling/v2beta2', removedIn: '1.26' },
  { apiVersion: 'networking.k8s.io/v1beta1', removedIn: '1.22' },
  { apiVersion: 'batch/v1beta1', removedIn: '1.25' },
];

export function removedIn(apiVersion: string, kind: string): string | undefined {
  return REMOVED.find((r) => r.apiVersion === apiVersion && (!r.kinds || r.kinds.includes(kind)))?.removedIn;
}

export function hasValidator(apiVersion: string, kind: string): boolean {
  return Object.prototype.hasOwnProperty.call(VALIDATORS, `${apiVersion}/${kind}`);
}

/** Schema errors of an object (empty when valid or when this lab has no schema for its kind). */
export function validateObject(apiVersion: string, kind: string, data: Record<string, unknown>): ErrorObject[] {
  const Model = VALIDATORS[`${apiVersion}/${kind}`];
  if (!Model) return [];
  try {
    new Model(data as never).validate();
    return [];
  } catch (e) {
    const errors = (e as { errors?: unknown }).errors;
    return Array.isArray(errors) ? (errors as ErrorObject[]) : [];
  }
}

export interface UnknownField {
  /** Path of the unknown key. */
  path: Path;
  key: string;
  /** The known fields at that place. */
  known: string[];
}

/** Keys the schema of this kind does not know (what `kubectl apply` refuses under strict field validation). */
export function unknownFields(kind: string, data: Record<string, unknown>, max = 50): UnknownField[] {
  const root = FIELD_ROOTS[kind];
  if (!root) return [];
  const out: UnknownField[] = [];
  const walk = (value: unknown, ref: string, path: Path, depth: number): void => {
    if (out.length >= max || depth > 40 || ref === '' || ref === '*' || value === null || typeof value !== 'object') return;
    if (ref.startsWith('[')) {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, ref.slice(1), [...path, i], depth + 1));
      return;
    }
    if (Array.isArray(value)) return;
    if (ref.startsWith('{')) {
      for (const [k, v] of Object.entries(value)) walk(v, ref.slice(1), [...path, k], depth + 1);
      return;
    }
    const fields = FIELD_TYPES[Number(ref)];
    if (!fields) return;
    for (const [k, v] of Object.entries(value)) {
      if (!Object.prototype.hasOwnProperty.call(fields, k)) {
        out.push({ path: [...path, k], key: k, known: Object.keys(fields) });
        if (out.length >= max) return;
        continue;
      }
      walk(v, fields[k], [...path, k], depth + 1);
    }
  };
  walk(data, String(root.type), [], 0);
  return out;
}
