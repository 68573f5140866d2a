// Limits: oversized files, too many findings and too-deep YAML end in a clear finding, never a freeze or a stack
// error. How fast is measured by `npm run bench`, not asserted here.
import * as assert from 'node:assert/strict';
import { loadCourse } from '../../../src/course/load';
import { memorySource } from '../../../src/course/source';
import { MAX_FINDINGS_PER_CHECK, capFindings, getGrader, gradeSafely } from '../../../src/labs/registry';
import type { CheckResult, FileInput, Finding, LabGrader } from '../../../src/labs/types';
import { parseQuiz } from '../../../src/quiz/parse';
import { largestInputs } from '../../cases/largest';
import { corpus, type Project } from '../../fuzz/corpus';

function grader(labId: string): LabGrader {
  const g = getGrader(labId);
  assert.ok(g, labId);
  return g;
}

/** The lab's solution as the editor hands it to the grader, with some files replaced. */
function solutionWith(g: LabGrader, over: Record<string, string | FileInput>): Project {
  const base = corpus().labs.get(g.labId)!.solution;
  const files: Project = new Map(g.files.map((f) => [f, base.get(f) ?? { kind: 'missing' }]));
  for (const [k, v] of Object.entries(over)) files.set(k, typeof v === 'string' ? { kind: 'text', text: v } : v);
  return files;
}

function result(results: CheckResult[], id: string): CheckResult {
  const r = results.find((x) => x.id === id);
  assert.ok(r, id);
  return r;
}

const deepFlow = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

