// A small sample of `npm run fuzz` (test/fuzz): 150 generated cases per target, same generators and
// invariants, so a regression shows up in the ordinary unit run. The seed is fixed so the unit run is
// repeatable (FUZZ_SEED to try another); `npm run fuzz` draws a fresh one each time.
import * as assert from 'node:assert/strict';
import { runTarget } from '../fuzz/engine';
import { targets } from '../fuzz/targets';

const RUNS = 150;
const SEED = process.env.FUZZ_SEED ? Number.parseInt(process.env.FUZZ_SEED, 10) : 20261126;

describe(`fuzz sample (${RUNS} cases per target, seed ${SEED})`, function () {
  this.timeout(60_000);
  // Mocha sets Error.stackTraceLimit to Infinity: every YAML error thrown deep in a recursion then records
  // thousands of frames, which multiplies parse times. Measure with Node's default, as the extension host runs.
  let limit: number;
  before(() => {
    limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 10;
  });
  after(() => {
    Error.stackTraceLimit = limit;
  });
  for (const target of targets()) {
    // Time is not asserted here (a busy machine would fail it); `npm run fuzz` reports cases over each bound
    // and stops on a case that hangs, and mocha's timeout catches a hang here.
    it(`${target.name}: no exception, no broken invariant`, async () => {
      const s = await runTarget(target, { runs: RUNS, seed: SEED });
      assert.equal(s.cases, RUNS);
      const f = s.failures[0];
      let detail = f
        ? `\n${f.kind} at case ${f.index}: ${f.shrunkMessage ?? f.message}\nsmallest input: ${JSON.stringify(target.show(f.shrunk ?? f.input)).slice(0, 2000)}`
        : '';
      assert.deepEqual({ exceptions: s.exceptions, violations: s.violations }, { exceptions: 0, violations: 0 }, `seed ${SEED}${detail}`);
    });
  }
});
