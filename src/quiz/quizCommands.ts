// Quiz commands: open a quiz (from the tree, with its id, or from the palette with a pick) and start a review.
import * as vscode from 'vscode';
import { registerCommand } from '../util/hostTable';
import type { CourseStore } from '../course/courseStore';
import { QUIZ_COMMANDS } from './quizCommandIds';
import type { QuizPanelManager } from './quizPanel';
import type { QuizService } from './quizService';

/** The quiz id from a command argument: the id itself, or a tree node carrying it (`quizId` or `id`). */
export function quizIdFromArg(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'object' && arg !== null) {
    const r = arg as Record<string, unknown>;
    if (typeof r.quizId === 'string') return r.quizId;
    if (typeof r.id === 'string') return r.id;
  }
  return undefined;
}

export function registerQuizCommands(store: CourseStore, service: QuizService, panel: QuizPanelManager): vscode.Disposable[] {
  return [
    registerCommand(QUIZ_COMMANDS.openQuiz, async (arg?: unknown, options?: { restart?: boolean }) => {
      let quizId = quizIdFromArg(arg);
      if (!quizId) {
        const course = await store.get();
        const items = [...course.quizzes.values()].map((q) => {
          const rec = service.record(q.id);
          return {
            label: q.title,
            description: `${q.questions.length} questions${rec ? ` · best ${rec.best}%` : ''}`,
            detail: q.summary,
            quizId: q.id,
          };
        });
        const pick = await vscode.window.showQuickPick(items, { placeHolder: 'Pick a quiz', matchOnDescription: true, matchOnDetail: true });
        quizId = pick?.quizId;
      }
      if (!quizId) return false;
      return panel.openQuiz(quizId, { restart: options?.restart === true });
    }),
    registerCommand(QUIZ_COMMANDS.startReview, () => panel.openReview()),
  ];
}
