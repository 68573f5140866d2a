// Temporary folders that go away when the run ends: normally, on an error, or on Ctrl+C / SIGTERM / SIGHUP.
// Child processes registered here (code-server) are killed first, so nothing writes into a folder being removed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dirs = new Set();
const children = new Set();
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
let installed = false;

function cleanup() {
  for (const child of children) {
    try {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
  children.clear();
  for (const d of dirs) {
    try {
      rmSync(d, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      /* best effort: never hide the run's own outcome */
    }
  }
  dirs.clear();
}

function install() {
  if (installed) return;
  installed = true;
  process.on('exit', cleanup);
  for (const [signal, n] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      // Another handler (npm start's graceful stop, Playwright's browser shutdown) may exit by itself, which runs
      // cleanup through 'exit'; give it a moment, then exit with the signal's code regardless.
      if (process.listenerCount(signal) > 1) setTimeout(() => process.exit(128 + n), 6000).unref();
      else process.exit(128 + n);
    });
  }
}

/** mkdtemp in the OS temp folder, removed when this process ends (or earlier with removeTempDir). */
export function makeTempDir(prefix) {
  install();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.add(dir);
  return dir;
}

export function removeTempDir(dir) {
  dirs.delete(dir);
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Kills `child` (if still running) when this process ends, before the temporary folders are removed. */
export function killOnExit(child) {
  install();
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
