// Progress commands: export and import as a JSON file (moving machines, backups; imports are validated), and
// reset everything. Errors that stop an import or an export are modal: VS Code for the Web keeps ordinary
// notifications in the bell, where a learner who just picked a file does not see them.
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { registerCommand } from '../util/hostTable';
import { COMMANDS } from '../commands';
import type { Progress } from './progress';
import { exportProgress, importProgress } from './state';
import { countStored, describeStored, joinWords, type QuizInProgress } from './summary';

/** The part of `vscode.window` these commands use; tests swap it for a recorder (a modal would block them). */
export interface ProgressWindow {
  showErrorMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined>;
  showWarningMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined>;
  showInformationMessage(message: string, ...items: string[]): Thenable<string | undefined>;
  showSaveDialog(options: vscode.SaveDialogOptions): Thenable<vscode.Uri | undefined>;
  showOpenDialog(options: vscode.OpenDialogOptions): Thenable<vscode.Uri[] | undefined>;
}

/** Holds the window the commands talk through; `window` may be replaced (tests) and is read at each call. */
export class ProgressUi {
  window: ProgressWindow = vscode.window;
}

/** What lives outside the progress record but is part of the learner's progress all the same. */
export interface ResetParts {
  /** The quiz in progress (kept in workspace state), if any. */
  quizInProgress(): QuizInProgress | undefined;
  /** Ends the quiz in progress and repaints an open quiz panel. */
  resetQuizzes(): Promise<void>;
  /** Forgets every lab's saved state and last grading; the tree and an open lab panel repaint. */
  resetLabs(): Promise<void>;
}

const fileName = (uri: vscode.Uri) => uri.path.split('/').pop() || uri.toString();

export function registerProgressCommands(progress: Progress, ui: ProgressUi, parts?: ResetParts): vscode.Disposable[] {
  const failed = (message: string, detail: string) => {
    // Not awaited: the command's result (false) does not wait for the learner to close the dialog.
    ui.window.showErrorMessage(message, { modal: true, detail }).then(undefined, () => undefined);
    return false;
  };
  return [
    registerCommand(COMMANDS.exportProgress, async (target?: unknown) => {
      const uri = target instanceof vscode.Uri ? target : await ui.window.showSaveDialog({
        filters: { 'MLOps Lab progress': ['json'] },
        defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(homedir()), 'mlops-lab-progress.json'),
      });
      if (!uri) return false;
      try {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(exportProgress(progress.snapshot(), new Date())));
      } catch (e) {
        return failed(`MLOps Lab could not export your progress to ${fileName(uri)}.`, `Writing ${uri.fsPath} failed: ${(e as Error).message}`);
      }
      if (!(target instanceof vscode.Uri)) void ui.window.showInformationMessage(`MLOps Lab: progress exported to ${uri.fsPath}.`);
      return true;
    }),
    registerCommand(COMMANDS.importProgress, async (source?: unknown, confirmed?: unknown) => {
      const uri = source instanceof vscode.Uri ? source : (await ui.window.showOpenDialog({ filters: { 'MLOps Lab progress': ['json'] }, canSelectMany: false }))?.[0];
      if (!uri) return false;
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch (e) {
        return failed(`MLOps Lab could not import ${fileName(uri)}.`, `Reading ${uri.fsPath} failed: ${(e as Error).message}. Nothing was imported; your progress is unchanged.`);
      }
      const imported = importProgress(text);
      if ('error' in imported) return failed(`MLOps Lab could not import ${fileName(uri)}.`, imported.error);
      if (confirmed !== true) {
        const ok = await ui.window.showWarningMessage('Replace your current MLOps Lab progress with the imported file?', { modal: true, detail: 'Export your current progress first if you may want it back.' }, 'Replace');
        if (ok !== 'Replace') return false;
      }
      await progress.replaceAll(imported.state);
      return true;
    }),
    registerCommand(COMMANDS.resetAllProgress, async (confirmed?: unknown) => {
      const removed = describeStored(countStored(progress.snapshot()), parts?.quizInProgress());
      if (confirmed !== true) {
        if (!removed.length) {
          void ui.window.showInformationMessage('MLOps Lab: there is no progress to reset yet.');
          return false;
        }
        const ok = await ui.window.showWarningMessage('Reset all your MLOps Lab progress?', {
          modal: true,
          detail: `This removes ${joinWords(removed)}. Your lab files in the workspace are kept. This cannot be undone: export your progress first if you may want it back.`,
        }, 'Reset All');
        if (ok !== 'Reset All') return false;
      }
      await progress.resetAll();
      await parts?.resetQuizzes();
      await parts?.resetLabs();
      return true;
    }),
  ];
}
