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

export interface StepTracker {
  disposables: vscode.Disposable[];
  /** Call when the first-run walkthrough has been opened, or is not going to be. */
  firstRunSettled(): void;
}

/**
 * Keeps the walkthrough's completion context keys true once the learner has done each thing.
 * VS Code (1.139) counts an event only if the walkthrough is registered when it happens, and registers it late (when
 * its service first runs, e.g. as our first-run walkthrough opens); an event before that, or a key already true
 * then, is never counted in that session. So "the view was shown" is reported only once the first-run walkthrough
 * question is settled: the view being shown is what activated us, and it must reach an open walkthrough.
 */
export function trackWalkthroughSteps(
  progress: Progress,
  view: { readonly visible: boolean; onDidChangeVisibility: vscode.Event<{ visible: boolean }> },
  quizSubmits: vscode.Event<{ ok: boolean }>,
  labGradings: vscode.Event<unknown>,
): StepTracker {
  const already = new Set<string>();
  let settled = false;
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
  return {
    disposables: [
      progress.onDidChange(fromProgress),
      view.onDidChangeVisibility((e) => settled && e.visible && set(WALKTHROUGH_CONTEXT.topicsShown)),
      // A right and sure answer leaves no trace in the saved record (the review deck keeps misses and doubts): count the submit.
      quizSubmits((e) => e.ok && set(WALKTHROUGH_CONTEXT.quizAnswered)),
      labGradings(() => set(WALKTHROUGH_CONTEXT.labGraded)),
    ],
    firstRunSettled: () => {
      settled = true;
      if (view.visible) set(WALKTHROUGH_CONTEXT.topicsShown);
    },
  };
}
