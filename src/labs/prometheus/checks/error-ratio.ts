// prom.error-ratio (lab): an alert on the share of requests that fail: the rate of model_errors_total divided
// by the rate of model_requests_total (which the lesson's server increments before anything can fail, so it
// counts failures too), over the same window, with both sides carrying the same labels so the division
// matches, compared with a fraction. Dividing by model_predictions_total (successes only) or by requests minus
// errors gives errors per success, which overstates the ratio and passes 1 when most requests fail.
import type { Finding } from '../../types';
import { alerts, callsOf, exprFinding, ruleFinding } from '../model';
import { allNodes, binaryOp, callArgs, exprKids, formatDuration, kid, rangeOf, textOf, unparen, type ParsedExpr, type PNode } from '../promql';
import { LAB, q, type Context, type PromCheck } from './common';
import { grouping } from './histogram-quantile';
import { isInside, missingFinding, partsOf, thresholdOf, usesMetric, type Part } from './lab';

function windows(p: ParsedExpr, side: PNode): number[] {
  const out: number[] = [];
  for (const c of callsOf(p, ['rate', 'irate', 'increase'])) {
    if (!isInside(c, side)) continue;
    const arg = unparen(callArgs(c)[0]);
    const r = arg && rangeOf(p, arg);
    if (r?.seconds !== undefined) out.push(r.seconds);
  }
  return out;
}

/** The labels a side of a division keeps, as far as its outermost aggregation says ('*' when not aggregated). */
function labelsKept(p: ParsedExpr, side: PNode): string {
  const n = unparen(side);
  if (n?.type === 'AggregateExpr') {
    const g = grouping(p, n);
    if (g.mode === 'by') return `by:${[...g.labels].sort().join(',')}`;
    if (g.mode === 'without') return `without:${[...g.labels].sort().join(',')}`;
    return 'by:';
  }
  return '*';
}

function describeKept(k: string): string {
  if (k === '*') return 'every label of its series';
  if (k === 'by:') return 'no label (a plain sum)';
  const [mode, labels] = k.split(':');
  return mode === 'by' ? `only ${labels.split(',').join(', ')}` : `all labels but ${labels.split(',').join(', ')}`;
}

function ratioProblems(ctx: Context, alertName: string, part: Part, div: PNode, scale: number, threshold: ReturnType<typeof thresholdOf>, alertPart: Part): Finding[] {
  const m = ctx.model!;
  const { p, rule } = part;
  const [num, den] = exprKids(div);
  const out: Finding[] = [];
  const inRule = rule.name !== alertName ? ` (recording rule ${q(rule.name)})` : '';
  if (!usesMetric(p, LAB.requests, den)) {
    const what = usesMetric(p, LAB.predictions, den)
      ? `${LAB.predictions}, which counts successful predictions only`
      : usesMetric(p, LAB.errors, den)
        ? 'a denominator that subtracts the errors'
        : textOf(p, den).trim().slice(0, 60);
    out.push(exprFinding(m.src, rule, den.from, den.to, `This lab asks for errors over all requests, and alert ${q(alertName)}${inRule} divides by ${what}: that is errors per success, which overstates the ratio (10 failures in 20 requests read as 1.0 instead of 0.5). Divide by rate(${LAB.requests}[…]): the server counts every request there, failed ones included.`));
    return out;
  }
  const wn = windows(p, num);
  const wd = windows(p, den);
  if (wn.length && wd.length && (new Set([...wn, ...wd]).size > 1)) {
    out.push(exprFinding(m.src, rule, div.from, div.to, `This lab asks for one window on both sides of the error ratio: in alert ${q(alertName)}${inRule} the errors are rated over ${[...new Set(wn)].map(formatDuration).join('/')} and the requests over ${[...new Set(wd)].map(formatDuration).join('/')}: a ratio of two different windows compares different stretches of time. Use the same window on both sides.`));
  }
  const kn = labelsKept(p, num);
  const kd = labelsKept(p, den);
  if (kn !== kd && !kid(div, 'MatchingModifierClause')) {
    out.push(exprFinding(m.src, rule, div.from, div.to, `In this lab's error ratio, alert ${q(alertName)}${inRule}, the errors keep ${describeKept(kn)} and the requests keep ${describeKept(kd)}: a division only pairs series with identical labels, so this one returns nothing and the alert can never fire. Aggregate both sides the same way, e.g. sum by (job) (…) / sum by (job) (…).`));
  }
  if (!threshold) {
    out.push(ruleFinding(m.src, alertPart.rule, `This lab asks alert ${q(alertName)} to fire when the error ratio passes a limit: compare it with a fraction, e.g. ${q('… > 0.05')} for 5 %.`));
  } else if (threshold.op !== 'Gtr' && threshold.op !== 'Gte') {
    out.push(exprFinding(m.src, alertPart.rule, threshold.node.from, threshold.node.to, `Alert ${q(alertName)} fires when the error ratio is low; this lab asks for an alert when it is too high: use ${q('>')}.`));
  } else if (threshold.value >= scale || threshold.value <= 0) {
    const pct = scale === 100 ? ' (the expression multiplies by 100, so percent)' : '';
    out.push(exprFinding(m.src, alertPart.rule, threshold.numberNode.from, threshold.numberNode.to, threshold.value <= 0
      ? `Alert ${q(alertName)} compares the error ratio with ${threshold.value}, so it fires whenever the server runs. This lab asks for the share of failures worth a page, e.g. 0.05.`
      : `This lab's error ratio lies between 0 and ${scale}${pct}, so ${q(`> ${textOf(alertPart.p, threshold.numberNode)}`)} in alert ${q(alertName)} can never be true. ${scale === 1 ? 'Write 5 % as 0.05.' : 'Pick a percentage below 100.'}`));
  }
  return out;
}

