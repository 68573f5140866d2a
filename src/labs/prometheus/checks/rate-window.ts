// prom.rate-window (lab): every rate(), irate() and increase() looks back at least four scrape intervals. This
// lab assumes the model server is scraped every 15 s, so the shortest window is 1m. With fewer samples in the
// window, one missed or late scrape leaves rate() with a single sample and the series disappears (an alert
// flaps or goes quiet). The rule of thumb is the one behind Grafana's $__rate_interval (four scrape intervals).
import type { Finding } from '../../types';
import { callsOf, exprFinding, parsedExpr } from '../model';
import { callArgs, formatDuration, functionName, rangeOf, textOf, unparen } from '../promql';
import { LAB, q, type Context, type PromCheck } from './common';

const RATE_FUNCTIONS = ['rate', 'irate', 'increase'];
export const MIN_WINDOW_SECONDS = 4 * LAB.scrapeSeconds;

export function run(ctx: Context): Finding[] {
  const m = ctx.model;
  if (!m) return ctx.unavailable;
  const out: Finding[] = [];
  for (const r of m.rules) {
    const p = parsedExpr(r);
    if (!p || p.syntax || p.semantic.length) continue;
    for (const call of callsOf(p, RATE_FUNCTIONS)) {
      const arg = unparen(callArgs(call)[0]);
      if (!arg || (arg.type !== 'MatrixSelector' && arg.type !== 'SubqueryExpr')) continue;
      const range = rangeOf(p, arg);
      if (!range || range.seconds === undefined || range.seconds >= MIN_WINDOW_SECONDS) continue;
      const fn = functionName(p, call);
      const shown = textOf(p, range.node);
      const samples = Math.floor(range.seconds / LAB.scrapeSeconds);
      out.push(
        exprFinding(
          m.src,
          r,
          range.node.from,
          range.node.to,
          `This lab assumes the model server is scraped every ${LAB.scrapeSeconds}s, and ${fn}(…[${shown}]) looks back ${formatDuration(range.seconds)}: ${samples <= 1 ? `at most ${samples === 1 ? 'one sample' : 'no sample'}, and ${fn}() needs two` : `only ${samples} samples`}, so one late or failed scrape makes the series vanish and the alert flap. Use at least four scrape intervals: ${q(`[${formatDuration(MIN_WINDOW_SECONDS)}]`)} or, more usual, ${q('[5m]')}.`,
        ),
      );
    }
  }
  return out;
}

export const definition: PromCheck['definition'] = {
  id: 'prom.rate-window',
  title: 'Rate windows span at least four scrapes',
  why: 'rate() needs at least two samples inside its window, and real scrapes are late or fail now and then. A window of at least four scrape intervals keeps a result through one missed scrape, which is the rule Grafana applies for $__rate_interval. This lab assumes the model server is scraped every 15 s (the interval of Prometheus\'s example configuration; its built-in default is 1 m), so windows start at 1m.',
  lesson: 'production-metrics',
  scope: 'lab',
  hints: [
    'Look at the range in brackets inside each rate(), irate() and increase().',
    'With a 15 s scrape interval, four samples take 1m; 5m is the common choice for alerts.',
  ],
};
