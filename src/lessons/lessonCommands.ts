// Lesson commands: open, continue, search, mark done, reset a topic (reset all is in progress/progressCommands.ts).
import * as vscode from 'vscode';
import { registerCommand } from '../util/hostTable';
import type { CourseStore } from '../course/courseStore';
import { lessonsInOrder } from '../course/model';
import type { Progress } from '../progress/progress';
import { COMMANDS } from '../commands';
import type { LessonPanelManager } from './lessonPanel';
import { searchItems } from './search';
import type { TopicsNode } from '../tree/topicsTree';

/** Commands receive a lesson id (palette, links, tests) or a tree node (context menus). */
function lessonIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const node = arg as TopicsNode | undefined;
  return node?.kind === 'lesson' ? node.lesson.id : undefined;
}

/** Topic commands receive a topic id (palette, tests) or a tree node (context menus). */
function topicIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const node = arg as TopicsNode | undefined;
  return node?.kind === 'topic' ? node.topic.id : undefined;
}

export function registerLessonCommands(store: CourseStore, progress: Progress, panel: LessonPanelManager): vscode.Disposable[] {
  const pickLesson = async (placeHolder: string): Promise<string | undefined> => {
    const course = await store.get();
    const pick = await vscode.window.showQuickPick(
      lessonsInOrder(course).map((l) => ({ label: l.title, description: course.topics.find((t) => t.id === l.topicId)?.title, id: l.id })),
      { placeHolder },
    );
    return pick?.id;
  };
  const setDone = async (arg: unknown, done: boolean) => {
    const id = lessonIdOf(arg) ?? panel.currentLessonId;
    if (!id) return;
    await progress.setLessonDone(id, done);
  };
  return [
    registerCommand(COMMANDS.openLesson, async (arg?: unknown) => {
      const id = lessonIdOf(arg) ?? (await pickLesson('Open a lesson'));
      return id ? panel.open(id) : false;
    }),
    registerCommand(COMMANDS.continueLearning, async () => {
      const course = await store.get();
      const next = lessonsInOrder(course).find((l) => !progress.isLessonDone(l.id));
      if (next) return panel.open(next.id);
      void vscode.window.showInformationMessage('MLOps Lab: you have read every lesson. Well done!');
      return false;
    }),
    registerCommand(COMMANDS.searchLessons, async (initial?: unknown) => searchQuickPick(store, panel, typeof initial === 'string' ? initial : '')),
    registerCommand(COMMANDS.markLessonDone, (arg?: unknown) => setDone(arg, true)),
    registerCommand(COMMANDS.markLessonNotDone, (arg?: unknown) => setDone(arg, false)),
    registerCommand(COMMANDS.resetTopicProgress, async (arg?: unknown, confirmed?: unknown) => {
      const course = await store.get();
      const id = topicIdOf(arg) ?? (await vscode.window.showQuickPick(course.topics.map((t) => ({ label: t.title, id: t.id })), { placeHolder: 'Reset progress of which topic?' }))?.id;
      const full = course.topics.find((t) => t.id === id);
      if (!full) return false;
      if (confirmed !== true) {
        const ok = await vscode.window.showWarningMessage(`Reset your progress in "${full.title}"?`, { modal: true, detail: 'Lessons marked as done in this topic will be marked as not done.' }, 'Reset');
        if (ok !== 'Reset') return false;
      }
      await progress.resetLessons(full.lessonIds);
      return true;
    }),
  ];
}

async function searchQuickPick(store: CourseStore, panel: LessonPanelManager, initial: string): Promise<boolean> {
  const course = await store.get();
  type Item = vscode.QuickPickItem & { lessonId?: string };
  const qp = vscode.window.createQuickPick<Item>();
  qp.placeholder = 'Search lessons by title or text';
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  const update = () => {
    // Our own ranking decides; keep VS Code from filtering out body-only matches (and the "no match" row).
    qp.items = searchItems(course, qp.value).map((i) => ({ ...i, alwaysShow: true }));
  };
  qp.value = initial;
  update();
  const done = new Promise<boolean>((resolve) => {
    qp.onDidChangeValue(update);
    qp.onDidAccept(async () => {
      const item = qp.selectedItems[0];
      if (item && !item.lessonId) return; // the "no lesson matches" row: stay open for another query
      qp.hide();
      resolve(item?.lessonId ? await panel.open(item.lessonId) : false);
    });
    qp.onDidHide(() => resolve(false));
  });
  qp.show();
  const result = await done;
  qp.dispose();
  return result;
}
