// JSON Schema for dvc.yaml's stage format, written for this lab and modelled on DVC's
// documented dvc.yaml reference (stages, deps, params, outs/metrics/plots with flags,
// foreach/do, matrix). Branches use if/then/else rather than anyOf so ajv reports
// one clear error per mistake instead of one per alternative.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

const stringList = { type: 'array', items: { type: 'string' } };

const outFlags = {
  type: 'object',
  properties: {
    cache: { type: 'boolean' },
    persist: { type: 'boolean' },
    checkpoint: { type: 'boolean' },
    push: { type: 'boolean' },
    remote: { type: 'string' },
    desc: { type: 'string' },
    type: { type: 'string' },
    labels: stringList,
    meta: { type: 'object' },
  },
  additionalProperties: false,
};

const plotFlags = {
  type: 'object',
  properties: {
    ...outFlags.properties,
    x: { type: 'string' },
    y: { type: 'string' },
    x_label: { type: 'string' },
    y_label: { type: 'string' },
    title: { type: 'string' },
    header: { type: 'boolean' },
    template: { type: 'string' },
  },
  additionalProperties: false,
};

/** A list whose items are a path, or a one-key map `path: {flags}`. */
function outList(flagsRef: string) {
  return {
    type: 'array',
    items: {
      if: { type: 'string' },
      then: true,
      else: {
        type: 'object',
        minProperties: 1,
        maxProperties: 1,
        additionalProperties: { $ref: flagsRef },
      },
    },
    uniqueItems: true,
  };
}

const vars = {
  type: 'array',
  items: { if: { type: 'string' }, then: true, else: { type: 'object' } },
};

export const STAGE_KEYS = [
  'cmd', 'wdir', 'deps', 'params', 'outs', 'metrics', 'plots', 'frozen', 'always_changed', 'desc', 'meta', 'vars', 'matrix',
] as const;

export const dvcYamlSchema = {
  $id: 'mlops-lab/dvc.yaml',
  type: 'object',
  properties: {
    stages: {
      type: 'object',
      additionalProperties: {
        if: { type: 'object', required: ['foreach'] },
        then: { $ref: '#/definitions/ForeachDo' },
        else: { $ref: '#/definitions/Stage' },
      },
    },
    vars,
    params: stringList,
    metrics: stringList,
    plots: { type: ['array', 'object'] },
    artifacts: { type: 'object' },
    datasets: { type: 'array' },
  },
  additionalProperties: false,
  definitions: {
    OutFlags: outFlags,
    PlotFlags: plotFlags,
    Stage: {
      type: 'object',
      properties: {
        cmd: {
          if: { type: 'array' },
          then: { type: 'array', items: { type: 'string' }, minItems: 1 },
          else: { type: 'string', minLength: 1 },
        },
        wdir: { type: 'string' },
        deps: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        params: {
          type: 'array',
          items: {
            if: { type: 'string' },
            then: true,
            else: {
              type: 'object',
              additionalProperties: {
                if: { type: 'null' },
                then: true,
                else: { type: 'array', items: { type: 'string' }, uniqueItems: true },
              },
            },
          },
          uniqueItems: true,
        },
        outs: outList('#/definitions/OutFlags'),
        metrics: outList('#/definitions/OutFlags'),
        plots: outList('#/definitions/PlotFlags'),
        frozen: { type: 'boolean' },
        always_changed: { type: 'boolean' },
        desc: { type: 'string' },
        meta: true,
        vars,
        matrix: { type: 'object' },
      },
      required: ['cmd'],
      additionalProperties: false,
    },
    ForeachDo: {
      type: 'object',
      properties: {
        foreach: { type: ['string', 'array', 'object'] },
        do: { $ref: '#/definitions/Stage' },
      },
      required: ['foreach', 'do'],
      additionalProperties: false,
    },
  },
} as const;

let compiled: ValidateFunction | undefined;

/** Validate parsed dvc.yaml data; errors without the noise of if/then wrappers. */
export function validateDvcYaml(data: unknown): ErrorObject[] {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    compiled = ajv.compile(dvcYamlSchema);
  }
  if (compiled(data)) return [];
  return (compiled.errors ?? []).filter((e) => e.keyword !== 'if');
}
