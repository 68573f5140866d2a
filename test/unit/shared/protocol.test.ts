import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSafeExternalUrl, parseFromLessonWebview, parseLessonPanelState, parseToLessonWebview } from '../../../src/shared/validate';
import { buildCsp, renderShell } from '../../../src/util/webviewHtml';

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
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    const html = renderShell({ cspSource: 'vscode-webview://abc', scriptUri: 'https://x/s.js', styleUris: ['https://x/a.css'], title: 'T"<x>', data: { id: '"><script>' } }, 'N1');
    assert.match(html, /<script nonce="N1" src="https:\/\/x\/s.js"><\/script>/);
    assert.doesNotMatch(html, /"><script>/);
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline handlers');
    assert.equal((html.match(/<script/g) ?? []).length, 1);
  });
});