export function run(ctx: Context): Finding[] {
  const m = ctx.model;
  if (!m) return ctx.unavailable;
  const problems: Finding[] = [];
  let candidates = 0;
  for (const a of alerts(m)) {
    const parts = partsOf(m, a);
    if (!parts.length) continue;
    const divisions = parts.flatMap((part) =>
      allNodes(part.p.root)
        .filter((n) => n.type === 'BinaryExpr' && binaryOp(n)?.type === 'Div' && exprKids(n).length === 2 && usesMetric(part.p, LAB.errors, exprKids(n)[0]))
        .map((div) => ({ part, div })),
    );
    if (!divisions.length) continue;
    candidates++;
    const scale = parts.some((part) => allNodes(part.p.root).some((n) => n.type === 'BinaryExpr' && binaryOp(n)?.type === 'Mul' && exprKids(n).some((k) => k.type === 'NumberDurationLiteral' && Number(textOf(part.p, k)) === 100))) ? 100 : 1;
    const threshold = thresholdOf(parts[0].p);
    const each = divisions.map(({ part, div }) => ratioProblems(ctx, a.name, part, div, scale, threshold, parts[0]));
    if (each.some((f) => f.length === 0)) return [];
    problems.push(...each.sort((x, y) => x.length - y.length)[0]);
  }
  if (candidates === 0) {
    return [missingFinding(m, `This lab asks for an alert on the error ratio, and no alert divides ${LAB.errors} by anything: write sum(rate(${LAB.errors}[5m])) / sum(rate(${LAB.requests}[5m])) > 0.05, directly or through a recording rule.`)];
  }
  return problems;
}

export const definition: PromCheck['definition'] = {
  id: 'prom.error-ratio',
  title: 'An alert watches the error ratio',
  why: 'A count of errors grows with traffic, so a fixed threshold pages at peak hours and sleeps at night. The share of requests that fail does not: errors divided by all requests, where "all" includes the failed ones. Divide by successful predictions instead and the ratio is inflated; rate both sides over the same window and keep the same labels on both, or the division quietly returns nothing.',
  lesson: 'production-metrics',
  scope: 'lab',
  hints: [
    'Which alert divides `model_errors_total` by something, and what does the denominator count?',
    'The server increments `model_requests_total` for every request, before anything can fail: that is the denominator.',
    '`sum(rate(model_errors_total[5m])) / sum(rate(model_requests_total[5m])) > 0.05` fires above 5 % failures.',
  ],
};
