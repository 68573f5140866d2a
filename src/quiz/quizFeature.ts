// Wires the quiz feature: service (sessions, scores, review deck), panel, commands.
// The engine (dist/quiz.js) is loaded on first use; this file and its imports use only its types.
import * as vscode from 'vscode';
import type { CourseStore } from '../course/courseStore';
import type { Progress } from '../progress/progress';
import { registerQuizCommands } from './quizCommands';
import { QuizPanelManager, type FeedbackShown } from './quizPanel';
import { QuizService } from './quizService';

export interface QuizApi {
  service: QuizService;
  panel: QuizPanelManager;
  /** Fires when the webview reports feedback painted; `ms` is the time since the submit arrived. */
  onDidShowFeedback: vscode.Event<FeedbackShown>;
  /** Fires when scores or the review deck change, or the clock moves (refresh the tree). */
  onDidChange: vscode.Event<void>;
  /** Questions due for review now (cheap; for the "Review due (N)" node). */
  dueCount(): number;
  /** Replaces the clock (tests). */
  setClock(now: () => Date): void;
}

export interface QuizFeatureDeps {
  context: vscode.ExtensionContext;
  store: CourseStore;
  progress: Progress;
  log: vscode.LogOutputChannel;
  now?: () => Date;
}

export function registerQuizFeature(deps: QuizFeatureDeps): { disposables: vscode.Disposable[]; api: QuizApi } {
  const { context, store, progress, log } = deps;
  const service = new QuizService(store, progress, context.workspaceState, log, deps.now ?? (() => new Date()));
  const panel = new QuizPanelManager(context.extensionUri, store, service, log);
  const api: QuizApi = {
    service,
    panel,
    onDidShowFeedback: panel.onDidShowFeedback,
    onDidChange: service.onDidChange,
    dueCount: () => service.dueCount(),
    setClock: (now) => service.setClock(now),
  };
  return { disposables: [service, panel, ...registerQuizCommands(store, service, panel)], api };
}
