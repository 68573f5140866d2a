import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runProcess } from '../../../../src/labs/python/process';

/** Running, not a zombie (a killed orphan stays a zombie until an init that reaps gets to it). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

describe('runProcess', () => {
  it('returns exit code and output', async () => {
    const r = await runProcess('/bin/sh', ['-c', 'echo out; echo err >&2; exit 3'], { cwd: '/', env: process.env, timeoutMs: 20_000 });
    assert.equal(r.code, 3);
    assert.equal(r.stdout, 'out\n');
    assert.equal(r.stderr, 'err\n');
    assert.equal(r.timedOut, false);
  });

  it('kills the whole process tree at the deadline, a background grandchild included', async () => {
    const r = await runProcess('/bin/sh', ['-c', 'sleep 60 & echo $!; sleep 60'], { cwd: '/', env: process.env, timeoutMs: 300 });
    assert.equal(r.timedOut, true);
    assert.equal(r.code, null);
    const grandchild = Number(r.stdout.trim());
    assert.ok(grandchild > 0);
    await new Promise((res) => setTimeout(res, 100));
    assert.equal(alive(grandchild), false, 'the background sleep outlived the deadline');
  });

  it('stops a background child the program left running when it exits', async () => {
    const r = await runProcess('/bin/sh', ['-c', 'sleep 60 >/dev/null 2>&1 & echo $!'], { cwd: '/', env: process.env, timeoutMs: 20_000 });
    assert.equal(r.code, 0);
    await new Promise((res) => setTimeout(res, 100));
    assert.equal(alive(Number(r.stdout.trim())), false);
  });

  it('stops when cancelled', async () => {
    const ac = new AbortController();
    const p = runProcess('/bin/sh', ['-c', 'sleep 60'], { cwd: '/', env: process.env, timeoutMs: 20_000, signal: ac.signal });
    setTimeout(() => ac.abort(), 50);
    const r = await p;
    assert.equal(r.cancelled, true);
    assert.equal(r.timedOut, false);
  });

  it('reports a program that cannot be started', async () => {
    const r = await runProcess('/nonexistent/prog', [], { cwd: '/', env: process.env, timeoutMs: 20_000 });
    assert.equal(r.spawnError?.code, 'ENOENT');
  });

  it('keeps the end of a large output within its limit', async () => {
    const r = await runProcess('/bin/sh', ['-c', 'i=0; while [ $i -lt 5000 ]; do echo line$i; i=$((i+1)); done'], { cwd: '/', env: process.env, timeoutMs: 20_000, maxOutput: 1000 });
    assert.ok(r.stdout.length <= 1000);
    assert.match(r.stdout, /line4999\n$/);
  });
});
