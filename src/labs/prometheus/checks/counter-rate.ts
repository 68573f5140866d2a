// prom.counter-rate (general): a counter's raw value is a running total since the process started, so rules
// use it through rate()/irate()/increase() (or functions that only look at whether it exists or reset).
// Counters are recognised by name only where that is certain: `_total` (the suffix Prometheus's naming
// conventions and OpenMetrics give counters) and `_bucket` (a classic histogram's cumulative counts); `_count`
// and `_sum` only when the same file also uses that histogram's `_bucket`, or the name ends in a unit that
// marks a histogram or summary (`_seconds_count`, `_bytes_sum`). Recording rule outputs (names with `:`) are
// never judged by name. What is flagged: a raw counter compared, used in arithmetic, summed or averaged, or
// alerted on by itself, and a counter given to delta()/idelta()/deriv()/predict_linear(), which are for gauges.
import type { Finding } from '../../types';
import { exprFinding, parsedExpr, selectorsOf, type Rule } from '../model';
import { aggregateOp, binaryOp, exprKids, functionName, inner, isComparison, isSetOp, kid, opText, selectorOf, unparen, type ParsedExpr, type PNode } from '../promql';
import { q, type Context, type PromCheck } from './common';

const GAUGE_ONLY = new Set(['delta', 'idelta', 'deriv', 'predict_linear', 'double_exponential_smoothing']);
/** Functions that pass their input's values through unchanged (the consumer is further up). */
const TRANSPARENT = new Set(['label_replace', 'label_join', 'sort', 'sort_desc', 'sort_by_label', 'sort_by_label_desc']);
const VALUE_AGGREGATIONS = new Set(['sum', 'avg', 'stddev', 'stdvar', 'quantile']);
const UNIT_SUFFIX = /_(seconds|bytes|milliseconds|microseconds|nanoseconds)$/;

/** Metric names in the file that are certainly counters. */
export function counterNames(names: Iterable<string>): Set<string> {
  const all = new Set(names);
  const out = new Set<string>();
  for (const n of all) {
    if (n.includes(':')) continue;
    if (n.endsWith('_total') || n.endsWith('_bucket')) out.add(n);
    const m = /^(.+)_(count|sum)$/.exec(n);
    if (m && (all.has(`${m[1]}_bucket`) || UNIT_SUFFIX.test(m[1]))) out.add(n);
  }
  return out;
}

function wrapperParent(p: ParsedExpr, n: PNode): PNode | undefined {
  let cur = n.parent;
  while (cur) {
    if (['ParenExpr', 'OffsetExpr', 'StepInvariantExpr', 'AnchoredExpr', 'SmoothedExpr'].includes(cur.type)) cur = cur.parent;
    else if (cur.type === 'FunctionCallBody' && cur.parent?.type === 'FunctionCall' && TRANSPARENT.has(functionName(p, cur.parent))) cur = cur.parent.parent;
    else return cur;
  }
  return undefined;
}

