// prom.latency-alert (lab): an alert on the model server's p95 latency, computed from its histogram
// (model_request_latency_seconds_bucket) with histogram_quantile(0.95, …), directly or through a recording
// rule, compared with a threshold in seconds that the histogram can reach (prometheus_client's default buckets
// end at 10 s, and histogram_quantile never returns more than the largest finite bucket bound).
import type { Finding } from '../../types';
import { alerts, callsOf, exprFinding, nodeFinding, records, ruleFinding, selectorsOf } from '../model';
import { callArgs, textOf, unparen } from '../promql';
import { LAB, q, type Context, type PromCheck } from './common';
import { isInside, partsOf, thresholdOf, type Part } from './lab';

const BUCKET = `${LAB.latencyHistogram}_bucket`;

/** histogram_quantile calls over the lab's latency buckets in a rule's expression. */
function latencyQuantiles(part: Part) {
  return callsOf(part.p, ['histogram_quantile']).filter((c) => {
    const h = callArgs(c)[1];
    return !!h && selectorsOf(part.p).some((s) => s.name === BUCKET && isInside(s.node, h));
  });
}

export function run(ctx: Context): Finding[] {
  const m = ctx.model;
  if (!m) return ctx.unavailable;
  const problems: Finding[] = [];
  let candidates = 0;
  for (const a of alerts(m)) {
    const parts = partsOf(m, a);
    const hits = parts.flatMap((part) => latencyQuantiles(part).map((call) => ({ part, call })));
    if (!hits.length) continue;
    candidates++;
    const mine: Finding[] = [];
    const good = hits.find(({ part, call }) => unparen(callArgs(call)[0])?.type === 'NumberDurationLiteral' && Number(textOf(part.p, unparen(callArgs(call)[0])!)) === 0.95);
    if (!good) {
      const { part, call } = hits[0];
      const phi = callArgs(call)[0];
      const v = phi ? textOf(part.p, phi).trim() : '?';
      const word = v === '0.5' ? 'the median (p50)' : v === '0.99' ? 'p99' : v === '0.9' ? 'p90' : `the ${v} quantile`;
      mine.push(exprFinding(m.src, part.rule, (phi ?? call).from, (phi ?? call).to, `This lab asks for an alert on the p95 latency, and alert ${q(a.name)} uses ${word}${part.rule !== a ? ` (in recording rule ${q(part.rule.name)})` : ''}. Write histogram_quantile(0.95, …): p95 is the time 95 % of requests beat, so it shows the slow tail a median hides.`));
    }
    const root = parts[0];
    const t = thresholdOf(root.p);
    if (!t) {
      mine.push(ruleFinding(m.src, a, `This lab asks alert ${q(a.name)} to fire when the p95 latency exceeds a limit: compare it with a number of seconds, e.g. ${q('… > 0.5')} for 500 ms.`));
    } else if (t.op !== 'Gtr' && t.op !== 'Gte') {
      mine.push(exprFinding(m.src, a, t.node.from, t.node.to, `Alert ${q(a.name)} fires when the p95 latency is ${t.op === 'Lss' || t.op === 'Lte' ? 'below' : 'equal to'} ${t.value}; this lab asks for an alert when it is too high: use ${q('>')}.`));
    } else if (t.value >= LAB.largestDefaultBucket) {
      mine.push(exprFinding(m.src, a, t.numberNode.from, t.numberNode.to, `Alert ${q(a.name)} waits for a p95 above ${t.value} s, which it can never report: this lab's model server histogram uses prometheus_client's default buckets, the largest finite one ends at ${LAB.largestDefaultBucket} s, and histogram_quantile() returns at most that bound. The unit is seconds: 500 ms is 0.5.`));
    } else if (t.value <= 0) {
      mine.push(exprFinding(m.src, a, t.numberNode.from, t.numberNode.to, `Alert ${q(a.name)} compares the p95 latency with ${t.value}, which every request exceeds, so it always fires. This lab asks for the latency users notice, in seconds (e.g. 0.5).`));
    }
    if (!mine.length) return [];
    problems.push(...mine);
  }
  if (candidates === 0) {
    const rec = records(m).find((r) => partsOf(m, r).some((part) => latencyQuantiles(part).length > 0));
    const where = m.groupsPair?.key;
    const message = rec
      ? `This lab asks for an alert on the p95 latency: recording rule ${q(rec.name)} computes it, but no alert reads it. Add an alert whose expr is ${q(`${rec.name} > 0.5`)}.`
      : `This lab asks for an alert on the model server's p95 latency, and no alert computes it: use histogram_quantile(0.95, sum by (le) (rate(${BUCKET}[5m]))) > 0.5, directly or through a recording rule.`;
    return [rec ? ruleFinding(m.src, rec, message) : where ? nodeFinding(m.src, where, message) : m.src.finding(0, 0, message)];
  }
  return problems;
}

export const definition: PromCheck['definition'] = {
  id: 'prom.latency-alert',
  title: 'An alert watches the p95 latency',
  why: 'Users feel the slow requests, not the average: the p95 is the latency 95 % of requests beat, so it shows the tail that a mean or a median hides. Prometheus computes it from the model server\'s histogram with histogram_quantile(0.95, …), and the alert needs a threshold in seconds the histogram can actually report.',
  lesson: 'production-metrics',
  scope: 'lab',
  hints: [
    'Which alert (or recording rule) reads `model_request_latency_seconds_bucket`, and which quantile does it ask for?',
    'p95 is 0.95. Compare the result with a number of seconds: `> 0.5` is 500 ms.',
    'The whole expression: `histogram_quantile(0.95, sum by (le) (rate(model_request_latency_seconds_bucket[5m]))) > 0.5`.',
  ],
};
