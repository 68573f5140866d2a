// The quiz webview: one panel for the quiz or review session in progress, restored after a reload.
// Messages are validated both ways (src/shared/quizValidate.ts); the engine decides everything.
import * as vscode from 'vscode';
import { registerWebviewPanelSerializer } from '../util/hostTable';
import type { CourseStore } from '../course/courseStore';
import type {
  FromQuizWebview, QuizAnswer, QuizFeedbackView, QuizHeader, QuizQuestionView, QuizResultView, QuizShownPhase, ToQuizWebview,
} from '../shared/quizProtocol';
import { parseFromQuizWebview, parseQuizPanelState } from '../shared/quizValidate';
import { Disposable } from '../util/dispose';
import { lazyBundle } from '../util/lazy';
import { initWebviewPanel, webviewOptions } from '../util/webviewPanel';
import type { Feedback, QuestionView } from './index';
import { OPEN_LESSON_COMMAND } from './quizCommandIds';
import type { QuizService, QuizSession } from './quizService';

export const QUIZ_VIEW_TYPE = 'mlopsLab.quiz';
type Renderer = typeof import('../lessons/render');
type Engine = typeof import('./index');

export interface FeedbackShown {
  questionId: string;
  right: boolean;
  score: number;
  /** From receiving the submit message to the webview reporting the feedback painted. */
  ms: number;
}

export interface SubmitSeen {
  questionId: string;
  ok: boolean;
  feedback?: QuizFeedbackView;
  error?: string;
}

export class QuizPanelManager extends Disposable {
  private panel?: vscode.WebviewPanel;
  private panelDisposables: vscode.Disposable[] = [];
  private ready = false;
  private readonly pendingSubmits = new Map<string, number>();
  /** The last message posted (or that would have been posted) to the webview; for tests and diagnostics. */
  lastMessage?: ToQuizWebview;
  /** Malformed or refused messages seen; for tests and diagnostics. */
  ignoredMessages = 0;

