// HTML shell for every webview: strict CSP; the page's script and stylesheets are written into it, each with the
// page's nonce, so a new panel paints without fetching files through the webview's resource loader (a trip to the
// extension host and back per file). Nothing else may run or style the page: no other inline code, no eval.
import { randomBytes } from 'node:crypto';

export interface WebviewShell {
  cspSource: string;
  /** The page's script (a bundle from dist/webview), run as a module-less classic script. */
  script: string;
  /** Stylesheets, in order. */
  styles: string[];
  title: string;
  /** Escaped into data-* attributes of <body>; never spliced into script. */
  data?: Record<string, string>;
}

export function makeNonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
}

export function buildCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Text safe inside a <script> or <style> element: `</script` or `</style` would end the element early, so its `/`
 * is escaped (`<\/`, the same text in a JS string, regular expression or comment, and in a CSS string or comment).
 * `<!--` in a script would put the HTML parser in a state where the closing tag no longer closes it, and no escape
 * is the same text everywhere in JS, so a bundle holding it is refused (the unit tests inline every bundle built).
 * A source map comment is dropped: its relative path would resolve against the page, not the file.
 */
export function inlineText(text: string, tag: 'script' | 'style'): string {
  if (tag === 'script' && text.includes('<!--')) throw new Error('a webview script holding "<!--" cannot be written into its page');
  return text
    .replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1')
    .replace(/^\s*(\/\/|\/\*)# sourceMappingURL=.*$/gm, '');
}

export function renderShell(shell: WebviewShell, nonce = makeNonce()): string {
  const data = Object.entries(shell.data ?? {})
    .map(([k, v]) => ` data-${k.replace(/[^a-z0-9-]/g, '')}="${escapeAttr(v)}"`)
    .join('');
  const styles = shell.styles.map((css) => `<style nonce="${nonce}">${inlineText(css, 'style')}</style>`).join('\n    ');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeAttr(buildCsp(shell.cspSource, nonce))}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${styles}
    <title>${escapeAttr(shell.title)}</title>
  </head>
  <body${data}>
    <main id="root" aria-live="polite"><p class="loading">Loading…</p></main>
    <script nonce="${nonce}">${inlineText(shell.script, 'script')}</script>
  </body>
</html>`;
}
