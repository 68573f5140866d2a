// Regression guard for sizes (deterministic, unlike timings): builds the release bundles and
// fails when the activation bundle or a webview script grows past its budget.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './host.mjs';
import { makeTempDir } from './lib/temp.mjs';

export const BUDGETS = { activationBundleBytes: 150 * 1024, webviewScriptBytes: 60 * 1024 };

export function releaseSizes() {
  const out = makeTempDir('mlops-lab-release-');
  execFileSync('node', ['esbuild.mjs', '--release'], { cwd: repoRoot, env: { ...process.env, DIST_DIR: out }, stdio: 'inherit' });
  const files = (dir) => readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => ({ file: f, bytes: statSync(join(dir, f)).size }));
  return { dir: out, bundles: files(out), webview: files(join(out, 'webview')) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { bundles, webview } = releaseSizes();
  let ok = true;
  for (const b of bundles) console.log(`${b.file.padEnd(20)} ${(b.bytes / 1024).toFixed(1)} KB`);
  for (const w of webview) console.log(`webview/${w.file.padEnd(12)} ${(w.bytes / 1024).toFixed(1)} KB`);
  const act = bundles.find((b) => b.file === 'extension.js');
  if (!act || act.bytes > BUDGETS.activationBundleBytes) {
    ok = false;
    console.error(`activation bundle ${act?.bytes} B is over its budget of ${BUDGETS.activationBundleBytes} B`);
  }
  for (const w of webview) if (w.bytes > BUDGETS.webviewScriptBytes) {
    ok = false;
    console.error(`webview script ${w.file} (${w.bytes} B) is over its budget of ${BUDGETS.webviewScriptBytes} B`);
  }
  console.log(ok ? 'sizes within budget' : 'size budget exceeded');
  process.exit(ok ? 0 : 1);
}
