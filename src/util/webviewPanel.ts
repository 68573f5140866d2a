// One setup for every webview panel: locked-down options and the CSP'd HTML shell.
import * as vscode from 'vscode';
import { asset } from './webviewAssets';
import { renderShell } from './webviewHtml';

/** Scripts and styles are written into the page (./webviewHtml.ts); the page may load files only from media/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/**
 * Writes a (new or restored) panel's page: its script from dist/webview, media/webview.css and its own styles
 * from media/. `data` goes into data-* attributes of <body> (escaped; the script reads and validates it like a
 * message).
 */
export function initWebviewPanel(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, script: string, styles: string[], title: string, data?: Record<string, string>): void {
  panel.webview.options = webviewOptions(extensionUri);
  panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'lesson.svg');
  const w = panel.webview;
  w.html = renderShell({
    cspSource: w.cspSource,
    script: asset(extensionUri.fsPath, 'dist', 'webview', script),
    styles: ['webview.css', ...styles].map((f) => asset(extensionUri.fsPath, 'media', f)),
    title,
    ...(data ? { data } : {}),
  });
}
