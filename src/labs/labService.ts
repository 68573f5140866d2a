// Glue: which folder each lab lives in, grading (on demand and on save), results and learner state.
import * as vscode from 'vscode';
import type { CourseStore } from '../course/courseStore';
import type { Progress } from '../progress/progress';
import { Disposable } from '../util/dispose';
import { lazyBundle } from '../util/lazy';
import type { LabDefinition } from './definition';
import { readLabsSection, recordGrading, revealHint, type LabProgress } from './labState';
import { MAX_GRADED_BYTES, readGraderFiles, textInput, toFileInput, tooLarge } from './projectFiles';
import type { CheckResult, FileInput, LabGrader } from './types';

type Registry = typeof import('./registry');
const FOLDERS_KEY = 'mlopsLab.labFolders';
// Short: one save fires once; "Save All" of several lab files within this window grades once.
const SAVE_DEBOUNCE_MS = 40;

export interface Grading {
  lab: LabDefinition;
  folder: vscode.Uri;
  results: CheckResult[];
  /** performance.now() when grading was requested (save or command) and when results were published. */
  requestedAt: number;
  publishedAt: number;
}

export class LabService extends Disposable {
  private readonly gradedEmitter = this._register(new vscode.EventEmitter<Grading>());
  /** Fires after diagnostics, Testing results and state are updated. */
  readonly onDidGrade = this.gradedEmitter.event;
  private readonly changedEmitter = this._register(new vscode.EventEmitter<string>());
  /** Fires with a lab id when its folder, state or hints change. */
  readonly onDidChangeLab = this.changedEmitter.event;
  private readonly last = new Map<string, Grading>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Called with each grading before onDidGrade fires (diagnostics, Testing view). */
  readonly publishers: Array<(g: Grading) => void> = [];

  constructor(
    private readonly store: CourseStore,
    private readonly progress: Progress,
    private readonly workspaceState: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
    this._register(vscode.workspace.onDidSaveTextDocument((doc) => this.onSaved(doc)));
  }

  grader(labId: string): LabGrader | undefined {
    return lazyBundle<Registry>('graders').getGrader(labId);
  }

  folderOf(labId: string): vscode.Uri | undefined {
    const raw = this.workspaceState.get<Record<string, string>>(FOLDERS_KEY)?.[labId];
    return typeof raw === 'string' ? vscode.Uri.parse(raw) : undefined;
  }

  async setFolder(labId: string, folder: vscode.Uri): Promise<void> {
    const all = { ...(this.workspaceState.get<Record<string, string>>(FOLDERS_KEY) ?? {}), [labId]: folder.toString() };
    await this.workspaceState.update(FOLDERS_KEY, all);
    this.changedEmitter.fire(labId);
  }

  state(labId: string): LabProgress | undefined {
    return readLabsSection(this.progress.section('labs'))[labId];
  }

  /** Cheap status for the tree: never loads a grader. */
  status(labId: string): { started: boolean; passed: number; total?: number; completed: boolean } {
    const st = this.state(labId);
    const last = this.last.get(labId);
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

  /** Grades a lab in its folder; undefined when the lab has not been started here. */
  async grade(labId: string, requestedAt = performance.now()): Promise<Grading | undefined> {
    const lab = (await this.store.get()).labs.get(labId);
    const folder = this.folderOf(labId);
    const grader = this.grader(labId);
    if (!lab || !folder || !grader) return undefined;
    const files = await readGraderFiles(grader, (p) => this.read(folder, p));
    const results = lazyBundle<Registry>('graders').gradeSafely(grader, files);
    const passed = results.filter((r) => r.status === 'pass').map((r) => r.id);
    const all = readLabsSection(this.progress.section('labs'));
    const { next, firstCompletion } = recordGrading(all[labId], passed, results.length, this.now());
    all[labId] = next;
    const grading: Grading = { lab, folder, results, requestedAt, publishedAt: 0 };
    this.last.set(labId, grading);
    for (const publish of this.publishers) publish(grading);
    await this.progress.setSection('labs', all);
    grading.publishedAt = performance.now();
    this.gradedEmitter.fire(grading);
    this.changedEmitter.fire(labId);
    if (firstCompletion) {
      void vscode.window.showInformationMessage(`MLOps Lab: "${lab.title}" complete: all ${results.length} checks pass. Nicely done.`);
    }
    return grading;
  }

  /** Unsaved editor text wins over the disk, so grading matches what the learner sees. */
  private async read(folder: vscode.Uri, path: string): Promise<FileInput> {
    const uri = vscode.Uri.joinPath(folder, ...path.split('/'));
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) return textInput(open.getText(), path);
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

  private async onSaved(doc: vscode.TextDocument): Promise<void> {
    const requestedAt = performance.now();
    const course = await this.store.get();
    for (const lab of course.labs.values()) {
      const folder = this.folderOf(lab.id);
      if (!folder) continue;
      const rel = relativeTo(folder, doc.uri);
      if (rel === undefined || !lab.files.includes(rel)) continue;
      clearTimeout(this.timers.get(lab.id));
      this.timers.set(lab.id, setTimeout(() => {
        this.timers.delete(lab.id);
        this.grade(lab.id, requestedAt).catch((e: unknown) => this.log.error(`Grading ${lab.id} failed: ${(e as Error).message}`));
      }, SAVE_DEBOUNCE_MS));
    }
  }

  override dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    super.dispose();
  }
}

/** POSIX path of `uri` inside `folder`, or undefined when it is elsewhere. */
export function relativeTo(folder: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (folder.scheme !== uri.scheme || folder.authority !== uri.authority) return undefined;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}
