// Export and import of progress as a JSON file (moving machines, backups). Imports are validated.
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { COMMANDS } from '../commands';
import type { Progress } from './progress';
import { exportProgress, importProgress } from './state';

export function registerProgressCommands(progress: Progress): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.exportProgress, async (target?: unknown) => {
      const uri = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
        filters: { 'MLOps Lab progress': ['json'] },
        defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(homedir()), 'mlops-lab-progress.json'),
      });
      if (!uri) return false;
      try {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(exportProgress(progress.snapshot(), new Date())));
      } catch (e) {
        void vscode.window.showErrorMessage(`MLOps Lab: could not write ${uri.fsPath}: ${(e as Error).message}`);
        return false;
      }
      if (!(target instanceof vscode.Uri)) void vscode.window.showInformationMessage(`MLOps Lab: progress exported to ${uri.fsPath}.`);
      return true;
    }),
    vscode.commands.registerCommand(COMMANDS.importProgress, async (source?: unknown, confirmed?: unknown) => {
      const uri = source instanceof vscode.Uri ? source : (await vscode.window.showOpenDialog({ filters: { 'MLOps Lab progress': ['json'] }, canSelectMany: false }))?.[0];
      if (!uri) return false;
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch (e) {
        void vscode.window.showErrorMessage(`MLOps Lab: could not read ${uri.fsPath}: ${(e as Error).message}`);
        return false;
      }
      const imported = importProgress(text);
      if ('error' in imported) {
        void vscode.window.showErrorMessage(`MLOps Lab: ${imported.error}`);
        return false;
      }
      if (confirmed !== true) {
        const ok = await vscode.window.showWarningMessage('Replace your current MLOps Lab progress with the imported file?', { modal: true, detail: 'Export your current progress first if you may want it back.' }, 'Replace');
        if (ok !== 'Replace') return false;
      }
      await progress.replaceAll(imported.state);
      return true;
    }),
  ];
}
