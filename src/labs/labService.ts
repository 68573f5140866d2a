// Glue: which folder each lab lives in, grading (on demand, on save, as the learner types, and again when the
// window comes back), results and learner state.
import { stat } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { CourseStore } from '../course/courseStore';
import type { Progress } from '../progress/progress';
import { Disposable } from '../util/dispose';
import { lazyBundle } from '../util/lazy';
import type { LabDefinition } from './definition';
import { readLabsSection, recordGrading, revealHint, type LabProgress } from './labState';
import { MAX_GRADED_BYTES, readGraderFiles, readProjectFile, textInput, toFileInput, tooLarge } from './projectFiles';
import type { PythonGrading, PythonRun } from './python/pythonGrading';
import type { CheckResult, FileInput, LabChecks, ProjectFiles } from './types';

type Registry = typeof import('./registry');
const FOLDERS_KEY = 'mlopsLab.labFolders';
/** Python labs: the last run's results per lab, shown again after a reload without running anything. */
const PYTHON_RESULTS_KEY = 'mlopsLab.pythonLabResults';
// A save grades at once (a file lab grades in a few ms: a pause would be most of the wait). More saves of the
// lab's files within this window ("Save All" of several of them) grade once more, at its end, not once each.
const SAVE_COALESCE_MS = 40;
// As linters do: grade the editor's text once the learner pauses typing.
export const EDIT_DEBOUNCE_MS = 300;

/** What asked for a grading. */
export type GradingReason = 'start' | 'save' | 'edit' | 'command' | 'restore' | 'open';

export interface Grading {
  lab: LabDefinition;
  folder: vscode.Uri;
  results: CheckResult[];
  reason: GradingReason;
  /** Project paths graded from an editor's unsaved text instead of the file on disk. */
  unsaved: string[];
  /** Project paths the grader asked for that do not exist (findings there cannot link to the file). */
  missing: string[];
  /** Every project path the grader read, so saving or editing any of them regrades. */
  read: string[];
  /** performance.now() when grading was requested (save, edit or command) and when results were published. */
  requestedAt: number;
  publishedAt: number;
  /** Why the grading is incomplete or did not run (Python labs: Restricted Mode, no Python, timeout). */
  problem?: string;
  /** Python labs: the tests behind each check, pytest's output and the interpreter. */
  python?: Pick<PythonRun, 'details' | 'output' | 'interpreter'> & { fromLastRun?: string };
}

export class LabService extends Disposable {
  private readonly gradedEmitter = this._register(new vscode.EventEmitter<Grading>());
  /** Fires after diagnostics, Testing results and state are updated. */
  readonly onDidGrade = this.gradedEmitter.event;
  private readonly changedEmitter = this._register(new vscode.EventEmitter<string>());
  /** Fires with a lab id when its folder, state, hints or grading status change. */
  readonly onDidChangeLab = this.changedEmitter.event;
  private readonly activityEmitter = this._register(new vscode.EventEmitter<string>());
  /** Fires with a lab id when it starts or stops being busy (writing files, grading); the panel shows it. */
  readonly onDidChangeActivity = this.activityEmitter.event;
  private readonly last = new Map<string, Grading>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Labs graded on a save less than SAVE_COALESCE_MS ago; `again` is when a later save asked for one more. */
  private readonly saveWindows = new Map<string, { timer: ReturnType<typeof setTimeout>; again?: number }>();
  /** Per lab: the grading running or queued last; gradings of one lab run one after another, in order. */
  private readonly queue = new Map<string, Promise<unknown>>();
  private readonly inFlight = new Map<string, number>();
  /** Gradings in flight that the panel shows as "Grading…" (see grade()). */
  private readonly shown = new Map<string, number>();
  /** Per lab: what the learner is waiting for while Start Lab writes files ("Writing the starter files…"). */
  private readonly activity = new Map<string, string>();
  private readonly warmed = new Set<string>();
  /** Labs whose recorded folder was gone when the window came back. */
  private readonly gone = new Set<string>();
  private restoreTimer?: ReturnType<typeof setTimeout>;
  /** Called with each grading before onDidGrade fires (diagnostics, Testing view). */
  readonly publishers: Array<(g: Grading) => void> = [];
  /** The checks of the Python labs (from content, not from a grader module), known once the course loads. */
  private readonly pythonChecks = new Map<string, LabChecks>();
  private python?: PythonGrading;

