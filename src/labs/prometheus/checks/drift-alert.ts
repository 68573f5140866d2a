// prom.drift-alert (lab): an alert on the drift score, the gauge model_feature_psi{feature="…"} (the Population
// Stability Index per feature, which the drift lab's report can be exported as), compared with the lesson's
// thresholds: a PSI from 0.1 to 0.25 is a moderate shift, above 0.25 a significant one. The PSI is already a
// score of the whole window, so it is compared directly (rate() of a gauge means nothing), per feature (a sum or
// an average over features is not a PSI, and the alert should say which feature moved).
import type { Finding } from '../../types';
import { alerts, exprFinding, ruleFinding, selectorsOf } from '../model';
import { aggregateOp, functionName, type PNode } from '../promql';
import { LAB, q, type Context, type PromCheck } from './common';
import { grouping } from './histogram-quantile';
import { missingFinding, partsOf, thresholdOf } from './lab';

export const PSI_MIN = 0.1;
export const PSI_MAX = 0.25;

export function run(ctx: Context): Finding[] {
  const m = ctx.model;
  if (!m) return ctx.unavailable;
  const problems: Finding[] = [];
  let candidates = 0;
  for (const a of alerts(m)) {
    const parts = partsOf(m, a);
    const uses = parts.flatMap((part) => selectorsOf(part.p).filter((s) => s.name === LAB.psi).map((s) => ({ part, s })));
    if (!uses.length) continue;
    candidates++;
    const mine: Finding[] = [];
    for (const { part, s } of uses) {
      for (let c: PNode | undefined = s.node.parent; c && c.type !== 'PromQL'; c = c.parent) {
        if (c.type === 'FunctionCall' && ['rate', 'irate', 'increase', 'delta', 'deriv', 'idelta'].includes(functionName(part.p, c))) {
          mine.push(exprFinding(m.src, part.rule, c.from, c.to, `This lab's drift score ${LAB.psi} is a gauge that already scores a whole comparison window, and ${functionName(part.p, c)}() of it in alert ${q(a.name)} measures how fast the score changes, not how large it is. Compare it directly: ${LAB.psi} > ${PSI_MAX}.`));
          break;
        }
        if (c.type === 'AggregateExpr') {
          const op = aggregateOp(part.p, c);
          const g = grouping(part.p, c);
          const keepsFeature = g.mode === 'by' ? g.labels.includes('feature') : g.mode === 'without' ? !g.labels.includes('feature') : false;
          if (op === 'sum' || op === 'avg') {
            mine.push(exprFinding(m.src, part.rule, c.from, c.to, `This lab asks for the drift score of each feature, and ${op}() over ${LAB.psi} in alert ${q(a.name)} ${op === 'sum' ? 'adds the scores of different features, which grows with the number of features and is no PSI' : 'averages the features, so one feature that drifts hard is diluted by the stable ones'}. Compare each feature's PSI on its own (max by (feature) is fine).`));
            break;
          }
          if (!keepsFeature) {
            mine.push(exprFinding(m.src, part.rule, c.from, c.to, `${op}() in alert ${q(a.name)} drops the ${q('feature')} label, so the alert cannot say which feature drifted. This lab asks to keep it: ${op} by (feature) (${LAB.psi}).`));
            break;
          }
        }
      }
    }
    const t = thresholdOf(parts[0].p);
    if (!t) mine.push(ruleFinding(m.src, a, `Alert ${q(a.name)} reads the drift score without a threshold, so it fires for every feature all the time. This lab asks to compare it with the lesson's limits: ${q(`> ${PSI_MAX}`)} for a significant shift (or from ${PSI_MIN} for a moderate one).`));
    else if (t.op !== 'Gtr' && t.op !== 'Gte') mine.push(exprFinding(m.src, a, t.node.from, t.node.to, `Alert ${q(a.name)} fires when the drift score is low; this lab asks for an alert when a feature drifts: use ${q('>')}.`));
    else if (t.value < PSI_MIN || t.value > PSI_MAX) {
      mine.push(exprFinding(m.src, a, t.numberNode.from, t.numberNode.to, t.value < PSI_MIN
        ? `This lab follows the lesson's rule of thumb, where a PSI below ${PSI_MIN} means a stable feature, so alert ${q(a.name)} with ${t.value} would fire on noise. Use a threshold from ${PSI_MIN} (moderate shift) to ${PSI_MAX} (significant).`
        : `Alert ${q(a.name)} waits for a PSI above ${t.value}, while this lab (following the lesson) already calls anything above ${PSI_MAX} a significant shift: by then the model has been wrong for a while. Use a threshold from ${PSI_MIN} to ${PSI_MAX}.`));
    }
    if (!mine.length) return [];
    problems.push(...mine);
  }
  if (!candidates) {
    return [missingFinding(m, `This lab asks for a drift alert, and no alert reads the drift score ${LAB.psi}: add one such as max by (feature) (${LAB.psi}) > ${PSI_MAX}, with ${q('for:')} long enough for the score to be confirmed.`)];
  }
  return problems;
}

export const definition: PromCheck['definition'] = {
  id: 'prom.drift-alert',
  title: 'An alert fires on feature drift',
  why: 'Latency and errors say the server is healthy; they say nothing about whether the model still sees the data it was trained on. A drift score per feature, such as the Population Stability Index exported as `model_feature_psi{feature="…"}`, turns that into a number Prometheus can alert on, and the lesson gives its thresholds: 0.1 to 0.25 is a moderate shift, above 0.25 a significant one.',
  lesson: 'model-drift',
  scope: 'lab',
  hints: [
    'Is there an alert that reads `model_feature_psi`?',
    'Compare the gauge directly, per feature: `max by (feature) (model_feature_psi) > 0.25`.',
  ],
};
