// prom.absent-alert (lab): an alert that fires when the model server's metrics stop arriving: absent() or
// absent_over_time() on `up{job="model-server"}` or one of the server's own metrics. `up == 0` alone is not
// enough: when the target disappears from service discovery (the pod is gone, the job is renamed) there is no
// `up` series left to be 0, and every other alert on the server's metrics silently stops evaluating to anything.
import type { Finding } from '../../types';
import { alerts, callsOf, exprFinding, selectorsOf } from '../model';
import { allNodes, callArgs } from '../promql';
import { LAB, q, SERVER_METRICS, type Context, type PromCheck } from './common';
import { missingFinding, partsOf } from './lab';

export function run(ctx: Context): Finding[] {
  const m = ctx.model;
  if (!m) return ctx.unavailable;
  const problems: Finding[] = [];
  let upOnly: { name: string } | undefined;
  for (const a of alerts(m)) {
    for (const part of partsOf(m, a)) {
      const calls = callsOf(part.p, ['absent', 'absent_over_time']);
      for (const call of calls) {
        const arg = callArgs(call)[0];
        if (!arg) continue;
        const inside = new Set(allNodes(arg));
        const sels = selectorsOf(part.p).filter((s) => inside.has(s.node));
        const watched = sels.find((s) => SERVER_METRICS.includes(s.name) || (s.name === 'up' && s.matchers.some((mm) => mm.label === 'job' && mm.op === '=' && mm.value === LAB.job)));
        if (watched) return [];
        const up = sels.find((s) => s.name === 'up');
        problems.push(
          exprFinding(
            m.src,
            part.rule,
            arg.from,
            arg.to,
            up
              ? `This lab asks to watch the model server, and absent() in alert ${q(a.name)} watches ${q('up')} without ${q(`job="${LAB.job}"`)}: it fires only when no target of any job is left. Select the model server: absent(up{job="${LAB.job}"}).`
              : `This lab asks for an alert when the model server's metrics stop arriving, and absent() in alert ${q(a.name)} watches ${sels.map((s) => s.name || '{…}').join(', ') || 'no metric'}, which the model server does not export. Watch up{job="${LAB.job}"} or one of its metrics, e.g. ${LAB.requests}.`,
          ),
        );
      }
      if (!calls.length && selectorsOf(part.p).some((s) => s.name === 'up')) upOnly = { name: a.name };
    }
  }
  if (problems.length) return problems;
  return [
    missingFinding(
      m,
      upOnly
        ? `This lab asks for an alert when the model server's metrics stop arriving. Alert ${q(upOnly.name)} checks ${q('up')}, which only helps while Prometheus still has the target: when it vanishes from service discovery there is no series left to compare. Add an alert on absent(up{job="${LAB.job}"}) (or absent_over_time(${LAB.requests}[10m])).`
        : `This lab asks for an alert when the model server's metrics stop arriving, and no alert uses absent(): add one on absent(up{job="${LAB.job}"}) or absent_over_time(${LAB.requests}[10m]).`,
    ),
  ];
}

export const definition: PromCheck['definition'] = {
  id: 'prom.absent-alert',
  title: 'An alert fires when metrics stop arriving',
  why: 'Every other alert compares a series with a threshold, and a series that is gone compares with nothing: if the model server stops being scraped, the latency and error alerts go quiet exactly when things are worst. absent() returns a series when its selector matches none, so an alert on it fires when the data is missing. `up == 0` catches a target that fails to answer, not one that has vanished.',
  lesson: 'production-metrics',
  scope: 'lab',
  hints: [
    'Which alert would fire if the model server disappeared from Prometheus entirely?',
    'absent(up{job="model-server"}) returns 1 when there is no such series; put it in an alert with `for: 5m`.',
  ],
};
