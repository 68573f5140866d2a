// Ours against the floor (issue 18): pure arithmetic for scripts/bench.mjs, unit-tested in test/unit/benchRatios.test.ts.
// A pairing is measured in rounds; each round times ours and the floor in turn, sample by sample, in the same
// window, so a busy spell of a shared 2-core machine weighs on both sides of a round's ratio alike.

/** Median, min, max and count of the finite numbers in `samples`; null when there are none. */
export function stats(samples) {
  const s = samples.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], runs: s.length };
}

/** One round's ratio: the median of ours over the median of the floor; null when either is missing or the floor is not above 0. */
export function roundRatio(round) {
  const ours = stats(round.ours ?? []);
  const floor = stats(round.floor ?? []);
  if (!ours || !floor || !(floor.median > 0)) return null;
  return ours.median / floor.median;
}

/**
 * The verdict of one pairing: ours and the floor over all rounds (absolute, for information), the ratio as median,
 * min and max over the rounds' ratios, and PASS when the median ratio is at most `target` (n/a without a ratio;
 * 'info' for a pairing measured without a target).
 */
export function verdict({ rounds, target }) {
  const ratios = rounds.map(roundRatio).filter((r) => r !== null);
  const ratio = stats(ratios);
  return {
    ours: stats(rounds.flatMap((r) => r.ours ?? [])),
    floor: stats(rounds.flatMap((r) => r.floor ?? [])),
    ratio,
    target,
    result: ratio === null ? 'n/a' : target == null ? 'info' : ratio.median <= target ? 'PASS' : 'FAIL',
  };
}

const ms = (x) => (x == null ? '—' : x < 100 ? `${x.toFixed(1)} ms` : `${x.toFixed(0)} ms`);
export const times = (x) => (x == null ? '—' : `${x.toFixed(2)}×`);

/** The ratio table as markdown: one row per pairing, `{ action, floorLabel, target, rounds, note? }`. */
export function ratioTable(pairs) {
  const out = ['| Action | Ours (median) | Floor (median) | Ratio median (min–max, rounds) | Target | Result | Floor is | Notes |', '|---|---|---|---|---|---|---|---|'];
  for (const p of pairs) {
    const v = verdict(p);
    const r = v.ratio ? `${times(v.ratio.median)} (${times(v.ratio.min)}–${times(v.ratio.max)}, ${v.ratio.runs})` : '—';
    const esc = (s) => String(s ?? '').replace(/\|/g, '\\|');
    out.push(`| ${esc(p.action)} | ${ms(v.ours?.median)} | ${ms(v.floor?.median)} | ${r} | ${p.target == null ? '—' : `≤ ${times(p.target)}`} | ${v.result} | ${esc(p.floorLabel)} | ${esc(p.note)} |`);
  }
  return out.join('\n');
}
