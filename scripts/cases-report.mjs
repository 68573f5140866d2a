// `npm run cases [-- --base <git-ref>] [-- --verbose]`: every check's accepted/rejected examples graded by
// the graders of this tree (and, with --base, by those of another commit, for a before/after table).
// See test/cases/report.ts.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './host.mjs';

const args = process.argv.slice(2);
const baseRef = args.includes('--base') ? args[args.indexOf('--base') + 1] : undefined;
const verbose = args.includes('--verbose');
const out = join(repoRoot, 'out-cases');
mkdirSync(out, { recursive: true });
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', nodePaths: [join(repoRoot, 'node_modules')] };

async function buildGraders(srcRoot, file) {
  await esbuild.build({ ...common, absWorkingDir: srcRoot, entryPoints: [join(srcRoot, 'src', 'labs', 'registry.ts')], outfile: file });
  return file;
}

await esbuild.build({ ...common, absWorkingDir: repoRoot, entryPoints: [join(repoRoot, 'test', 'cases', 'report.ts')], outfile: join(out, 'report.cjs') });
const require = createRequire(import.meta.url);
const report = require(join(out, 'report.cjs'));

if (baseRef) {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-lab-base-'));
  try {
    execFileSync('sh', ['-c', `git archive ${JSON.stringify(baseRef)} src | tar -x -C ${JSON.stringify(dir)}`], { cwd: repoRoot, stdio: 'inherit' });
    const sha = execFileSync('git', ['rev-parse', '--short', baseRef], { cwd: repoRoot, encoding: 'utf8' }).trim();
    report.main(await buildGraders(dir, join(out, 'graders-base.cjs')), `graders at ${baseRef} (${sha})`, repoRoot, verbose);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
report.main(await buildGraders(repoRoot, join(out, 'graders-now.cjs')), 'graders in this tree', repoRoot, verbose);