describe('grading limits', function () {
  this.timeout(30_000);

  describe('files over the size limit are refused with a clear finding at line 1', () => {
    const cases: Array<[string, string, string, number, RegExp]> = [
      ['containerize-model-server', 'Dockerfile', 'RUN $A$B\n', 25 * 1024, /too large to check \(the limit is 24 KB\)/],
      ['containerize-model-server', '.dockerignore', 'a/*\n', 1_100_000, /too large to check/],
      ['containerize-model-server', 'requirements.txt', 'a==1\n', 1_100_000, /too large to check/],
      ['ci-for-ml', '.github/workflows/ci.yml', '      - run: echo $A\n', 200 * 1024, /Files over 128 KB are not graded/],
      ['dvc-pipeline', 'dvc.yaml', '  # padding\n', 70 * 1024, /too large to grade \(limit 64 KB\)/],
      ['dvc-pipeline', 'params.yaml', 'k: 1\n', 70 * 1024, /too large to grade \(limit 64 KB\)/],
      ['dvc-pipeline', '.dvc/config', '# x\n', 70 * 1024, /too large to grade \(limit 64 KB\)/],
      ['dvc-pipeline', '.gitignore', '/data/*\n', 70 * 1024, /too large to grade \(limit 64 KB\)/],
      ['prometheus-alerts', 'monitoring/alerts.yaml', '# padding\n', 130 * 1024, /too large to grade \(limit 128 KB\)/],
    ];
    for (const [lab, file, unit, size, re] of cases) {
      it(`${lab}: ${file} of ${Math.round(size / 1024)} KB`, () => {
        const g = grader(lab);
        const text = unit.repeat(Math.ceil(size / unit.length));
        const value = gradeSafely(g, solutionWith(g, { [file]: text }));
        const hits = value.flatMap((r) => r.findings).filter((f) => f.file === file && re.test(f.message));
        assert.ok(hits.length > 0, JSON.stringify(value.flatMap((r) => r.findings.map((f) => f.message)).slice(0, 5)));
        for (const f of hits) assert.deepEqual([f.line, f.column], [1, 1]);
      });
    }
    // How long the largest inputs just under the limits take is measured by `npm run bench` ("largest graded
    // input"), not here: a wall-clock bound in a unit test fails on a busy machine and proves nothing on a fast one.
    it('the largest graded inputs are graded, not refused', () => {
      for (const { labId, files } of largestInputs()) {
        const value = gradeSafely(grader(labId), solutionWith(grader(labId), files));
        assert.ok(!value.flatMap((r) => r.findings).some((f) => /too large/.test(f.message)), labId);
      }
    });
  });

  describe('too many findings are capped per check', () => {
    const fake = (n: number): LabGrader => ({
      labId: 'fake',
      files: ['f.txt'],
      checks: [{ id: 'fake.many', title: 't', why: 'w', scope: 'general', lesson: 'l', hints: [] }],
      grade: () => [{ id: 'fake.many', status: n ? 'fail' : 'pass', findings: Array.from({ length: n }, (_, i): Finding => ({ file: 'f.txt', line: i + 1, column: 2, endLine: i + 1, endColumn: 5, message: `m${i}` })) }],
    });

    it(`keeps ${MAX_FINDINGS_PER_CHECK} findings untouched`, () => {
      const [r] = gradeSafely(fake(MAX_FINDINGS_PER_CHECK), new Map());
      assert.equal(r.findings.length, MAX_FINDINGS_PER_CHECK);
      assert.equal(r.findings.at(-1)!.message, `m${MAX_FINDINGS_PER_CHECK - 1}`);
    });

    it('keeps the first 200 and adds one finding that counts the rest, where the rest begin', () => {
      const [r] = gradeSafely(fake(5000), new Map());
      assert.equal(r.status, 'fail');
      assert.equal(r.findings.length, MAX_FINDINGS_PER_CHECK + 1);
      assert.deepEqual(r.findings.slice(0, 200).map((f) => f.message), Array.from({ length: 200 }, (_, i) => `m${i}`));
      const last = r.findings[200];
      assert.equal(last.message, '…and 4800 more findings of this check');
      assert.deepEqual([last.file, last.line, last.column, last.endLine, last.endColumn], ['f.txt', 201, 2, 201, 2]);
      assert.equal(last.fix, undefined);
      assert.equal(capFindings(fake(201).grade(new Map())[0]).findings[200].message, '…and 1 more finding of this check');
    });

    it('caps a real grader that reports thousands of findings for one check', () => {
      const g = grader('containerize-model-server');
      const files = solutionWith(g, { Dockerfile: 'FROM python\n'.repeat(1800) });
      const raw = g.grade(files);
      const many = raw.filter((r) => r.findings.length > 1000);
      assert.ok(many.length > 0, 'some check reports more than 1000 findings');
      const safe = gradeSafely(g, files);
      assert.equal(safe.length, raw.length);
      for (const r of safe) assert.ok(r.findings.length <= MAX_FINDINGS_PER_CHECK + 1, `${r.id}: ${r.findings.length}`);
      for (const r of many) assert.match(result(safe, r.id).findings[200].message, new RegExp(`^…and ${r.findings.length - 200} more findings`));
    });
  });

  describe('too-deep YAML gives a clear finding, not a freeze or a stack error', () => {
    const clear = /nested (too deeply|more than)/;
    const yamlCases: Array<[string, string, string, string]> = [
      ['ci-for-ml', '.github/workflows/ci.yml', 'ci.valid-workflow', `on: push\njobs: ${deepFlow(30_000)}\n`],
      ['ci-for-ml', '.github/workflows/ci.yml', 'ci.valid-workflow', `on: push\njobs:\n${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')}\n`],
      ['dvc-pipeline', 'dvc.yaml', 'dvc.schema-valid', `stages: ${deepFlow(30_000)}\n`],
      ['dvc-pipeline', 'dvc.yaml', 'dvc.schema-valid', `stages:\n  ${'- '.repeat(20_000)}x\n`],
    ];
    for (const [lab, file, check, text] of yamlCases) {
      it(`${lab}: ${file} ${text.slice(0, 30).replace(/\n/g, '⏎')}…`, () => {
        const g = grader(lab);
        const value = gradeSafely(g, solutionWith(g, { [file]: text }));
        const r = result(value, check);
        assert.equal(r.status, 'fail');
        assert.ok(r.findings.some((f) => clear.test(f.message)), JSON.stringify(r.findings.map((f) => f.message)));
        for (const f of value.flatMap((x) => x.findings)) assert.doesNotMatch(f.message, /call stack|internal error|unexpectedly/);
      });
    }

    it('course.yaml and a quiz file', async () => {
      const c = await loadCourse(memorySource({ 'course.yaml': `topics: ${deepFlow(30_000)}\n` }));
      assert.equal(c.problems.length, 1);
      assert.match(c.problems[0].message, clear);
      const q = parseQuiz(`questions:\n${'  '.repeat(0)}${'- '.repeat(20_000)}x\n`, 'quizzes/q.yaml', new Set(), new Set());
      assert.ok(q.problems.length > 0);
      for (const p of q.problems) assert.doesNotMatch(p.message, /call stack/);
    });
  });
});
