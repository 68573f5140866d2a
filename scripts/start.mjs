// `npm start`: opens a real VS Code with the extension loaded and a sample workspace.
// Desktop VS Code (`code` on PATH) when there is one; otherwise code-server on 127.0.0.1, whose URL is printed.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, startCodeServer, toolsDir, workbenchUrl } from './host.mjs';

const workspace = process.env.MLOPS_LAB_WORKSPACE ?? join(homedir(), 'mlops-lab-sample');
if (!existsSync(workspace)) {
  mkdirSync(workspace, { recursive: true });
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
}

const hasCode = process.env.MLOPS_LAB_FORCE_CODE_SERVER !== '1' && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  console.log(`Opening VS Code with the extension from ${repoRoot} on ${workspace}`);
  spawn('code', ['--extensionDevelopmentPath', repoRoot, workspace], { stdio: 'inherit' });
} else {
  const port = Number(process.env.PORT ?? 8080);
  // One profile kept between runs, like a desktop VS Code's: the learner's progress (VS Code's global state) and
  // settings survive Ctrl+C, and the walkthrough shows only the first time. Only code-server's extensions folder is
  // temporary (removed when this stops).
  const userDataDir = process.env.MLOPS_LAB_PROFILE ?? join(toolsDir, 'start-profile');
  const fresh = !existsSync(userDataDir);
  let host;
  try {
    host = await startCodeServer({ workspace, port, userDataDir, settings: fresh ? {
      'workbench.startupEditor': 'none',
      // The course is the point of this window: the chat side bar VS Code opens by default only takes room.
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
    } : undefined });
  } catch (err) {
    console.error(`\nMLOps Lab could not start VS Code for the browser.\n${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
  const url = workbenchUrl(host.url, { folder: workspace });
  console.log(`\nMLOps Lab is running in VS Code (code-server) at:\n\n  ${url}\n\nOpen it in a browser on this machine and click the MLOps icon in the activity bar${fresh ? ': a short getting-started walkthrough opens' : ''}.\nYour progress is kept in ${userDataDir}. Press Ctrl+C to stop.`);
  const stop = async () => {
    console.log('\nStopping code-server…');
    await host.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
