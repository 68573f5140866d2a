// The same integration suites in desktop VS Code via @vscode/test-electron, for machines that can
// download VS Code (this one cannot: use `npm run test:integration`, which runs them in code-server).
import { runTests } from '@vscode/test-electron';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './host.mjs';
import { makeTempDir } from './lib/temp.mjs';

const workspace = makeTempDir('mlops-lab-ws-');
cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    version: '1.95.0',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error('test-electron failed:', e);
  process.exit(1);
}
