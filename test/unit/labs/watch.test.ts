// The scheduler behind `check --watch`: one grading at a time; a save during a grading cancels it and grades anew.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchAndGrade } from '../../../src/labs/watch';

/** A grading the test finishes by hand, recording whether it was aborted. */
interface Pending {
  signal: AbortSignal;
  finish(text: string): void;
}

describe('watchAndGrade', function () {
  this.timeout(20_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlops-watch-unit-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('never runs two gradings at once; a save cancels the running one, whose output is dropped', async () => {
    const gradings: Pending[] = [];
    let running = 0;
    let most = 0;
    const printed: string[] = [];
    let wake: () => void = () => {};
    const next = () => new Promise<void>((resolve) => (wake = resolve));
    const watching = watchAndGrade({
      folder: dir,
      debounceMs: 100,
      grade: (signal) => new Promise<string>((resolve) => {
        running++;
        most = Math.max(most, running);
        gradings.push({ signal, finish: (text) => { running--; resolve(text); } });
        wake();
      }),
      print: (text) => {
        printed.push(text);
        wake();
      },
    });
    try {
      while (gradings.length < 1) await next();
      gradings[0].finish('first');
      while (printed.length < 1) await next();
      assert.deepEqual(printed, ['first']);

      writeFileSync(join(dir, 'Dockerfile'), 'FROM python:3.12-slim\n');
      while (gradings.length < 2) await next();
      // A save while grading 2 runs: it is aborted, and grading 3 starts only once grading 2 has settled.
      const aborted = new Promise<void>((resolve) => gradings[1].signal.addEventListener('abort', () => resolve()));
      writeFileSync(join(dir, 'Dockerfile'), 'FROM python:3.13-slim\n');
      await aborted;
      assert.equal(gradings.length, 2, 'no new grading while the cancelled one is still running');
      gradings[1].finish('stale');
      while (gradings.length < 3) await next();
      gradings[2].finish('third');
      while (printed.length < 2) await next();
      assert.deepEqual(printed, ['first', 'third'], 'the cancelled grading printed nothing');
      assert.equal(most, 1);
    } finally {
      await watching.close();
    }
  });

  it('close() cancels a grading in progress and waits for it; nothing prints after', async () => {
    const printed: string[] = [];
    let pending: Pending | undefined;
    let started: () => void = () => {};
    const isStarted = new Promise<void>((resolve) => (started = resolve));
    const watching = watchAndGrade({
      folder: dir,
      grade: (signal) => new Promise<string>((resolve) => {
        pending = { signal, finish: resolve };
        signal.addEventListener('abort', () => resolve('aborted'));
        started();
      }),
      print: (text) => printed.push(text),
    });
    await isStarted;
    await watching.close();
    assert.equal(pending?.signal.aborted, true);
    assert.deepEqual(printed, []);
  });
});
