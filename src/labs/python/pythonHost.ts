// Glue: which Python the Python labs run in this window, and saying what is missing. The search order
// and the probing are in interpreter.ts (pure Node); this adds VS Code's setting and the Python extension.
import * as vscode from 'vscode';
import { Disposable } from '../../util/dispose';
import { resolveInterpreter, type Resolution } from './interpreter';

export const INTERPRETER_SETTING = 'mlopsLab.python.interpreter';
export const TIMEOUT_SETTING = 'mlopsLab.python.timeoutSeconds';
const PYTHON_EXTENSION = 'ms-python.python';

/** The part of the Python extension's public API used here (see its `PythonExtension` type). */
interface PythonApi {
  environments?: {
    getActiveEnvironmentPath(resource?: vscode.Uri): { path: string };
    onDidChangeActiveEnvironmentPath?: vscode.Event<unknown>;
  };
}

export class PythonHost extends Disposable {
  private cached?: Promise<Resolution>;
  private watchingExtension = false;

  constructor(private readonly log: vscode.LogOutputChannel) {
    super();
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(INTERPRETER_SETTING)) this.cached = undefined;
    }));
    this._register(vscode.extensions.onDidChange(() => (this.cached = undefined)));
  }

  timeoutMs(): number {
    const s = vscode.workspace.getConfiguration().get<number>(TIMEOUT_SETTING, 30);
    return Math.min(600, Math.max(5, Number.isFinite(s) ? s : 30)) * 1000;
  }

  /** Resolved once per window and setting; `fresh` probes again (after the learner installed packages). */
  resolve(folder?: vscode.Uri, fresh = false): Promise<Resolution> {
    if (fresh || !this.cached) {
      this.cached = this.compute(folder);
      this.cached.then((r) => this.log.info(r.ok ? `Python labs run ${r.python} (Python ${r.version})` : `Python labs: ${r.message}`), () => undefined);
    }
    return this.cached;
  }

  private async compute(folder?: vscode.Uri): Promise<Resolution> {
    const explicit = vscode.workspace.getConfiguration().get<string>(INTERPRETER_SETTING, '').trim() || undefined;
    return resolveInterpreter({ explicit, fromExtension: explicit ? undefined : await this.fromPythonExtension(folder) });
  }

  private async fromPythonExtension(folder?: vscode.Uri): Promise<string | undefined> {
    const ext = vscode.extensions.getExtension<PythonApi>(PYTHON_EXTENSION);
    if (!ext) return undefined;
    try {
      const api = ext.isActive ? ext.exports : await ext.activate();
      const envs = api?.environments;
      if (envs?.onDidChangeActiveEnvironmentPath && !this.watchingExtension) {
        this.watchingExtension = true;
        this._register(envs.onDidChangeActiveEnvironmentPath(() => (this.cached = undefined)));
      }
      const path = envs?.getActiveEnvironmentPath(folder)?.path;
      return typeof path === 'string' && path ? path : undefined;
    } catch (e) {
      this.log.warn(`The Python extension did not say its environment: ${(e as Error).message}`);
      return undefined;
    }
  }

  /**
   * Says what is missing and offers the install command in a terminal, typed but not run: the learner
   * decides. Never installs anything itself.
   */
  async explain(r: Extract<Resolution, { ok: false }>): Promise<void> {
    const actions = [...(r.installCommand ? ['Open Terminal with Install Command'] : []), 'Choose Interpreter…'];
    const pick = await vscode.window.showWarningMessage(`MLOps Lab cannot run the Python lab's tests. ${r.message}`, ...actions);
    if (pick === 'Open Terminal with Install Command' && r.installCommand) {
      const t = vscode.window.createTerminal({ name: 'MLOps Lab: Python packages' });
      t.show();
      t.sendText(r.installCommand, false);
    } else if (pick === 'Choose Interpreter…') {
      await vscode.commands.executeCommand('workbench.action.openSettings', INTERPRETER_SETTING);
    }
  }
}
