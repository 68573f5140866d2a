// Wires the progress dashboard and the review habit (status bar, optional daily prompt).
import * as vscode from 'vscode';
import { registerCommand } from '../util/hostTable';
import type { CourseStore } from '../course/courseStore';
import type { Progress } from '../progress/progress';
import type { QuizApi } from '../quiz/quizFeature';
import { COMMANDS } from '../commands';
import { DashboardPanelManager } from './dashboardPanel';
import { ReviewStatus } from './reviewStatus';

export interface DashboardApi {
  panel: DashboardPanelManager;
  status: ReviewStatus;
}

export function registerDashboardFeature(deps: {
  context: vscode.ExtensionContext; store: CourseStore; progress: Progress; quiz: QuizApi; log: vscode.LogOutputChannel;
}): { disposables: vscode.Disposable[]; api: DashboardApi } {
  const { context, store, progress, quiz, log } = deps;
  const panel = new DashboardPanelManager(context.extensionUri, store, progress, quiz.service, log);
  const status = new ReviewStatus({ dueCount: () => quiz.dueCount(), nextDueAt: () => quiz.service.nextDueAt(), now: () => quiz.service.now(), timePassed: () => quiz.service.timePassed(), onDidChange: quiz.onDidChange, memory: context.globalState });
  return {
    disposables: [panel, status, registerCommand(COMMANDS.showProgress, () => panel.open())],
    api: { panel, status },
  };
}
