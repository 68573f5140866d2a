// One setup for every webview panel: locked-down options and the CSP'd HTML shell.
import * as vscode from 'vscode';
import { renderShell } from './webviewHtml';

/** Scripts only from dist/webview, styles and icons only from media/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
  };
}

/**
 * Points a (new or restored) panel at its script and styles. `data` goes into data-* attributes of <body>
 * (escaped; the script reads and validates it like a message).
 */
export function initWebviewPanel(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, script: string, styles: string[], title: string, data?: Record<string, string>): void {
  panel.webview.options = webviewOptions(extensionUri);
  panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'lesson.svg');
  const w = panel.webview;
  w.html = renderShell({
    cspSource: w.cspSource,
    scriptUri: w.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', script)).toString(),
    styleUris: ['webview.css', ...styles].map((f) => w.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', f)).toString()),
    title,
    ...(data ? { data } : {}),
  });
}
