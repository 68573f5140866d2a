// `npm run fuzz`: bundles test/fuzz/run.ts (TypeScript, ESM-only dependencies) with esbuild into
// out-fuzz/run.js and runs it in a child process with a watchdog: a case that freezes (no progress
// for FUZZ_HANG_MS, default 60 s) is reported with its target and case index, then the run fails.
// Env: FUZZ_RUNS (default 10000), FUZZ_SEED, FUZZ_ONLY, FUZZ_HANG_MS (or --runs, --seed, --only). See test/fuzz/run.ts.
import * as esbuild from 'esbuild';
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'out-fuzz', 'run.js');

// `npm run fuzz -- --seed N` (also --runs N, --only NAME) means the same as FUZZ_SEED=N …: an option given on
// the command line was silently ignored before, and the run used a random seed.
const env = { ...process.env };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const m = /^--(seed|runs|only)(?:=(.*))?$/.exec(args[i]);
  if (!m) {
    console.error(`fuzz: unknown argument ${args[i]} (use --seed N, --runs N, --only NAME)`);
    process.exit(2);
  }
  const value = m[2] ?? args[++i];
  if (value === undefined || (m[1] !== 'only' && !/^-?\d+$/.test(value))) {
    console.error(`fuzz: --${m[1]} needs ${m[1] === 'only' ? 'a target name' : 'a whole number'}`);
    process.exit(2);
  }
  env[`FUZZ_${m[1].toUpperCase()}`] = value;
}

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

const hangMs = Number(process.env.FUZZ_HANG_MS || 60_000);
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
