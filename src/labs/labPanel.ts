// The lab panel: instructions, a checklist with progress, hints one at a time, the reference solution.
import * as vscode from 'vscode';
import { registerWebviewPanelSerializer } from '../util/hostTable';
import type { CourseStore } from '../course/courseStore';
import type { Course } from '../course/model';
import type { FromLabWebview, LabCompleteView, LabView } from '../shared/labProtocol';
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

/** `beside`: next to the learner's file, a third of the editor area wide; `tab`: a tab in the file's own group. */
export type LabPanelPlacement = 'beside' | 'tab';
/** Share of the editor area the file keeps when the lab panel opens beside it in a window with one group. */
export const EDITOR_SHARE = 0.65;

export function labPanelPlacement(): LabPanelPlacement {
  return vscode.workspace.getConfiguration('mlopsLab').get<string>('labPanelPlacement') === 'tab' ? 'tab' : 'beside';
}

/** What the panel says about the text the last grading read. */
export function gradedSourceText(unsaved: readonly string[]): string {
  if (!unsaved.length) return 'Graded the saved files';
  const names = unsaved.length <= 3 ? unsaved.join(', ') : `${unsaved.slice(0, 3).join(', ')} and ${unsaved.length - 3} more`;
  return `Graded your unsaved edits in ${names}`;
}

/** Python labs: what ran, or that the results are the last run's (after a reload nothing runs by itself). */
export function pythonSourceText(p: { interpreter?: string; fromLastRun?: string }): string {
  if (p.fromLastRun) return `Results of the last run (${p.fromLastRun.slice(0, 16).replace('T', ' ')} UTC). Save a lab file or press Grade now to run the tests again.`;
  return p.interpreter ? `Ran the tests on the saved files with ${p.interpreter}` : 'Ran the tests on the saved files';
}

/** The quiz of the lab's topic and the next lab of the course not completed yet. */
export function whatNext(course: Course, labId: string, completed: (id: string) => boolean): Omit<LabCompleteView, 'completedAt'> {
  const lab = course.labs.get(labId);
  const topic = course.topics.find((t) => t.id === lab?.topic);
  const quizId = topic?.quizIds.find((id) => course.quizzes.has(id));
  const order = course.topics.flatMap((t) => t.labIds).filter((id) => course.labs.has(id));
  const i = order.indexOf(labId);
  const nextId = [...order.slice(i + 1), ...order.slice(0, Math.max(i, 0))].find((id) => id !== labId && !completed(id));
  return {
    quiz: quizId ? { id: quizId, title: course.quizzes.get(quizId)!.title } : undefined,
    nextLab: nextId ? { id: nextId, title: course.labs.get(nextId)!.title } : undefined,
  };
}

