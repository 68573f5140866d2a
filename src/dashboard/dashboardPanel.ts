// The progress dashboard: one webview panel, restored after a reload, repainted when progress changes.
// The numbers come from the pure model (the lazily loaded `dashboard` chunk); messages are validated both ways.
import * as vscode from 'vscode';
import { registerWebviewPanelSerializer } from '../util/hostTable';
import type { CourseStore } from '../course/courseStore';
import { readLabsSection } from '../labs/labState';
import { localDay } from '../progress/days';
import type { Progress } from '../progress/progress';
import type { QuizService } from '../quiz/quizService';
import type { DashboardPaintMarks, DashboardTables, DashboardView, FromDashboardWebview, ToDashboardWebview } from '../shared/dashboardProtocol';
import { parseFromDashboardWebview } from '../shared/dashboardValidate';
import { COMMANDS } from '../commands';
import { Disposable } from '../util/dispose';
import { lazyBundle } from '../util/lazy';
import { asset } from '../util/webviewAssets';
import { renderShell } from '../util/webviewHtml';
import { webviewOptions } from '../util/webviewPanel';

export const DASHBOARD_VIEW_TYPE = 'mlopsLab.dashboard';
type Model = typeof import('./model');
type Engine = typeof import('../quiz/index');

export interface DashboardPainted {
  view: DashboardView;
  /** The text of each chart's table alternative as the webview drew it. */
  tables: DashboardTables;
  /** From open() (or the change that caused the repaint) to the webview reporting the view drawn. */
  ms: number;
  /** The webview's own timings of that paint (information for the bench). */
  marks?: DashboardPaintMarks;
}

