import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Images a markdown file shows, as paths from the extension root (the README is packaged at the root). */
function images(markdownFile: string, from = ''): string[] {
  const md = readFileSync(join(root, markdownFile), 'utf8');
  return [...md.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => join(from, m[1]).replace(/\\/g, '/'));
}

describe('the packaged extension (.vsix)', function () {
  this.timeout(60_000);
  const readme = /--readme-path\s+(\S+)/.exec(pkg.scripts.package)?.[1];
  let files: string[] = [];

  before(function () {
    assert.ok(readme, '`npm run package` names the learner README with --readme-path');
    if (!existsSync(join(root, 'dist', 'extension.js'))) throw new Error('dist/ is not built: run `node esbuild.mjs` first');
    // The same file list `npm run package` zips (vsce applies .vscodeignore and adds the README).
    const out = execFileSync(join(root, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies', '--readme-path', readme], { cwd: root, encoding: 'utf8' });
    files = out.split('\n').map((l) => l.trim()).filter(Boolean);
  });

  it('ships the learner README, not the developers\' one, with every image it shows', () => {
    assert.ok(files.includes(readme!), readme);
    assert.ok(!files.includes('README.md'), 'the developers\' README (npm commands, test host) is not for learners');
    const shown = images(readme!);
    assert.ok(shown.length >= 1, 'the learner README shows the extension');
    for (const img of shown) assert.ok(files.includes(img), `${readme} shows ${img}, which is not packaged`);
    const text = readFileSync(join(root, readme!), 'utf8');
    assert.doesNotMatch(text, /npm (ci|test|start|run)/, 'no developer commands');
  });

  it('ships what the extension loads and nothing it does not (no command-line bundle, sources, maps or tests)', () => {
    const chunks = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js') && f !== 'cli.js');
    for (const c of chunks) assert.ok(files.includes(`dist/${c}`), `dist/${c} is loaded by the extension but not packaged`);
    assert.ok(files.includes(pkg.main.replace(/^\.\//, '')));
    for (const w of readdirSync(join(root, 'dist', 'webview')).filter((f) => f.endsWith('.js'))) assert.ok(files.includes(`dist/webview/${w}`));
    assert.ok(!files.includes('dist/cli.js'), 'dist/cli.js is the course authors\' command line, not used by the extension');
    for (const f of files) assert.doesNotMatch(f, /\.map$|^src\/|^test\/|^scripts\/|^node_modules\/|^bench\/|^docs\//, f);
    assert.ok(!files.includes('content/README.md'), 'the authors\' guide stays out');
    assert.ok(files.includes('content/course.yaml'));
  });

  it('ships every walkthrough page and the images they show', () => {
    for (const step of pkg.contributes.walkthroughs[0].steps) {
      assert.ok(files.includes(step.media.markdown), step.media.markdown);
      for (const img of images(step.media.markdown, 'media/walkthrough')) assert.ok(files.includes(img), img);
    }
  });
});
