import * as assert from 'node:assert/strict';
import { parseChecksFile } from '../../../../src/labs/python/checks';

const ok = `checks:
  - id: drift.psi-same-is-zero
    title: PSI of a window against itself is zero
    why: A drift score must be zero when nothing changed.
    lesson: model-drift
    scope: general
    hints: [Look at the bins., Add an epsilon.]
    tests: [test_psi_same, test_psi_empty_bins]
    function: psi
  - id: validate.catches-nulls
    title: Your tests catch nulls
    why: Nulls break training.
    lesson: model-drift
    scope: lab
    hints: [Count the nulls.]
    mutant: datasets/nulls.csv
`;

describe('Python lab checks.yaml', () => {
  it('reads checks with tests or a dataset, and their line', () => {
    const { checks, problems } = parseChecksFile(ok, 'labs/x/checks.yaml');
    assert.deepEqual(problems, []);
    assert.equal(checks.length, 2);
    assert.deepEqual(checks[0].tests, ['test_psi_same', 'test_psi_empty_bins']);
    assert.equal(checks[0].function, 'psi');
    assert.equal(checks[0].line, 2);
    assert.equal(checks[1].mutant, 'datasets/nulls.csv');
    assert.equal(checks[1].scope, 'lab');
    assert.equal(checks[1].line, 10);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['no list', 'checks: []\n', /non-empty "checks" list/],
    ['unknown key', ok.replace('function: psi', 'fn: psi'), /unknown check key "fn"/],
    ['two ways', ok.replace('function: psi', 'mutant: a.csv'), /exactly one of "tests", "mutant" or "clean"/],
    ['no way', ok.replace('    tests: [test_psi_same, test_psi_empty_bins]\n', ''), /exactly one of/],
    ['bad scope', ok.replace('scope: general', 'scope: maybe'), /"scope" must be/],
    ['bad test name', ok.replace('test_psi_same,', 'tests/test_x.py::test_a,'), /not a pytest function name/],
    ['escaping dataset', ok.replace('datasets/nulls.csv', '../secret.csv'), /must be a path inside graded/],
    ['duplicate id', ok.replace('validate.catches-nulls', 'drift.psi-same-is-zero'), /listed twice/],
    ['bad id', ok.replace('drift.psi-same-is-zero', 'PSI'), /must look like/],
    ['not yaml', 'checks: [\n', /not valid YAML/],
    ['no hints', ok.replace('    hints: [Count the nulls.]\n', ''), /needs "hints"/],
  ];
  for (const [name, text, re] of bad) {
    it(`refuses ${name}, and returns no checks`, () => {
      const r = parseChecksFile(text, 'labs/x/checks.yaml');
      assert.ok(r.problems.some((p) => re.test(p.message)), JSON.stringify(r.problems));
      assert.deepEqual(r.checks, []);
    });
  }
});
