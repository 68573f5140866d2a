// The Topics tree: topics with their share done, lessons with a check when done.
import * as vscode from 'vscode';
import type { CourseStore } from '../course/courseStore';
import type { Lesson, Topic } from '../course/model';
import type { LabDefinition } from '../labs/definition';
import type { Quiz } from '../quiz/model';
import type { QuizRecord } from '../shared/quizProtocol';
import type { Progress } from '../progress/progress';
import { Disposable } from '../util/dispose';
import { COMMANDS } from '../commands';
import { labRow, lessonRow, quizRow, reviewRow, topicRow, type RowText } from './treeLabels';

function apply(item: vscode.TreeItem, row: RowText): vscode.TreeItem {
  item.description = row.description || undefined;
  item.accessibilityInformation = { label: row.accessibleName, role: 'treeitem' };
  return item;
}

export type TopicsNode =
  | { kind: 'topic'; topic: Topic }
  | { kind: 'lesson'; lesson: Lesson }
  | { kind: 'lab'; lab: LabDefinition }
  | { kind: 'quiz'; quiz: Quiz }
  | { kind: 'review'; due: number };

/** What the tree needs to know about quizzes, without loading the quiz engine. */
export interface QuizStatusSource {
  service: { record(quizId: string): QuizRecord | undefined };
  dueCount(): number;
  onDidChange: vscode.Event<void>;
}

/** What the tree needs to know about labs, without loading any grader. */
export interface LabStatusSource {
  status(labId: string): { started: boolean; passed: number; total?: number; completed: boolean };
  onDidChangeLab: vscode.Event<string>;
}