export class LabPanelManager extends Disposable {
  private panel?: vscode.WebviewPanel;
  private panelDisposables: vscode.Disposable[] = [];
  private ready = false;
  private labId?: string;
  /** Set while a new panel is being laid out and created, so two opens make one panel. */
  private creating?: Promise<void>;
  /** Rendered instructions by lab id: rendering once per window is enough. */
  private readonly instructions = new Map<string, string>();
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
    this._register(registerWebviewPanelSerializer(LAB_VIEW_TYPE, {
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
    this._register(labs.onDidChangeActivity((id) => {
      if (id === this.labId) void this.postView();
    }));
  }

  get currentLabId(): string | undefined {
    return this.panel ? this.labId : undefined;
  }

  async open(labId: string): Promise<boolean> {
    if (!(await this.store.get()).labs.has(labId)) return false;
    if (!this.panel && !this.creating) {
      this.creating = this.createPanel().finally(() => (this.creating = undefined));
      await this.creating;
    } else if (this.creating) await this.creating;
    else this.panel?.reveal(undefined, true);
    await this.show(labId);
    return true;
  }

  /** Repaints the open lab from the saved state (the whole progress record was replaced: import, reset all). */
  refresh(): Promise<void> {
    return this.postView();
  }

  private async createPanel(): Promise<void> {
    const placement = labPanelPlacement();
    const single = vscode.window.tabGroups.all.length === 1;
    if (placement === 'beside' && single) {
      // Beside a single editor group, VS Code splits the area in half, which squeezed the learner's file to about
      // 440 px in a laptop window: lay out two columns with most of the width for the file first (the layout
      // keeps the existing group, with its editors, on the left), then open the panel in the second.
      await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{ size: EDITOR_SHARE }, { size: 1 - EDITOR_SHARE }] })
        .then(undefined, (e: unknown) => this.log.warn(`Lab panel: could not lay out the editor groups: ${(e as Error).message}`));
    }
    const column = placement === 'tab' ? vscode.ViewColumn.Active : single ? vscode.ViewColumn.Two : vscode.ViewColumn.Beside;
    this.adopt(vscode.window.createWebviewPanel(LAB_VIEW_TYPE, 'Lab', { viewColumn: column, preserveFocus: true }, webviewOptions(this.extensionUri)));
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
    // A started lab with nothing graded in this window (the window came back, the restore is still queued):
    // grade now, so its findings show without a save.
    if (lab && this.labs.folderOf(labId) && !this.labs.lastGrading(labId) && !this.labs.isGrading(labId) && !this.labs.folderGone(labId)) {
      this.labs.grade(labId, performance.now(), 'open').catch((e: unknown) => this.log.warn(`Grading ${labId} failed: ${(e as Error).message}`));
    }
    await this.postView();
  }

  /** Renders the lab's instructions ahead of time (Start Lab calls it while the folder question is open). */
  async prepare(labId: string): Promise<void> {
    const lab = (await this.store.get()).labs.get(labId);
    if (lab) this.instructionsHtml(lab.id, lab.instructions);
  }

  private instructionsHtml(labId: string, markdown: string): string {
    let html = this.instructions.get(labId);
    if (html === undefined) {
      html = lazyBundle<Renderer>('renderer').renderMarkdown(markdown);
      this.instructions.set(labId, html);
    }
    return html;
  }

  async buildView(labId: string): Promise<LabView | undefined> {
    const course = await this.store.get();
    const lab = course.labs.get(labId);
    const grader = this.labs.grader(labId);
    if (!lab || !grader) return undefined;
    const html = this.instructionsHtml(labId, lab.instructions);
    const grading = this.labs.lastGrading(labId);
    const state = this.labs.state(labId);
    const folder = this.labs.folderOf(labId);
    const checks = grader.checks.map((c) => {
      const r = grading?.results.find((x) => x.id === c.id);
      const status = r?.status ?? (state?.gradedAt ? (state.passed.includes(c.id) ? 'pass' : 'fail') : undefined);
      return {
        id: c.id, title: c.title, why: c.why, scope: c.scope, lessonId: c.lesson, lessonTitle: course.lessons.get(c.lesson)?.title ?? c.lesson,
        status, findings: (r?.findings ?? []).slice(0, 20).map((f) => ({ file: f.file, line: f.line, message: f.message, exists: !grading?.missing.includes(f.file) })),
        hints: c.hints.slice(0, state?.hintsShown[c.id] ?? 0), hintsTotal: c.hints.length,
      } as LabView['checks'][number];
    });
    const passed = checks.filter((c) => c.status === 'pass').length;
    const allPass = checks.length > 0 && passed === checks.length;
    const complete: LabCompleteView | undefined = state?.completedAt && allPass
      ? { completedAt: state.completedAt, ...whatNext(course, labId, (id) => !!this.labs.state(id)?.completedAt) }
      : undefined;
    return {
      id: lab.id, title: lab.title, summary: lab.summary, mainFile: lab.mainFile, html,
      folder: folder ? (vscode.workspace.asRelativePath(folder, true) || folder.fsPath) : undefined,
      checks, passed, total: checks.length, completed: !!state?.completedAt, gradedAt: state?.gradedAt,
      activity: this.labs.activityOf(labId),
      gradedSource: grading ? (grading.python ? pythonSourceText(grading.python) : gradedSourceText(grading.unsaved)) : undefined,
      problem: grading?.problem,
      folderGone: folder ? this.labs.folderGone(labId) || undefined : undefined,
      complete,
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
      case 'openLab':
        await vscode.commands.executeCommand(COMMANDS.openLab, msg.labId);
        return;
      case 'openQuiz':
        await vscode.commands.executeCommand(COMMANDS.openQuiz, msg.quizId);
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
