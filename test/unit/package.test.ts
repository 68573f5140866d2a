import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT, SOURCE, vsixReadme } from '../../scripts/lib/learner-readme.mjs';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Image sources a markdown text shows. */
const images = (md: string) => [...md.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]);

describe('the packaged extension (.vsix)', function () {
  this.timeout(60_000);
  let files: string[] = [];
  let packaged = '';

  before(function () {
    assert.match(pkg.scripts.package, new RegExp(`learner-readme\\.mjs && vsce package .*--readme-path ${OUTPUT.replace('.', '\\.')}`), '`npm run package` writes and ships the learner README');
    if (!existsSync(join(root, 'dist', 'extension.js'))) throw new Error('dist/ is not built: run `node esbuild.mjs` first');
    packaged = vsixReadme(readFileSync(join(root, SOURCE), 'utf8'));
    writeFileSync(join(root, OUTPUT), packaged);
    // The same file list `npm run package` zips (vsce applies .vscodeignore and adds the README).
    const out = execFileSync(join(root, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies', '--readme-path', OUTPUT], { cwd: root, encoding: 'utf8' });
    files = out.split('\n').map((l) => l.trim()).filter(Boolean);
  });

  it('ships the learner README, not the developers\' one, and no image VS Code would show broken', () => {
    assert.ok(files.includes(OUTPUT), OUTPUT);
    assert.ok(!files.includes('README.md'), 'the developers\' README (npm commands, test host) is not for learners');
    assert.doesNotMatch(packaged, /npm (ci|test|start|run)/, 'no developer commands');
    // VS Code's extension page drops relative and data: image sources; only https ones show.
    for (const src of images(packaged)) assert.match(src, /^https:\/\//, src);
    assert.match(packaged, /## Start here/);
  });

  it('keeps the learner README\'s screenshots when an https location for them is given, and they exist', () => {
    const source = readFileSync(join(root, SOURCE), 'utf8');
    assert.ok(images(source).length >= 1, 'the learner README shows the extension');
    for (const src of images(source)) assert.ok(existsSync(join(root, src)), `${SOURCE} shows missing ${src}`);
    const hosted = vsixReadme(source, 'https://example.com/repo/raw/main');
    assert.deepEqual(images(hosted), images(source).map((s) => `https://example.com/repo/raw/main/${s}`));
    assert.throws(() => vsixReadme(source, 'http://example.com/x'), /https/);
  });

  it('ships what the extension loads and nothing it does not (no command-line bundle, sources, maps, tests or unseen images)', () => {
    const chunks = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js') && f !== 'cli.js');
    for (const c of chunks) assert.ok(files.includes(`dist/${c}`), `dist/${c} is loaded by the extension but not packaged`);
    assert.ok(files.includes(pkg.main.replace(/^\.\//, '')));
    for (const w of readdirSync(join(root, 'dist', 'webview')).filter((f) => f.endsWith('.js') || f.endsWith('.css'))) assert.ok(files.includes(`dist/webview/${w}`), `dist/webview/${w}`);
    assert.ok(!files.includes('dist/cli.js'), 'dist/cli.js is the course authors\' command line, not used by the extension');
    for (const f of files) assert.doesNotMatch(f, /\.map$|^src\/|^test\/|^scripts\/|^node_modules\/|^bench\/|^media\/screenshots\//, f);
    assert.ok(!files.includes('content/README.md'), 'the authors\' guide stays out');
    // npm run bench's floor extension (bench/floor: the bare minimum of each action, timed next to ours) is never shipped.
    assert.ok(!files.some((f) => f.startsWith('bench/') || /floor/i.test(f)), 'bench/floor stays out of the .vsix');
    assert.ok(files.includes('content/course.yaml'));
    for (const f of ['media/icon.png', 'media/activity.svg', 'media/webview.css', 'media/quiz.css', 'media/lab.css', 'dist/webview/dashboard.main.css']) assert.ok(files.includes(f), f);
    // The dashboard's rules are bundled into dist/webview/dashboard.main.css; the source file is not loaded by anything.
    assert.ok(!files.includes('media/dashboard.css'), 'media/dashboard.css is bundled, not shipped');
    // The Python labs run these from the installed extension: without them no test runs.
    for (const f of ['resources/python/mlops_lab_driver.py', 'resources/python/mlops_lab_report.py', 'resources/python/mlops_lab_expect.py']) assert.ok(files.includes(f), f);
    assert.ok(files.some((f) => /^content\/labs\/detect-drift\/graded\/test_.*\.py$/.test(f)), 'the held-back tests ship with the extension');
  });

  it('ships every walkthrough page and the images they show', () => {
    for (const step of pkg.contributes.walkthroughs[0].steps) {
      assert.ok(files.includes(step.media.markdown), step.media.markdown);
      for (const img of images(readFileSync(join(root, step.media.markdown), 'utf8'))) assert.ok(files.includes(join('media/walkthrough', img)), img);
    }
  });
});
