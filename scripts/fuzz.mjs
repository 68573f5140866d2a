// `npm run fuzz`: bundles test/fuzz/run.ts (TypeScript, ESM-only dependencies) with esbuild into
// out-fuzz/run.js and runs it in a child process with a watchdog: a case that freezes (no progress
// for FUZZ_HANG_MS, default 60 s) is reported with its target and case index, then the run fails.
// Env: FUZZ_RUNS (default 10000), FUZZ_SEED, FUZZ_ONLY, FUZZ_HANG_MS; or the flags --seed N, --runs N, --only NAME. See test/fuzz/run.ts.
import * as esbuild from 'esbuild';
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'out-fuzz', 'run.js');
await esbuild.build({
  absWorkingDir: root,
  entryPoints: [join(root, 'test', 'fuzz', 'run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
});

// `npm run fuzz -- --seed 1` is the same as FUZZ_SEED=1 npm run fuzz (flags win over the environment).
const env = { ...process.env };
const args = process.argv.slice(2);
for (const [flag, name] of [['--seed', 'FUZZ_SEED'], ['--runs', 'FUZZ_RUNS'], ['--only', 'FUZZ_ONLY']]) {
  const i = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (i < 0) continue;
  const value = args[i].includes('=') ? args[i].slice(flag.length + 1) : args[i + 1];
  if (value === undefined) throw new Error(`${flag} needs a value`);
  env[name] = value;
}

const hangMs = Number(env.FUZZ_HANG_MS || 60_000);
const child = fork(outfile, [], { cwd: root, env, execArgv: ['--enable-source-maps'], stdio: 'inherit' });
let last = { target: '(starting)', case: -1, at: Date.now() };
child.on('message', (m) => (last = { ...m, at: Date.now() }));
const timer = setInterval(() => {
  if (Date.now() - last.at < hangMs) return;
  const msg = `fuzz: no progress for ${hangMs / 1000} s in target "${last.target}" after case ${last.case}; the next case froze. Re-run with the printed FUZZ_SEED and FUZZ_ONLY="${last.target}".`;
  console.error(msg);
  mkdirSync(join(root, 'test-artifacts'), { recursive: true });
  writeFileSync(join(root, 'test-artifacts', 'fuzz-hang.txt'), `${msg}\n`);
  child.kill('SIGKILL');
}, 1000);
child.on('exit', (code, signal) => {
  clearInterval(timer);
  process.exit(signal ? 1 : (code ?? 1));
});
