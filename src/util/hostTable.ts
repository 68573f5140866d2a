// The extension's commands and webview serializers, as the features register them. The activation shell
// (extension.ts) registers every command id and view type with VS Code as a thin stub; the first call of any of
// them loads the features bundle (dist/features.js), whose code registers its handlers here, and the stub runs the
// handler. Both tables live in the features bundle only (the shell holds none of this module).
import * as vscode from 'vscode';

type Handler = (...args: unknown[]) => unknown;

const commands = new Map<string, Handler>();
const serializers = new Map<string, vscode.WebviewPanelSerializer>();

/** Same contract as vscode.commands.registerCommand (one handler per id; disposing removes it). */
export function registerCommand(id: string, handler: (...args: any[]) => unknown): vscode.Disposable {
  if (commands.has(id)) throw new Error(`command '${id}' already exists`);
  commands.set(id, handler);
  return new vscode.Disposable(() => {
    if (commands.get(id) === handler) commands.delete(id);
  });
}

/** Same contract as vscode.window.registerWebviewPanelSerializer. */
export function registerWebviewPanelSerializer(viewType: string, serializer: vscode.WebviewPanelSerializer): vscode.Disposable {
  if (serializers.has(viewType)) throw new Error(`a serializer for '${viewType}' already exists`);
  serializers.set(viewType, serializer);
  return new vscode.Disposable(() => {
    if (serializers.get(viewType) === serializer) serializers.delete(viewType);
  });
}

export function runCommand(id: string, args: unknown[]): unknown {
  const handler = commands.get(id);
  if (!handler) throw new Error(`command '${id}' not found`);
  return handler(...args);
}

export async function deserializePanel(viewType: string, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
  const serializer = serializers.get(viewType);
  // No restorer (the extension was disposed): VS Code would have left the panel empty; say nothing untrue, close it.
  if (!serializer) return panel.dispose();
  await serializer.deserializeWebviewPanel(panel, state);
}

export function registeredCommands(): string[] {
  return [...commands.keys()];
}

export function registeredViewTypes(): string[] {
  return [...serializers.keys()];
}
