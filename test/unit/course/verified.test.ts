import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli';
import { diskSource } from '../../../src/course/diskSource';
import { loadCourse } from '../../../src/course/load';
import { memorySource } from '../../../src/course/source';
import { ageWarnings, findVerified, parseDay } from '../../../src/course/verified';

const contentDir = join(__dirname, '..', '..', '..', '..', 'content');
/** The course date; never the real clock. */
const TODAY = new Date(Date.UTC(2026, 11, 1));
const SRC = 'source: https://example.org/release-notes';

describe('verified dates on facts that age', () => {
  it('finds every (verified YYYY-MM-DD; source: …) with its line', () => {
    const text = `intro\nTorchServe is in limited maintenance (verified 2026-12-01; ${SRC}).\nplain line\nTwo on a line (verified 2025-01-31; ${SRC}) and (VERIFIED 2024-02-29; ${SRC}).\n`;
    const r = findVerified(text, 'lessons/x.md');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.facts, [
      { file: 'lessons/x.md', line: 2, date: '2026-12-01' },
      { file: 'lessons/x.md', line: 4, date: '2025-01-31' },
      { file: 'lessons/x.md', line: 4, date: '2024-02-29' },
    ]);
  });

  it('a marker that wraps onto the next line counts, on the line where it starts', () => {
    const r = findVerified(`explanation: >-\n  Stages are deprecated (verified 2026-11-30;\n  ${SRC}).\n`, 'quizzes/q.yaml');
    assert.deepEqual([r.facts, r.problems], [[{ file: 'quizzes/q.yaml', line: 2, date: '2026-11-30' }], []]);
  });

  it('a malformed date, an impossible day or a missing source is a problem with its line; prose is not a marker', () => {
    const text = [
      `a (verified 2026-13-01; ${SRC})`,
      `b (verified 2026-02-30; ${SRC})`,
      `c (verified 2026-1-5; ${SRC})`,
      `d (verified December 2026; ${SRC})`,
      'e (verified 2026-06-01)',
      `f verified 2026-06-01; ${SRC}`,
      'g the fix was verified by the tests, and (verification pending)',
    ].join('\n');
    const r = findVerified(text, 'lessons/x.md');
    assert.deepEqual(r.problems.map((p) => p.line), [1, 2, 3, 4, 5, 6]);
    assert.match(r.problems[0].message, /"verified 2026-13-01" is not a date/);
    assert.match(r.problems[3].message, /"verified December" is not a date/);
    assert.match(r.problems[4].message, /needs its source/);
    assert.equal(r.problems[0].column, 3);
    assert.deepEqual(r.facts.map((f) => f.date), ['2026-06-01', '2026-06-01']); // well-dated, only the source is missing
  });

  it('parseDay takes real calendar days only', () => {
    assert.equal(parseDay('2024-02-29')?.toISOString(), '2024-02-29T00:00:00.000Z');
    for (const bad of ['2025-02-29', '2026-00-10', '2026-12-32', '26-12-01', '2026-12-01x', '']) assert.equal(parseDay(bad), undefined, bad);
  });

  it('a fact 13 months old is listed with its line; one 11 months old, or exactly a year old, is not', () => {
    const facts = [
      { file: 'lessons/a.md', line: 7, date: '2025-11-01' }, // 13 months before 2026-12-01
      { file: 'lessons/a.md', line: 9, date: '2026-01-01' }, // 11 months
      { file: 'lessons/b.md', line: 3, date: '2025-12-01' }, // exactly 12 months: not more than a year
      { file: 'lessons/b.md', line: 4, date: '2025-11-30' }, // a year and a day
    ];
    const w = ageWarnings(facts, TODAY);
    assert.deepEqual(w.map((x) => `${x.file}:${x.line}`), ['lessons/a.md:7', 'lessons/b.md:4']);
    assert.match(w[0].message, /verified 2025-11-01, more than 12 months ago/);
  });

  it('a date after today is listed too', () => {
    assert.deepEqual(ageWarnings([{ file: 'l.md', line: 1, date: '2026-12-02' }], TODAY).map((w) => w.message), ['fact verified 2026-12-02, which is after today (2026-12-01)']);
  });

  it('the loader collects markers from lessons, lab instructions and quizzes, and reports malformed ones', async () => {
    const lesson = (id: string, extra: string) =>
      `---\nid: ${id}\ntitle: T\nsummary: S.\nminutes: 3\n---\n## The idea\nx ${extra}\n\n## Why it matters in production\ny\n\n## Example\nz\n`;
    const c = await loadCourse(memorySource({
      'course.yaml': 'title: T\ntopics:\n  - id: one\n    title: One\n    summary: S\n    lessons: [a, b]\n',
      'lessons/a.md': lesson('a', `(verified 2025-10-15; ${SRC})`),
      'lessons/b.md': lesson('b', `(verified 2025-10-32; ${SRC})`),
    }));
    assert.deepEqual(c.verified, [{ file: 'lessons/a.md', line: 8, date: '2025-10-15' }]);
    assert.deepEqual(c.problems.map((p) => `${p.file}:${p.line}`), ['lessons/b.md:8']);
  });

  it('the real content: every marker is well formed, and none is older than a year on the course date', async () => {
    const c = await loadCourse(diskSource(contentDir));
    assert.deepEqual(c.problems, []);
    assert.ok(c.verified.length >= 5, `found ${c.verified.length} verified facts`);
    assert.deepEqual(ageWarnings(c.verified, TODAY), []);
  });

  async function cli(dir: string, today: Date, ...extra: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['content', 'check', dir, '--no-python', ...extra], { out: (t) => out.push(t), err: (t) => err.push(t), today });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('content check lists old facts as warnings with file:line and still exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-verified-'));
    cpSync(contentDir, dir, { recursive: true });
    const file = join(dir, 'lessons', 'model-drift.md');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('## The idea')) + 2; // the paragraph under the heading
    lines[at] += ` Old fact (verified 2025-11-01; ${SRC}). Newer fact (verified 2026-01-01; ${SRC}).`;
    writeFileSync(file, lines.join('\n'));
    const r = await cli(dir, TODAY);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /content OK/);
    const warnings = r.err.split('\n').filter((l) => l.includes(': warning: '));
    // Other content may carry dates too: only ours are older than a year on the course date.
    assert.deepEqual(warnings.map((w) => w.replace(/: warning: .*/, '')), [`${file}:${at + 1}`]);
    assert.match(warnings[0], /verified 2025-11-01, more than 12 months ago/);
    assert.match(r.err, /1 warning\(s\)/);
    // The same content a year later: every fact dated 2026 is now old, still only warnings.
    const later = await cli(dir, new Date(Date.UTC(2028, 0, 1)));
    assert.equal(later.code, 0);
    assert.ok(later.err.split('\n').filter((l) => l.includes(': warning: ')).length > 2);
    // --today= overrides the injected day; a bad one is a usage error.
    assert.equal((await cli(dir, TODAY, '--today=2026-12-1')).code, 2);
    assert.doesNotMatch((await cli(dir, new Date(Date.UTC(2030, 0, 1)), '--today=2026-12-01')).err, /2026-01-01, more than/);
  });

  it('content check fails on a malformed date (an error, unlike an old one)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-verified-'));
    cpSync(contentDir, dir, { recursive: true });
    const file = join(dir, 'lessons', 'model-drift.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Example', `## Example\n\nA fact (verified 2026-31-12; ${SRC}).`));
    const r = await cli(dir, TODAY);
    assert.equal(r.code, 1);
    assert.match(r.err, /model-drift\.md:\d+:\d+: "verified 2026-31-12" is not a date/);
  });
});