export class DashboardPanelManager extends Disposable {
  private panel?: vscode.WebviewPanel;
  private panelDisposables: vscode.Disposable[] = [];
  private ready = false;
  private startedAt = 0;
  private posting?: Promise<void>;
  private again = false;
  /** True while the view a new page carries is still the current one (no progress change since it was built). */
  private pageViewCurrent = false;
  /** Counts progress changes, so a view built across one is known to be stale. */
  private changes = 0;
  /** The last message posted to the webview; for tests and diagnostics. */
  lastMessage?: ToDashboardWebview;
  /** Malformed messages seen; for tests and diagnostics. */
  ignoredMessages = 0;
  private readonly paintedEmitter = this._register(new vscode.EventEmitter<DashboardPainted>());
  /** Fires when the webview reports a view drawn. */
  readonly onDidPaint = this.paintedEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: CourseStore,
    private readonly progress: Progress,
    private readonly quizzes: QuizService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this._register(registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => {
        this.log.info('Restoring the progress dashboard.');
        this.startedAt = performance.now();
        this.adopt(panel);
      },
    }));
    // Lessons, quiz scores, the review deck and labs all live in progress; the quiz service also fires when its clock moves.
    this._register(progress.onDidChange(() => this.refresh()));
    this._register(progress.onDidReplace(() => this.refresh()));
    this._register(quizzes.onDidChange(() => this.refresh()));
  }

  get isOpen(): boolean {
    return !!this.panel;
  }

  /** Opens the dashboard (or shows it again) and paints the current numbers. */
  async open(): Promise<void> {
    this.startedAt = performance.now();
    if (this.panel) {
      this.panel.reveal(undefined, false);
      await this.postView();
      return;
    }
    // The tab opens at once; its page is written once the numbers are built and carries them, so the webview paints
    // as its script runs, without asking for them (a round trip through the extension host).
    const panel = vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, 'MLOps Progress', vscode.ViewColumn.One, webviewOptions(this.extensionUri));
    this.adopt(panel, false);
    const changes = this.changes;
    let view: DashboardView | undefined;
    try {
      view = await this.buildView();
    } catch (e) {
      this.log.error(`Progress dashboard: could not build the view: ${(e as Error).message}`);
    }
    if (this.panel !== panel) return; // closed meanwhile
    if (view) this.lastMessage = { type: 'dashboard', view };
    this.pageViewCurrent = !!view && changes === this.changes;
    this.writePage(panel, view);
  }

  /** Repaints from the saved state (no-op while closed). */
  refresh(): void {
    this.pageViewCurrent = false;
    this.changes++;
    if (!this.panel || !this.ready) return;
    this.startedAt = performance.now();
    void this.postView();
  }

  /** Feeds a message through the same path as one from the webview (tests). */
  receive(raw: unknown): Promise<void> {
    return this.onMessage(raw);
  }

  /** The numbers the dashboard shows now, from the saved state. */
  async buildView(): Promise<DashboardView> {
    const course = await this.store.get();
    const engine = lazyBundle<Engine>('quiz');
    const fsrs = engine.createFsrsScheduler();
    const now = this.quizzes.now();
    return lazyBundle<Model>('dashboard').buildDashboard({
      course,
      progress: this.progress.snapshot(),
      cards: this.quizzes.deck().cards,
      quizRecords: this.quizzes.records(),
      labs: readLabsSection(this.progress.section('labs')),
      now,
      localDay,
      recall: (card, at) => fsrs.recall(card, at),
    });
  }

  private adopt(panel: vscode.WebviewPanel, writePage = true): void {
    this.panel = panel;
    this.ready = false;
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'lesson.svg');
    if (writePage) this.writePage(panel);
    const w = panel.webview;
    this.panelDisposables.push(
      w.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.ready = false;
        this.panelDisposables.forEach((d) => d.dispose());
        this.panelDisposables = [];
      }),
    );
  }

  /** The page; with `view`, it carries the numbers to paint at once (escaped into a data attribute, validated by the webview). */
  private writePage(panel: vscode.WebviewPanel, view?: DashboardView): void {
    const w = panel.webview;
    const dist = (f: string) => asset(this.extensionUri.fsPath, 'dist', 'webview', f);
    w.html = renderShell({
      cspSource: w.cspSource,
      script: dist('dashboard.main.js'),
      // One stylesheet bundled next to the script: media/webview.css, then media/dashboard.css.
      styles: [dist('dashboard.main.css')],
      title: 'MLOps Progress',
      data: view ? { view: JSON.stringify(view) } : undefined,
    });
  }

  /** Posts the current view; changes arriving while one is being built are coalesced into one more post. */
  private postView(): Promise<void> {
    if (this.posting) {
      this.again = true;
      return this.posting;
    }
    this.posting = (async () => {
      do {
        this.again = false;
        if (!this.panel || !this.ready) return;
        try {
          const msg: ToDashboardWebview = { type: 'dashboard', view: await this.buildView() };
          this.lastMessage = msg;
          await this.panel?.webview.postMessage(msg);
        } catch (e) {
          this.log.error(`Progress dashboard: could not build the view: ${(e as Error).message}`);
        }
      } while (this.again);
    })().finally(() => (this.posting = undefined));
    return this.posting;
  }

  private async onMessage(raw: unknown): Promise<void> {
    const msg: FromDashboardWebview | undefined = parseFromDashboardWebview(raw);
    if (!msg) {
      this.ignoredMessages++;
      this.log.warn('Progress dashboard: ignored a malformed message', JSON.stringify(raw)?.slice(0, 200));
      return;
    }
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        // The page painted the view it carried; post only if progress changed since that view was built.
        if (msg.shownFromPage && this.pageViewCurrent) {
          this.pageViewCurrent = false;
          return;
        }
        this.pageViewCurrent = false;
        await this.postView();
        return;
      case 'painted': {
        const view = this.lastMessage?.view;
        if (view && view.today === msg.today) this.paintedEmitter.fire({ view, tables: msg.tables, ms: performance.now() - this.startedAt, marks: msg.marks });
        return;
      }
      case 'startReview':
        await vscode.commands.executeCommand(COMMANDS.startReview);
        return;
      case 'openLesson':
        await vscode.commands.executeCommand(COMMANDS.openLesson, msg.lessonId);
        return;
      case 'openQuiz':
        await vscode.commands.executeCommand(COMMANDS.openQuiz, msg.quizId);
        return;
      case 'openLab':
        await vscode.commands.executeCommand(COMMANDS.openLab, msg.labId);
        return;
    }
  }

  override dispose(): void {
    this.panel?.dispose();
    super.dispose();
  }
}
