import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSafeExternalUrl, parseFromLessonWebview, parseLessonPanelState, parseToLessonWebview } from '../../../src/shared/validate';
import { buildCsp, inlineText, renderShell } from '../../../src/util/webviewHtml';

describe('lesson webview protocol', () => {
  it('accepts well-formed messages', () => {
    assert.deepEqual(parseFromLessonWebview({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromLessonWebview({ type: 'ready', shown: 'model-drift' }), { type: 'ready', shown: 'model-drift' });
    assert.deepEqual(parseFromLessonWebview({ type: 'openLesson', lessonId: 'model-drift' }), { type: 'openLesson', lessonId: 'model-drift' });
    assert.deepEqual(parseFromLessonWebview({ type: 'setDone', lessonId: 'a', done: true, extra: 1 }), { type: 'setDone', lessonId: 'a', done: true });
  });

  it('rejects malformed, unknown and oversized messages', () => {
    const bad = [null, 1, 'ready', [], {}, { type: 'nope' }, { type: 'openLesson' }, { type: 'openLesson', lessonId: '../../etc' },
      { type: 'openLesson', lessonId: 'a'.repeat(500) }, { type: 'setDone', lessonId: 'a', done: 'yes' },
      { type: 'openExternal', url: 'x'.repeat(5000) }, { type: 'rendered', lessonId: 5 },
      { type: 'ready', shown: 5 }, { type: 'ready', shown: '../x' }];
    for (const m of bad) assert.equal(parseFromLessonWebview(m), undefined, JSON.stringify(m)?.slice(0, 80));
  });

  it('never throws on any input', () => {
    fc.assert(fc.property(fc.anything(), (m) => {
      parseFromLessonWebview(m);
      parseToLessonWebview(m);
      parseLessonPanelState(m);
    }), { numRuns: 1000 });
  });

  it('validates messages to the webview too', () => {
    const lesson = { id: 'a', title: 'A', topicTitle: 'T', minutes: 2, html: '<p>x</p>', done: false, related: [], index: 1, total: 2 };
    assert.ok(parseToLessonWebview({ type: 'lesson', lesson }));
    assert.equal(parseToLessonWebview({ type: 'lesson', lesson: { ...lesson, related: [{ id: 1 }] } }), undefined);
    assert.equal(parseToLessonWebview({ type: 'progress', lessonId: 'a' }), undefined);
  });

  it('lets only http(s) URLs with a host out', () => {
    assert.ok(isSafeExternalUrl('https://dvc.org/doc'));
    for (const u of ['javascript:alert(1)', 'file:///etc/passwd', 'command:workbench.action.quit', 'vscode://x', 'https://user:pw@host/', 'nonsense', 'data:text/html,x']) {
      assert.equal(isSafeExternalUrl(u), false, u);
    }
  });

  it('builds a strict CSP with a nonce and no unsafe sources', () => {
    const csp = buildCsp('vscode-webview://abc', 'NONCE123');
    assert.match(csp, /^default-src 'none'/);
    assert.match(csp, /script-src 'nonce-NONCE123'/);
    assert.match(csp, /style-src 'nonce-NONCE123'(;|$)/, 'styles only from the page\'s own nonce\'d elements');
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    const html = renderShell({ cspSource: 'vscode-webview://abc', script: 'run(1 < 2, "</script><b>");\n//# sourceMappingURL=s.js.map', styles: ['a{}', 'b::after{content:"</STYLE>"}'], title: 'T"<x>', data: { id: '"><script>' } }, 'N1');
    assert.match(html, /<script nonce="N1">run\(1 < 2, "<\\\/script><b>"\);\n<\/script>/);
    assert.match(html, /<style nonce="N1">a\{\}<\/style>\s*<style nonce="N1">b::after\{content:"<\\\/STYLE>"\}<\/style>/);
    assert.doesNotMatch(html, /sourceMappingURL/);
    assert.doesNotMatch(html, /"><script>/);
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline handlers');
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.equal((html.match(/<\/script/gi) ?? []).length, 1, 'only the closing tag closes the script');
    assert.equal((html.match(/<\/style/gi) ?? []).length, 2);
  });

  it('an inlined script means the same: `<\\/` is `</` in a string and a template', () => {
    const source = 'globalThis.__inl = ["</script>", `</Script>`, "</style>", /x<\\/script/.source];';
    const inlined = inlineText(source, 'script');
    assert.doesNotMatch(inlined, /<\/script/i);
    const run = (code: string) => {
      new Function(code)();
      return (globalThis as { __inl?: unknown }).__inl;
    };
    assert.deepEqual(run(inlined), run(source));
  });

  it('refuses a script holding "<!--", which would keep the page\'s closing tag from closing it', () => {
    assert.throws(() => inlineText('var a = "<!--";', 'script'), /<!--/);
  });

  it('every webview bundle built and every stylesheet the pages use can be written into a page', () => {
    const root = join(__dirname, '..', '..', '..', '..');
    const dist = join(root, 'dist', 'webview');
    if (!existsSync(dist)) throw new Error('dist/ is not built: run `node esbuild.mjs` first');
    const files = [...readdirSync(dist).filter((f) => f.endsWith('.js') || f.endsWith('.css')).map((f) => join(dist, f)),
      ...readdirSync(join(root, 'media')).filter((f) => f.endsWith('.css')).map((f) => join(root, 'media', f))];
    assert.ok(files.some((f) => f.endsWith('lesson.main.js')) && files.some((f) => f.endsWith('dashboard.main.js')));
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      assert.doesNotThrow(() => inlineText(text, f.endsWith('.js') ? 'script' : 'style'), f);
    }
  });
});
