// The lab panel: instructions, a checklist with progress, hints one at a time, the reference solution.
import * as vscode from 'vscode';
import type { CourseStore } from '../course/courseStore';
import type { FromLabWebview, LabView } from '../shared/labProtocol';
import { parseFromLabWebview, parseLabPanelState } from '../shared/labValidate';
import { isSafeExternalUrl } from '../shared/validate';
import { Disposable } from '../util/dispose';
import { lazyBundle } from '../util/lazy';
import { initWebviewPanel, webviewOptions } from '../util/webviewPanel';
import { COMMANDS } from '../commands';
import type { LabService } from './labService';
import { toRange } from './labResults';

export const LAB_VIEW_TYPE = 'mlopsLab.lab';
type Renderer = typeof import('../lessons/render');

export class LabPanelManager extends Disposable {
  private panel?: vscode.WebviewPanel;
  private panelDisposables: vscode.Disposable[] = [];
  private ready = false;
  private labId?: string;
  /** The last view sent to the webview; for tests and diagnostics. */
  lastView?: LabView;
  private readonly shownEmitter = this._register(new vscode.EventEmitter<LabView>());
  readonly onDidPostView = this.shownEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: CourseStore,
    private readonly labs: LabService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this._register(vscode.window.registerWebviewPanelSerializer(LAB_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => {
        const id = parseLabPanelState(state)?.labId;
        this.adopt(panel);
        if (id && (await store.get()).labs.has(id)) await this.show(id);
        else panel.dispose();
      },
    }));
    this._register(labs.onDidChangeLab((id) => {
      if (id === this.labId) void this.postView();
    }));
  }

  get currentLabId(): string | undefined {
    return this.panel ? this.labId : undefined;
  }

  async open(labId: string, column = vscode.ViewColumn.Beside): Promise<boolean> {
    if (!(await this.store.get()).labs.has(labId)) return false;
    if (!this.panel) {
      this.adopt(vscode.window.createWebviewPanel(LAB_VIEW_TYPE, 'Lab', { viewColumn: column, preserveFocus: true }, webviewOptions(this.extensionUri)));
    } else this.panel.reveal(undefined, true);
    await this.show(labId);
    return true;
  }

  /** Repaints the open lab from the saved state (the whole progress record was replaced: import, reset all). */
  refresh(): Promise<void> {
    return this.postView();
  }

  /** Feeds a message through the same path as one from the webview (tests). */
  receive(raw: unknown): Promise<void> {
    return this.onMessage(raw);
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    initWebviewPanel(panel, this.extensionUri, 'lab.main.js', ['lab.css'], 'Lab');
    const w = panel.webview;
    this.panelDisposables.push(
      w.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.panelDisposables.forEach((d) => d.dispose());
        this.panelDisposables = [];
      }),
    );
  }

  private async show(labId: string): Promise<void> {
    this.labId = labId;
    const lab = (await this.store.get()).labs.get(labId);
    if (this.panel && lab) this.panel.title = `Lab: ${lab.title}`;
    await this.postView();
  }

  async buildView(labId: string): Promise<LabView | undefined> {
    const course = await this.store.get();
    const lab = course.labs.get(labId);
    const grader = this.labs.grader(labId);
    if (!lab || !grader) return undefined;
    const { renderMarkdown } = lazyBundle<Renderer>('renderer');
    const grading = this.labs.lastGrading(labId);
    const state = this.labs.state(labId);
    const folder = this.labs.folderOf(labId);
    const checks = grader.checks.map((c) => {
      const r = grading?.results.find((x) => x.id === c.id);
      const status = r?.status ?? (state?.gradedAt ? (state.passed.includes(c.id) ? 'pass' : 'fail') : undefined);
      return {
        id: c.id, title: c.title, why: c.why, scope: c.scope, lessonId: c.lesson, lessonTitle: course.lessons.get(c.lesson)?.title ?? c.lesson,
        status, findings: (r?.findings ?? []).slice(0, 20).map((f) => ({ file: f.file, line: f.line, message: f.message })),
        hints: c.hints.slice(0, state?.hintsShown[c.id] ?? 0), hintsTotal: c.hints.length,
      } as LabView['checks'][number];
    });
    const passed = checks.filter((c) => c.status === 'pass').length;
    return {
      id: lab.id, title: lab.title, summary: lab.summary, mainFile: lab.mainFile, html: renderMarkdown(lab.instructions),
      folder: folder ? (vscode.workspace.asRelativePath(folder, true) || folder.fsPath) : undefined,
      checks, passed, total: checks.length, completed: !!state?.completedAt, gradedAt: state?.gradedAt,
    };
  }

  private async postView(): Promise<void> {
    if (!this.panel || !this.ready || !this.labId) return;
    const view = await this.buildView(this.labId);
    if (!view) return;
    this.lastView = view;
    await this.panel.webview.postMessage({ type: 'lab', lab: view });
    this.shownEmitter.fire(view);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const msg: FromLabWebview | undefined = parseFromLabWebview(raw);
    if (!msg) {
      this.log.warn('Lab panel: ignored a malformed message', JSON.stringify(raw)?.slice(0, 200));
      return;
    }
    const labId = this.labId;
    if (msg.type === 'ready') {
      this.ready = true;
      await this.postView();
      return;
    }
    if (!labId) return;
    switch (msg.type) {
      case 'start':
        await vscode.commands.executeCommand(COMMANDS.startLab, labId);
        return;
      case 'grade':
        await vscode.commands.executeCommand(COMMANDS.gradeLab, labId);
        return;
      case 'openMainFile':
        await this.openFile(labId);
        return;
      case 'revealHint':
        await this.labs.revealHint(labId, msg.checkId);
        return;
      case 'openFinding':
        await this.openFinding(labId, msg.checkId, msg.index);
        return;
      case 'openLesson':
        await vscode.commands.executeCommand(COMMANDS.openLesson, msg.lessonId);
        return;
      case 'showSolution':
        await vscode.commands.executeCommand(COMMANDS.showLabSolution, labId);
        return;
      case 'openExternal':
        if (isSafeExternalUrl(msg.url)) await vscode.env.openExternal(vscode.Uri.parse(msg.url, true));
        return;
    }
  }

  private async openFile(labId: string, file?: string, range?: vscode.Range): Promise<void> {
    const lab = (await this.store.get()).labs.get(labId);
    const folder = this.labs.folderOf(labId);
    if (!lab || !folder) return;
    const uri = vscode.Uri.joinPath(folder, ...(file ?? lab.mainFile).split('/'));
    try {
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, selection: range });
    } catch {
      void vscode.window.showWarningMessage(`MLOps Lab: ${file ?? lab.mainFile} does not exist yet in ${vscode.workspace.asRelativePath(folder)}; create it to start.`);
    }
  }

  private async openFinding(labId: string, checkId: string, index: number): Promise<void> {
    const f = this.labs.lastGrading(labId)?.results.find((r) => r.id === checkId)?.findings[index];
    if (f) await this.openFile(labId, f.file, toRange(f));
  }

  override dispose(): void {
    this.panel?.dispose();
    super.dispose();
  }
}
