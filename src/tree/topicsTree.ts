// The Topics tree: topics with their share done, lessons with a check when done.
import * as vscode from 'vscode';
import type { CourseStore } from '../course/courseStore';
import type { Lesson, Topic } from '../course/model';
import type { Progress } from '../progress/progress';
import { Disposable } from '../util/dispose';
import { COMMANDS } from '../commands';

export type TopicsNode =
  | { kind: 'topic'; topic: Topic }
  | { kind: 'lesson'; lesson: Lesson };

export class TopicsTreeProvider extends Disposable implements vscode.TreeDataProvider<TopicsNode> {
  private readonly changed = this._register(new vscode.EventEmitter<TopicsNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: CourseStore, private readonly progress: Progress) {
    super();
    this._register(progress.onDidChange(() => this.changed.fire(undefined)));
    this._register(store.onDidReload(() => this.changed.fire(undefined)));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('mlopsLab.tree.showReadingTime')) this.changed.fire(undefined);
    }));
  }

  async getChildren(node?: TopicsNode): Promise<TopicsNode[]> {
    const course = await this.store.get();
    if (!node) return course.topics.map((topic) => ({ kind: 'topic', topic }));
    if (node.kind === 'topic') {
      return node.topic.lessonIds.flatMap((id): TopicsNode[] => {
        const lesson = course.lessons.get(id);
        return lesson ? [{ kind: 'lesson', lesson }] : [];
      });
    }
    return [];
  }

  async getParent(node: TopicsNode): Promise<TopicsNode | undefined> {
    if (node.kind === 'topic') return undefined;
    const topic = (await this.store.get()).topics.find((t) => t.id === node.lesson.topicId);
    return topic && { kind: 'topic', topic };
  }

  getTreeItem(node: TopicsNode): vscode.TreeItem {
    if (node.kind === 'topic') {
      const { topic } = node;
      const item = new vscode.TreeItem(topic.title, vscode.TreeItemCollapsibleState.Collapsed);
      const done = this.progress.doneCount(topic.lessonIds);
      item.id = `topic:${topic.id}`;
      item.description = `${done}/${topic.lessonIds.length}`;
      item.tooltip = new vscode.MarkdownString(`**${topic.title}**\n\n${topic.summary}\n\n${done} of ${topic.lessonIds.length} lessons done`);
      item.contextValue = 'topic';
      item.iconPath = new vscode.ThemeIcon(done === topic.lessonIds.length && done > 0 ? 'pass-filled' : 'book');
      item.accessibilityInformation = { label: `${topic.title}, ${done} of ${topic.lessonIds.length} lessons done` };
      return item;
    }
    const { lesson } = node;
    const done = this.progress.isLessonDone(lesson.id);
    const item = new vscode.TreeItem(lesson.title, vscode.TreeItemCollapsibleState.None);
    item.id = `lesson:${lesson.id}`;
    item.contextValue = done ? 'lesson.done' : 'lesson.todo';
    item.iconPath = new vscode.ThemeIcon(done ? 'check' : 'circle-large-outline', done ? new vscode.ThemeColor('testing.iconPassed') : undefined);
    if (vscode.workspace.getConfiguration('mlopsLab').get<boolean>('tree.showReadingTime', true)) item.description = `${lesson.minutes} min`;
    item.tooltip = new vscode.MarkdownString(`**${lesson.title}**${done ? ' ✓' : ''}\n\n${lesson.summary}`);
    item.command = { command: COMMANDS.openLesson, title: 'Open Lesson', arguments: [lesson.id] };
    item.accessibilityInformation = { label: `${lesson.title}, ${done ? 'done' : 'not done'}` };
    return item;
  }

  refresh(): void {
    this.changed.fire(undefined);
  }
}
