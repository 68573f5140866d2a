// The lesson webview: one panel, reused for every lesson, restored after a reload.
import * as vscode from 'vscode';
import { registerWebviewPanelSerializer } from '../util/hostTable';
import type { CourseStore } from '../course/courseStore';
import { neighbours, lessonsInOrder } from '../course/model';
import type { Progress } from '../progress/progress';
import type { FromLessonWebview, LessonView, ToLessonWebview } from '../shared/protocol';
import { isSafeExternalUrl, parseFromLessonWebview, parseLessonPanelState } from '../shared/validate';
import { Disposable } from '../util/dispose';
import { lazyBundle } from '../util/lazy';
import { initWebviewPanel, webviewOptions } from '../util/webviewPanel';
import { COMMANDS } from '../commands';

export const LESSON_VIEW_TYPE = 'mlopsLab.lesson';
const LAST_LESSON_KEY = 'mlopsLab.lessonPanel.last';
type Renderer = typeof import('./render');

export class LessonPanelManager extends Disposable {
  private panel?: vscode.WebviewPanel;
  private panelDisposables: vscode.Disposable[] = [];
  private ready = false;
  private currentId?: string;
  /** The view of the lesson being opened, built while a new panel's webview loads (see show()). */
  private prepared?: { id: string; view: Promise<LessonView | undefined> };
  private readonly renderedEmitter = this._register(new vscode.EventEmitter<string>());
  /** Fires with the lesson id once the webview reports the lesson painted. */
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: CourseStore,
    private readonly progress: Progress,
    private readonly log: vscode.LogOutputChannel,
    /** Remembers the open lesson per workspace: a second source for restoring when the webview's own state is lost. */
    private readonly memory?: vscode.Memento,
  ) {
    super();
    this._register(registerWebviewPanelSerializer(LESSON_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => {
        const restored = parseLessonPanelState(state)?.lessonId ?? parseLessonPanelState(this.memory?.get(LAST_LESSON_KEY))?.lessonId;
        const course = await store.get();
        const id = restored && course.lessons.has(restored) ? restored : lessonsInOrder(course)[0]?.id;
        this.log.info(`Restoring the lesson panel: ${id ?? 'no lesson'}`);
        this.adopt(panel);
        if (id) await this.show(id, true);
        else this.load(undefined);
      },
    }));
    this._register(progress.onDidChange(() => {
      if (!this.currentId) return;
      const done = progress.isLessonDone(this.currentId);
      if (this.lastView?.id === this.currentId) this.lastView = { ...this.lastView, done };
      this.post({ type: 'progress', lessonId: this.currentId, done });
    }));
  }

  get currentLessonId(): string | undefined {
    return this.panel ? this.currentId : undefined;
  }

  /** The last lesson sent to the webview (what it shows); for tests and diagnostics. */
  lastView?: LessonView;

  /**
   * Where the last open() spent its time (performance.now() marks, for `npm run bench`): the panel made, the
   * webview's "ready", the lesson built (markdown rendered) and posted, its paint reported.
   */
  lastOpenMarks: Partial<Record<'open' | 'panel' | 'ready' | 'built' | 'posted' | 'rendered', number>> = {};


  async open(lessonId: string): Promise<boolean> {
    this.lastOpenMarks = { open: performance.now() };
    const course = await this.store.get();
    if (!course.lessons.has(lessonId)) {
      void vscode.window.showWarningMessage(`MLOps Lab: there is no lesson "${lessonId}".`);
      return false;
    }
    if (!this.panel) {
      const beside = vscode.workspace.getConfiguration('mlopsLab').get<boolean>('lessons.openBeside', false);
      const column = beside && vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
      this.adopt(vscode.window.createWebviewPanel(LESSON_VIEW_TYPE, 'Lesson', { viewColumn: column, preserveFocus: false }, webviewOptions(this.extensionUri)));
      this.lastOpenMarks.panel = performance.now();
      await this.show(lessonId, true);
      return true;
    }
    // A panel on screen gets the lesson first and the focus after, so the message is not queued behind it;
    // a hidden one is brought forward first (its webview reloads and asks for the lesson).
    const visible = this.panel.visible;
    if (!visible) this.panel.reveal(undefined, false);
    await this.show(lessonId);
    if (visible) this.panel?.reveal(undefined, false);
    return true;
  }

  /** Takes a new or restored panel; its page is set by load(). */
  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    const webview = panel.webview;
    this.panelDisposables.push(
      webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.currentId = undefined;
        this.panelDisposables.forEach((d) => d.dispose());
        this.panelDisposables = [];
      }),
    );
  }

  /**
   * The panel's page. With a lesson view it carries it (escaped into a data attribute, validated by the script
   * like a message), so a new panel paints its first lesson as soon as its script runs, without a round trip.
   */
  private load(view: LessonView | undefined): void {
    if (!this.panel) return;
    if (view) this.lastView = view;
    initWebviewPanel(this.panel, this.extensionUri, 'lesson.main.js', [], 'Lesson', view ? { lesson: JSON.stringify(view) } : undefined);
  }

  /** Shows a lesson; `fresh`: in a panel whose page is not set yet (new or restored), the lesson goes into it. */
  private async show(lessonId: string, fresh = false): Promise<void> {
    this.currentId = lessonId;
    // Built now, not on the webview's "ready": a panel's webview takes a while to load, and the first lesson
    // of a session loads the renderer meanwhile instead of after it.
    const view = this.buildView(lessonId);
    view.catch(() => undefined); // awaited (and its error reported) below or in postLesson
    this.prepared = { id: lessonId, view };
    if (!fresh && this.ready) {
      // The open panel: the lesson goes out first; the tab's title and the remembered lesson follow.
      await this.postLesson();
      this.remember(lessonId, await this.store.get());
      return;
    }
    this.remember(lessonId, await this.store.get());
    if (fresh) {
      let built: LessonView | undefined;
      try {
        built = await view;
      } finally {
        // The page is set whatever happened: without a lesson in it, "ready" asks for one (and builds it again).
        this.load(built && this.currentId === lessonId ? built : undefined);
      }
      this.lastOpenMarks.built = performance.now();
    }
  }

  /** The tab's title, and the lesson to restore if the webview's own state is lost. */
  private remember(lessonId: string, course: { lessons: ReadonlyMap<string, { title: string }> }): void {
    void this.memory?.update(LAST_LESSON_KEY, { lessonId });
    if (this.panel) this.panel.title = course.lessons.get(lessonId)?.title ?? 'Lesson';
  }

  private async postLesson(): Promise<void> {
    if (!this.currentId) return;
    const id = this.currentId;
    const prepared = this.prepared?.id === id ? this.prepared.view : undefined;
    this.prepared = undefined; // a later "ready" (the webview reloaded) builds afresh
    const built = await (prepared ?? this.buildView(id));
    // Marked done or not while the webview loaded: the view says what is true now.
    const view = built && { ...built, done: this.progress.isLessonDone(id) };
    if (!view) return;
    this.lastView = view;
    this.lastOpenMarks.built = performance.now();
    this.post({ type: 'lesson', lesson: view });
    this.lastOpenMarks.posted = performance.now();
  }

  private async buildView(id: string): Promise<LessonView | undefined> {
    const course = await this.store.get();
    const lesson = course.lessons.get(id);
    if (!lesson) return undefined;
    const { renderMarkdown } = lazyBundle<Renderer>('renderer');
    const { previous, next } = neighbours(course, id);
    const all = lessonsInOrder(course);
    const ref = (l: { id: string; title: string } | undefined) => l && { id: l.id, title: l.title };
    return {
      id,
      title: lesson.title,
      topicTitle: course.topics.find((t) => t.id === lesson.topicId)?.title ?? '',
      minutes: lesson.minutes,
      html: renderMarkdown(lesson.body),
      done: this.progress.isLessonDone(id),
      previous: ref(previous),
      next: ref(next),
      related: lesson.related.map((r) => course.lessons.get(r)).filter((l) => !!l).map((l) => ({ id: l.id, title: l.title })),
      index: all.findIndex((l) => l.id === id) + 1,
      total: all.length,
    };
  }

  private post(msg: ToLessonWebview): void {
    if (this.panel && this.ready) void this.panel.webview.postMessage(msg);
  }

  /** Feeds a message through the same validation as one from the webview (tests). */
  receive(raw: unknown): Promise<void> {
    return this.onMessage(raw);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const msg: FromLessonWebview | undefined = parseFromLessonWebview(raw);
    if (!msg) {
      this.log.warn('Lesson panel: ignored a malformed message', JSON.stringify(raw)?.slice(0, 200));
      return;
    }
    switch (msg.type) {
      case 'ready':
        this.lastOpenMarks.ready = performance.now();
        this.ready = true;
        if (msg.shown !== undefined && msg.shown === this.currentId && this.lastView?.id === msg.shown) {
          // It painted the lesson its page carried: only whether it is done may have changed since.
          this.prepared = undefined;
          const done = this.progress.isLessonDone(msg.shown);
          this.lastView = { ...this.lastView, done };
          this.post({ type: 'progress', lessonId: msg.shown, done });
          return;
        }
        await this.postLesson();
        return;
      case 'openLesson':
        await this.open(msg.lessonId);
        return;
      case 'setDone':
        await vscode.commands.executeCommand(msg.done ? COMMANDS.markLessonDone : COMMANDS.markLessonNotDone, msg.lessonId);
        return;
      case 'openExternal':
        if (isSafeExternalUrl(msg.url)) await vscode.env.openExternal(vscode.Uri.parse(msg.url, true));
        else this.log.warn('Lesson panel: refused to open', msg.url);
        return;
      case 'rendered':
        if (msg.lessonId !== this.currentId) return;
        this.lastOpenMarks.rendered = performance.now();
        this.renderedEmitter.fire(msg.lessonId);
        return;
    }
  }

  override dispose(): void {
    this.panel?.dispose();
    super.dispose();
  }
}
