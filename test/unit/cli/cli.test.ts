import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli';

const contentDir = join(__dirname, '..', '..', '..', '..', 'content');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('mlops-lab CLI', () => {
  it('content check passes on the real content', async () => {
    const r = await cli('content', 'check', contentDir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /content OK: 5 topics, \d+ lessons/);
  });

  it('content check fails with file:line on a broken copy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-content-'));
    cpSync(contentDir, dir, { recursive: true });
    const file = join(dir, 'lessons', 'model-drift.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Example', '## Examples'));
    writeFileSync(join(dir, 'course.yaml'), readFileSync(join(dir, 'course.yaml'), 'utf8').replace('ab-testing', 'ab-testing, ghost-lesson'));
    const r = await cli('content', 'check', dir);
    assert.equal(r.code, 1);
    assert.match(r.err, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+: missing section "## Example"`));
    assert.match(r.err, /course\.yaml:\d+: lesson "ghost-lesson" has no file/);
  });

  it('content export --json lists topics and lessons with ids and titles', async () => {
    const r = await cli('content', 'export', '--json', contentDir);
    assert.equal(r.code, 0, r.err);
    const data = JSON.parse(r.out);
    assert.equal(data.topics.length, 5);
    assert.ok(data.lessons.length >= 20);
    for (const l of data.lessons) assert.ok(l.id && l.title);
    assert.ok(Array.isArray(data.quizzes));
  });

  it('usage errors exit 2', async () => {
    assert.equal((await cli()).code, 2);
    assert.equal((await cli('content', 'frobnicate')).code, 2);
    assert.equal((await cli('content', 'export')).code, 2);
    assert.equal((await cli('help')).code, 0);
  });
});
