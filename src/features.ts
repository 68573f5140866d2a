// Everything the extension does past activating: the features, wired together. Its own bundle (dist/features.js),
// loaded by the activation shell (extension.ts) on first use: the tree's first question, a command, a webview
// restored, an API field read, or shortly after activation at the latest (the status bar, the walkthrough on first
// run, the labs' findings after a reload). Commands and serializers register in util/hostTable: the shell's stubs
// run them.
import * as vscode from 'vscode';
import { CourseStore } from './course/courseStore';
import { diskSource } from './course/diskSource';
import { formatProblem } from './course/problems';
import type { Course } from './course/model';
import { LessonPanelManager } from './lessons/lessonPanel';
import { registerLessonCommands } from './lessons/lessonCommands';
import { Progress, PROGRESS_KEY } from './progress/progress';
import { TopicsTreeProvider } from './tree/topicsTree';
import { PythonGrading } from './labs/python/pythonGrading';
import { PythonHost } from './labs/python/pythonHost';
import { LabService } from './labs/labService';
import { LabResults } from './labs/labResults';
import { LabPanelManager } from './labs/labPanel';
import { registerLabCommands } from './labs/labCommands';
import { ProgressUi, registerProgressCommands, type ResetParts } from './progress/progressCommands';
import { registerQuizFeature, type QuizApi } from './quiz/quizFeature';
import { registerDashboardFeature, type DashboardApi } from './dashboard/dashboardFeature';
import { COMMANDS } from './commands';
import { lazyBundle } from './util/lazy';
import { registerCommand, runCommand, deserializePanel, registeredCommands, registeredViewTypes } from './util/hostTable';
import { WALKTHROUGH_SHOWN_KEY } from './welcome/firstRun';
import { PROMPT_SHOWN_KEY } from './dashboard/reviewStatus';
import { openWalkthroughOnFirstRun, trackWalkthroughSteps } from './welcome/walkthrough';

export interface Features {
  store: CourseStore;
  /** The extension's content folder (lessons, quizzes, labs). */
  contentRoot: vscode.Uri;
  progress: Progress;
  lessons: LessonPanelManager;
  tree: TopicsTreeProvider;
  labs: LabService;
  labResults: LabResults;
  labPanel: LabPanelManager;
  quizzes: QuizApi;
  dashboard: DashboardApi;
  /** The window the progress commands talk through (tests replace it: their dialogs are modal). */
  progressUi: ProgressUi;
  /** Cumulative ms at the end of each step of starting the features. */
  phases: Array<[string, number]>;
  runCommand(id: string, args: unknown[]): unknown;
  deserializePanel(viewType: string, panel: vscode.WebviewPanel, state: unknown): Promise<void>;
  registeredCommands(): string[];
  registeredViewTypes(): string[];
}

export interface Shell {
  context: vscode.ExtensionContext;
  treeView: vscode.TreeView<unknown>;
  /** What activate() took, for the log line. */
  activationMs: number;
  moduleMs: number;
}

