import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const lib = join(__dirname, '..', '..', '..', '..', 'scripts', 'lib', 'temp.mjs');

/** Runs a Node script that uses scripts/lib/temp.mjs; `then` decides how it ends. Resolves with what it printed and its exit. */
function run(body: string, then?: (child: ReturnType<typeof spawn>, firstLine: string) => void): Promise<{ lines: string[]; code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', `import { makeTempDir, killOnExit } from ${JSON.stringify(lib)};\n${body}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let told = false;
  child.stdout!.on('data', (d) => {
    out += d;
    if (!told && out.includes('\n')) {
      told = true;
      then?.(child, out.split('\n')[0]);
    }
  });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ lines: out.trim().split('\n'), code, signal })));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('temporary folders of the test scripts', function () {
  this.timeout(30_000);

  it('are removed when the run ends normally', async () => {
    const r = await run(`const d = makeTempDir('mlops-lab-t-'); console.log(d);`);
    assert.equal(r.code, 0);
    assert.match(r.lines[0], /mlops-lab-t-/);
    assert.equal(existsSync(r.lines[0]), false);
  });

  it('are removed when the run fails', async () => {
    const r = await run(`const d = makeTempDir('mlops-lab-t-'); console.log(d); throw new Error('boom');`);
    assert.notEqual(r.code, 0);
    assert.equal(existsSync(r.lines[0]), false);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`are removed on ${signal}, and a registered child process is stopped first`, async () => {
      const r = await run(
        `import { spawn } from 'node:child_process';
         const d = makeTempDir('mlops-lab-t-');
         const sleeper = killOnExit(spawn('sleep', ['600'], { stdio: 'ignore' }));
         console.log(d + ' ' + sleeper.pid);
         setInterval(() => {}, 1000);`,
        (child, line) => {
          assert.ok(existsSync(line.split(' ')[0]), 'the folder exists while the run goes on');
          child.kill(signal);
        },
      );
      const [dir, pid] = r.lines[0].split(' ');
      assert.equal(r.code, signal === 'SIGINT' ? 130 : 143);
      assert.equal(existsSync(dir), false);
      // The kill was sent before the process exited; the sleeper is gone or a zombie being reaped.
      let gone = !alive(Number(pid));
      for (let i = 0; i < 100 && !gone; i++) {
        await new Promise((res) => setTimeout(res, 50));
        gone = !alive(Number(pid));
      }
      assert.ok(gone, `child ${pid} still runs`);
    });
  }
});
