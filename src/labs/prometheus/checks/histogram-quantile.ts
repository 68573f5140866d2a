// prom.histogram-quantile (general): histogram_quantile() over a classic histogram (`_bucket` series) needs
// the `le` label of every bucket and per-second rates of the buckets. An aggregation that drops `le`
// (`sum(…)`, `sum by (job) (…)`) leaves nothing to interpolate, so the result is empty; raw bucket counters give
// the quantile over the whole life of the process, not over the last minutes. φ must lie between 0 and 1.
import type { Finding } from '../../types';
import { callsOf, exprFinding, parsedExpr } from '../model';
import { aggregateOp, allNodes, callArgs, functionName, kid, selectorOf, textOf, type ParsedExpr, type PNode } from '../promql';
import { q, type Context, type PromCheck } from './common';

const RATE_LIKE = new Set(['rate', 'irate', 'increase']);

/** Grouping labels of an AggregateExpr: mode and names (undefined mode when there is no by/without). */
export function grouping(p: ParsedExpr, agg: PNode): { mode?: 'by' | 'without'; labels: string[] } {
  const mod = kid(agg, 'AggregateModifier');
  if (!mod) return { labels: [] };
  const mode = kid(mod, 'By') ? 'by' : 'without';
  const labels = (kid(mod, 'GroupingLabels')?.kids ?? []).filter((k) => k.type === 'LabelName' || k.type === 'QuotedLabelName').map((k) => textOf(p, k).replace(/^"|"$/g, ''));
  return { mode, labels };
}

/** The nodes between `n` (exclusive) and `top` (exclusive), innermost first. */
function pathUp(n: PNode, top: PNode): PNode[] {
  const out: PNode[] = [];
  for (let c = n.parent; c && c !== top; c = c.parent) out.push(c);
  return out;
}

export function run(ctx: Context): Finding[] {
  const m = ctx.model;
  if (!m) return ctx.unavailable;
  const out: Finding[] = [];
  for (const r of m.rules) {
    const p = parsedExpr(r);
    if (!p || p.syntax || p.semantic.length) continue;
    const who = r.name ? `${r.kind === 'record' ? 'recording rule' : 'alert'} ${q(r.name)}` : `rule ${r.index + 1}`;
    for (const call of callsOf(p, ['histogram_quantile'])) {
      const [phi, hist] = callArgs(call);
      if (phi?.type === 'NumberDurationLiteral') {
        const v = Number(textOf(p, phi));
        if (Number.isFinite(v) && (v < 0 || v > 1)) {
          out.push(exprFinding(m.src, r, phi.from, phi.to, `In ${who}, histogram_quantile(${textOf(p, phi)}, …) asks for a quantile outside 0..1, so it returns ${v > 1 ? '+Inf' : '-Inf'} for every series. Quantiles are fractions: p95 is 0.95, not 95.`));
        }
      }
      if (!hist) continue;
      for (const selNode of allNodes(hist).filter((n) => n.type === 'VectorSelector')) {
        const sel = selectorOf(p, selNode);
        if (!sel.name.endsWith('_bucket') || sel.name.includes(':')) continue;
        const path = pathUp(selNode, call);
        const rated = path.some((n) => n.type === 'FunctionCall' && RATE_LIKE.has(functionName(p, n)));
        if (!rated) {
          out.push(exprFinding(m.src, r, selNode.from, selNode.to, `In ${who}, histogram_quantile() reads the raw bucket counters of ${sel.name}, which count every request since the process started: the quantile describes the whole uptime and hardly moves when latency changes now. Give it per-second rates: rate(${sel.name}[5m]).`));
          continue;
        }
        for (const agg of path.filter((n) => n.type === 'AggregateExpr')) {
          const g = grouping(p, agg);
          const op = aggregateOp(p, agg);
          const drops = g.mode === 'by' ? !g.labels.includes('le') : g.mode === 'without' ? g.labels.includes('le') : true;
          if (!drops) continue;
          const how = g.mode === 'by' ? `${op} by (${g.labels.join(', ')})` : g.mode === 'without' ? `${op} without (${g.labels.join(', ')})` : `${op}(…) without by`;
          const keep = g.mode === 'by' ? `${op} by (${[...g.labels, 'le'].join(', ')})` : g.mode === 'without' ? `${op} without (${g.labels.filter((l) => l !== 'le').join(', ')})` : `${op} by (le)`;
          out.push(exprFinding(m.src, r, agg.from, agg.to, `In ${who}, ${how} drops the ${q('le')} label that tells the buckets of ${sel.name} apart, so histogram_quantile() has no buckets to read and returns nothing: the rule never produces a value. Keep ${q('le')}: ${keep} (…).`));
          break;
        }
      }
    }
  }
  return out;
}

export const definition: PromCheck['definition'] = {
  id: 'prom.histogram-quantile',
  title: 'Quantiles come from rated buckets that keep le',
  why: 'A Prometheus histogram is a set of cumulative counters, one per bucket, told apart by the `le` label. histogram_quantile() interpolates between those buckets, so an aggregation must keep `le` (`sum by (le)`, or `by (job, le)` to keep a label), and the buckets must be rates over a window, or the quantile covers every request since the process started. A mistake here does not raise an error: the alert simply never fires.',
  lesson: 'production-metrics',
  scope: 'general',
  hints: [
    'Look at what sits between histogram_quantile( and the `_bucket` selector.',
    'The usual shape is `histogram_quantile(0.95, sum by (le) (rate(…_bucket[5m])))`: rate first, then sum while keeping `le`.',
  ],
};
