// The built CLI (dist/cli.js, as a learner runs it) writes its whole output into a pipe whose reader is slow.
// It used to call process.exit() right after writing, which cut `content export --json | …` at 64–128 KiB
// (issue 12). The process must wait for stdout to drain.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');
const cliJs = join(root, 'dist', 'cli.js');

/** Runs the CLI as a shell pipeline does (`mlops-lab … | slow reader`): a pipe(2), read only after a pause. */
function throughSlowPipe(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const quoted = [process.execPath, cliJs, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    // The CLI's exit code comes back on stderr's last line, since a pipeline's status is the reader's.
    const script = `${quoted} | (sleep 0.3; cat); echo "exit=\${PIPESTATUS[0]}" >&2`;
    const child = spawn('bash', ['-c', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    child.on('error', reject);
    child.on('close', () => {
      const m = /exit=(\d+)\s*$/.exec(err);
      resolve({ code: m ? Number(m[1]) : -1, out: Buffer.concat(out).toString('utf8') });
    });
  });
}

describe('mlops-lab CLI through a pipe', function () {
  this.timeout(30_000);
  before(function () {
    if (!existsSync(cliJs)) throw new Error(`${cliJs} is missing: run node esbuild.mjs first (npm test does)`);
  });

  it('content export --json arrives whole (well over the 64 KiB a pipe holds) and parses', async () => {
    const r = await throughSlowPipe(['content', 'export', '--json']);
    assert.equal(r.code, 0);
    assert.ok(Buffer.byteLength(r.out) > 128 * 1024, `${Buffer.byteLength(r.out)} bytes`);
    const course = JSON.parse(r.out) as { lessons: unknown[]; quizzes: unknown[] };
    assert.ok(course.lessons.length >= 21 && course.quizzes.length >= 5);
  });

  it('keeps its exit code when it exits by itself: 2 for an unknown lab', async () => {
    const r = await throughSlowPipe(['check', 'no-such-lab']);
    assert.equal(r.code, 2);
  });
});
