// Runs the integration suites inside a real VS Code (code-server + Chromium).
// Usage: node scripts/vscode-host.mjs test
// MLOPS_LAB_WORKSPACE_MODE: 'folder' (default), 'multi-root' (a .code-workspace with two folders) or 'empty'
// (a window with no folder); MLOPS_LAB_RESTRICTED=1 opens it in Restricted Mode; MLOPS_LAB_GREP picks suites.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, repoRoot, startCodeServer, workbenchUrl } from './host.mjs';
import { makeTempDir } from './lib/temp.mjs';

const TIMEOUT_MS = Number(process.env.MLOPS_LAB_TEST_TIMEOUT ?? 300_000);

async function main() {
  const mode = process.env.MLOPS_LAB_WORKSPACE_MODE ?? 'folder';
  // Removed when the run ends, passed or failed or interrupted (scripts/lib/temp.mjs).
  const workspace = makeTempDir('mlops-lab-ws-');
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  let open = { folder: workspace };
  if (mode === 'multi-root') {
    for (const name of ['first', 'second']) mkdirSync(join(workspace, name));
    const file = join(workspace, 'course.code-workspace');
    writeFileSync(file, JSON.stringify({ folders: [{ path: 'first' }, { path: 'second' }] }));
    open = { workspace: file };
  } else if (mode === 'empty') open = {};
  // VS Code for the Web saves after a delay by default; tests about unsaved work need it off.
  const host = await startCodeServer({ workspace: mode === 'folder' ? workspace : undefined, settings: { 'files.autoSave': 'off', 'workbench.startupEditor': 'none' } });
  const browser = await launchChromium();
  let code = 1;
  try {
    const page = await browser.newPage();
    // The workbench logs plenty of its own (socket setup, gallery lookups); print from our first line on.
    let started = process.env.MLOPS_LAB_VERBOSE === '1';
    const exited = new Promise((resolve) => {
      page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = Array.isArray(args) ? args.join(' ') : String(args);
        // The workbench's own chatter (e.g. "[AgentHost] …") is not our tests' output.
        if (line.includes('MLOPS_LAB_TESTS_START')) started = true;
        if (!started || /^\[[A-Za-z]+\] /.test(line) || /getaddrinfo|open-vsx\.org|\/static\/out\/vs\//.test(line)) return;
        (type === 'error' ? console.error : console.log)(line);
      });
      page.exposeFunction('codeAutomationExit', (c) => resolve(Number(c)));
    });
    const url = workbenchUrl(host.url, { ...open, testsPath: join(repoRoot, 'out', 'test', 'integration', 'index.js') });
    await page.goto(url);
    const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS).unref());
    const result = await Promise.race([exited, timer]);
    if (result === 'timeout') {
      console.error(`Integration tests did not finish within ${TIMEOUT_MS / 1000} s`);
      await page.screenshot({ path: join(repoRoot, 'test-artifacts', 'integration-timeout.png') }).catch(() => {});
      code = 1;
    } else code = result;
  } finally {
    await browser.close();
    await host.stop();
  }
  console.log(`integration tests exit code: ${code}`);
  process.exit(code);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
