// Axes of the dashboard's two charts, as plain numbers (no DOM): which days a time axis labels, which counts a
// count axis marks, and where a value lands in pixels. The SVG is drawn from these in ./svgChart.ts.

export const DAY_MS = 86_400_000;

/** Local noon of the day that holds `ms`: a day's label sits there, so the day's points sit around it. */
export function localNoon(ms: number): number {
  const d = new Date(ms);
  d.setHours(12, 0, 0, 0);
  return d.getTime();
}

/** The most labels an axis gets, however wide the chart says it is. */
export const MAX_LABELS = 100;

/** A count of labels: a whole number from 1 (a chart too narrow for any still labels one) to MAX_LABELS. */
const labelLimit = (n: number) => (Number.isFinite(n) ? Math.min(MAX_LABELS, Math.max(1, Math.floor(n))) : 1);

/** Steps between labelled days, fewest first: a day, two, a week, two weeks, a month, a quarter, a year. */
const DAY_STEPS = [1, 2, 7, 14, 30, 91, 365];

export interface TimeAxis {
  /** Left and right ends in ms: a day before the first day's noon, a day after the last day's. */
  from: number;
  to: number;
  /** Local noons to label, at most `maxTicks` of them (and MAX_LABELS), the first day always among them. */
  ticks: number[];
}

/**
 * The time axis for points at `times` (ms, at least one): from a day before the first point's day to a day after
 * the last one's, labelled on whole days so attempts minutes apart still read as dates. The step is the smallest
 * of DAY_STEPS that keeps the labels within `maxTicks`.
 */
export function dayAxis(times: readonly number[], maxTicks: number): TimeAxis {
  const finite = times.filter(Number.isFinite);
  const first = localNoon(finite.length ? Math.min(...finite) : 0);
  const last = localNoon(finite.length ? Math.max(...finite) : 0);
  const days = Math.round((last - first) / DAY_MS) + 1;
  const limit = labelLimit(maxTicks);
  const step = DAY_STEPS.find((s) => Math.ceil(days / s) <= limit) ?? Math.ceil(days / limit);
  const ticks: number[] = [];
  // Stepping by calendar days keeps every tick at noon across a change to or from summer time.
  for (const d = new Date(first); d.getTime() <= last && ticks.length < limit; d.setDate(d.getDate() + step)) ticks.push(d.getTime());
  return { from: first - DAY_MS, to: last + DAY_MS, ticks };
}

export interface CountAxis {
  /** The axis's top value, a whole number of steps at or above the largest count (at least one step). */
  top: number;
  /** 0, step, 2 × step, … top. */
  ticks: number[];
}

/** The largest count an axis is drawn for; a larger one is drawn as this (no review deck holds more). */
export const MAX_COUNT = 1e12;

/** A count axis from 0 for counts up to `max`: steps of 1, 2 or 5 times a power of ten, at most `maxTicks` + 1 marks. */
export function countAxis(max: number, maxTicks = 5): CountAxis {
  const m = Number.isFinite(max) && max > 0 ? Math.min(max, MAX_COUNT) : 1;
  const limit = labelLimit(maxTicks);
  let step = 1;
  for (let p = 1; ; p *= 10) {
    const found = [1, 2, 5].map((k) => k * p).find((s) => Math.ceil(m / s) <= limit);
    if (found) {
      step = found;
      break;
    }
  }
  const steps = Math.max(1, Math.ceil(m / step));
  return { top: steps * step, ticks: Array.from({ length: steps + 1 }, (_, i) => i * step) };
}

/** Every how many bars a label fits: each label needs `labelPx`, each bar has `barPx` (1, 2 or 7, as a week). */
export function labelEvery(barPx: number, labelPx: number): number {
  return [1, 2, 7].find((k) => k * barPx >= labelPx) ?? 7;
}

/** `v` from the domain [d0, d1] to pixels [r0, r1], clamped to the range (a flat domain maps to its middle). */
export function toPixels(v: number, d0: number, d1: number, r0: number, r1: number): number {
  if (d1 === d0) return (r0 + r1) / 2;
  const t = Math.min(1, Math.max(0, (v - d0) / (d1 - d0)));
  return r0 + t * (r1 - r0);
}
