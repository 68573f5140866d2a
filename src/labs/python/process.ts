// Running a program the learner's code runs in: a deadline and cancellation that stop the whole
// process tree, bounded output, never a hang. Node only (no vscode).
import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Milliseconds before the whole tree is killed. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Bytes of stdout and of stderr kept (the end of each is kept). */
  maxOutput?: number;
}

export interface RunResult {
  /** Exit code, or null when killed or not started. */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  cancelled: boolean;
  /** Set when the program could not be started at all (ENOENT, EACCES…). */
  spawnError?: NodeJS.ErrnoException;
}

const DEFAULT_MAX_OUTPUT = 256 * 1024;

function keepTail(chunks: Buffer[], max: number): string {
  const all = Buffer.concat(chunks);
  return (all.length > max ? all.subarray(all.length - max) : all).toString('utf8');
}

export function runProcess(command: string, args: readonly string[], opts: RunOptions): Promise<RunResult> {
  const max = opts.maxOutput ?? DEFAULT_MAX_OUTPUT;
  return new Promise((resolveRun) => {
    if (opts.signal?.aborted) {
      resolveRun({ code: null, stdout: '', stderr: '', timedOut: false, cancelled: true });
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let timedOut = false;
    let cancelled = false;
    let settled = false;
    // detached: the child leads a process group of its own, so a kill reaches everything it started
    // (pytest's subprocesses, a learner's multiprocessing pool).
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, detached: process.platform !== 'win32', stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const killTree = () => {
      if (child.pid === undefined) return;
      try {
        if (process.platform === 'win32') spawn('taskkill', ['/pid', String(child.pid), '/T', '/F'], { windowsHide: true });
        else process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killTree();
    }, opts.timeoutMs);
    const onAbort = () => {
      cancelled = true;
      killTree();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const keep = (chunks: Buffer[], chunk: Buffer, size: number): number => {
      chunks.push(chunk);
      size += chunk.length;
      // Drop whole chunks from the front once twice the limit is held; keepTail trims the rest.
      while (size - chunks[0].length > max * 2) size -= chunks.shift()!.length;
      return size;
    };
    child.stdout.on('data', (c: Buffer) => (outBytes = keep(out, c, outBytes)));
    child.stderr.on('data', (c: Buffer) => (errBytes = keep(err, c, errBytes)));
    const finish = (code: number | null, spawnError?: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolveRun({ code, stdout: keepTail(out, max), stderr: keepTail(err, max), timedOut, cancelled, spawnError });
    };
    // When the leader exits, whatever it left running in its group goes too, so pipes close and `close` fires.
    child.on('exit', () => killTree());
    child.on('error', (e: NodeJS.ErrnoException) => finish(null, e));
    child.on('close', (code) => finish(timedOut || cancelled ? null : code));
  });
}
