// Builds every bundle: the extension (CJS, node, `vscode` external), the CLI,
// the webview scripts (browser) and, with --tests, the unit and integration test bundles.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const release = args.has('--release');
const withTests = args.has('--tests');
const watch = args.has('--watch');
// Parallel work: OUT_DIR=out-x keeps one run's test bundles from another's; --filter=word builds only matching unit tests.
const outRoot = process.env.OUT_DIR || 'out';
const filterArg = process.argv.find((a) => a.startsWith('--filter='));
const filter = filterArg ? filterArg.slice('--filter='.length) : '';
const unitOnly = args.has('--unit-only');
// DIST_DIR lets the size check build a release elsewhere without disturbing dist/.
const distDir = process.env.DIST_DIR || 'dist';

const common = {
  bundle: true,
  minify: release,
  sourcemap: release ? false : 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

// `import * as vscode from 'vscode'` becomes esbuild's ESM interop: a copy of the whole API object (getters for
// its ~200 names) in every module that says it, 16 of them while the extension loads (issue 18: about 2-3 ms of
// the bundle's evaluation, and garbage). TypeScript's `import vscode = require('vscode')` is a plain require of
// the one object; the sources keep the usual form, the extension's bundles get this one.
const plainVscodeRequire = {
  name: 'plain-vscode-require',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      return { contents: text.replace(/^import \* as vscode from 'vscode';$/m, "import vscode = require('vscode');"), loader: 'ts' };
    });
  },
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

function lazyChunks() {
  const chunks = { features: 'src/features.ts', course: 'src/course/load.ts', renderer: 'src/lessons/render.ts', graders: 'src/labs/registry.ts', quiz: 'src/quiz/index.ts', dashboard: 'src/dashboard/model.ts' };
  return Object.fromEntries(Object.entries(chunks).filter(([, f]) => existsSync(f)));
}

const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension.ts' },
    outdir: distDir,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    plugins: [plainVscodeRequire],
    // Heavy modules (markdown-it, graders) are split into lazily required chunks by require() at use sites.
    metafile: true,
  },
  {
    // Lazily required chunks (see src/util/lazy.ts): each is its own CJS bundle next to extension.js. features.js
    // is everything the extension does past activating (src/features.ts), loaded on first use.
    ...common,
    entryPoints: lazyChunks(),
    outdir: distDir,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    plugins: [plainVscodeRequire],
  },
  {
    ...common,
    entryPoints: { cli: 'src/cli.ts' },
    outdir: distDir,
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
    outdir: `${distDir}/webview`,
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
    entryPoints: findTests('test/unit').filter((f) => f.includes(filter)),
    outbase: 'test',
    outdir: `${outRoot}/test`,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // fast-check stays one shared module so test/mocha-setup.cjs can fix its seed for every suite.
    external: ['mocha', 'fast-check'],
  });
  if (!unitOnly) builds.push({
    ...common,
    sourcemap: 'inline',
    minify: false,
    entryPoints: ['test/integration/index.ts', ...findTests('test/integration')],
    outbase: 'test',
    outdir: `${outRoot}/test`,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  });
}

const selected = unitOnly ? builds.slice(4) : builds;
if (!watch && !unitOnly) rmSync(distDir, { recursive: true, force: true });
if (withTests) rmSync(outRoot, { recursive: true, force: true });

if (watch) {
  for (const b of selected) (await esbuild.context(b)).watch();
  console.log('watching…');
} else {
  await Promise.all(selected.map((b) => esbuild.build(b)));
}
