// `mlops-lab check --watch` as a learner runs it: the built CLI in its own process, a save, a new checklist, Ctrl-C.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli';
import { ignoredPath } from '../../../src/labs/watch';
import { testPython } from '../labs/python/pythonForTests';

const root = join(__dirname, '..', '..', '..', '..');
const cliJs = join(root, 'dist', 'cli.js');
const contentDir = join(root, 'content');
process.env.MLOPS_LAB_CONTENT = contentDir;

class Watcher {
  out = '';
  err = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;
  private waiters: Array<() => void> = [];

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [cliJs, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MLOPS_LAB_CONTENT: contentDir } });
    this.child.stdout!.on('data', (c: Buffer) => {
      this.out += c.toString('utf8');
      for (const w of this.waiters) w();
    });
    this.child.stderr!.on('data', (c: Buffer) => (this.err += c.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Resolves once stdout holds `n` checklists (each ends with "N/M checks pass"); mocha's timeout bounds the wait. */
  async checklists(n: number): Promise<string[]> {
    const split = () => this.out.split(/^Watching .*$/m).filter((s) => /checks pass/.test(s));
    while (split().length < n) {
      if (this.child.exitCode !== null) throw new Error(`the CLI exited early (${this.child.exitCode}): ${this.err}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
      this.waiters = [];
    }
    return split();
  }

  interrupt(): void {
    this.child.kill('SIGINT');
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

const passes = (checklist: string) => Number(/(\d+)\/\d+ checks pass/.exec(checklist)![1]);

describe('mlops-lab check --watch', function () {
  this.timeout(120_000);
  let work: string;
  before(function () {
    if (!existsSync(cliJs)) throw new Error(`${cliJs} is missing: run node esbuild.mjs first (npm test does)`);
  });
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'mlops-watch-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('regrades a file lab when a file is saved, reprints the checklist, and exits 0 on Ctrl-C', async () => {
    const dir = join(work, 'docker');
    assert.equal(await runCli(['scaffold', 'containerize-model-server', dir], { out: () => {}, err: () => {} }), 0);
    const w = new Watcher(['check', 'containerize-model-server', dir, '--watch']);
    try {
      const [first] = await w.checklists(1);
      assert.match(first, /✗ Base image is pinned to a version/);
      assert.ok(!w.out.includes('\x1b[2J'), 'no screen clearing when stdout is not a terminal');
      copyFileSync(join(contentDir, 'labs', 'containerize-model-server', 'solution', 'Dockerfile'), join(dir, 'Dockerfile'));
      const lists = await w.checklists(2);
      const last = lists[lists.length - 1];
      assert.match(last, /✓ Base image is pinned to a version/);
      assert.ok(passes(last) > passes(first), `${passes(first)} → ${passes(last)}`);
      w.interrupt();
      const exit = await w.exited;
      assert.deepEqual(exit, { code: 0, signal: null });
      assert.match(w.out, /Stopped watching\.\n$/);
    } finally {
      w.kill();
    }
  });

  it('regrades a Python lab on save (its tests run again) and exits 0 on Ctrl-C', async () => {
    const dir = join(work, 'drift');
    assert.equal(await runCli(['scaffold', 'detect-drift', dir], { out: () => {}, err: () => {} }), 0);
    const w = new Watcher(['check', 'detect-drift', dir, '--watch', '--python', testPython]);
    try {
      const [first] = await w.checklists(1);
      assert.match(w.out, /^Python: /m);
      assert.equal(passes(first), 0);
      // Caches the Python run writes are not saves: only the learner's file triggers the next grading.
      mkdirSync(join(dir, '__pycache__'), { recursive: true });
      writeFileSync(join(dir, '__pycache__', 'x.pyc'), 'x');
      copyFileSync(join(contentDir, 'labs', 'detect-drift', 'solution', 'drift.py'), join(dir, 'drift.py'));
      const lists = await w.checklists(2);
      assert.ok(passes(lists[lists.length - 1]) > 0, lists[lists.length - 1]);
      w.interrupt();
      assert.deepEqual(await w.exited, { code: 0, signal: null });
    } finally {
      w.kill();
    }
  });

  it('clears the screen before each checklist when the output is a terminal; the interrupt ends it with 0', async () => {
    const dir = join(work, 'prom');
    assert.equal(await runCli(['scaffold', 'prometheus-alerts', dir], { out: () => {}, err: () => {} }), 0);
    const out: string[] = [];
    let printed: () => void = () => {};
    const first = new Promise<void>((resolve) => (printed = resolve));
    const stop = new AbortController();
    const done = runCli(['check', 'prometheus-alerts', dir, '--watch'], {
      out: (t) => {
        out.push(t);
        printed();
      },
      err: () => {},
      isTTY: true,
      interrupt: stop.signal,
    });
    await first;
    assert.ok(out[0].startsWith('\x1b[2J'), JSON.stringify(out[0].slice(0, 20)));
    assert.match(out[0], /checks pass\nWatching /);
    stop.abort();
    assert.equal(await done, 0);
    assert.equal(out[out.length - 1], 'Stopped watching.');
  });

  it('ignores dependency folders, VCS data and tool caches', () => {
    for (const p of ['.git/index', 'node_modules/x/y.js', 'src/__pycache__/m.cpython-312.pyc', '.pytest_cache/v/cache', 'a.pyc', '.Dockerfile.swp', 'notes~']) assert.ok(ignoredPath(p), p);
    for (const p of ['Dockerfile', '.github/workflows/ci.yml', 'drift.py', 'tests/test_drift.py', '.gitignore', '.dockerignore']) assert.ok(!ignoredPath(p), p);
  });
});
