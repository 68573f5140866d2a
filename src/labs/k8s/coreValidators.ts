// The Kubernetes validators the vendored Argo Rollouts validators call for a Rollout's pod template and an
// AnalysisTemplate's job (see vendor/argo-rollouts/README.md). kubernetes-models exports these schemas only as model
// classes, so each is called through its class's validate() on the raw value, with ajv's standalone calling
// convention: `fn(data, { instancePath })` returns true or false and leaves the errors, under that path, in `fn.errors`.
import type { ErrorObject } from 'ajv';
import { JobSpec } from 'kubernetes-models/batch/v1/JobSpec';
import { PodTemplateSpec } from 'kubernetes-models/v1/PodTemplateSpec';

interface ValidateFunction {
  (data: unknown, context?: { instancePath?: string }): boolean;
  errors?: ErrorObject[] | null;
}

function through(model: { prototype: { validate(): void } }): ValidateFunction {
  const fn: ValidateFunction = (data, { instancePath = '' } = {}) => {
    try {
      // The value itself, not a copy made by the constructor: a string or a list must fail as one.
      model.prototype.validate.call(data);
      fn.errors = null;
      return true;
    } catch (e) {
      const errors = (e as { errors?: unknown }).errors;
      if (!Array.isArray(errors)) throw e;
      fn.errors = (errors as ErrorObject[]).map((err) => ({ ...err, instancePath: instancePath + err.instancePath }));
      return false;
    }
  };
  return fn;
}

export const validatePodTemplateSpec = through(PodTemplateSpec);
export const validateJobSpec = through(JobSpec);
