// The Python runner against a small lab written here, with a real interpreter (pythonForTests.ts).
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LabDefinition } from '../../../../src/labs/definition';
import type { PythonCheck } from '../../../../src/labs/python/checks';
import { functionName, locationIn, runPythonLab, type GradedFile } from '../../../../src/labs/python/runner';
import { testPython } from './pythonForTests';

const runnerDir = join(__dirname, '..', '..', '..', '..', '..', 'resources', 'python');
const enc = (s: string) => new TextEncoder().encode(s);

const lab: LabDefinition = {
  id: 'mini', title: 'Mini', topic: 'monitoring', summary: '', mainFile: 'calc.py', files: ['calc.py', 'tests/test_data.py'],
  starterFails: [], lessons: [], instructions: '', file: 'labs/mini/lab.yaml', kind: 'python', visibleTests: ['tests/test_visible.py'], testEnv: {},
};

const check = (id: string, more: Partial<PythonCheck>): PythonCheck => ({
  id: `mini.${id}`, title: id, why: 'why', lesson: 'model-drift', scope: 'general', hints: ['h'], tests: [], line: 1, ...more,
});

const checks: PythonCheck[] = [
  check('adds', { tests: ['test_add', 'test_add_many'], function: 'add' }),
  check('ratio', { tests: ['test_ratio'], function: 'ratio' }),
  check('visible', { tests: ['test_visible_add'] }),
  check('clean', { clean: 'datasets/clean.csv' }),
  check('catches-negative', { mutant: 'datasets/negative.csv' }),
];

const graded: GradedFile[] = [
  { path: 'graded/test_calc.py', bytes: enc(`import pytest
import calc
from mlops_lab_expect import expect_equal

def test_add():
    expect_equal(calc.add(2, 3), 5, "add(2, 3)")

@pytest.mark.parametrize("a,b", [(1, 1), (10, -4)])
def test_add_many(a, b):
    assert calc.add(a, b) == a + b

def test_ratio():
    assert calc.ratio(1, 0) == 0.0
`) },
  { path: 'visible/tests/test_visible.py', bytes: enc('import calc\n\ndef test_visible_add():\n    assert calc.add(1, 2) == 3\n') },
  { path: 'graded/datasets/clean.csv', bytes: enc('x\n1\n2\n') },
  { path: 'graded/datasets/negative.csv', bytes: enc('x\n1\n-2\n') },
];

const learnerTests = `import os

def rows():
    with open(os.environ["MLOPS_LAB_DATA"]) as f:
        return [int(v) for v in f.read().split()[1:]]

def test_rows_exist():
    assert rows()
`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-pylab-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

const good = {
  'calc.py': 'def add(a, b):\n    return a + b\n\n\ndef ratio(a, b):\n    return a / b if b else 0.0\n',
  'tests/test_data.py': `${learnerTests}\ndef test_no_negative():\n    assert all(v >= 0 for v in rows())\n`,
};

function run(files: Record<string, string>, timeoutMs?: number) {
  const dir = folder(files);
  return { dir, grading: runPythonLab({ lab, checks, graded, folder: dir, python: testPython, runnerDir, timeoutMs, readMain: async () => files['calc.py'] }) };
}

