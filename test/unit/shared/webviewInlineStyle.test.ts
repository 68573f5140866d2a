// The webviews' CSP allows styles only from the extension's own files (no 'unsafe-inline'), so an inline style
// attribute is refused and logged as a CSP error each time it is rendered. The lab panel once set style=""
// on its progress bar at every render. Setting a property through the CSSOM (el.style.width = …) is allowed.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCsp } from '../../../src/util/webviewHtml';

const WEBVIEW = join('src', 'webview');

describe('webview scripts set no inline style attribute (the CSP would refuse it)', () => {
  it('the CSP has no unsafe-inline for styles', () => {
    assert.doesNotMatch(buildCsp('https://x', 'n'), /unsafe-inline/);
  });
  for (const file of readdirSync(WEBVIEW).filter((f) => f.endsWith('.ts'))) {
    it(file, () => {
      const text = readFileSync(join(WEBVIEW, file), 'utf8');
      const bad = [
        /[{,]\s*['"]?style['"]?\s*:/, // el('div', { style: … })
        /setAttribute\(\s*['"]style['"]/,
        /<[a-z][^>]*\sstyle\s*=/i, // markup spliced into innerHTML
        /\.outerHTML\s*=|insertAdjacentHTML/,
      ].filter((re) => re.test(text)).map(String);
      assert.deepEqual(bad, [], `${file} sets inline styles`);
    });
  }
  it('the check would have caught the old lab panel code', () => {
    assert.match("el('div', { class: 'bar', style: '' })", /[{,]\s*['"]?style['"]?\s*:/);
  });
});