export class TopicsTreeProvider extends Disposable implements vscode.TreeDataProvider<TopicsNode> {
  private readonly changed = this._register(new vscode.EventEmitter<TopicsNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly store: CourseStore,
    private readonly progress: Progress,
    private readonly labs?: LabStatusSource,
    private readonly quizzes?: QuizStatusSource,
  ) {
    super();
    if (quizzes) this._register(quizzes.onDidChange(() => this.changed.fire(undefined)));
    if (labs) this._register(labs.onDidChangeLab(() => this.changed.fire(undefined)));
    this._register(progress.onDidChange(() => this.changed.fire(undefined)));
    this._register(store.onDidReload(() => this.changed.fire(undefined)));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('mlopsLab.tree.showReadingTime')) this.changed.fire(undefined);
    }));
  }

  async getChildren(node?: TopicsNode): Promise<TopicsNode[]> {
    const course = await this.store.get();
    if (!node) {
      const topics: TopicsNode[] = course.topics.map((topic) => ({ kind: 'topic', topic }));
      const courseWide: TopicsNode[] = [...course.quizzes.values()].filter((q) => !q.topic).map((quiz) => ({ kind: 'quiz', quiz }));
      const review: TopicsNode[] = this.quizzes ? [{ kind: 'review', due: this.quizzes.dueCount() }] : [];
      return [...topics, ...courseWide, ...review];
    }
    if (node.kind === 'topic') {
      const lessons = node.topic.lessonIds.flatMap((id): TopicsNode[] => {
        const lesson = course.lessons.get(id);
        return lesson ? [{ kind: 'lesson', lesson }] : [];
      });
      const labs = node.topic.labIds.flatMap((id): TopicsNode[] => {
        const lab = course.labs.get(id);
        return lab ? [{ kind: 'lab', lab }] : [];
      });
      const quizzes = node.topic.quizIds.flatMap((id): TopicsNode[] => {
        const quiz = course.quizzes.get(id);
        return quiz ? [{ kind: 'quiz', quiz }] : [];
      });
      return [...lessons, ...quizzes, ...labs];
    }
    return [];
  }

  async getParent(node: TopicsNode): Promise<TopicsNode | undefined> {
    if (node.kind === 'topic' || node.kind === 'review') return undefined;
    const topicId = node.kind === 'lesson' ? node.lesson.topicId : node.kind === 'lab' ? node.lab.topic : node.quiz.topic;
    const topic = (await this.store.get()).topics.find((t) => t.id === topicId);
    return topic && { kind: 'topic', topic };
  }

  getTreeItem(node: TopicsNode): vscode.TreeItem {
    if (node.kind === 'topic') {
      const { topic } = node;
      const done = this.progress.doneCount(topic.lessonIds);
      const row = topicRow(topic.title, done, topic.lessonIds.length, topic.beyondArticle);
      const item = apply(new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.Collapsed), row);
      item.id = `topic:${topic.id}`;
      const beyond = topic.beyondArticle ? '\n\n*Beyond the article: a topic the source article does not cover.*' : '';
      item.tooltip = new vscode.MarkdownString(`**${topic.title}**\n\n${topic.summary}${beyond}\n\n${done} of ${topic.lessonIds.length} lessons done`);
      item.contextValue = 'topic';
      // A telescope marks the topics beyond the article, so the two parts of the tree read apart at a glance.
      item.iconPath = new vscode.ThemeIcon(done === topic.lessonIds.length && done > 0 ? 'pass-filled' : topic.beyondArticle ? 'telescope' : 'book');
      return item;
    }
    if (node.kind === 'lab') return this.labItem(node.lab);
    if (node.kind === 'quiz') return this.quizItem(node.quiz);
    if (node.kind === 'review') return this.reviewItem(node.due);
    const { lesson } = node;
    const done = this.progress.isLessonDone(lesson.id);
    const showMinutes = vscode.workspace.getConfiguration('mlopsLab').get<boolean>('tree.showReadingTime', true);
    const row = lessonRow(lesson.title, done, showMinutes ? lesson.minutes : undefined);
    const item = apply(new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None), row);
    item.id = `lesson:${lesson.id}`;
    item.contextValue = done ? 'lesson.done' : 'lesson.todo';
    item.iconPath = new vscode.ThemeIcon(done ? 'check' : 'circle-large-outline', done ? new vscode.ThemeColor('testing.iconPassed') : undefined);
    item.tooltip = new vscode.MarkdownString(`**${lesson.title}**${done ? ' ✓' : ''}\n\n${lesson.summary}`);
    item.command = { command: COMMANDS.openLesson, title: 'Open Lesson', arguments: [lesson.id] };
    return item;
  }

  private quizItem(quiz: Quiz): vscode.TreeItem {
    const record = this.quizzes?.service.record(quiz.id);
    const row = quizRow(quiz.title, quiz.questions.length, record?.best);
    const item = apply(new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None), row);
    item.id = `quiz:${quiz.id}`;
    item.contextValue = 'quiz';
    item.iconPath = new vscode.ThemeIcon(record && record.best === 100 ? 'pass-filled' : 'checklist', record?.best === 100 ? new vscode.ThemeColor('testing.iconPassed') : undefined);
    const last = record ? `\n\nBest ${record.best}% · last ${record.lastScore}% on ${record.lastAt.slice(0, 10)} · ${record.attempts} attempt(s)` : '';
    item.tooltip = new vscode.MarkdownString(`**${quiz.title}**\n\n${quiz.summary}${last}`);
    item.command = { command: COMMANDS.openQuiz, title: 'Open Quiz', arguments: [quiz.id] };
    return item;
  }

  private reviewItem(due: number): vscode.TreeItem {
    const row = reviewRow(due);
    const item = apply(new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None), row);
    item.id = 'review';
    item.contextValue = 'review';
    item.iconPath = new vscode.ThemeIcon('history');
    item.tooltip = 'Questions you missed, or answered right but unsure, come back on a spaced-repetition schedule.';
    item.command = { command: COMMANDS.startReview, title: 'Start Review' };
    return item;
  }

  private labItem(lab: LabDefinition): vscode.TreeItem {
    const s = this.labs?.status(lab.id) ?? { started: false, passed: 0, completed: false };
    const row = labRow(lab.title, s);
    const item = apply(new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None), row);
    item.id = `lab:${lab.id}`;
    item.contextValue = s.started ? 'lab.started' : 'lab.new';
    item.iconPath = new vscode.ThemeIcon(s.completed ? 'pass-filled' : 'beaker', s.completed ? new vscode.ThemeColor('testing.iconPassed') : undefined);
    item.tooltip = new vscode.MarkdownString(`**${lab.title}**\n\n${lab.summary}\n\nYou edit \`${lab.mainFile}\`.`);
    item.command = { command: COMMANDS.openLab, title: 'Open Lab', arguments: [lab.id] };
    return item;
  }
}
