// Builds every bundle: the extension (CJS, node, `vscode` external), the CLI,
// the webview scripts (browser) and, with --tests, the unit and integration test bundles.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const release = args.has('--release');
const withTests = args.has('--tests');
const watch = args.has('--watch');

const common = {
  bundle: true,
  minify: release,
  sourcemap: release ? false : 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    // Heavy modules (markdown-it, graders) are split into lazily required chunks by require() at use sites.
    metafile: true,
  },
  {
    ...common,
    entryPoints: { cli: 'src/cli.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: readdirSync('src/webview')
      .filter((f) => f.endsWith('.main.ts'))
      .map((f) => join('src/webview', f)),
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

if (withTests) {
  builds.push({
    ...common,
    sourcemap: 'inline',
    minify: false,
    entryPoints: findTests('test/unit'),
    outbase: 'test',
    outdir: 'out/test',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['mocha'],
  });
  builds.push({
    ...common,
    sourcemap: 'inline',
    minify: false,
    entryPoints: ['test/integration/index.ts', ...findTests('test/integration')],
    outbase: 'test',
    outdir: 'out/test',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  });
}

if (!watch) rmSync('dist', { recursive: true, force: true });
if (withTests) rmSync('out', { recursive: true, force: true });

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
  console.log('watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