export function startFeatures(shell: Shell): Features {
  const { context } = shell;
  const started = performance.now();
  const phases: Array<[string, number]> = [];
  const mark = (name: string) => phases.push([name, performance.now() - started]);
  const log = vscode.window.createOutputChannel('MLOps Lab', { log: true });
  mark('log');
  const contentRoot = vscode.Uri.joinPath(context.extensionUri, 'content').fsPath;
  const store = new CourseStore(diskSource(contentRoot), (source) =>
    lazyBundle<typeof import('./course/load')>('course').loadCourse(source));
  context.globalState.setKeysForSync([PROGRESS_KEY, WALKTHROUGH_SHOWN_KEY, PROMPT_SHOWN_KEY]);
  const progress = new Progress(context.globalState);
  mark('progress');
  const labs = new LabService(store, progress, context.workspaceState, log);
  const pythonHost = new PythonHost(log);
  labs.usePython(new PythonGrading(pythonHost, contentRoot, vscode.Uri.joinPath(context.extensionUri, 'resources', 'python').fsPath));
  mark('labs');
  const labResults = new LabResults(labs);
  mark('labResults');
  const quiz = registerQuizFeature({ context, store, progress, log });
  mark('quiz');
  const dashboard = registerDashboardFeature({ context, store, progress, quiz: quiz.api, log });
  mark('dashboard');
  const tree = new TopicsTreeProvider(store, progress, labs, quiz.api);
  mark('tree');
  const lessons = new LessonPanelManager(context.extensionUri, store, progress, log, context.workspaceState);
  mark('lessons');
  const labPanel = new LabPanelManager(context.extensionUri, store, labs, log);
  mark('labPanel');
  const treeView = shell.treeView as vscode.TreeView<never>;

  const reportProblems = async (course: Course) => {
    // Only a failed load shows the view's "could not be loaded" message (`mlopsLab.contentLoaded == false` was
    // read by VS Code as "not set yet" too, and showed it to every learner while the extension activated).
    void vscode.commands.executeCommand('setContext', 'mlopsLab.contentFailed', course.topics.length === 0);
    if (!course.problems.length) return;
    log.error(`Course content has ${course.problems.length} problem(s):`);
    for (const p of course.problems) log.error(formatProblem(p));
    const pick = await vscode.window.showWarningMessage(`MLOps Lab: ${course.problems.length} problem(s) in the course content; everything else is available.`, 'Show Problems');
    if (pick) log.show();
  };
  // The tree asks for the course when it first becomes visible; report problems then, not at activation.
  context.subscriptions.push(store.onDidLoad((course) => void reportProblems(course)));

  if (progress.recoveryWarning) {
    log.warn(progress.recoveryWarning);
    void vscode.window.showWarningMessage(`MLOps Lab: ${progress.recoveryWarning}`);
  }

  const steps = trackWalkthroughSteps(progress, treeView, quiz.api.panel.onDidSubmit, labs.onDidGrade);
  const progressUi = new ProgressUi();
  const resetParts: ResetParts = {
    quizInProgress: () => {
      const s = quiz.api.service.session;
      if (!s || s.state.finishedAt !== undefined) return undefined;
      return { title: s.title, answered: Object.keys(s.state.answers).length, total: s.state.questions.length };
    },
    resetQuizzes: async () => {
      if (quiz.api.service.session) await quiz.api.service.endSession();
      // The quiz panel repaints on its webview's "ready"; feeding one through its message path shows the empty state now.
      if (quiz.api.panel.isOpen) await quiz.api.panel.receive({ type: 'ready' });
    },
    resetLabs: async () => {
      for (const id of (await store.get()).labs.keys()) await labs.resetLab(id);
    },
  };
  // An imported record changes lab state (hints, completion) without a grading: the open lab panel repaints.
  context.subscriptions.push(progress.onDidReplace(() => void labPanel.refresh()));

  context.subscriptions.push(
    log, tree, lessons, labs, pythonHost, labResults, labPanel,
    ...registerLessonCommands(store, progress, lessons),
    ...registerLabCommands(contentRoot, store, labs, labPanel),
    ...registerProgressCommands(progress, progressUi, resetParts),
    ...quiz.disposables,
    ...dashboard.disposables,
    ...steps.disposables,
    registerCommand(COMMANDS.reloadContent, () => store.reload()),
    registerCommand(COMMANDS.showContentProblems, async () => {
      const course = await store.get();
      if (!course.problems.length) log.info('Course content: no problems found.');
      for (const p of course.problems) log.error(formatProblem(p));
      log.show();
    }),
  );
  // The learner's first screen when the extension is new to them: the walkthrough, once (never under a test runner).
  openWalkthroughOnFirstRun({ memory: context.globalState, progress, mode: context.extensionMode, run: vscode.commands.executeCommand })
    .then((opened) => {
      if (opened) log.info('Opened the getting-started walkthrough (first run, no progress yet).');
    }, (e: unknown) => log.warn(`Could not open the walkthrough: ${(e as Error).message}`))
    .finally(() => steps.firstRunSettled());
  mark('walkthrough');
  // Findings live in memory: after a reload, grade the labs in progress again (after starting, never during it).
  labs.scheduleRestore();
  log.info(`Activated in ${shell.activationMs.toFixed(2)} ms (loading the code ${shell.moduleMs.toFixed(2)} ms); features started in ${(performance.now() - started).toFixed(2)} ms (${phases.map(([n, t]) => `${n} ${t.toFixed(2)}`).join(', ')})`);
  return {
    store, contentRoot: vscode.Uri.joinPath(context.extensionUri, 'content'), progress, lessons, tree, labs, labResults, labPanel,
    quizzes: quiz.api, dashboard: dashboard.api, progressUi, phases,
    runCommand, deserializePanel, registeredCommands, registeredViewTypes,
  };
}