describe('Python lab runner (real pytest)', function () {
  this.timeout(60_000);

  it('passes every check on a correct project, mutants caught and clean data accepted', async () => {
    const g = await run(good).grading;
    assert.equal(g.problem, undefined);
    assert.deepEqual(g.results.map((r) => [r.id, r.status]), checks.map((c) => [c.id, 'pass']));
    assert.equal(g.details.get('mini.adds')!.length, 3, 'test_add and both cases of test_add_many');
  });

  it('fails a check with the expected and actual values, at the learner\'s line when the traceback reaches it', async () => {
    const g = await run({ ...good, 'calc.py': 'def add(a, b):\n    return a - b\n\n\ndef ratio(a, b):\n    return a / b\n' }).grading;
    const adds = g.results.find((r) => r.id === 'mini.adds')!;
    assert.equal(adds.status, 'fail');
    const add = g.details.get('mini.adds')!.find((o) => o.nodeid.endsWith('::test_add'))!;
    assert.equal(add.expected, '5');
    assert.equal(add.actual, '-1');
    // No frame of calc.py in an assertion failure: the finding goes to the check's function.
    assert.equal(adds.findings[0].file, 'calc.py');
    assert.equal(adds.findings[0].line, 1);
    assert.match(adds.findings[0].message, /test_add failed: .*add\(2, 3\): expected 5, got -1/);
    const ratio = g.results.find((r) => r.id === 'mini.ratio')!;
    assert.equal(ratio.status, 'fail');
    assert.deepEqual([ratio.findings[0].file, ratio.findings[0].line], ['calc.py', 6], 'the ZeroDivisionError is raised on line 6');
    assert.match(ratio.findings[0].message, /ZeroDivisionError/);
  });

  it('runs the content\'s visible tests, not the learner\'s edited copy', async () => {
    const g = await run({ ...good, 'calc.py': 'def add(a, b):\n    return 0\n\n\ndef ratio(a, b):\n    return 0.0\n', 'tests/test_visible.py': 'def test_visible_add():\n    pass\n' }).grading;
    assert.equal(g.results.find((r) => r.id === 'mini.visible')!.status, 'fail');
  });

  it('reports a syntax error in the learner\'s module at its line, for every check that imports it', async () => {
    const g = await run({ ...good, 'calc.py': 'def add(a, b)\n    return a + b\n' }).grading;
    for (const id of ['mini.adds', 'mini.ratio', 'mini.visible']) {
      const r = g.results.find((x) => x.id === id)!;
      assert.equal(r.status, 'fail', id);
      assert.equal(r.findings[0].file, 'calc.py');
      assert.equal(r.findings[0].line, 1);
      assert.match(r.findings[0].message, /could not be loaded: .*SyntaxError/);
    }
  });

  it('fails a mutant check when the learner\'s tests miss the broken data', async () => {
    const g = await run({ ...good, 'tests/test_data.py': learnerTests }).grading;
    const m = g.results.find((r) => r.id === 'mini.catches-negative')!;
    assert.equal(m.status, 'fail');
    assert.match(m.findings[0].message, /All 1 of your tests pass on datasets\/negative\.csv, which is broken/);
    assert.equal(m.findings[0].file, 'tests/test_data.py');
    assert.equal(g.results.find((r) => r.id === 'mini.clean')!.status, 'pass');
  });

  it('does not credit a mutant caught by tests that fail on clean data too', async () => {
    const g = await run({ ...good, 'tests/test_data.py': 'def test_always_fails():\n    assert False\n' }).grading;
    assert.equal(g.results.find((r) => r.id === 'mini.clean')!.status, 'fail');
    const m = g.results.find((r) => r.id === 'mini.catches-negative')!;
    assert.equal(m.status, 'fail');
    assert.match(m.findings[0].message, /fail on the clean dataset too/);
  });

  it('does not credit a test suite that cannot be collected', async () => {
    const g = await run({ ...good, 'tests/test_data.py': 'def test_x(:\n' }).grading;
    for (const id of ['mini.clean', 'mini.catches-negative']) {
      const r = g.results.find((x) => x.id === id)!;
      assert.equal(r.status, 'fail');
      assert.match(r.findings[0].message, /could not be loaded|fail on the clean/);
    }
  });

  it('stops a learner\'s endless loop at the deadline and says so', async () => {
    const { dir, grading } = run({ ...good, 'calc.py': 'def add(a, b):\n    while True:\n        pass\n\n\ndef ratio(a, b):\n    return 0.0\n' }, 4000);
    const g = await grading;
    assert.equal(g.problem?.kind, 'timeout');
    assert.match(g.problem!.message, /stopped after 4 s/);
    assert.ok(g.results.every((r) => r.status === 'fail'), 'nothing passes on a run that did not finish');
    assert.ok(dir);
  });

  it('leaves nothing in the learner\'s folder (no caches, no bytecode)', async () => {
    const { dir, grading } = run(good);
    await grading;
    const { readdirSync } = await import('node:fs');
    assert.deepEqual(readdirSync(dir).sort(), ['calc.py', 'tests']);
    assert.deepEqual(readdirSync(join(dir, 'tests')).sort(), ['test_data.py']);
  });
});

describe('Python runner helpers', () => {
  it('names a test function from its node id', () => {
    assert.equal(functionName('graded/test_x.py::test_a'), 'test_a');
    assert.equal(functionName('graded/test_x.py::TestA::test_b[1-2]'), 'test_b');
  });

  it('finds the learner\'s line in a traceback, not the graded tests\' lines', () => {
    assert.deepEqual(locationIn('File "/w/lab/drift.py", line 12, in psi\nFile "/tmp/x/graded/t.py", line 3', '/w/lab'), { file: 'drift.py', line: 12 });
    assert.deepEqual(locationIn('drift.py:7: in <module>\ngraded/test_a.py:2: in <module>', '/w/lab'), { file: 'drift.py', line: 7 });
    assert.equal(locationIn('graded/test_a.py:2: in <module>', '/w/lab'), undefined);
  });
});