  private readonly feedbackEmitter = this._register(new vscode.EventEmitter<FeedbackShown>());
  /** Fires when the webview reports feedback painted, with the time since the submit arrived. */
  readonly onDidShowFeedback = this.feedbackEmitter.event;
  private readonly submitEmitter = this._register(new vscode.EventEmitter<SubmitSeen>());
  /** Fires for every submit handled (accepted or refused by the engine). */
  readonly onDidSubmit = this.submitEmitter.event;
  private readonly shownEmitter = this._register(new vscode.EventEmitter<{ phase: QuizShownPhase; questionId?: string }>());
  /** Fires when the webview reports any view painted. */
  readonly onDidShow = this.shownEmitter.event;
  private readonly ignoredEmitter = this._register(new vscode.EventEmitter<unknown>());
  readonly onDidIgnoreMessage = this.ignoredEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: CourseStore,
    private readonly service: QuizService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this._register(registerWebviewPanelSerializer(QUIZ_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => {
        const saved = parseQuizPanelState(state);
        // The session the panel showed, when it is still saved; otherwise the one marked as shown.
        if (saved) await this.service.activate(saved.kind, saved.quizId);
        const session = this.service.session;
        this.log.info(`Restoring the quiz panel: ${session ? (session.quizId ?? session.kind) : 'nothing in progress'}`);
        if (!session && !saved) {
          panel.dispose();
          return;
        }
        this.adopt(panel);
        if (!session && saved?.kind === 'quiz' && saved.quizId) await this.service.startQuiz(saved.quizId);
        await this.postView();
      },
    }));
  }

  get isOpen(): boolean {
    return !!this.panel;
  }

  /** Opens the quiz; continues the attempt in progress unless `restart`. False for an unknown quiz. */
  async openQuiz(quizId: string, options: { restart?: boolean } = {}): Promise<boolean> {
    const session = await this.service.startQuiz(quizId, { resume: !options.restart });
    if (!session) {
      void vscode.window.showWarningMessage(`MLOps Lab: there is no quiz "${quizId}".`);
      return false;
    }
    this.ensurePanel(session);
    await this.postView();
    return true;
  }

  /** Starts (or continues) a review session. False when nothing is due. */
  async openReview(): Promise<boolean> {
    const session = await this.service.startReview({ resume: true });
    if (!session) {
      void vscode.window.showInformationMessage('MLOps Lab: nothing is due for review. Questions you miss or are unsure of come back here.');
      return false;
    }
    this.ensurePanel(session);
    await this.postView();
    return true;
  }

  /** Feeds a message through the same path as one from the webview (tests). */
  receive(raw: unknown): Promise<void> {
    return this.onMessage(raw);
  }

  close(): void {
    this.panel?.dispose();
  }

  private ensurePanel(session: QuizSession): void {
    if (!this.panel) {
      this.adopt(vscode.window.createWebviewPanel(QUIZ_VIEW_TYPE, session.title, { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, webviewOptions(this.extensionUri)));
    } else this.panel.reveal(undefined, false);
    this.panel!.title = session.title;
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    initWebviewPanel(panel, this.extensionUri, 'quiz.main.js', ['quiz.css'], 'Quiz');
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

  private header(s: QuizSession | undefined): QuizHeader {
    const paused = this.service.pausedSessions();
    const base: QuizHeader = s ? { title: s.title, kind: s.kind, ...(s.quizId ? { quizId: s.quizId } : {}) } : { title: 'Quiz', kind: 'quiz' };
    return { ...base, ...(paused.length ? { paused } : {}) };
  }

  /** The message describing the session's current screen. */
  async buildMessage(): Promise<ToQuizWebview> {
    const s = this.service.session;
    if (!s) {
      const message = this.service.pausedSessions().length
        ? 'Continue a quiz below, or open another one from the MLOps view.'
        : 'No quiz is in progress. Open one from the MLOps view.';
      return { type: 'empty', header: this.header(undefined), message };
    }
    const e = lazyBundle<Engine>('quiz');
    const view = e.presentQuestion(s.state);
    if (!view) return { type: 'result', header: this.header(s), result: await this.resultView(s) };
    const question = await this.questionView(view);
    const fb = view.answered ? e.feedbackFor(s.state, view.questionId) : undefined;
    const feedback = fb ? await this.feedbackView(fb, s) : undefined;
    return { type: 'question', header: this.header(s), question, ...(feedback ? { feedback } : {}) };
  }

  private async lessonTitle(id: string): Promise<string> {
    return (await this.store.get()).lessons.get(id)?.title ?? id;
  }

  private async questionView(v: QuestionView): Promise<QuizQuestionView> {
    const { renderMarkdown } = lazyBundle<Renderer>('renderer');
    const base = {
      questionId: v.questionId, type: v.type, promptHtml: renderMarkdown(v.prompt), index: v.index, total: v.total,
      lesson: v.lesson, lessonTitle: await this.lessonTitle(v.lesson),
    };
    switch (v.type) {
      case 'single':
      case 'multiple':
        return { ...base, choices: v.choices };
      case 'order':
        return { ...base, items: v.items };
      case 'match':
        return { ...base, lefts: v.lefts, rights: v.rights };
      case 'numeric':
        return { ...base, ...(v.unit !== undefined ? { unit: v.unit } : {}) };
    }
  }

  private async feedbackView(f: Feedback, s: QuizSession): Promise<QuizFeedbackView> {
    const { renderMarkdown } = lazyBundle<Renderer>('renderer');
    const given = s.state.answers[f.questionId]?.answer as QuizAnswer;
    const answered = s.state.questions.filter((q) => Object.prototype.hasOwnProperty.call(s.state.answers, q.id)).length;
    return {
      questionId: f.questionId, score: f.score, right: f.right, given, correctAnswer: f.correctAnswer as QuizAnswer,
      correctTexts: f.correctTexts, explanationHtml: renderMarkdown(f.explanation), chosen: f.chosen, marks: f.marks,
      missedTexts: f.missedTexts, wrongTexts: f.wrongTexts,
      lesson: f.lesson, lessonTitle: await this.lessonTitle(f.lesson), ...(f.confidence ? { confidence: f.confidence } : {}),
      last: s.state.current >= s.state.questions.length - 1 || answered === s.state.questions.length,
    };
  }

  private async resultView(s: QuizSession): Promise<QuizResultView> {
    const r = await this.service.result();
    const course = await this.store.get();
    const { renderMarkdown } = lazyBundle<Renderer>('renderer');
    const best = s.kind === 'quiz' && s.quizId ? this.service.record(s.quizId)?.best : undefined;
    if (!r) return { score: 0, max: 0, percent: 0, right: 0, total: 0, durationMs: 0, byTopic: [], missed: [] };
    return {
      score: r.score, max: r.max, percent: r.percent, right: r.right, total: r.total, durationMs: r.durationMs,
      byTopic: r.byTopic.map((t) => ({ ...t, title: course.topics.find((x) => x.id === t.topic)?.title ?? (t.topic === 'general' ? 'General' : t.topic) })),
      missed: await Promise.all(r.missed.map(async (m) => ({
        questionId: m.questionId, promptHtml: renderMarkdown(m.prompt), explanationHtml: renderMarkdown(m.explanation),
        correctTexts: m.correctTexts, givenTexts: m.givenTexts, lesson: m.lesson, lessonTitle: await this.lessonTitle(m.lesson), score: m.score, answered: m.answered,
      }))),
      ...(best !== undefined ? { best } : {}),
    };
  }

  private async postView(): Promise<void> {
    const msg = await this.buildMessage();
    this.lastMessage = msg;
    const s = this.service.session;
    if (this.panel && s) this.panel.title = s.title;
    if (this.panel && this.ready) await this.panel.webview.postMessage(msg);
  }

  private ignore(raw: unknown, why: string): void {
    this.ignoredMessages++;
    this.log.warn(`Quiz panel: ignored a ${why} message`, JSON.stringify(raw)?.slice(0, 200) ?? String(raw));
    this.ignoredEmitter.fire(raw);
  }

  private async onMessage(raw: unknown): Promise<void> {
    let msg: FromQuizWebview | undefined;
    try {
      msg = parseFromQuizWebview(raw);
    } catch {
      msg = undefined;
    }
    if (!msg) return this.ignore(raw, 'malformed');
    try {
      await this.handle(msg, raw);
    } catch (e) {
      this.log.error(`Quiz panel: ${msg.type} failed`, e instanceof Error ? e.message : String(e));
    }
  }

  private async handle(msg: FromQuizWebview, raw: unknown): Promise<void> {
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        await this.postView();
        return;
      case 'submit': {
        const started = performance.now();
        let posted = false;
        // The feedback goes to the webview as soon as the answer is graded, while it is being written down.
        const r = await this.service.submit(msg.questionId, msg.answer, msg.confidence, async () => {
          this.pendingSubmits.set(msg.questionId, started);
          posted = true;
          await this.postView();
        });
        if (!r.ok) {
          this.ignore(raw, `refused (${r.error})`);
          this.submitEmitter.fire({ questionId: msg.questionId, ok: false, error: r.error });
          if (this.panel && this.ready) await this.panel.webview.postMessage({ type: 'error', message: r.error } satisfies ToQuizWebview);
          return;
        }
        if (!posted) {
          this.pendingSubmits.set(msg.questionId, started);
          await this.postView();
        }
        const m = this.lastMessage;
        this.submitEmitter.fire({ questionId: msg.questionId, ok: true, ...(m?.type === 'question' && m.feedback ? { feedback: m.feedback } : {}) });
        return;
      }
      case 'next':
        if (await this.service.next()) await this.postView();
        return;
      case 'retry':
        if (await this.service.retry(msg.mode)) await this.postView();
        return;
      case 'resume':
        if (msg.kind === 'review') await this.openReview();
        else if (msg.quizId) await this.openQuiz(msg.quizId);
        return;
      case 'openLesson':
        await vscode.commands.executeCommand(OPEN_LESSON_COMMAND, msg.lessonId);
        return;
      case 'close':
        this.panel?.dispose();
        return;
      case 'shown': {
        this.shownEmitter.fire({ phase: msg.phase, ...(msg.questionId ? { questionId: msg.questionId } : {}) });
        if (msg.phase !== 'feedback' || !msg.questionId) return;
        const t0 = this.pendingSubmits.get(msg.questionId);
        if (t0 === undefined) return;
        this.pendingSubmits.delete(msg.questionId);
        const fb = this.service.feedbackFor(msg.questionId);
        this.feedbackEmitter.fire({ questionId: msg.questionId, right: fb?.right ?? false, score: fb?.score ?? 0, ms: performance.now() - t0 });
        return;
      }
    }
  }

  override dispose(): void {
    this.panel?.dispose();
    super.dispose();
  }
}
