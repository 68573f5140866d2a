// k8s.analysis-rollback (lab): this lab asks for an automated rollback: the canary runs an AnalysisTemplate
// (in the background or as a step) whose metrics watch the error rate or the latency with a condition, so a failing
// measurement aborts the rollout and Argo Rollouts returns all traffic to the stable version. The wiring facts it
// also reports (a template that does not exist, an argument nobody passes) break any Rollout.
import type { Finding } from '../../types';
import { ANALYSIS_YAML } from '../context';
import { asArray, asRecord, describeObject, findingAt, get, isRecord, type K8sObject, type Path } from '../parse';
import { q, withServer, type CheckFn, type K8sCheck } from './common';

/** Words of a metric (its name, query and conditions) that say it measures errors or latency. */
export const ERROR_OR_LATENCY = /error|fail|5\d\d|5xx|success|latency|duration|_bucket|quantile|p9\d|response_time|_seconds/i;

interface Ref {
  /** Where the reference is, in the Rollout. */
  path: Path;
  name: string;
  cluster: boolean;
  /** Arguments the Rollout passes with this analysis. */
  args: Set<string>;
}

function refsOf(r: K8sObject): Ref[] {
  const canary = asRecord(get(r.data, ['spec', 'strategy', 'canary']));
  const out: Ref[] = [];
  const add = (analysis: unknown, path: Path) => {
    const a = asRecord(analysis);
    const args = new Set(asArray(a.args).flatMap((x) => (isRecord(x) && typeof x.name === 'string' ? [x.name] : [])));
    asArray(a.templates).forEach((t, i) => {
      if (isRecord(t) && typeof t.templateName === 'string') out.push({ path: [...path, 'templates', i, 'templateName'], name: t.templateName, cluster: t.clusterScope === true, args });
    });
  };
  if (isRecord(canary.analysis)) add(canary.analysis, ['spec', 'strategy', 'canary', 'analysis']);
  asArray(canary.steps).forEach((s, i) => {
    if (isRecord(s) && isRecord(s.analysis)) add(s.analysis, ['spec', 'strategy', 'canary', 'steps', i, 'analysis']);
  });
  return out;
}

/** `{{args.name}}` placeholders of a template's metrics, with the metric they appear in. */
function usedArgs(metrics: unknown[]): Map<string, number> {
  const used = new Map<string, number>();
  metrics.forEach((m, i) => {
    const text = JSON.stringify(m) ?? '';
    for (const hit of text.matchAll(/\{\{\s*args\.([A-Za-z0-9_.-]+)\s*\}\}/g)) if (!used.has(hit[1])) used.set(hit[1], i);
  });
  return used;
}

function templateFindings(tpl: K8sObject, refs: Ref[]): { findings: Finding[]; watches: boolean } {
  const out: Finding[] = [];
  const spec = asRecord(tpl.data.spec);
  const metrics = asArray(spec.metrics);
  const declared = new Map<string, Record<string, unknown>>();
  for (const a of asArray(spec.args)) if (isRecord(a) && typeof a.name === 'string') declared.set(a.name, a);
  for (const [name, i] of usedArgs(metrics)) {
    if (!declared.has(name)) {
      out.push(findingAt(tpl, ['spec', 'metrics', i], `${describeObject(tpl)} uses ${q(`{{args.${name}}}`)} without declaring ${q(name)} under ${q('spec.args')}: the AnalysisRun fails to resolve it and errors.`, true));
    }
  }
  const passed = new Set(refs.flatMap((r) => [...r.args]));
  [...declared.values()].forEach((a, i) => {
    if (a.value === undefined && a.valueFrom === undefined && !passed.has(String(a.name))) {
      out.push(findingAt(tpl, ['spec', 'args', i, 'name'], `${describeObject(tpl)} declares the argument ${q(String(a.name))} without a value, and the Rollout does not pass it (${q('analysis.args')}): Argo Rollouts cannot start the analysis. Pass it from the Rollout or give it a default ${q('value')}.`));
    }
  });
  let watches = false;
  metrics.forEach((m) => {
    if (!isRecord(m)) return;
    const hasCondition = typeof m.failureCondition === 'string' || typeof m.successCondition === 'string';
    if (hasCondition && ERROR_OR_LATENCY.test(JSON.stringify({ n: m.name, p: m.provider, s: m.successCondition, f: m.failureCondition }))) watches = true;
  });
  return { findings: out, watches };
}

