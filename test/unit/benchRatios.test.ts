import * as assert from 'node:assert/strict';
import { ratioTable, roundRatio, stats, verdict } from '../../scripts/lib/ratios.mjs';

describe('bench ratios against the floor (scripts/lib/ratios.mjs)', () => {
  it('takes the median of odd and even counts, with min, max and runs, ignoring what is not a finite number', () => {
    assert.deepEqual(stats([5, 1, 3]), { median: 3, min: 1, max: 5, runs: 3 });
    assert.deepEqual(stats([4, 1, 3, 10]), { median: 3.5, min: 1, max: 10, runs: 4 });
    assert.deepEqual(stats([2, NaN, null, Infinity, '7', 6]), { median: 4, min: 2, max: 6, runs: 2 });
    assert.equal(stats([]), null);
  });

  it('a round\'s ratio is the median of ours over the median of the floor, and none without a floor above zero', () => {
    assert.equal(roundRatio({ ours: [30, 10, 20], floor: [10, 5, 40] }), 2);
    assert.equal(roundRatio({ ours: [3], floor: [0] }), null);
    assert.equal(roundRatio({ ours: [3], floor: [] }), null);
    assert.equal(roundRatio({ ours: [], floor: [1] }), null);
  });

  it('passes when the median ratio over rounds is at most the target, and reports min and max of the rounds', () => {
    const rounds = [{ ours: [12], floor: [10] }, { ours: [30], floor: [10] }, { ours: [13], floor: [10] }];
    const v = verdict({ rounds, target: 1.3 });
    assert.equal(v.result, 'PASS');
    assert.ok(Math.abs(v.ratio!.median - 1.3) < 1e-9);
    assert.ok(Math.abs(v.ratio!.min - 1.2) < 1e-9);
    assert.equal(v.ratio!.max, 3);
    assert.deepEqual(v.ours, { median: 13, min: 12, max: 30, runs: 3 });
    assert.deepEqual(v.floor, { median: 10, min: 10, max: 10, runs: 3 });
    assert.equal(verdict({ rounds, target: 1.29 }).result, 'FAIL');
  });

  it('says n/a, not PASS, when no round has a ratio', () => {
    assert.equal(verdict({ rounds: [{ ours: [5], floor: [] }], target: 2 }).result, 'n/a');
    assert.equal(verdict({ rounds: [], target: 2 }).result, 'n/a');
  });

  it('gives no verdict, only the ratio, to a pairing without a target', () => {
    const v = verdict({ rounds: [{ ours: [50], floor: [10] }], target: null });
    assert.equal(v.result, 'info');
    assert.equal(v.ratio!.median, 5);
  });

  it('prints one markdown row per pairing with the verdict', () => {
    const t = ratioTable([
      { action: 'a | b', floorLabel: 'empty panel', target: 1.5, rounds: [{ ours: [20], floor: [10] }] },
      { action: 'c', floorLabel: 'echo', target: 1.3, rounds: [{ ours: [11], floor: [10] }], note: 'n' },
    ]);
    const rows = t.split('\n');
    assert.equal(rows.length, 4);
    assert.match(rows[2]!, /^\| a \\\| b \| 20\.0 ms \| 10\.0 ms \| 2\.00× \(2\.00×–2\.00×, 1\) \| ≤ 1\.50× \| FAIL \| empty panel \|/);
    assert.match(rows[3]!, /\| 1\.10× .* \| PASS \| echo \| n \|$/);
  });
});