/** Why a counter selector is misused here, or undefined when its use is fine or not certainly wrong. */
function misuse(p: ParsedExpr, sel: PNode, name: string, isAlert: boolean): { node: PNode; message: string } | undefined {
  const consumer = wrapperParent(p, sel);
  if (consumer?.type === 'MatrixSelector' || consumer?.type === 'SubqueryExpr') {
    const fnBody = wrapperParent(p, consumer);
    const fn = fnBody?.type === 'FunctionCallBody' && fnBody.parent?.type === 'FunctionCall' ? functionName(p, fnBody.parent) : '';
    if (GAUGE_ONLY.has(fn)) {
      return { node: fnBody?.parent as PNode, message: `${fn}() is meant for gauges, and ${name} is a counter: a counter reset (every restart of the process) looks like a huge drop to it. Use rate() or increase(), which handle resets.` };
    }
    return undefined;
  }
  if (!consumer || consumer.type === 'PromQL') {
    return isAlert ? { node: sel, message: `the alert's whole expression is the counter ${name}, a running total since the process started: the alert fires as soon as the series exists and never resolves. Alert on its rate, e.g. rate(${name}[5m]) > …` } : undefined;
  }
  if (consumer.type === 'FunctionCallBody' && consumer.parent?.type === 'AggregateExpr') {
    const op = aggregateOp(p, consumer.parent);
    if (VALUE_AGGREGATIONS.has(op)) {
      return { node: consumer.parent, message: `${op}() adds up (or averages) the raw totals of ${name}, which restart from zero whenever a process restarts, so the result drops at random and a later rate() of it reads each drop as a reset. Take the rate first, then aggregate: ${op}(rate(${name}[5m]))` };
    }
    return undefined;
  }
  if (consumer.type === 'BinaryExpr') {
    const op = binaryOp(consumer)?.type;
    if (!op || isSetOp(op)) return undefined;
    // `x_count > 0 and …` only checks that the series has data before the real condition (kubernetes-mixin's
    // certificate alerts do this): a guard, not a measurement.
    if (isComparison(op)) {
      let up = consumer.parent;
      while (up && up.type === 'ParenExpr') up = up.parent;
      const upOp = up?.type === 'BinaryExpr' ? binaryOp(up)?.type : undefined;
      if (upOp === 'And' || upOp === 'Unless') return undefined;
    }
    if (op === 'Sub') {
      // `x_total - x_total offset 10m`: a hand-made increase(); reported once, at the first operand.
      const [a, b] = exprKids(consumer).map((k) => unparen(k) as PNode);
      const twin = (k: PNode) => k.type === 'OffsetExpr' && inner(k)?.type === 'VectorSelector' && selectorOf(p, inner(k) as PNode).name === name;
      const plain = (k: PNode) => k.type === 'VectorSelector' && selectorOf(p, k).name === name;
      if (plain(a) && twin(b)) {
        if (sel !== a) return undefined;
        const off = kid(b, 'OffsetDurationExpr');
        const window = off ? p.text.slice(off.from, off.to) : '10m';
        return { node: consumer, message: `subtracting an earlier value of ${name} from its current value computes by hand what increase(${name}[${window}]) computes, except that a counter reset in between (a restart) makes the difference negative or meaningless. Use increase(${name}[${window}])` };
      }
    }
    const what = isComparison(op) ? `compares the raw total of ${name} with ${opText(op)}` : `uses the raw total of ${name} in arithmetic (${opText(op)})`;
    return { node: sel, message: `the expression ${what}: a counter only grows from the moment it started counting and falls to zero when its process restarts, so its value says nothing about now. Use rate(${name}[5m]) or increase(${name}[1h]) instead` };
  }
  return undefined;
}

export function counterMisuses(ctx: Context, rules: Rule[]): Finding[] {
  const m = ctx.model;
  if (!m) return [];
  const names = new Set<string>();
  const parsed = new Map<Rule, ParsedExpr>();
  for (const r of m.rules) {
    const p = parsedExpr(r);
    if (!p || p.syntax || p.semantic.length) continue;
    parsed.set(r, p);
    for (const s of selectorsOf(p)) if (s.name) names.add(s.name);
  }
  const counters = counterNames(names);
  const out: Finding[] = [];
  for (const r of rules) {
    const p = parsed.get(r);
    if (!p) continue;
    for (const s of selectorsOf(p)) {
      if (!counters.has(s.name)) continue;
      const bad = misuse(p, s.node, s.name, r.kind === 'alert');
      if (!bad) continue;
      const who = r.name ? `${r.kind === 'record' ? 'recording rule' : 'alert'} ${q(r.name)}` : `rule ${r.index + 1}`;
      out.push(exprFinding(m.src, r, bad.node.from, bad.node.to, `In ${who}, ${bad.message}.`));
    }
  }
  return out;
}

export function run(ctx: Context): Finding[] {
  const m = ctx.model;
  if (!m) return ctx.unavailable;
  return counterMisuses(ctx, m.rules);
}

export const definition: PromCheck['definition'] = {
  id: 'prom.counter-rate',
  title: 'Counters are read through rate() or increase()',
  why: 'A counter such as `model_requests_total` only ever goes up, and drops to zero when the process restarts. Its raw value is a total since some unknown start, so a threshold on it fires forever once crossed and resets on every deploy. rate() and increase() turn it into "per second" or "in the last hour" and correct for restarts; summing raw counters before taking the rate breaks that correction.',
  lesson: 'production-metrics',
  scope: 'general',
  hints: [
    'Find the metrics ending in `_total` (and the `_bucket`, `_count`, `_sum` series of a histogram) and see what surrounds them.',
    'Wrap each in rate(…[5m]) or increase(…[1h]) before comparing, dividing or summing.',
    'Rate first, then aggregate: `sum by (job) (rate(model_requests_total[5m]))`, not `rate(sum(…))`.',
  ],
};