  constructor(
    private readonly store: CourseStore,
    private readonly progress: Progress,
    private readonly workspaceState: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
    this._register(store.onDidLoad((course) => {
      this.pythonChecks.clear();
      for (const lab of course.labs.values()) {
        if (lab.kind === 'python' && lab.checks) this.pythonChecks.set(lab.id, { labId: lab.id, files: lab.files, checks: lab.checks });
      }
    }));
    this._register(vscode.workspace.onDidSaveTextDocument((doc) => this.schedule(doc.uri, SAVE_COALESCE_MS, 'save')));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      // Saving and a change of dirty state alone fire this too, with no content change.
      if (e.contentChanges.length) this.schedule(e.document.uri, EDIT_DEBOUNCE_MS, 'edit');
    }));
  }

  /** The lab's checks; Python labs' are known once the course has loaded (every caller has loaded it). */
  grader(labId: string): LabChecks | undefined {
    return this.pythonChecks.get(labId) ?? lazyBundle<Registry>('graders').getGrader(labId);
  }

  /** Extension activation gives the Python labs' runner (kept out of tests that build a LabService by hand). */
  usePython(python: PythonGrading): void {
    this.python = python;
  }

  private folders(): Record<string, string> {
    const raw = this.workspaceState.get<Record<string, string>>(FOLDERS_KEY);
    return raw && typeof raw === 'object' ? raw : {};
  }

  folderOf(labId: string): vscode.Uri | undefined {
    const raw = this.folders()[labId];
    return typeof raw === 'string' ? vscode.Uri.parse(raw) : undefined;
  }

  async setFolder(labId: string, folder: vscode.Uri): Promise<void> {
    const all = { ...this.folders(), [labId]: folder.toString() };
    await this.workspaceState.update(FOLDERS_KEY, all);
    this.gone.delete(labId);
    this.changedEmitter.fire(labId);
  }

  state(labId: string): LabProgress | undefined {
    return readLabsSection(this.progress.section('labs'))[labId];
  }

  /** Cheap status for the tree: never loads a grader. */
  status(labId: string): { started: boolean; passed: number; total?: number; completed: boolean } {
    const st = this.state(labId);
    // A Python run that could not run (no Python, Restricted Mode) has no results: keep the recorded counts.
    const graded = this.last.get(labId);
    const last = graded?.results.length ? graded : undefined;
    return {
      started: !!this.folderOf(labId),
      passed: last ? last.results.filter((r) => r.status === 'pass').length : st?.passed.length ?? 0,
      total: last?.results.length ?? st?.total,
      completed: !!st?.completedAt,
    };
  }

  lastGrading(labId: string): Grading | undefined {
    return this.last.get(labId);
  }

  /** True while a grading of the lab runs or waits to run. */
  isGrading(labId: string): boolean {
    return (this.inFlight.get(labId) ?? 0) > 0;
  }

  /** What the lab is busy with, for the panel: "Writing the starter files…", "Grading…", or undefined. */
  activityOf(labId: string): string | undefined {
    return this.activity.get(labId) ?? (this.shown.has(labId) ? 'Grading…' : undefined);
  }

  /** Start Lab says what it is doing before the first grading can run. */
  setActivity(labId: string, what: string | undefined): void {
    if (what) this.activity.set(labId, what);
    else this.activity.delete(labId);
    this.activityEmitter.fire(labId);
  }

  /** Whether the recorded folder was found missing when the window came back. */
  folderGone(labId: string): boolean {
    return this.gone.has(labId);
  }

  async revealHint(labId: string, checkId: string): Promise<void> {
    const check = this.grader(labId)?.checks.find((c) => c.id === checkId);
    if (!check) return;
    const all = readLabsSection(this.progress.section('labs'));
    all[labId] = revealHint(all[labId], checkId, check.hints.length);
    await this.progress.setSection('labs', all);
    this.changedEmitter.fire(labId);
  }

  async resetLab(labId: string): Promise<void> {
    const all = readLabsSection(this.progress.section('labs'));
    delete all[labId];
    await this.progress.setSection('labs', all);
    this.last.delete(labId);
    this.changedEmitter.fire(labId);
  }

  /**
   * Loads the graders and runs the lab's grader once on in-memory files (the starter), results discarded, so the
   * learner's first real grading finds the parser and checks warm. Start Lab calls it while the folder question
   * is open. Once per lab per window; never throws.
   */
  prewarm(labId: string, files: ProjectFiles): void {
    if (this.warmed.has(labId)) return;
    this.warmed.add(labId);
    if (this.pythonChecks.has(labId)) return; // nothing to warm: the run starts a Python of its own
    try {
      const grader = lazyBundle<Registry>('graders').getGrader(labId);
      if (grader) lazyBundle<Registry>('graders').gradeSafely(grader, files);
    } catch (e) {
      this.log.warn(`Preparing the ${labId} grader failed: ${(e as Error).message}`);
    }
  }

  /**
   * Grades a lab in its folder; undefined when the lab has not been started here. Gradings of one lab run in
   * the order they were asked for, each reading the files as they are when it starts.
   */
  grade(labId: string, requestedAt = performance.now(), reason: GradingReason = 'command'): Promise<Grading | undefined> {
    // A Python run still going is out of date once a newer grading is asked for: stop it, whole process tree.
    this.python?.cancel(labId);
    const before = this.queue.get(labId) ?? Promise.resolve();
    // "Grading…" shows when the learner waits for it (the first grading, Grade now); a regrade while typing or
    // on save takes a few ms and replaces the results in place, without the panel flickering.
    const quiet = (reason === 'edit' || reason === 'save') && this.last.has(labId);
    this.inFlight.set(labId, (this.inFlight.get(labId) ?? 0) + 1);
    if (!quiet) {
      this.shown.set(labId, (this.shown.get(labId) ?? 0) + 1);
      if (this.shown.get(labId) === 1) this.activityEmitter.fire(labId);
    }
    const run = before.catch(() => undefined).then(() => this.gradeNow(labId, requestedAt, reason, quiet));
    this.queue.set(labId, run);
    void run.catch(() => undefined).then(() => {
      if (this.queue.get(labId) === run) this.queue.delete(labId);
    });
    return run;
  }

  private done(labId: string, quiet: boolean): void {
    for (const m of quiet ? [this.inFlight] : [this.inFlight, this.shown]) {
      const n = (m.get(labId) ?? 1) - 1;
      if (n > 0) m.set(labId, n);
      else m.delete(labId);
    }
  }

  private async gradeNow(labId: string, requestedAt: number, reason: GradingReason, quiet: boolean): Promise<Grading | undefined> {
    let finished = false;
    try {
      const lab = (await this.store.get()).labs.get(labId);
      const folder = this.folderOf(labId);
      if (lab?.kind === 'python' && folder) {
        const g = await this.gradePython(lab, folder, requestedAt, reason, quiet);
        finished = !!g;
        return g;
      }
      const grader = lab && folder ? lazyBundle<Registry>('graders').getGrader(labId) : undefined;
      if (!lab || !folder || !grader) return undefined;
      const unsaved: string[] = [];
      const missing: string[] = [];
      const files = await readGraderFiles(grader, async (p) => {
        const f = await this.read(folder, p, unsaved);
        if (f.kind === 'missing') missing.push(p);
        return f;
      });
      const results = lazyBundle<Registry>('graders').gradeSafely(grader, files);
      const passed = results.filter((r) => r.status === 'pass').map((r) => r.id);
      const all = readLabsSection(this.progress.section('labs'));
      const { next, firstCompletion } = recordGrading(all[labId], passed, results.length, this.now());
      all[labId] = next;
      const grading: Grading = {
        lab, folder, results, reason, unsaved: unsaved.sort(), missing: missing.sort(), read: [...files.keys()], requestedAt, publishedAt: 0,
      };
      this.last.set(labId, grading);
      this.gone.delete(labId);
      for (const publish of this.publishers) publish(grading);
      grading.publishedAt = performance.now();
      this.done(labId, quiet);
      finished = true;
      // A grading the learner caused (a save, an edit, a command) is study; one that only restores findings is not.
      await this.progress.setSection('labs', all, { studied: reason !== 'restore' && reason !== 'open' });
      this.gradedEmitter.fire(grading);
      this.changedEmitter.fire(labId);
      if (firstCompletion) {
        void vscode.window.showInformationMessage(`MLOps Lab: "${lab.title}" complete: all ${results.length} checks pass. Nicely done.`);
      }
      return grading;
    } finally {
      if (!finished) {
        this.done(labId, quiet);
        if (!quiet && !this.shown.has(labId)) this.activityEmitter.fire(labId);
      }
    }
  }

  /**
   * A Python lab: its tests run against the saved files (Python reads the disk). After a reload ('restore')
   * nothing runs: the last run's results are shown again, marked as such, until the learner saves or asks.
   */
  private async gradePython(lab: LabDefinition, folder: vscode.Uri, requestedAt: number, reason: GradingReason, quiet: boolean): Promise<Grading | undefined> {
    let run: PythonRun;
    let fromLastRun: string | undefined;
    if (reason === 'restore') {
      const kept = this.workspaceState.get<Record<string, { results: CheckResult[]; at: string }>>(PYTHON_RESULTS_KEY)?.[lab.id];
      if (!kept || !Array.isArray(kept.results)) return undefined;
      run = { results: kept.results };
      fromLastRun = kept.at;
    } else if (!this.python) {
      return undefined;
    } else {
      run = await this.python.grade(lab, folder);
      if (run.cancelled) return undefined;
    }
    const results = run.results;
    const grading: Grading = {
      lab, folder, results, reason, unsaved: [], missing: [], read: lab.files, requestedAt, publishedAt: 0, problem: run.problem,
      python: { details: run.details, output: run.output, interpreter: run.interpreter, fromLastRun },
    };
    this.last.set(lab.id, grading);
    this.gone.delete(lab.id);
    for (const publish of this.publishers) publish(grading);
    grading.publishedAt = performance.now();
    this.done(lab.id, quiet);
    // A run that did not complete (no Python, timeout) says nothing about the learner's progress.
    let firstCompletion = false;
    if (results.length && !run.problem && reason !== 'restore') {
      const all = readLabsSection(this.progress.section('labs'));
      const recorded = recordGrading(all[lab.id], results.filter((r) => r.status === 'pass').map((r) => r.id), results.length, this.now());
      all[lab.id] = recorded.next;
      firstCompletion = recorded.firstCompletion;
      await this.progress.setSection('labs', all, { studied: reason !== 'open' });
      const kept = { ...(this.workspaceState.get<Record<string, unknown>>(PYTHON_RESULTS_KEY) ?? {}), [lab.id]: { results, at: this.now().toISOString() } };
      await this.workspaceState.update(PYTHON_RESULTS_KEY, kept);
    }
    this.gradedEmitter.fire(grading);
    this.changedEmitter.fire(lab.id);
    if (firstCompletion) void vscode.window.showInformationMessage(`MLOps Lab: "${lab.title}" complete: all ${results.length} checks pass. Nicely done.`);
    return grading;
  }

  /**
   * Unsaved editor text wins over the disk, so grading matches what the learner sees. Files on disk are read
   * with Node's fs when the folder is local (`file:`): vscode.workspace.fs took 0.3–1 s for four small files
   * while the window was busy opening the editor and the lab panel. Other schemes (virtual workspaces) go
   * through vscode.workspace.fs.
   */
  private async read(folder: vscode.Uri, path: string, unsaved: string[]): Promise<FileInput> {
    const uri = vscode.Uri.joinPath(folder, ...path.split('/'));
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) {
      unsaved.push(path);
      return textInput(open.getText(), path);
    }
    if (uri.scheme === 'file') return readProjectFile(folder.fsPath, path);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return { kind: 'unreadable', reason: `${path} is a folder, not a file.` };
      if (stat.size > MAX_GRADED_BYTES) return tooLarge(stat.size, path);
      return toFileInput(await vscode.workspace.fs.readFile(uri), path);
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return { kind: 'missing' };
      return { kind: 'unreadable', reason: `${path} could not be read (${(e as Error).message}).` };
    }
  }

  /**
   * Regrades every started lab that reads `uri`: once the learner pauses `delay` ms (edit), or at once on a save,
   * later saves within `delay` grading once more at its end.
   */
  private schedule(uri: vscode.Uri, delay: number, reason: 'save' | 'edit'): void {
    const folders = this.folders();
    if (!Object.keys(folders).length) return; // no lab started here: nothing to do on any keystroke
    const requestedAt = performance.now();
    void this.store.get().then((course) => {
      for (const lab of course.labs.values()) {
        const folder = this.folderOf(lab.id);
        if (!folder) continue;
        const rel = relativeTo(folder, uri);
        if (rel === undefined) continue;
        if (!lab.files.includes(rel) && !this.last.get(lab.id)?.read.includes(rel)) continue;
        if (lab.kind === 'python' && reason === 'edit') continue; // learner code runs on a save, never while typing
        const grade = (at: number) => this.grade(lab.id, at, reason).catch((e: unknown) => this.log.error(`Grading ${lab.id} failed: ${(e as Error).message}`));
        // A save grades the text a pending edit grading would have: that one is not needed any more.
        clearTimeout(this.timers.get(lab.id));
        this.timers.delete(lab.id);
        // A Python lab's run takes seconds, and a newer grading stops it: there, saves wait out the window and run once.
        if (reason === 'save' && lab.kind !== 'python') {
          const open = this.saveWindows.get(lab.id);
          if (open) {
            open.again ??= requestedAt;
            continue;
          }
          const window: { timer: ReturnType<typeof setTimeout>; again?: number } = {
            timer: setTimeout(() => {
              this.saveWindows.delete(lab.id);
              if (window.again !== undefined) void grade(window.again);
            }, delay),
          };
          this.saveWindows.set(lab.id, window);
          void grade(requestedAt);
          continue;
        }
        this.timers.set(lab.id, setTimeout(() => {
          this.timers.delete(lab.id);
          void grade(requestedAt);
        }, delay));
      }
    });
  }

  /**
   * After a window reload or restart nothing is published yet (diagnostics and Testing results live in memory),
   * while progress still says "8 of 11". Grades every lab started in this workspace whose folder still exists,
   * one after another, so the Problems panel, the squiggles and the Testing view come back without a save.
   * A folder that is gone is skipped with one line in the log.
   */
  async restoreFindings(): Promise<{ graded: string[]; skipped: string[] }> {
    const out = { graded: [] as string[], skipped: [] as string[] };
    const ids = Object.keys(this.folders());
    if (!ids.length) return out;
    const course = await this.store.get();
    for (const labId of ids) {
      const folder = this.folderOf(labId);
      if (!folder || !course.labs.has(labId)) continue;
      if (this.last.has(labId) || this.isGrading(labId)) continue; // graded since the window came back
      if (!(await folderExists(folder))) {
        this.gone.add(labId);
        out.skipped.push(labId);
        this.log.info(`Lab ${labId}: its folder ${folder.scheme === 'file' ? folder.fsPath : folder.toString()} no longer exists; not graded.`);
        this.changedEmitter.fire(labId);
        continue;
      }
      try {
        if (await this.grade(labId, performance.now(), 'restore')) out.graded.push(labId);
      } catch (e) {
        this.log.warn(`Lab ${labId}: grading after the window came back failed: ${(e as Error).message}`);
      }
    }
    return out;
  }

  /** Activation calls this: the grading waits for activation to finish and never blocks it. */
  scheduleRestore(): void {
    if (!Object.keys(this.folders()).length) return; // nothing started: load nothing
    this.restoreTimer = setTimeout(() => {
      this.restoreTimer = undefined;
      this.restoreFindings().catch((e: unknown) => this.log.warn(`Restoring lab findings failed: ${(e as Error).message}`));
    }, 0);
  }

  /** Forgets the gradings held in memory, as a fresh window has none (tests of the reload path). */
  forgetGradings(): void {
    this.last.clear();
  }

  override dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const w of this.saveWindows.values()) clearTimeout(w.timer);
    if (this.restoreTimer) clearTimeout(this.restoreTimer);
    super.dispose();
  }
}

async function folderExists(folder: vscode.Uri): Promise<boolean> {
  try {
    if (folder.scheme === 'file') return (await stat(folder.fsPath)).isDirectory();
    return ((await vscode.workspace.fs.stat(folder)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

/** POSIX path of `uri` inside `folder`, or undefined when it is elsewhere. */
export function relativeTo(folder: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (folder.scheme !== uri.scheme || folder.authority !== uri.authority) return undefined;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}
