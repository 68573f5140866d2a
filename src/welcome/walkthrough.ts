// The getting-started walkthrough: opened once, by itself, the first time the extension meets a learner with no
// progress; its steps complete through context keys set from what the learner really did.
import * as vscode from 'vscode';
import type { Progress } from '../progress/progress';
import { hasAnyProgress, shouldOpenWalkthrough, WALKTHROUGH_CONTEXT, WALKTHROUGH_ID, WALKTHROUGH_SHOWN_KEY, walkthroughContext } from './firstRun';

export interface FirstRunDeps {
  memory: vscode.Memento;
  progress: Progress;
  mode: vscode.ExtensionMode;
  /** Runs a command; tests pass a recorder. */
  run: (command: string, ...args: unknown[]) => Thenable<unknown>;
  /** Tests set it to open the walkthrough although they run under the test runner. */
  evenInTests?: boolean;
}

/** Opens the walkthrough when the extension is new to the learner; true when it did. Remembered, so at most once. */
export async function openWalkthroughOnFirstRun(deps: FirstRunDeps): Promise<boolean> {
  const open = shouldOpenWalkthrough({
    alreadyShown: deps.memory.get<boolean>(WALKTHROUGH_SHOWN_KEY) === true,
    hasProgress: hasAnyProgress(deps.progress.snapshot()),
    testMode: deps.mode === vscode.ExtensionMode.Test && deps.evenInTests !== true,
    openOnInstall: vscode.workspace.getConfiguration('workbench.welcomePage.walkthroughs').get<boolean>('openOnInstall', true),
  });
  if (!open) return false;
  await deps.memory.update(WALKTHROUGH_SHOWN_KEY, true);
  // `false`: open it as the active editor, the learner's first screen.
  await deps.run('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
  return true;
}

/** Keeps the walkthrough's completion context keys true once the learner has done each thing. */
export function trackWalkthroughSteps(progress: Progress, quizSubmits: vscode.Event<{ ok: boolean }>, labGradings: vscode.Event<unknown>): vscode.Disposable[] {
  const already = new Set<string>();
  const set = (key: string) => {
    if (already.has(key)) return;
    already.add(key);
    void vscode.commands.executeCommand('setContext', key, true);
  };
  const fromProgress = () => {
    const done = walkthroughContext(progress.snapshot());
    for (const [name, key] of Object.entries(WALKTHROUGH_CONTEXT)) if (done[name as keyof typeof done]) set(key);
  };
  fromProgress();
  return [
    progress.onDidChange(fromProgress),
    // A right and sure answer leaves no trace in the saved record (the review deck keeps misses and doubts): count the submit.
    quizSubmits((e) => e.ok && set(WALKTHROUGH_CONTEXT.quizAnswered)),
    labGradings(() => set(WALKTHROUGH_CONTEXT.labGraded)),
  ];
}