export const run: CheckFn = (ctx) =>
  withServer(ctx, (t) => {
    const r = t.owner;
    if (r.kind !== 'Rollout') return [findingAt(r, ['kind'], `This lab asks for an Argo Rollouts analysis that can abort the rollout; ${r.kind} ${r.name} is not a Rollout (see "The canary goes up in steps").`)];
    const refs = refsOf(r);
    if (refs.length === 0) {
      return [findingAt(r, ['spec', 'strategy', 'canary'], `This lab asks for an analysis that can roll back on its own: the canary references no AnalysisTemplate, so a canary with a high error rate or latency keeps going until someone notices. Add ${q('analysis: {templates: [{templateName: ...}]}')} under the canary (or as a step) and define the template in ${ANALYSIS_YAML}.`, true)];
    }
    const out: Finding[] = [];
    let watches = false;
    const checked = new Set<K8sObject>();
    for (const ref of refs) {
      const kind = ref.cluster ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate';
      const tpl = ctx.objects.find((o) => o.kind === kind && o.name === ref.name);
      if (!tpl) {
        const other = ctx.objects.find((o) => (o.kind === 'AnalysisTemplate' || o.kind === 'ClusterAnalysisTemplate') && o.name === ref.name);
        const names = ctx.objects.filter((o) => o.kind === kind).map((o) => o.name);
        out.push(
          findingAt(
            r,
            ref.path,
            other
              ? `${ref.name} is a ${other.kind}, and this reference ${ref.cluster ? 'sets' : 'does not set'} ${q('clusterScope: true')}: Argo Rollouts looks for a ${kind}, does not find it, and the rollout does not progress.`
              : `No ${kind} named ${q(ref.name)} in the lab's files (${names.length ? `there is ${names.join(', ')}` : `${ANALYSIS_YAML} defines none`}): unless it already exists in the cluster, Argo Rollouts cannot start the analysis and the rollout does not progress.`,
          ),
        );
        continue;
      }
      const refsToIt = refs.filter((x) => x.name === ref.name && x.cluster === ref.cluster);
      if (checked.has(tpl)) continue;
      checked.add(tpl);
      const res = templateFindings(tpl, refsToIt);
      out.push(...res.findings);
      watches ||= res.watches;
      if (!res.watches) {
        out.push(findingAt(tpl, ['spec', 'metrics'], `This lab asks for an analysis on the error rate or the latency: no metric of ${describeObject(tpl)} has a ${q('successCondition')} or ${q('failureCondition')} on errors or latency (a query on 5xx responses, or on a duration histogram), so nothing in it can fail the canary for serving badly.`, true));
      }
    }
    return out;
  });

export const definition: K8sCheck['definition'] = {
  id: 'k8s.analysis-rollback',
  title: 'An analysis can roll the canary back',
  why: 'Pauses only help if someone looks. An AnalysisTemplate lets Argo Rollouts query the metrics itself at every step: when the canary\'s error rate or latency crosses the limit you wrote, the analysis fails, the rollout aborts and all traffic goes back to the stable model within seconds, at night as well as by day. The template must exist and get every argument it uses, or the analysis cannot start.',
  lesson: 'ab-testing',
  scope: 'lab',
  hints: [
    'Reference a template from the canary: `analysis: {templates: [{templateName: churn-model-errors}], args: [...]}`.',
    'In k8s/analysis.yaml, define an `argoproj.io/v1alpha1` AnalysisTemplate with a metric, a `provider` (e.g. prometheus with a query) and a `failureCondition` or `successCondition`.',
    'Measure the canary\'s share of 5xx responses (or its p95 latency) and fail above a threshold, e.g. `failureCondition: result[0] > 0.01`.',
  ],
};
