import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli';
import { testPython } from '../labs/python/pythonForTests';

const contentDir = join(__dirname, '..', '..', '..', '..', 'content');
/** Every lab of the course (one folder each under content/labs), so a new lab is covered without editing this list. */
const LABS = readdirSync(join(contentDir, 'labs')).filter((n) => existsSync(join(contentDir, 'labs', n, 'lab.yaml'))).sort();
/** The topics of course.yaml, so topics added beyond the article are covered without editing this test. */
const TOPICS = (parse(readFileSync(join(contentDir, 'course.yaml'), 'utf8')) as { topics: Array<{ id: string; beyondArticle?: boolean; quizzes?: string[] }> }).topics;
process.env.MLOPS_LAB_CONTENT = contentDir;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('mlops-lab CLI', () => {
  it('content check passes on the real content', async function () {
    this.timeout(180_000); // runs every Python lab's starter and solution with a real interpreter
    const r = await cli('content', 'check', contentDir, '--python', testPython);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, new RegExp(`content OK: ${TOPICS.length} topics, \\d+ lessons`));
  });

  it('content check fails with file:line on a broken copy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-content-'));
    cpSync(contentDir, dir, { recursive: true });
    const file = join(dir, 'lessons', 'model-drift.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Example', '## Examples'));
    writeFileSync(join(dir, 'course.yaml'), readFileSync(join(dir, 'course.yaml'), 'utf8').replace('ab-testing', 'ab-testing, ghost-lesson'));
    const r = await cli('content', 'check', dir, '--no-python');
    assert.equal(r.code, 1);
    assert.match(r.err, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+: missing section "## Example"`));
    assert.match(r.err, /course\.yaml:\d+: lesson "ghost-lesson" has no file/);
  });

  it('content export --json lists topics and lessons with ids and titles', async () => {
    const r = await cli('content', 'export', '--json', contentDir);
    assert.equal(r.code, 0, r.err);
    const data = JSON.parse(r.out);
    // The article's five topics first, in order, then the ones beyond it, as course.yaml lists them.
    assert.deepEqual(data.topics.filter((t: { beyondArticle: boolean }) => !t.beyondArticle).map((t: { id: string }) => t.id), ['fundamentals', 'deployment', 'cicd', 'monitoring', 'faq']);
    assert.deepEqual(data.topics.map((t: { id: string; beyondArticle: boolean }) => [t.id, t.beyondArticle]), TOPICS.map((t) => [t.id, t.beyondArticle === true]));
    assert.ok(data.lessons.length >= 20);
    for (const l of data.lessons) assert.ok(l.id && l.title);
    const topicQuizzes = TOPICS.flatMap((t) => t.quizzes ?? []);
    for (const core of ['cicd-quiz', 'deployment-quiz', 'fundamentals-quiz', 'monitoring-quiz']) assert.ok(topicQuizzes.includes(core), core);
    assert.deepEqual(data.quizzes.map((q: { id: string }) => q.id).sort(), ['article-quiz', ...topicQuizzes].sort());
    const article = data.quizzes.find((q: { id: string }) => q.id === 'article-quiz');
    assert.equal(article.questions.length, 20);
    for (const quiz of data.quizzes) {
      for (const q of quiz.questions) {
        assert.ok(q.id && q.prompt && q.explanation, `${q.id} has prompt and explanation`);
        if (q.type === 'single' || q.type === 'multiple') {
          assert.ok(q.choices.every((c: { text: unknown; correct: unknown }) => typeof c.text === 'string' && typeof c.correct === 'boolean'));
          assert.ok(q.choices.some((c: { correct: boolean }) => c.correct));
        }
      }
    }
    assert.deepEqual(data.labs.map((l: { id: string; checks: unknown[] }) => [l.id, l.checks.length > 5]).sort(), LABS.map((id) => [id, true]));
  });

  it('usage errors exit 2', async () => {
    assert.equal((await cli()).code, 2);
    assert.equal((await cli('content', 'frobnicate')).code, 2);
    assert.equal((await cli('content', 'export')).code, 2);
    assert.equal((await cli('help')).code, 0);
  });

  it('labs lists every lab, id first', async () => {
    const r = await cli('labs');
    assert.equal(r.code, 0);
    assert.deepEqual(r.out.split('\n').map((l) => l.split('\t')[0]).sort(), LABS);
    assert.ok(LABS.length >= 4 && LABS.includes('prometheus-alerts'));
  });

  for (const lab of LABS) {
    it(`${lab}: scaffold then check fails exactly the expected checks; the solution passes`, async () => {
      const dir = join(mkdtempSync(join(tmpdir(), 'mlops-cli-')), 'new', 'folder');
      const s = await cli('scaffold', lab, dir);
      assert.equal(s.code, 0, s.err);
      assert.ok(existsSync(join(dir, 'README.md')) || readdirSync(dir).length > 2);
      const expected = (parse(readFileSync(join(contentDir, 'labs', lab, 'lab.yaml'), 'utf8')) as { starterFails: string[] }).starterFails;
      const r = await cli('check', lab, dir, '--json', '--python', testPython);
      assert.equal(r.code, 1, r.err);
      const report = JSON.parse(r.out) as { lab: string; checks: Array<{ id: string; status: string; findings: Array<{ line: number; column: number; file: string }> }> };
      assert.equal(report.lab, lab);
      assert.deepEqual(report.checks.filter((c) => c.status === 'fail').map((c) => c.id).sort(), [...expected].sort());
      for (const c of report.checks) for (const f of c.findings) assert.ok(f.line >= 1 && f.column >= 1 && f.file.length > 0);
      const text = await cli('check', lab, dir, '--python', testPython);
      assert.match(text.out, /FAIL {2}\S+/);

      cpSync(join(contentDir, 'labs', lab, 'solution'), dir, { recursive: true });
      const solved = await cli('check', lab, dir, `--python=${testPython}`);
      assert.equal(solved.code, 0, solved.out);
      assert.match(solved.out, /(\d+)\/\1 checks pass/);

      const again = await cli('scaffold', lab, dir);
      assert.equal(again.code, 1, 'refuses to overwrite');
      assert.match(again.err, /Refusing to overwrite/);
    });
  }

  it('content check --no-python says the Python labs were not run', async () => {
    const r = await cli('content', 'check', contentDir, '--no-python');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /--no-python: the Python labs' starters and solutions were not run/);
  });

  it('check: a Python lab without a usable Python exits 2 and names the interpreter it tried', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-cli-py-'));
    assert.equal((await cli('scaffold', 'release-gate', dir)).code, 0);
    const r = await cli('check', 'release-gate', dir, '--python', '/nonexistent/python3');
    assert.equal(r.code, 2);
    assert.match(r.err, /\/nonexistent\/python3 not found/);
    const bad = await cli('check', 'release-gate', dir, '--python');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--python needs a path/);
  });

  it('check: usage errors and unreadable projects exit 2', async () => {
    assert.equal((await cli('check', 'no-such-lab', '.')).code, 2);
    assert.equal((await cli('check')).code, 2);
    assert.equal((await cli('check', 'ci-for-ml', '/definitely/not/here')).code, 2);
    assert.equal((await cli('check', 'ci-for-ml', '.', '--yaml')).code, 2);
    assert.equal((await cli('scaffold', 'ci-for-ml')).code, 2);
  });
});
