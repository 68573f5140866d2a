import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { CheckResult, FileInput } from '../../../src/labs/types';
import { cases as CHECK_CASES } from '../../../src/labs/workflow/cases';
import { REFERENCE } from '../../../src/labs/workflow/checks/examples';
import { ACTION_FACTS, NODE20_DEPRECATION } from '../../../src/labs/workflow/facts';
import { MODULES } from '../../../src/labs/workflow/checks';
import { CHECK_IDS } from '../../../src/labs/workflow/definitions';
import { grader } from '../../../src/labs/workflow/grader';
import { applyFix } from '../../../src/labs/workflow/positions';

const ROOT = join(__dirname, '..', '..', '..', '..');
const LAB = join(ROOT, 'content', 'labs', 'ci-for-ml');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'labs', 'workflow');
const CI = '.github/workflows/ci.yml';
const IDS = grader.checks.map((c) => c.id);

function readTree(dir: string, out = new Map<string, FileInput>(), base = dir): Map<string, FileInput> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) readTree(p, out, base);
    else {
      let rel = relative(base, p).split('\\').join('/');
      rel = rel.replace(/(^|\/)(gitignore|dvcignore)$/, '$1.$2');
      out.set(rel, { kind: 'text', text: readFileSync(p, 'utf8') });
    }
  }
  return out;
}

const starter = () => readTree(join(LAB, 'starter'));
const solution = () => readTree(join(LAB, 'solution'), starter());
const solutionText = (): string => (solution().get(CI) as { text: string }).text;
const starterText = (): string => (starter().get(CI) as { text: string }).text;

function gradeText(text: string): CheckResult[] {
  return grader.grade(new Map([[CI, { kind: 'text', text }]]));
}
function result(results: CheckResult[], id: string): CheckResult {
  const r = results.find((x) => x.id === id);
  assert.ok(r, `no result for ${id}`);
  return r;
}
const failing = (results: CheckResult[]) => results.filter((r) => r.status === 'fail').map((r) => r.id);

function assertWellFormed(results: CheckResult[], text: string | undefined) {
  assert.deepEqual(
    results.map((r) => r.id),
    IDS,
  );
  const lineCount = text === undefined ? 1 : text.split('\n').length;
  for (const r of results) {
    assert.ok(r.status === 'pass' || r.status === 'fail');
    assert.equal(r.status === 'pass', r.findings.length === 0, `${r.id}: status matches findings`);
    for (const f of r.findings) {
      assert.equal(f.file, CI);
      assert.ok(f.line >= 1 && f.line <= lineCount + 1, `${r.id} line ${f.line} of ${lineCount}`);
      assert.ok(f.endLine >= f.line && f.endLine <= lineCount + 1);
      assert.ok(f.column >= 1 && f.endColumn >= 1);
      assert.ok(f.message.length > 10);
      assert.ok(!/unexpectedly/.test(f.message), `${r.id} crashed: ${f.message}`);
    }
  }
}

/** Replace exactly one occurrence (fails loudly if the anchor text is gone). */
function sub(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `expected exactly one "${from}"`);
  return text.replace(from, () => to);
}

/** Apply the fixes a check offers until it passes or offers no more. */
function fixUntilPass(text: string, id: string): string {
  for (let i = 0; i < 10; i++) {
    const r = result(gradeText(text), id);
    const f = r.findings.find((x) => x.fix);
    if (r.status === 'pass' || !f?.fix) return text;
    text = applyFix(text, f.fix);
  }
  return text;
}

