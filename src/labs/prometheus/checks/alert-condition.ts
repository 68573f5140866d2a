// prom.alert-condition (general): an alert fires for every series its expression returns, whatever the value.
// An expression built on rate(), increase(), histogram_quantile() or similar returns a value for every series
// all the time (0 included), so without a filter (a comparison without `bool`, `and`/`unless`, absent()) the
// alert is always firing. Only that certain case is flagged: expressions that merely select a series (which
// may exist only while something is wrong), recorded series defined elsewhere, ALERTS and vector() are left
// alone. Recording rules of this file that the alert reads are taken into account.
import type { Finding } from '../../types';
import { alerts, exprFinding, parsedExpr, records, selectorsOf, withRecorded, type Rule } from '../model';
import { allNodes, binaryOp, functionName, isComparison, isSetOp, kid, type ParsedExpr } from '../promql';
import { q, type Context, type PromCheck } from './common';

/** Functions that return a value for every input series, whatever the data. */
const ALWAYS_VALUED = new Set([
  'rate', 'irate', 'increase', 'delta', 'idelta', 'deriv', 'predict_linear', 'histogram_quantile', 'histogram_fraction',
  'avg_over_time', 'sum_over_time', 'quantile_over_time', 'max_over_time', 'min_over_time', 'stddev_over_time', 'stdvar_over_time',
]);

function hasFilter(p: ParsedExpr): boolean {
  for (const n of allNodes(p.root)) {
    if (n.type === 'BinaryExpr') {
      const op = binaryOp(n)?.type;
      if (isComparison(op) && !kid(n, 'BoolModifier')) return true;
      if (op === 'And' || op === 'Unless') return true;
      if (isSetOp(op) && op !== 'Or') return true;
    }
    if (n.type === 'FunctionCall' && ['absent', 'absent_over_time', 'vector'].includes(functionName(p, n))) return true;
  }
  return false;
}

function alwaysValued(p: ParsedExpr): string | undefined {
  for (const n of allNodes(p.root)) if (n.type === 'FunctionCall' && ALWAYS_VALUED.has(functionName(p, n))) return functionName(p, n);
  return undefined;
}

export function run(ctx: Context): Finding[] {
  const m = ctx.model;
  if (!m) return ctx.unavailable;
  const recorded = new Set(records(m).map((r) => r.name));
  const out: Finding[] = [];
  for (const a of alerts(m)) {
    const p = parsedExpr(a);
    if (!p || p.syntax || p.semantic.length || !p.expr) continue;
    const parts: Rule[] = withRecorded(m, a);
    const exprs = parts.map(parsedExpr).filter((x): x is ParsedExpr => !!x && !x.syntax && x.semantic.length === 0);
    if (exprs.some(hasFilter)) continue;
    // Series this file does not define (another file's recording rules, ALERTS) may exist only when something is wrong.
    const foreign = exprs.flatMap(selectorsOf).some((s) => (s.name.includes(':') && !recorded.has(s.name)) || s.name.startsWith('ALERTS') || s.name === '');
    if (foreign) continue;
    const fn = exprs.map(alwaysValued).find(Boolean);
    if (!fn) continue;
    const via = parts.length > 1 ? ` (through the recording rule${parts.length > 2 ? 's' : ''} ${parts.slice(1).map((r) => q(r.name)).join(', ')})` : '';
    out.push(
      exprFinding(
        m.src,
        a,
        p.expr.from,
        p.expr.to,
        `Alert ${q(a.name)} has no condition: its expression${via} is built on ${fn}(), which returns a value for every series at every evaluation, and an alert fires for every series its expression returns. It is always firing. Compare the result with a threshold, e.g. ${q('… > 0.5')}.`,
      ),
    );
  }
  return out;
}

export const definition: PromCheck['definition'] = {
  id: 'prom.alert-condition',
  title: 'Every alert has a condition',
  why: 'Prometheus fires an alert for each series its expression returns; the value does not matter. A rate or a quantile returns a value for every series all the time, so an alert on `rate(x[5m])` or on a p95 without `> threshold` fires from the moment it loads and teaches everyone to ignore the page. The condition (a comparison, `and`/`unless`, or absent()) is what turns a measurement into an alert.',
  lesson: 'production-metrics',
  scope: 'general',
  hints: [
    'Which alert expression measures something without comparing it to anything?',
    'Add the threshold at the end: `… > 0.5` (a comparison without `bool` filters the series).',
  ],
};
