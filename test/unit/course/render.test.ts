import * as assert from 'node:assert/strict';
import { renderMarkdown } from '../../../src/lessons/render';

describe('lesson rendering', () => {
  it('renders headings, code and tables', () => {
    const html = renderMarkdown('## The idea\n\n```yaml\na: 1\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    assert.match(html, /<h2>The idea<\/h2>/);
    assert.match(html, /<pre><code class="language-yaml">a: 1/);
    assert.match(html, /<table>/);
  });

  it('escapes raw HTML instead of rendering it', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<b onclick="x()">b</b>');
    assert.doesNotMatch(html, /<script|<img|<b /);
    assert.match(html, /&lt;script&gt;/);
  });

  it('turns lesson links into data attributes and keeps hrefs inert', () => {
    const html = renderMarkdown('[drift](lesson:model-drift) and [docs](https://dvc.org/doc)');
    assert.match(html, /<a href="#" data-lesson="model-drift" class="lesson-link">drift<\/a>/);
    assert.match(html, /<a href="#" data-href="https:\/\/dvc.org\/doc" class="external-link"/);
  });

  it('makes javascript:, data: and file: links inert', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd', 'vbscript:x']) {
      const html = renderMarkdown(`[x](${url})`);
      assert.doesNotMatch(html, /href="(?!#)/, url);
      assert.doesNotMatch(html, /data-href/, url);
    }
  });

  it('never loads images, local or remote', () => {
    const html = renderMarkdown('![a chart](https://example.com/x.png) ![local](./x.png)');
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /\[a chart\]/);
  });
});
