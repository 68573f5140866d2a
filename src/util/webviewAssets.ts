// The files a webview page carries inline (./webviewHtml.ts): read from the extension's folder once per session and
// kept, since they never change while the extension runs (an update restarts the extension host).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, string>();

/** The text of a file under the extension's folder, e.g. `asset(root, 'dist', 'webview', 'lesson.main.js')`. */
export function asset(extensionPath: string, ...segments: string[]): string {
  const path = join(extensionPath, ...segments);
  let text = cache.get(path);
  if (text === undefined) {
    text = readFileSync(path, 'utf8');
    cache.set(path, text);
  }
  return text;
}
