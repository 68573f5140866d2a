// `npm test`: builds, then runs every suite in order and prints counts per suite.
// Unit (plain mocha), the CLI on the built bundle, integration (mocha in a real VS Code), UI (Playwright).
import { spawn } from 'node:child_process';
import { repoRoot } from './host.mjs';
import { testPython } from './python-deps.mjs';

const suites = [
  { name: 'build', cmd: ['node', 'esbuild.mjs', '--tests'] },
  { name: 'typecheck', cmd: ['npx', 'tsc', '-p', '.'] },
  { name: 'typecheck webview', cmd: ['npx', 'tsc', '-p', 'src/webview'] },
  // Debian's python3 with numpy, pandas, scipy and pytest: the Python labs' tests run it.
  { name: 'python for the labs', cmd: ['node', 'scripts/python-deps.mjs'] },
  { name: 'unit', cmd: ['npx', 'mocha', '--config', '.mocharc.json'], counts: /(\d+) passing/, failing: /(\d+) failing/ },
  { name: 'cli', cmd: ['node', 'dist/cli.js', 'content', 'check', '--python', testPython] },
  { name: 'bundle sizes', cmd: ['node', 'scripts/check-sizes.mjs'] },
  // Installs the VS Code test host the first time (about 3 minutes), so the suites below find it ready.
  { name: 'test host', cmd: ['node', 'scripts/host.mjs', 'install'] },
  { name: 'integration', cmd: ['node', 'scripts/vscode-host.mjs', 'test'], counts: /integration: (\d+) passed, (\d+) failed/ },
  { name: 'integration (Restricted Mode)', cmd: ['node', 'scripts/vscode-host.mjs', 'test'], env: { MLOPS_LAB_RESTRICTED: '1', MLOPS_LAB_GREP: 'Restricted Mode' }, counts: /integration: (\d+) passed, (\d+) failed/ },
  { name: 'integration (no folder open)', cmd: ['node', 'scripts/vscode-host.mjs', 'test'], env: { MLOPS_LAB_WORKSPACE_MODE: 'empty', MLOPS_LAB_GREP: 'Workspace shapes' }, counts: /integration: (\d+) passed, (\d+) failed/ },
  { name: 'integration (multi-root)', cmd: ['node', 'scripts/vscode-host.mjs', 'test'], env: { MLOPS_LAB_WORKSPACE_MODE: 'multi-root', MLOPS_LAB_GREP: 'Workspace shapes' }, counts: /integration: (\d+) passed, (\d+) failed/ },
  { name: 'ui', cmd: ['node', 'scripts/ui-test.mjs'], counts: /ui: (\d+) passed, (\d+) failed/ },
];

function run(cmd, env = {}) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd[0], cmd.slice(1), { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const summary = [];
let passed = 0;
let failed = 0;
let anyFailed = false;
let hostFailed = false;
const only = process.argv.slice(2);
for (const s of suites) {
  if (only.length && !only.includes(s.name)) continue;
  const needsHost = /^(integration|ui)/.test(s.name);
  if (needsHost && hostFailed) {
    summary.push(`${s.name}: not run, the test host could not be installed (see above) — 0 passed, 1 failed`);
    failed += 1;
    continue;
  }
  console.log(`\n=== ${s.name}: ${s.cmd.join(' ')}`);
  const t0 = Date.now();
  const { code, out } = await run(s.cmd, s.env);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  let line = `${s.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${secs} s`;
  if (s.counts) {
    const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
    const m = s.counts.exec(plain);
    const p = Number(m?.[1] ?? 0);
    const f = Number((s.failing ? s.failing.exec(plain)?.[1] : m?.[2]) ?? 0) || (code !== 0 && !m ? 1 : 0);
    passed += p;
    failed += f;
    line += ` — ${p} passed, ${f} failed`;
  }
  summary.push(line);
  if (code !== 0) {
    anyFailed = true;
    if (s.name === 'test host') hostFailed = true;
    if (s.name === 'build') break;
  }
}
console.log('\n=== summary');
for (const l of summary) console.log(l);
console.log(`${passed} passed, ${failed} failed`);
process.exit(anyFailed ? 1 : 0);
