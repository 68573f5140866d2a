// `mlops-lab check --watch`: regrade a folder on every save, one grading at a time. Node only (fs.watch), no vscode.
import { watch, type FSWatcher } from 'node:fs';

/** Folders whose changes are never the learner's saves: tools' caches and dependencies (Python runs write some). */
const IGNORED_SEGMENTS = new Set(['.git', 'node_modules', '__pycache__', '.pytest_cache', '.mypy_cache', '.ruff_cache', '.venv', 'venv', '.dvc']);

export function ignoredPath(rel: string): boolean {
  const parts = rel.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  return parts.some((p) => IGNORED_SEGMENTS.has(p)) || name.endsWith('.pyc') || name.endsWith('.swp') || name.endsWith('~');
}

export interface WatchOptions {
  folder: string;
  /** One grading; `signal` aborts it when a newer save arrives (its output is then dropped). */
  grade(signal: AbortSignal): Promise<string>;
  /** Prints one grading's output (the caller clears the screen if it wants). */
  print(text: string): void;
  debounceMs?: number;
}

export interface Watching {
  /** Stops watching, cancels a grading in progress and waits for it to settle. */
  close(): Promise<void>;
}

/** Grades once now, then again after each burst of changes; a change during a grading cancels it and grades anew. */
export function watchAndGrade(opts: WatchOptions): Watching {
  const debounceMs = opts.debounceMs ?? 200;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let controller: AbortController | undefined;
  let again = false;

  const start = (): void => {
    const c = new AbortController();
    controller = c;
    running = opts.grade(c.signal)
      .then((text) => {
        if (!c.signal.aborted && !closed) opts.print(text);
      }, (e: unknown) => {
        if (!c.signal.aborted && !closed) opts.print(`Grading failed: ${(e as Error).message}`);
      })
      .finally(() => {
        running = undefined;
        if (again && !closed) {
          again = false;
          start();
        }
      });
  };
  const kick = (): void => {
    timer = undefined;
    if (closed) return;
    if (running) {
      again = true;
      controller?.abort();
    } else start();
  };
  let watcher: FSWatcher | undefined;
  watcher = watch(opts.folder, { recursive: true }, (_event, name) => {
    if (closed || (name && ignoredPath(String(name)))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(kick, debounceMs);
  });
  start();
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher?.close();
      watcher = undefined;
      controller?.abort();
      await running;
    },
  };
}
