// The floor of `npm run bench`: the bare minimum of each learner-felt action, done in the same VS Code, in the
// same window, by an extension with the same contribution points as MLOps Lab (a view container, a tree, three
// webview serializers). scripts/bench.mjs bundles it into its staging folder and loads it next to ours as a second
// extensionDevelopmentPath; it is never packaged (.vscodeignore keeps bench/ out, test/unit/package.test.ts checks).
// bench/vscode-bench.ts drives it through the commands below (the same way the learner's actions reach ours) and
// through the API that activate() returns (harness only: arming the save listener).
import * as vscode from 'vscode';

const loadStartedAt = performance.now();

export interface FloorApi {
  activationMs: number;
  moduleMs: number;
  /** Resolves with performance.now() when the next save of `uri` has published its one diagnostic. */
  nextSaveDiagnostic(uri: vscode.Uri): Promise<number>;
}

export const FLOOR_COMMANDS = {
  /** Opens a new empty webview panel; resolves when its first paint is reported. `{ files: true }`: it loads a stylesheet and a script file too. */
  openPanel: 'mlopsLabFloor.openPanel',
  /** Posts `{ html }` or `{ text }` to the open panel; resolves when the webview reports the repaint. */
  echo: 'mlopsLabFloor.echo',
  /** Writes `files` under `folder` with one WorkspaceEdit and opens `main` in an editor. */
  writeFiles: 'mlopsLabFloor.writeFiles',
} as const;

const VIEW_TYPES = ['mlopsLabFloor.a', 'mlopsLabFloor.b', 'mlopsLabFloor.c'];

function nonce(): string {
  let s = '';
  for (let i = 0; i < 24; i++) s += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)];
  return s;
}

/**
 * The smallest page that reports its first paint and repaints on a message (strict CSP, nonce'd script). With
 * `files`, it also loads a stylesheet and a script from the extension's folder, as ours do (for finding out what
 * the first webview of a session spends its time on).
 */
function html(files?: { css: string; js: string; cspSource: string }): string {
  const n = nonce();
  const csp = files ? `default-src 'none'; style-src ${files.cspSource}; script-src 'nonce-${n}'` : `default-src 'none'; script-src 'nonce-${n}'`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">${files ? `<link rel="stylesheet" href="${files.css}">` : ''}
<title>Floor</title></head><body><main id="root"></main>${files ? `<script nonce="${n}" src="${files.js}"></script>` : ''}<script nonce="${n}">
const vscode = acquireVsCodeApi();
const root = document.getElementById('root');
const painted = (msg) => requestAnimationFrame(() => requestAnimationFrame(() => vscode.postMessage(msg)));
window.addEventListener('message', (e) => {
  const m = e.data;
  if (typeof m.html === 'string') root.innerHTML = m.html; else root.textContent = String(m.text);
  painted({ type: 'echoed', id: m.id });
});
painted({ type: 'painted' });
</script></body></html>`;
}

class Tree implements vscode.TreeDataProvider<string> {
  getTreeItem(e: string) {
    return new vscode.TreeItem(e);
  }
  getChildren() {
    return ['floor'];
  }
}

export function activate(context: vscode.ExtensionContext): FloorApi {
  const started = performance.now();
  const moduleMs = started - loadStartedAt;
  let panel: vscode.WebviewPanel | undefined;
  let seq = 0;
  const waiting = new Map<number, () => void>();
  let paintedNext: (() => void) | undefined;
  const adopt = (p: vscode.WebviewPanel, withFiles = false) => {
    panel = p;
    const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
    p.webview.options = { enableScripts: true, localResourceRoots: withFiles ? [dist] : [] };
    p.webview.onDidReceiveMessage((m: { type?: string; id?: number }) => {
      if (m?.type === 'painted') paintedNext?.();
      else if (m?.type === 'echoed' && typeof m.id === 'number') waiting.get(m.id)?.();
    });
    p.onDidDispose(() => {
      if (panel === p) panel = undefined;
    });
    const w = p.webview;
    p.webview.html = html(withFiles ? { css: w.asWebviewUri(vscode.Uri.joinPath(dist, 'floor.css')).toString(), js: w.asWebviewUri(vscode.Uri.joinPath(dist, 'floor.js')).toString(), cspSource: w.cspSource } : undefined);
  };
  const saveWaiters = new Map<string, (at: number) => void>();
  const diagnostics = vscode.languages.createDiagnosticCollection('mlopsLabFloor');
  context.subscriptions.push(
    vscode.window.createTreeView('mlopsLabFloor.tree', { treeDataProvider: new Tree() }),
    ...VIEW_TYPES.map((t) => vscode.window.registerWebviewPanelSerializer(t, { deserializeWebviewPanel: async (p) => adopt(p) })),
    diagnostics,
    vscode.workspace.onDidSaveTextDocument((doc) => {
      const done = saveWaiters.get(doc.uri.toString());
      if (!done) return;
      saveWaiters.delete(doc.uri.toString());
      diagnostics.set(doc.uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), 'floor', vscode.DiagnosticSeverity.Warning)]);
      done(performance.now());
    }),
    vscode.commands.registerCommand(FLOOR_COMMANDS.openPanel, (options?: { files?: boolean }) => new Promise<void>((resolve) => {
      paintedNext = resolve;
      adopt(vscode.window.createWebviewPanel(VIEW_TYPES[0]!, 'Floor', { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, { enableScripts: true }), options?.files === true);
    })),
    vscode.commands.registerCommand(FLOOR_COMMANDS.echo, (payload: { html?: string; text?: string }) => new Promise<void>((resolve, reject) => {
      if (!panel) return reject(new Error('no floor panel open'));
      const id = ++seq;
      waiting.set(id, () => {
        waiting.delete(id);
        resolve();
      });
      void panel.webview.postMessage({ ...payload, id });
    })),
    vscode.commands.registerCommand(FLOOR_COMMANDS.writeFiles, async (folder: vscode.Uri, files: Array<{ path: string; bytes: Uint8Array }>, main: string) => {
      const edit = new vscode.WorkspaceEdit();
      for (const f of files) edit.createFile(vscode.Uri.joinPath(folder, ...f.path.split('/')), { contents: f.bytes, ignoreIfExists: true });
      if (!(await vscode.workspace.applyEdit(edit))) throw new Error('floor: WorkspaceEdit not applied');
      await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, ...main.split('/')), { viewColumn: vscode.ViewColumn.One, preview: false });
    }),
  );
  return {
    activationMs: performance.now() - started,
    moduleMs,
    nextSaveDiagnostic: (uri) => new Promise((resolve) => saveWaiters.set(uri.toString(), resolve)),
  };
}

export function deactivate(): void {}