describe('workflow lab (ci-for-ml)', () => {
  describe('definitions', () => {
    it('grades in the order of the typed id list, and only ci.valid-workflow has no run of its own', () => {
      assert.deepEqual(MODULES.map((m) => m.definition.id), [...CHECK_IDS]);
      assert.deepEqual(grader.checks.map((c) => c.id), [...CHECK_IDS]);
      assert.deepEqual(MODULES.filter((m) => !m.run).map((m) => m.definition.id), ['ci.valid-workflow']);
    });
    it('has unique prefixed ids, titles, why, existing lessons and 2-3 hints', () => {
      const course = parse(readFileSync(join(ROOT, 'content', 'course.yaml'), 'utf8')) as { topics: { id: string; lessons: string[] }[] };
      const lessons = new Set(course.topics.flatMap((t) => t.lessons));
      assert.equal(new Set(IDS).size, IDS.length);
      for (const c of grader.checks) {
        assert.match(c.id, /^ci\.[a-z]+(-[a-z]+)*$/);
        assert.ok(c.title.length > 5 && c.why.length > 80);
        assert.ok(lessons.has(c.lesson), `${c.id}: unknown lesson ${c.lesson}`);
        assert.ok(c.hints.length >= 2 && c.hints.length <= 3);
      }
      assert.equal(grader.labId, 'ci-for-ml');
      assert.deepEqual(grader.files, [CI]);
    });

    it('lab.yaml matches the grader and the course', () => {
      const lab = parse(readFileSync(join(LAB, 'lab.yaml'), 'utf8')) as Record<string, unknown>;
      const course = parse(readFileSync(join(ROOT, 'content', 'course.yaml'), 'utf8')) as { topics: { id: string; lessons: string[] }[] };
      assert.equal(lab.id, grader.labId);
      assert.equal(lab.mainFile, CI);
      assert.deepEqual(lab.files, grader.files);
      assert.ok(course.topics.some((t) => t.id === lab.topic));
      const lessons = new Set(course.topics.flatMap((t) => t.lessons));
      for (const l of lab.lessons as string[]) assert.ok(lessons.has(l));
      const md = readFileSync(join(LAB, 'instructions.md'), 'utf8');
      for (const m of md.matchAll(/\]\(lesson:([\w-]+)\)/g)) assert.ok(lessons.has(m[1]!), `instructions link ${m[1]}`);
      assert.doesNotMatch(md, /<[a-z][^>]*>/i, 'no raw HTML');
    });
  });

  describe('messages stay true on real workflows', () => {
    it('missing permissions: a job that hands the token to a step is told to keep the write scope that step needs', () => {
      const text =
        'on: pull_request\njobs:\n  report:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n      - run: gh pr comment "$PR" --body-file report.md\n        env:\n          GH_TOKEN: ${{ github.token }}\n          PR: ${{ github.event.pull_request.number }}\n';
      const msg = result(gradeText(text), 'ci.permissions').findings[0]!.message;
      assert.match(msg, /`report` passes the token to a step/);
      const plain = result(gradeText(text.replace(/\n\s+env:[\s\S]*$/, '\n')), 'ci.permissions').findings[0]!.message;
      assert.doesNotMatch(plain, /passes the token/);
    });
  });

  describe('facts and examples', () => {
    it('every action fact says when it was verified and where', () => {
      for (const [name, f] of Object.entries(ACTION_FACTS)) {
        assert.match(f.verifiedOn, /^\d{4}-\d{2}-\d{2}$/, name);
        assert.match(f.source, /^https:\/\//, name);
        assert.ok(f.suggestMajor >= f.node24Major, name);
      }
      assert.match(NODE20_DEPRECATION.source, /^https:\/\/github\.blog\/changelog\//);
    });

    it('the solution uses only majors that run on Node 24', () => {
      for (const m of solutionText().matchAll(/uses: ([\w-]+\/[\w-]+)@v(\d+)/g)) {
        const fact = ACTION_FACTS[m[1]!];
        if (fact) assert.ok(Number(m[2]) >= fact.node24Major, m[0]);
      }
    });

    it('the examples copy the reference workflow exactly', () => {
      assert.equal(REFERENCE, solutionText());
    });

    it('every check says whether it is general or a requirement of this lab, and lab messages say so', () => {
      const projects = [starter(), ...Object.values(CHECK_CASES).flatMap((c) => c.invalid.map((x) => new Map([[CI, { kind: 'text' as const, text: x.files[CI]! }]])))];
      const all = projects.map((p) => grader.grade(p));
      for (const def of grader.checks) {
        assert.ok(def.scope === 'general' || def.scope === 'lab', def.id);
        if (def.scope !== 'lab') continue;
        for (const f of all.flatMap((results) => result(results, def.id).findings)) {
          if (/GitHub would reject|Cannot check/.test(f.message)) continue;
          assert.match(f.message, /This lab asks for/, def.id);
        }
      }
    });
  });

  describe('starter and solution', () => {
    it('the starter fails exactly starterFails', () => {
      const lab = parse(readFileSync(join(LAB, 'lab.yaml'), 'utf8')) as { starterFails: string[] };
      const results = grader.grade(starter());
      assertWellFormed(results, starterText());
      assert.deepEqual(failing(results), lab.starterFails);
    });

    it('the solution overlaid on the starter passes every check', () => {
      const results = grader.grade(solution());
      assert.deepEqual(failing(results), []);
    });

    it('the solution only holds files that differ from the starter', () => {
      const s = starter();
      for (const [path, f] of readTree(join(LAB, 'solution'))) {
        assert.notDeepEqual(s.get(path), f, `${path} is identical in starter and solution`);
      }
    });

    it('points the starter findings at the right lines', () => {
      const results = grader.grade(starter());
      const lines = (id: string) => result(results, id).findings.map((f) => f.line);
      assert.deepEqual(lines('ci.triggers'), [3, 3]);
      assert.deepEqual(lines('ci.permissions'), [5]);
      assert.deepEqual(lines('ci.pinned-actions'), [9, 14, 34]);
      const pinned = result(results, 'ci.pinned-actions').findings;
      assert.equal(pinned[0]!.column, 32); // the "v2" of actions/checkout@v2
      assert.equal(pinned[1]!.column, 36); // "master"
      assert.deepEqual(lines('ci.python-setup'), []); // python-version is set; a missing pip cache is no longer a failure
      assert.deepEqual(lines('ci.script-injection'), [12]);
      assert.equal(result(results, 'ci.script-injection').findings[0]!.column, 20);
      assert.deepEqual(lines('ci.push-only-main'), [43]);
      assert.deepEqual(lines('ci.image-tag-sha'), [42]);
      assert.deepEqual(lines('ci.train-timeout'), [6]);
      assert.deepEqual(lines('ci.quality-gate'), [28]);
      assert.deepEqual(lines('ci.job-order'), [5, 6]);
    });
  });

  describe('each check passes and fails', () => {
    // Every case starts from the solution (which passes all checks) and breaks one thing.
    const cases: Array<{ id: string; name: string; mutate: (t: string) => string; lines: number[]; columns?: number[] }> = [
      { id: 'ci.valid-workflow', name: 'unknown job key', mutate: (t) => sub(t, '    timeout-minutes: 10\n', '    timeout_minutes: 10\n'), lines: [16], columns: [5] },
      { id: 'ci.valid-workflow', name: 'YAML syntax error', mutate: (t) => sub(t, 'branches: [main]\n  pull_request', 'branches: [main\n  pull_request'), lines: [6] },
      { id: 'ci.valid-workflow', name: 'needs an unknown job', mutate: (t) => sub(t, 'needs: train', 'needs: training'), lines: [72] },
      // Independent mistakes are all reported at once (issue 9): GitHub's converter also runs after a schema error.
      { id: 'ci.valid-workflow', name: 'a trigger typo, a bad timeout and an unknown job together', mutate: (t) => sub(sub(sub(t, '  push:\n', '  psuh:\n'), '    timeout-minutes: 10\n', '    timeout-minutes: ten\n'), 'needs: train', 'needs: training'), lines: [4, 16, 72] },
      { id: 'ci.triggers', name: 'push only', mutate: (t) => sub(t, '  pull_request:\n    branches: [main]\n', ''), lines: [3] },
      { id: 'ci.triggers', name: 'push to another branch', mutate: (t) => sub(t, 'push:\n    branches: [main]', 'push:\n    branches: [develop]'), lines: [4], columns: [3] },
      { id: 'ci.triggers', name: 'push on every branch', mutate: (t) => sub(t, 'push:\n    branches: [main]\n', 'push:\n'), lines: [4] },
      { id: 'ci.permissions', name: 'missing', mutate: (t) => sub(t, 'permissions:\n  contents: read\n\njobs', 'jobs'), lines: [10] },
      { id: 'ci.permissions', name: 'write-all', mutate: (t) => sub(t, 'permissions:\n  contents: read\n\njobs', 'permissions: write-all\n\njobs'), lines: [10], columns: [14] },
      { id: 'ci.permissions', name: 'top-level packages: write', mutate: (t) => sub(t, '  contents: read\n\njobs', '  contents: read\n  packages: write\n\njobs'), lines: [12], columns: [13] },
      { id: 'ci.permissions', name: 'ghcr job without packages: write', mutate: (t) => sub(t, '      contents: read\n      packages: write\n', '      contents: read\n'), lines: [71] },
      { id: 'ci.pinned-actions', name: 'old major', mutate: (t) => sub(t, 'docker/build-push-action@v7', 'docker/build-push-action@v5'), lines: [92], columns: [40] },
      { id: 'ci.pinned-actions', name: 'no ref', mutate: (t) => sub(t, 'docker/setup-buildx-action@v4', 'docker/setup-buildx-action'), lines: [83] },
      { id: 'ci.pinned-actions', name: 'branch ref on an unknown action', mutate: (t) => sub(t, 'actions/download-artifact@v7', 'actions/download-artifact@main'), lines: [80] },
      // Was 'no cache': caching is advice, not an error (issue 10), so the check now fails on versions GitHub misreads instead.
      { id: 'ci.python-setup', name: 'unquoted 3.10 read as 3.1', mutate: (t) => sub(t, '          python-version: "3.11"\n          cache: pip\n      - run: pip install -r requirements-dev.txt', '          python-version: 3.10\n          cache: pip\n      - run: pip install -r requirements-dev.txt'), lines: [21], columns: [27] },
      { id: 'ci.python-setup', name: 'no with at all', mutate: (t) => sub(t, '      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.11"\n          cache: pip\n      - run: pip install -r requirements-dev.txt', '      - uses: actions/setup-python@v6\n      - run: pip install -r requirements-dev.txt'), lines: [19] },
      { id: 'ci.python-setup', name: 'job runs python without setting it up', mutate: (t) => sub(t, '      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.11"\n          cache: pip\n      - run: pip install -r requirements-dev.txt', '      - run: pip install -r requirements-dev.txt'), lines: [14] },
      { id: 'ci.lint-job', name: 'no linter', mutate: (t) => sub(t, 'run: ruff check .', 'run: echo ruff check .'), lines: [13] },
      { id: 'ci.unit-test-job', name: 'no tests', mutate: (t) => sub(t, 'run: pytest -q', 'run: echo "no tests yet"'), lines: [13] },
      { id: 'ci.data-validation', name: 'no validation', mutate: (t) => sub(t, '      - name: Validate data\n        run: python scripts/validate_data.py data/sample.csv\n', ''), lines: [57], columns: [14] },
      { id: 'ci.data-validation', name: 'validation after training', mutate: (t) => sub(t, '      - name: Validate data\n        run: python scripts/validate_data.py data/sample.csv\n      - name: Train model\n        run: python -m src.train --params params.yaml\n', '      - name: Train model\n        run: python -m src.train --params params.yaml\n      - name: Validate data\n        run: python scripts/validate_data.py data/sample.csv\n'), lines: [59] },
      { id: 'ci.quality-gate', name: 'no gate', mutate: (t) => sub(t, '      - name: Quality gate\n        run: python scripts/check_metrics.py --metrics metrics.json\n', ''), lines: [59] },
      { id: 'ci.quality-gate', name: 'gate continues on error', mutate: (t) => sub(t, '      - name: Quality gate\n', '      - name: Quality gate\n        continue-on-error: true\n'), lines: [64] },
      { id: 'ci.quality-gate', name: 'gate before training', mutate: (t) => sub(sub(t, '      - name: Quality gate\n        run: python scripts/check_metrics.py --metrics metrics.json\n', ''), '      - name: Validate data\n', '      - run: python scripts/check_metrics.py --min-accuracy 0.8\n      - name: Validate data\n'), lines: [56] },
      { id: 'ci.job-order', name: 'build does not need train', mutate: (t) => sub(t, '    needs: train\n', ''), lines: [71] },
      { id: 'ci.job-order', name: 'train and build in one job', mutate: (t) => sub(t, '            metrics.json\n\n  build-image:\n    needs: train\n    runs-on: ubuntu-latest\n    timeout-minutes: 20\n    permissions:\n      contents: read\n      packages: write\n    steps:\n', '            metrics.json\n'), lines: [41] },
      { id: 'ci.push-only-main', name: 'push: true', mutate: (t) => sub(t, "push: ${{ github.ref == 'refs/heads/main' }}", 'push: true'), lines: [95], columns: [17] },
      { id: 'ci.push-only-main', name: 'push condition negated', mutate: (t) => sub(t, "push: ${{ github.ref == 'refs/heads/main' }}", "push: ${{ github.ref != 'refs/heads/main' }}"), lines: [95] },
      { id: 'ci.push-only-main', name: 'image never pushed', mutate: (t) => sub(t, "          push: ${{ github.ref == 'refs/heads/main' }}\n", ''), lines: [92] },
      { id: 'ci.registry-secrets', name: 'literal password', mutate: (t) => sub(t, 'password: ${{ secrets.GITHUB_TOKEN }}', 'password: hunter22'), lines: [90], columns: [21] },
      { id: 'ci.registry-secrets', name: 'literal token in env', mutate: (t) => sub(t, '        env:\n          COMMIT_MSG', '        env:\n          HF_TOKEN: hf_abcdef123456\n          COMMIT_MSG'), lines: [53] },
      { id: 'ci.registry-secrets', name: 'docker login -p literal', mutate: (t) => sub(t, '      - run: pip install -r requirements-dev.txt\n', '      - run: docker login -u bot -p s3cret ghcr.io\n      - run: pip install -r requirements-dev.txt\n'), lines: [23], columns: [37] },
      { id: 'ci.image-tag-sha', name: 'latest only', mutate: (t) => sub(t, '            ghcr.io/acme/churn-model:${{ github.sha }}\n', ''), lines: [97] },
      { id: 'ci.script-injection', name: 'event data in run', mutate: (t) => sub(t, 'run: echo "$COMMIT_MSG"', 'run: echo "${{ github.event.head_commit.message }}"'), lines: [54], columns: [20] },
      { id: 'ci.script-injection', name: 'PR title in a block script', mutate: (t) => sub(t, '      - name: Lint\n        run: ruff check .\n', '      - name: Lint\n        run: |\n          echo "checking"\n          echo "${{ github.event.pull_request.title }}"\n          ruff check .\n'), lines: [27], columns: [17] },
      { id: 'ci.train-timeout', name: 'missing', mutate: (t) => sub(t, '    needs: test\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n', '    needs: test\n    runs-on: ubuntu-latest\n'), lines: [41] },
      { id: 'ci.train-timeout', name: 'zero', mutate: (t) => sub(t, 'timeout-minutes: 30', 'timeout-minutes: 0'), lines: [44] },
    ];

    for (const c of cases) {
      it(`${c.id} fails: ${c.name}`, () => {
        const text = c.mutate(solutionText());
        const results = gradeText(text);
        assertWellFormed(results, text);
        const r = result(results, c.id);
        assert.equal(r.status, 'fail');
        assert.deepEqual(
          r.findings.map((f) => f.line),
          c.lines,
          r.findings.map((f) => f.message).join('\n'),
        );
        if (c.columns) assert.deepEqual(r.findings.map((f) => f.column), c.columns);
      });
    }

    it('every check has at least one failing case', () => {
      for (const id of IDS) assert.ok(cases.some((c) => c.id === id), id);
    });

    // Passing variants: different, valid ways to satisfy a check.
    const passing: Array<{ id: string; name: string; mutate: (t: string) => string }> = [
      { id: 'ci.valid-workflow', name: 'the solution', mutate: (t) => t },
      { id: 'ci.triggers', name: 'list of branches and extra events', mutate: (t) => sub(t, 'on:\n  push:\n    branches: [main]\n', 'on:\n  workflow_dispatch:\n  push:\n    branches:\n      - main\n      - "release/**"\n') },
      { id: 'ci.permissions', name: 'permissions: {} with per-job grants', mutate: (t) => sub(t, 'permissions:\n  contents: read\n\njobs', 'permissions: {}\n\njobs') },
      { id: 'ci.pinned-actions', name: 'commit SHA and newer majors', mutate: (t) => sub(t, '      - uses: actions/checkout@v6\n      - uses: actions/download-artifact@v7', '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8\n      - uses: actions/download-artifact@v7').replace('actions/setup-python@v6', 'actions/setup-python@v6.0.0') },
      { id: 'ci.python-setup', name: 'python-version-file in flow style', mutate: (t) => t.split('        with:\n          python-version: "3.11"\n          cache: pip\n').join('        with: { python-version-file: .python-version, cache: pip }\n') },
      { id: 'ci.lint-job', name: 'flake8 after cd', mutate: (t) => sub(t, 'run: ruff check .', 'run: cd src && python -m flake8 .') },
      { id: 'ci.unit-test-job', name: 'python -m unittest', mutate: (t) => sub(t, 'run: pytest -q', 'run: python -m unittest discover tests') },
      { id: 'ci.data-validation', name: 'validation in a needed job', mutate: (t) => sub(t, '      - name: Validate data\n        run: python scripts/validate_data.py data/sample.csv\n', '').replace('  test:\n    needs: lint\n', '  test:\n    needs: lint\n').replace('    steps:\n      - uses: actions/checkout@v6\n      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.11"\n          cache: pip\n      - run: pip install -r requirements.txt -r requirements-dev.txt\n', '    steps:\n      - uses: actions/checkout@v6\n      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.11"\n          cache: pip\n      - run: pip install -r requirements.txt -r requirements-dev.txt\n      - run: great_expectations checkpoint run churn\n') },
      { id: 'ci.quality-gate', name: 'gate in its own job the build needs', mutate: (t) => sub(t, '      - name: Quality gate\n        run: python scripts/check_metrics.py --metrics metrics.json\n', '').replace('  build-image:\n    needs: train\n', '  gate:\n    needs: train\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo checking\n      - run: ./gate.sh --threshold 0.8\n\n  build-image:\n    needs: gate\n') },
      { id: 'ci.job-order', name: 'needs as lists', mutate: (t) => sub(t, 'needs: train', 'needs: [train, test]') },
      { id: 'ci.push-only-main', name: 'job-level if with a docker push', mutate: (t) => sub(t, '  build-image:\n    needs: train\n', "  build-image:\n    needs: train\n    if: github.event_name == 'push' && github.ref_name == 'main'\n").replace("push: ${{ github.ref == 'refs/heads/main' }}", 'push: true') },
      { id: 'ci.registry-secrets', name: 'literal username is fine', mutate: (t) => sub(t, 'username: ${{ github.actor }}', 'username: acme-bot') },
      { id: 'ci.image-tag-sha', name: 'docker CLI with $GITHUB_SHA', mutate: (t) => sub(t, '      - name: Build and push image\n        uses: docker/build-push-action@v7\n        with:\n          context: .\n          push: ${{ github.ref == \'refs/heads/main\' }}\n          tags: |\n            ghcr.io/acme/churn-model:${{ github.sha }}\n            ghcr.io/acme/churn-model:latest\n', '      - run: docker build -t "ghcr.io/acme/churn-model:$GITHUB_SHA" .\n') },
      { id: 'ci.script-injection', name: 'trusted expressions in run', mutate: (t) => sub(t, 'run: echo "$COMMIT_MSG"', 'run: echo "${{ github.sha }} ${{ matrix.python }} $COMMIT_MSG"') },
      { id: 'ci.train-timeout', name: 'timeout from an expression', mutate: (t) => sub(t, 'timeout-minutes: 30', 'timeout-minutes: ${{ fromJSON(vars.TRAIN_TIMEOUT) }}') },
    ];
    for (const p of passing) {
      it(`${p.id} passes: ${p.name}`, () => {
        const text = p.mutate(solutionText());
        const results = gradeText(text);
        assertWellFormed(results, text);
        const r = result(results, p.id);
        assert.equal(r.status, 'pass', r.findings.map((f) => `${f.line}: ${f.message}`).join('\n'));
      });
    }
    it('every check has a passing variant', () => {
      for (const id of IDS) assert.ok(passing.some((c) => c.id === id), id);
    });
  });

  describe('fixes', () => {
    const fixable = ['ci.triggers', 'ci.permissions', 'ci.pinned-actions', 'ci.python-setup', 'ci.push-only-main', 'ci.train-timeout'];
    for (const id of fixable) {
      it(`${id}: applying its fixes to the starter makes it pass and keeps the file valid`, () => {
        const fixed = fixUntilPass(starterText(), id);
        const results = gradeText(fixed);
        assert.equal(result(results, id).status, 'pass', fixed);
        assert.equal(result(results, 'ci.valid-workflow').status, 'pass', fixed);
      });
    }

    const fixtureFixes: Array<[string, string]> = [
      ['bad-literal-password.yml', 'ci.registry-secrets'],
      ['bad-push-every-branch.yml', 'ci.push-only-main'],
      ['bad-push-every-branch.yml', 'ci.image-tag-sha'],
      ['bad-write-all-pr-target.yml', 'ci.permissions'],
      ['bad-parallel-jobs.yml', 'ci.job-order'],
      ['bad-parallel-jobs.yml', 'ci.python-setup'],
      ['bad-gate-after-train.yml', 'ci.train-timeout'],
    ];
    for (const [file, id] of fixtureFixes) {
      it(`${id}: fixes repair ${file}`, () => {
        const text = readFileSync(join(FIXTURES, file), 'utf8');
        assert.equal(result(gradeText(text), id).status, 'fail');
        const fixed = fixUntilPass(text, id);
        const results = gradeText(fixed);
        assert.equal(result(results, id).status, 'pass', fixed);
        assert.equal(result(results, 'ci.valid-workflow').status, 'pass');
      });
    }

    it('fixes of the solution-based mutations keep the rest passing', () => {
      const text = sub(solutionText(), 'actions/checkout@v6\n      - uses: actions/download', 'actions/checkout@v3\n      - uses: actions/download');
      const fixed = fixUntilPass(text, 'ci.pinned-actions');
      assert.equal(fixed, solutionText());
    });
  });

  describe('fixture corpus', () => {
    const expected: Record<string, string[]> = {
      'good-metadata-action.yml': [],
      'bad-literal-password.yml': ['ci.registry-secrets'],
      'bad-write-all-pr-target.yml': ['ci.triggers', 'ci.permissions'],
      'bad-gate-after-train.yml': ['ci.data-validation', 'ci.quality-gate', 'ci.train-timeout'],
      'bad-push-every-branch.yml': ['ci.push-only-main', 'ci.image-tag-sha', 'ci.script-injection'],
      'bad-parallel-jobs.yml': ['ci.python-setup', 'ci.job-order'],
      'bad-schema-typo.yml': ['ci.valid-workflow'],
      'bad-tab-indent.yml': IDS,
    };
    it('covers every fixture file', () => {
      assert.deepEqual(readdirSync(FIXTURES).filter((f) => f.endsWith('.yml')).sort(), Object.keys(expected).sort());
    });
    for (const [file, ids] of Object.entries(expected)) {
      it(`${file} fails ${ids.length === IDS.length ? 'everything' : ids.join(', ') || 'nothing'}`, () => {
        const text = readFileSync(join(FIXTURES, file), 'utf8');
        const results = gradeText(text);
        assertWellFormed(results, text);
        assert.deepEqual(failing(results), ids);
      });
    }
    it('reports the YAML error of the tab-indented file at its line', () => {
      const results = gradeText(readFileSync(join(FIXTURES, 'bad-tab-indent.yml'), 'utf8'));
      const f = result(results, 'ci.valid-workflow').findings;
      assert.equal(f[0]!.line, 15);
      assert.match(f[0]!.message, /not valid YAML.*[Tt]ab/);
      assert.match(result(results, 'ci.triggers').findings[0]!.message, /Cannot check this yet/);
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, string]> = [
      ['empty', ''],
      ['whitespace', '   \n\n'],
      ['comments only', '# just a comment\n# another\n'],
      ['binary bytes', Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 10, 0x1b, 0x5b, 0]).toString('latin1')],
      ['replacement chars', '\uFFFD\uFFFD on: \uFFFD\n jobs: [\uFFFD'],
      ['CRLF solution', ''],
      ['tabs', 'on:\n\tpush:\njobs:\n\tbuild: x\n'],
      ['a scalar', 'hello'],
      ['a list', '- on\n- jobs\n'],
      ['alias bomb', 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\non: push\njobs: {}\n'],
      ['deep flow nesting', `on: push\njobs: ${'['.repeat(3000)}${']'.repeat(3000)}\n`],
      ['deep block nesting', `on: push\njobs:\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')}\n`],
      ['jobs not a map', 'on: push\njobs: [1, 2]\n'],
      ['steps not a list', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps: "nope"\n'],
      ['odd keys', '? [a, b]\n: 1\non: push\njobs:\n  ? {x: 1}\n  : 2\n  1:\n    steps: [null, 3, {uses: 7, run: [1]}]\n'],
      ['multiple documents', 'on: push\n---\njobs: {}\n'],
    ];
    for (const [name, raw] of cases) {
      it(`does not throw on ${name}`, () => {
        const text = name === 'CRLF solution' ? solutionText().replace(/\n/g, '\r\n') : raw;
        const results = gradeText(text);
        assertWellFormed(results, text);
        if (name !== 'CRLF solution') assert.equal(result(results, 'ci.valid-workflow').status, 'fail', name);
      });
    }

    it('grades a CRLF copy of the solution like the solution', () => {
      assert.deepEqual(failing(gradeText(solutionText().replace(/\n/g, '\r\n'))), []);
      const starterCrlf = gradeText(starterText().replace(/\n/g, '\r\n'));
      assert.deepEqual(failing(starterCrlf), failing(gradeText(starterText())));
      assert.deepEqual(result(starterCrlf, 'ci.pinned-actions').findings.map((f) => [f.line, f.column]), [[9, 32], [14, 36], [34, 35]]);
    });

    it('explains empty, comment-only and alias-bomb files', () => {
      assert.match(result(gradeText(''), 'ci.valid-workflow').findings[0]!.message, /no content/);
      assert.match(result(gradeText('# c\n'), 'ci.valid-workflow').findings[0]!.message, /no content/);
      const bomb = cases.find((c) => c[0] === 'alias bomb')![1];
      assert.match(result(gradeText(bomb), 'ci.valid-workflow').findings[0]!.message, /alias/i);
      assert.match(result(gradeText(cases.find((c) => c[0] === 'deep block nesting')![1]), 'ci.valid-workflow').findings[0]!.message, /nested/);
    });

    // FUZZ_SEED=1 and 20261126: a key YAML reads as a number crashed GitHub's reader ("raw.indexOf is not a
    // function"), which was shown as "GitHub would reject this workflow: raw.indexOf …".
    it('fuzz regression: numeric keys are read as written, and GitHub\'s schema judges them', () => {
      const top = result(gradeText('0o17: '), 'ci.valid-workflow').findings.map((f) => f.message);
      assert.ok(top.includes("GitHub would reject this workflow: Unexpected value '0o17'"), top.join('\n'));
      const job = result(gradeText('on: push\njobs:\n  0o17:\n    runs-on: x\n    steps: [{run: a}]\n'), 'ci.valid-workflow').findings;
      assert.deepEqual(job.map((f) => f.line), [3]);
      assert.match(job[0]!.message, /identifier '0o17' is invalid/);
      for (const text of ['3.10: x', 'on: push\njobs:\n  t:\n    runs-on: x\n    env: {1: a, true: b}\n    steps: [{run: a}]\n']) {
        for (const r of gradeText(text)) for (const f of r.findings) assert.doesNotMatch(f.message, /is not a function|Cannot read prop/);
      }
    });

    it('fuzz regression: nesting deep enough to overflow the YAML parser is reported as nesting, not as a stack error', () => {
      const text = `on: push\njobs: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
      assert.ok(text.length < 128 * 1024);
      const results = gradeText(text);
      assertWellFormed(results, text);
      const f = result(results, 'ci.valid-workflow').findings;
      assert.equal(f.length, 1);
      assert.match(f[0].message, /nested more than 64 levels/);
      assert.doesNotMatch(f[0].message, /call stack/);
    });

    it('reports a missing file at line 1 and blocks the other checks', () => {
      const results = grader.grade(new Map());
      assertWellFormed(results, undefined);
      const f = result(results, 'ci.valid-workflow').findings[0]!;
      assert.equal(f.line, 1);
      assert.match(f.message, /^Create \.github\/workflows\/ci\.yml/);
      assert.ok(results.every((r) => r.status === 'fail'));
      const missing = grader.grade(new Map([[CI, { kind: 'missing' }]]));
      assert.match(result(missing, 'ci.valid-workflow').findings[0]!.message, /^Create /);
    });

    it('reports an unreadable file with its reason', () => {
      const results = grader.grade(new Map([[CI, { kind: 'unreadable', reason: 'it is not UTF-8 text' }]]));
      assertWellFormed(results, undefined);
      assert.match(result(results, 'ci.valid-workflow').findings[0]!.message, /not UTF-8 text/);
    });

    it('refuses a 10 MB file (its speed: npm run bench)', () => {
      const big = `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n${'      - run: echo hello world\n'.repeat(360_000)}`;
      assert.ok(big.length > 10_000_000);
      const results = gradeText(big);
      assertWellFormed(results, big);
      assert.match(result(results, 'ci.valid-workflow').findings[0]!.message, /KB.*not graded/);
    });

    it('grades a large but allowed file', () => {
      const steps = '      - run: pytest -q\n'.repeat(5_000);
      const text = `${solutionText()}\n  extra:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
      assert.ok(text.length > 100_000 && text.length < 128 * 1024);
      assertWellFormed(gradeText(text), text);
    });
  });

  describe('properties', () => {
    const lineCount = (t: string) => t.split('\n').length;
    const check = (text: string) => {
      const results = gradeText(text);
      assert.equal(results.length, IDS.length);
      for (const [i, r] of results.entries()) {
        assert.equal(r.id, IDS[i]);
        assert.ok(r.status === 'pass' || r.status === 'fail');
        for (const f of r.findings) {
          assert.ok(f.line >= 1 && f.line <= lineCount(text) + 1, `${r.id}: line ${f.line}`);
          assert.ok(!/unexpectedly/.test(f.message), f.message);
        }
      }
    };

    it('never throws on random strings', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (s) => check(s)),
        { numRuns: 200 },
      );
    });

    it('never throws on random mutations of the solution', () => {
      const lines = solutionText().split('\n');
      const mutation = fc.oneof(
        fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), col: fc.nat(), s: fc.string({ maxLength: 8 }) }),
        fc.record({ kind: fc.constant('chars' as const), at: fc.nat(), col: fc.nat(), s: fc.constantFrom(':', '-', '[', '{', '&a', '*a', '"', "'", '\t', '#', '${{', '|', ' ', '!!', '%') }),
      );
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (muts) => {
          const ls = [...lines];
          for (const m of muts) {
            const i = m.at % ls.length;
            if (m.kind === 'delete') ls.splice(i, 1);
            else if (m.kind === 'duplicate') ls.splice(i, 0, ls[i]!);
            else if (m.kind === 'swap') {
              const j = m.to % ls.length;
              [ls[i], ls[j]] = [ls[j]!, ls[i]!];
            } else {
              const l = ls[i]!;
              const c = m.col % (l.length + 1);
              ls[i] = l.slice(0, c) + m.s + l.slice(c);
            }
            if (ls.length === 0) ls.push('');
          }
          check(ls.join('\n'));
        }),
        { numRuns: 200 },
      );
    });
  });
});
