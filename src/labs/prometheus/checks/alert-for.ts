// prom.alert-for (lab): every alert waits at least 2 minutes (`for: 2m` or longer) before it fires. Without
// `for`, an alert fires on the first evaluation where its condition holds, so a single slow scrape or a short
// burst pages someone. Leaving out `for` is not wrong in general (an alert on an event that must page at once,
// or a Watchdog that always fires, has none); this lab asks for it on every alert it writes.
import type { Finding } from '../../types';
import { alerts, nodeFinding, ruleFinding, scalarString } from '../model';
import { formatDuration } from '../promql';
import { LAB, q, type Context, type PromCheck } from './common';
import { promDurationSeconds } from './rule-file';

export function run(ctx: Context): Finding[] {
  const m = ctx.model;
  if (!m) return ctx.unavailable;
  const out: Finding[] = [];
  const min = formatDuration(LAB.minForSeconds);
  for (const a of alerts(m)) {
    if (!a.forPair) {
      out.push(ruleFinding(m.src, a, `This lab asks every alert to hold for at least ${min} before firing, and alert ${q(a.name)} has no ${q('for:')}: it fires on the first evaluation where its condition is true, so one bad scrape can page someone. Add e.g. ${q('for: 5m')}.`));
      continue;
    }
    const raw = scalarString(a.forPair.value);
    const s = raw === undefined ? 0 : promDurationSeconds(raw);
    if (s === undefined) continue; // not a duration: prom.rule-file reports it
    if (s < LAB.minForSeconds) {
      out.push(nodeFinding(m.src, a.forPair.value ?? a.forPair.key, `This lab asks every alert to hold for at least ${min}, and alert ${q(a.name)} waits ${raw ?? '0s'}: a condition that lasts ${s === 0 ? 'a single evaluation' : `only ${raw}`} is more often a blip than an incident. Use ${q(`for: ${min}`)} or longer (5m is common).`));
    }
  }
  return out;
}

export const definition: PromCheck['definition'] = {
  id: 'prom.alert-for',
  title: 'Alerts wait before they fire',
  why: '`for:` keeps an alert pending until its condition has held for that long, so a single slow scrape, a deploy or a short burst does not page anyone, and the alert does not flap between firing and resolved. Some alerts rightly have no `for` (events that must page at once); this lab asks every alert for at least 2 minutes.',
  lesson: 'production-metrics',
  scope: 'lab',
  hints: [
    'Which alerts have no `for:` line, or a very short one?',
    'Add `for: 5m` under the `expr:` of each alert (at least 2m).',
  ],
};
