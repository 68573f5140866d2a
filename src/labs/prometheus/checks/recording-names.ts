// prom.recording-names (lab): the file has recording rules (this lab precomputes the p95 and the error ratio
// that its alerts read), named the way Prometheus's documentation recommends: level:metric:operations, e.g.
// job:model_request_latency_seconds:p95_rate5m. A recording rule named otherwise works; the convention tells
// anyone reading a dashboard what a series is and how it was aggregated, and keeps `:` for recorded series.
import type { Finding } from '../../types';
import { nodeFinding, parsedExpr, records, ruleFinding } from '../model';
import { allNodes, functionName } from '../promql';
import { q, type Context, type PromCheck } from './common';
import { missingFinding } from './lab';

const PART = '[a-zA-Z_][a-zA-Z0-9_]*';
const FORM = new RegExp(`^(${PART}):(${PART}):([a-zA-Z0-9_]+)$`);

export function run(ctx: Context): Finding[] {
  const m = ctx.model;
  if (!m) return ctx.unavailable;
  const recs = records(m);
  if (!recs.length) {
    return [missingFinding(m, `This lab asks for recording rules (the p95 latency and the error ratio, computed once and read by the alerts and dashboards), and the file has none: add ${q('- record: job:model_request_latency_seconds:p95_rate5m')} with its expr.`)];
  }
  const out: Finding[] = [];
  for (const r of recs) {
    if (!r.name) continue; // prom.rule-file reports it
    const at = r.nameNode ?? r.keys[0]?.key;
    const mm = FORM.exec(r.name);
    if (!mm) {
      out.push(at ? nodeFinding(m.src, at, `This lab asks for recording rule names in Prometheus's level:metric:operations form, and ${q(r.name)} is not: write the aggregation level, the metric and the operations, separated by colons, e.g. ${q('job:model_errors:ratio_rate5m')}.`) : ruleFinding(m.src, r, 'level:metric:operations'));
      continue;
    }
    const p = parsedExpr(r);
    const rated = p && !p.syntax && allNodes(p.root).some((n) => n.type === 'FunctionCall' && ['rate', 'irate'].includes(functionName(p, n)));
    if (rated && mm[2].endsWith('_total') && at) {
      out.push(nodeFinding(m.src, at, `This lab follows Prometheus's naming conventions, and ${q(r.name)} keeps ${q('_total')} in its metric part although its expression takes a rate: the convention drops ${q('_total')} once rate() or irate() is applied (${q(`${mm[1]}:${mm[2].replace(/_total$/, '')}:${mm[3]}`)}), since the result is no longer a counter.`));
    }
  }
  return out;
}

export const definition: PromCheck['definition'] = {
  id: 'prom.recording-names',
  title: 'Recording rules are named level:metric:operations',
  why: 'Recording rules compute an expensive or shared expression once per evaluation, so alerts and dashboards read a ready series. Prometheus\'s documentation names them level:metric:operations (job:model_errors:ratio_rate5m: per job, from the errors metric, a ratio of 5-minute rates), which tells anyone what the series is and keeps colons for recorded series. This lab asks for the p95 latency and the error ratio as recording rules named that way.',
  lesson: 'production-metrics',
  scope: 'lab',
  hints: [
    'Which `record:` names lack the two colons?',
    'level is how far it is aggregated (job), metric the source metric without `_total`, operations what was applied: `job:model_request_latency_seconds:p95_rate5m`.',
  ],
};
