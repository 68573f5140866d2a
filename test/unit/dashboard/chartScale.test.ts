import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { countAxis, DAY_MS, dayAxis, labelEvery, localNoon, MAX_COUNT, MAX_LABELS, toPixels } from '../../../src/webview/charts/scale';

/** Runs `fn` with the process in time zone `tz` (Node re-reads TZ when it changes). */
function inZone<T>(tz: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

const at = (iso: string) => new Date(iso).getTime();

describe('dashboard charts: axes (the SVG charts that replaced uPlot)', () => {
  it('one attempt, or several on one day, gives one labelled day with a day of room either side', () => {
    inZone('UTC', () => {
      const one = dayAxis([at('2026-12-03T14:05:00Z')], 8);
      assert.deepEqual(one.ticks, [at('2026-12-03T12:00:00Z')]);
      assert.equal(one.from, at('2026-12-02T12:00:00Z'));
      assert.equal(one.to, at('2026-12-04T12:00:00Z'));
      const sameDay = dayAxis([at('2026-12-03T09:00:00Z'), at('2026-12-03T09:04:00Z'), at('2026-12-03T23:59:00Z')], 8);
      assert.deepEqual(sameDay.ticks, one.ticks);
    });
  });

  it('labels every day when they fit, then every 2 days, a week, two weeks, a month', () => {
    inZone('UTC', () => {
      const days = (n: number) => [at('2026-01-01T10:00:00Z'), at('2026-01-01T10:00:00Z') + (n - 1) * DAY_MS];
      const step = (ticks: number[]) => (ticks.length > 1 ? (ticks[1] - ticks[0]) / DAY_MS : 0);
      assert.equal(dayAxis(days(10), 10).ticks.length, 10);
      assert.equal(step(dayAxis(days(10), 10).ticks), 1);
      assert.equal(step(dayAxis(days(10), 5).ticks), 2);
      assert.equal(step(dayAxis(days(10), 4).ticks), 7);
      assert.equal(step(dayAxis(days(60), 8).ticks), 14);
      assert.equal(step(dayAxis(days(200), 8).ticks), 30);
    });
  });

  it('keeps the labels at noon across a change to summer time', () => {
    inZone('Europe/Berlin', () => {
      // Clocks went forward in Berlin on 29 March 2026 (and the zone is in effect: 08:00 UTC is 09:00 there).
      assert.equal(new Date(at('2026-03-25T08:00:00Z')).getHours(), 9);
      const axis = dayAxis([at('2026-03-25T08:00:00Z'), at('2026-04-02T20:00:00Z')], 20);
      assert.equal(axis.ticks.length, 9);
      for (const t of axis.ticks) assert.equal(new Date(t).getHours(), 12, new Date(t).toString());
    });
  });

  it('a label count of 0, a negative one or NaN still labels the first day', () => {
    for (const n of [0, -3, Number.NaN, 0.4]) assert.equal(dayAxis([Date.now()], n).ticks.length, 1, String(n));
  });

  it('a chart that says it is enormous still gets at most MAX_LABELS labels (found by the fuzzer: a count axis of 1e12 marks ran out of memory)', () => {
    const years = [at('2000-01-01T00:00:00Z'), at('2030-01-01T00:00:00Z')];
    assert.ok(dayAxis(years, 1e9).ticks.length <= MAX_LABELS);
    const huge = countAxis(1e300, 1e9);
    assert.ok(huge.ticks.length <= MAX_LABELS + 1);
    assert.ok(huge.ticks.every(Number.isFinite));
    assert.ok(huge.top >= MAX_COUNT);
  });

  it('any attempts: labels in order, at local noon, inside the axis, no more than asked, the first day first', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: at('2020-01-01T00:00:00Z'), max: at('2030-01-01T00:00:00Z') }), { minLength: 1, maxLength: 40 }),
      fc.integer({ min: 1, max: 14 }),
      (times, maxTicks) => {
        const axis = dayAxis(times, maxTicks);
        assert.ok(axis.ticks.length >= 1 && axis.ticks.length <= maxTicks);
        assert.equal(axis.ticks[0], localNoon(Math.min(...times)));
        for (let i = 1; i < axis.ticks.length; i++) assert.ok(axis.ticks[i] > axis.ticks[i - 1]);
        for (const t of axis.ticks) {
          assert.equal(new Date(t).getHours(), 12);
          assert.ok(t > axis.from && t < axis.to);
        }
        for (const t of times) assert.ok(t > axis.from && t < axis.to, 'every attempt is inside the axis');
      },
    ), { seed: 20261201, numRuns: 300 });
  });

  it('a count axis starts at 0 and steps by 1, 2 or 5 times a power of ten up to at least the largest count', () => {
    assert.deepEqual(countAxis(0), { top: 1, ticks: [0, 1] });
    assert.deepEqual(countAxis(3, 4), { top: 3, ticks: [0, 1, 2, 3] });
    assert.deepEqual(countAxis(7, 4), { top: 8, ticks: [0, 2, 4, 6, 8] });
    assert.deepEqual(countAxis(37, 4), { top: 40, ticks: [0, 10, 20, 30, 40] });
    assert.deepEqual(countAxis(Number.NaN), { top: 1, ticks: [0, 1] });
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 8 }), (max, maxTicks) => {
      const { top, ticks } = countAxis(max, maxTicks);
      assert.ok(top >= max && top >= 1);
      assert.ok(ticks.length - 1 <= maxTicks);
      assert.equal(ticks[0], 0);
      assert.equal(ticks[ticks.length - 1], top);
      const step = ticks[1];
      assert.match(String(step), /^[125]0*$/);
    }), { seed: 20261201, numRuns: 300 });
  });

  it('labels every bar, every second or every seventh, whichever first leaves room for a label', () => {
    assert.equal(labelEvery(60, 56), 1);
    assert.equal(labelEvery(30, 56), 2);
    assert.equal(labelEvery(10, 56), 7);
    assert.equal(labelEvery(2, 56), 7);
  });

  it('maps values to pixels, a y axis upside down, and clamps what falls outside', () => {
    assert.equal(toPixels(50, 0, 100, 0, 200), 100);
    assert.equal(toPixels(100, 0, 100, 196, 10), 10);
    assert.equal(toPixels(0, 0, 100, 196, 10), 196);
    assert.equal(toPixels(150, 0, 100, 0, 200), 200);
    assert.equal(toPixels(-5, 0, 100, 0, 200), 0);
    assert.equal(toPixels(7, 3, 3, 0, 200), 100);
  });
});
