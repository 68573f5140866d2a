// HTML shell for every webview: strict CSP, nonce'd script, styles only from the webview's own source.
import { randomBytes } from 'node:crypto';

export interface WebviewShell {
  cspSource: string;
  scriptUri: string;
  styleUris: string[];
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
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function renderShell(shell: WebviewShell, nonce = makeNonce()): string {
  const data = Object.entries(shell.data ?? {})
    .map(([k, v]) => ` data-${k.replace(/[^a-z0-9-]/g, '')}="${escapeAttr(v)}"`)
    .join('');
  const styles = shell.styleUris.map((u) => `<link rel="stylesheet" href="${escapeAttr(u)}">`).join('\n    ');
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
    <script nonce="${nonce}" src="${escapeAttr(shell.scriptUri)}"></script>
  </body>
</html>`;
}
