// The activation shell: what activating must do and nothing else. It makes the Topics view, registers every
// command and the webview serializers as thin stubs, and returns the API; the features (src/features.ts, its own
// bundle dist/features.js) load on first use: the tree's first question, a command, a webview restored, an API field
// read, or START_AT_THE_LATEST_MS after activation (the review status bar, the walkthrough on first run, the labs'
// findings after a reload). Issue 18: activate() as its caller sees it, at most 1.5x a bare extension's.
// First import: its clock starts before the rest of the bundle is evaluated.
import { loadStartedAt } from './util/loadClock';
import * as vscode from 'vscode';
import type { Features } from './features';
import type { TopicsTreeProvider } from './tree/topicsTree';
import { COMMANDS } from './commands';
import { lazyBundle, loadedBundles } from './util/lazy';

/** The features' parts (read one and the features load), then the shell's own timings. */
export type FeatureParts = 'store' | 'contentRoot' | 'progress' | 'lessons' | 'tree' | 'labs' | 'labResults' | 'labPanel' | 'quizzes' | 'dashboard' | 'progressUi';

export interface MlopsLabApi extends Pick<Features, FeatureParts> {
  activationMs: number;
  /** From the bundle starting to evaluate to activate() being called: loading our code. */
  moduleMs: number;
  /** Cumulative ms at the end of each step of activate(), for finding what is slow. */
  activationPhases: Array<[string, number]>;
  /** Lazy bundles already loaded when activate() returned: should be none. */
  bundlesAtActivation: string[];
  loadedBundles(): string[];
  /**
   * Starting the features on first use (loads them when read): requiring dist/features.js, then startFeatures(),
   * in ms, and the cumulative ms of its steps. This is the work activate() no longer does; the first use pays it.
   */
  featureStart: { requireMs: number; startMs: number; phases: Array<[string, number]> };
  /** What the features registered behind the shell's stubs (loads them): command ids and webview view types. */
  handlers(): { commands: string[]; viewTypes: string[] };
}

/** The webviews VS Code restores after a reload (package.json's onWebviewPanel activation events). */
export const VIEW_TYPES = ['mlopsLab.lesson', 'mlopsLab.lab', 'mlopsLab.quiz', 'mlopsLab.dashboard'] as const;

/**
 * The features start on first use, or this long after activation when nothing used them: what must happen without
 * a learner asking (the status bar's due reviews, the walkthrough on first run, the restore of lab findings) comes
 * then. Activation comes from the view showing (its first question starts them at once), a command or a panel
 * restored; the timer is for the rest, and keeps our start out of the moment other extensions activate.
 */
const START_AT_THE_LATEST_MS = 250;

/** The Topics view's data, answered by the features' tree (loaded at its first question). */
class ShellTree implements vscode.TreeDataProvider<unknown> {
  private readonly changed = new vscode.EventEmitter<unknown>();
  readonly onDidChangeTreeData = this.changed.event;
  constructor(private readonly tree: () => TopicsTreeProvider) {}
  attach(tree: TopicsTreeProvider): vscode.Disposable {
    return tree.onDidChangeTreeData((e) => this.changed.fire(e));
  }
  getChildren(node?: unknown) {
    return this.tree().getChildren(node as never);
  }
  getTreeItem(node: unknown) {
    return this.tree().getTreeItem(node as never);
  }
  getParent(node: unknown) {
    return this.tree().getParent(node as never);
  }
  dispose(): void {
    this.changed.dispose();
  }
}

export function activate(context: vscode.ExtensionContext): MlopsLabApi {
  const started = performance.now();
  const moduleMs = started - loadStartedAt;
  // Negative: how long before activate() was called our bundle had finished evaluating (the rest of moduleMs is
  // VS Code's, between loading the module and calling activate()).
  const phases: Array<[string, number]> = [['bundleEvaluated', evaluatedAt - started]];
  const mark = (name: string) => phases.push([name, performance.now() - started]);

  let features: Features | undefined;
  let activationMs = 0;
  let featureStart = { requireMs: 0, startMs: 0 };
  const shellTree = new ShellTree(() => start().tree);
  const treeView = vscode.window.createTreeView('mlopsLab.topics', { treeDataProvider: shellTree, showCollapseAll: true });
  mark('treeView');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = (): Features => {
    if (!features) {
      if (timer) clearTimeout(timer);
      const t0 = performance.now();
      const bundle = lazyBundle<typeof import('./features')>('features');
      const t1 = performance.now();
      features = bundle.startFeatures({ context, treeView, activationMs, moduleMs });
      featureStart = { requireMs: t1 - t0, startMs: performance.now() - t1 };
      context.subscriptions.push(shellTree.attach(features.tree));
    }
    return features;
  };

  context.subscriptions.push(
    shellTree, treeView,
    ...Object.values(COMMANDS).map((id) => vscode.commands.registerCommand(id, (...args: unknown[]) => start().runCommand(id, args))),
  );
  mark('commands');
  context.subscriptions.push(...VIEW_TYPES.map((viewType) => vscode.window.registerWebviewPanelSerializer(viewType, {
    deserializeWebviewPanel: (panel, state) => start().deserializePanel(viewType, panel, state),
  })));
  mark('serializers');
  timer = setTimeout(() => {
    timer = undefined;
    try {
      start();
    } catch (e) {
      // What activate() failing used to show; a use of any command or the view reports it again.
      void vscode.window.showErrorMessage(`MLOps Lab could not start: ${(e as Error).message}`);
    }
  }, START_AT_THE_LATEST_MS);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  activationMs = performance.now() - started;
  const api: MlopsLabApi = {
    get store() { return start().store; },
    get contentRoot() { return start().contentRoot; },
    get progress() { return start().progress; },
    get lessons() { return start().lessons; },
    get tree() { return start().tree; },
    get labs() { return start().labs; },
    get labResults() { return start().labResults; },
    get labPanel() { return start().labPanel; },
    get quizzes() { return start().quizzes; },
    get dashboard() { return start().dashboard; },
    get progressUi() { return start().progressUi; },
    get featureStart() { return { ...featureStart, phases: start().phases }; },
    handlers: () => ({ commands: start().registeredCommands(), viewTypes: start().registeredViewTypes() }),
    activationMs, moduleMs, activationPhases: phases, bundlesAtActivation: loadedBundles(), loadedBundles,
  };
  return api;
}

export function deactivate(): void {}

// Last statement of the bundle: its evaluation ends here.
const evaluatedAt = performance.now();
