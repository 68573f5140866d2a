// Lab commands: start (scaffold without ever overwriting), grade, open, compare with the solution, reset.
import { lstat } from 'node:fs/promises';
import * as vscode from 'vscode';
import { registerCommand } from '../util/hostTable';
import type { CourseStore } from '../course/courseStore';
import { COMMANDS } from '../commands';
import type { LabDefinition } from './definition';
import { freeSubfolder, planScaffold, readLabFiles, type LabFile } from './labFiles';
import type { LabPanelManager } from './labPanel';
import type { LabService } from './labService';
import { textInput } from './projectFiles';
import type { FileInput } from './types';

export const CONTENT_SCHEME = 'mlops-lab-content';

function labIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const node = arg as { kind?: string; lab?: { id: string } } | undefined;
  return node?.kind === 'lab' ? node.lab?.id : undefined;
}

/**
 * Whether anything is at `uri`. Local folders are asked through Node (lstat: a dangling symlink counts as
 * something there, so it is never written through); vscode.workspace.fs took up to 0.4 s for a dozen stats
 * while the window was busy. Other schemes go through vscode.workspace.fs.
 */
async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    if (uri.scheme === 'file') await lstat(uri.fsPath);
    else await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

function display(folder: vscode.Uri): string {
  return vscode.workspace.asRelativePath(folder, true) || folder.fsPath || folder.toString();
}

/** Read-only views of a lab's starter and solution files: mlops-lab-content:/<lab>/<starter|solution>/<path>. */
function contentProvider(contentRoot: string): vscode.TextDocumentContentProvider {
  return {
    async provideTextDocumentContent(uri) {
      const [, labId, which, ...rest] = uri.path.split('/');
      if (which !== 'starter' && which !== 'solution') return '';
      const files = await readLabFiles(contentRoot, labId, which);
      const file = files.find((f) => f.path === rest.join('/'));
      return file ? new TextDecoder().decode(file.bytes) : '';
    },
  };
}

/** Every folder that holds one of `paths`, parents first ('' excluded). */
function parentFolders(paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) out.add(parts.slice(0, i).join('/'));
  }
  return [...out].sort((a, b) => a.split('/').length - b.split('/').length);
}

async function undoPartialScaffold(folder: vscode.Uri, createdFiles: string[], createdDirs: string[]): Promise<void> {
  for (const p of createdFiles) {
    const uri = vscode.Uri.joinPath(folder, ...p.split('/'));
    try {
      if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) await vscode.workspace.fs.delete(uri, { useTrash: false });
    } catch {
      /* never created */
    }
  }
  for (const d of [...createdDirs].reverse()) {
    const uri = vscode.Uri.joinPath(folder, ...d.split('/'));
    try {
      if ((await vscode.workspace.fs.readDirectory(uri)).length === 0) await vscode.workspace.fs.delete(uri, { recursive: false, useTrash: false });
    } catch {
      /* not there, or not ours to remove */
    }
  }
}

export interface StartOptions {
  /**
   * Target folder; skips the folder question (tests, CLI-like use). A promise stands for the learner still
   * choosing (the benchmark times from the moment it resolves, as from a folder picked in the dialog).
   */
  folder?: vscode.Uri | Thenable<vscode.Uri | undefined>;
  /** Answer to the conflict question, for tests: 'skip' | 'subfolder' | 'cancel'. */
  onConflict?: 'skip' | 'subfolder' | 'cancel';
  /** Answer to "this lab is already started in …", for tests: open it there, start elsewhere, or cancel. */
  ifStarted?: 'open' | 'elsewhere' | 'cancel';
}

/** The starter as in-memory project files, to warm the grader up while the learner picks a folder. */
function asProjectFiles(files: readonly LabFile[]): Map<string, FileInput> {
  return new Map(files.map((f) => [f.path, textInput(new TextDecoder().decode(f.bytes), f.path)]));
}

export function registerLabCommands(contentRoot: string, store: CourseStore, labs: LabService, panel: LabPanelManager): vscode.Disposable[] {
  const pickLab = async (): Promise<LabDefinition | undefined> => {
    const course = await store.get();
    const pick = await vscode.window.showQuickPick([...course.labs.values()].map((l) => ({ label: l.title, detail: l.summary, id: l.id })), { placeHolder: 'Which lab?' });
    return pick && course.labs.get(pick.id);
  };
  const labOf = async (arg: unknown) => {
    const id = labIdOf(arg);
    return id ? (await store.get()).labs.get(id) : pickLab();
  };

  /** The folders offered for a lab; never `exclude` (the folder the lab is already in). */
  const folderItems = async (lab: LabDefinition, exclude?: vscode.Uri): Promise<Array<vscode.QuickPickItem & { uri?: vscode.Uri }>> => {
    const items: Array<vscode.QuickPickItem & { uri?: vscode.Uri }> = [];
    const same = (u: vscode.Uri) => exclude?.toString() === u.toString();
    for (const root of vscode.workspace.workspaceFolders ?? []) {
      if (!same(root.uri)) items.push({ label: `$(folder) ${root.name}`, description: 'workspace folder', uri: root.uri });
      const taken = new Set<string>();
      for (const name of [lab.id, ...Array.from({ length: 20 }, (_, i) => `${lab.id}-${i + 2}`)]) {
        const u = vscode.Uri.joinPath(root.uri, name);
        if (same(u) || (await exists(u))) taken.add(name);
      }
      const name = freeSubfolder(lab.id, (n) => taken.has(n));
      items.push({ label: `$(new-folder) ${root.name}/${name}`, description: 'new subfolder', uri: vscode.Uri.joinPath(root.uri, name) });
    }
    items.push({ label: '$(folder-opened) Choose another folder…' });
    return items;
  };

  /** Asks where the lab goes; `asked` runs once the question is on screen (the grader warms up meanwhile). */
  const chooseFolder = async (lab: LabDefinition, asked: () => void, exclude?: vscode.Uri): Promise<vscode.Uri | undefined> => {
    const roots = vscode.workspace.workspaceFolders ?? [];
    if (!roots.length) {
      // Not awaited: the command ends now; the notification offers to open a folder for as long as it stays.
      void vscode.window.showWarningMessage('MLOps Lab: a lab needs a folder to write its project into. Open a folder first.', 'Open Folder…')
        .then((choice) => choice && vscode.commands.executeCommand('vscode.openFolder'));
      return undefined;
    }
    const items = await folderItems(lab, exclude);
    // The question stays when the focus moves: started from the walkthrough, the Welcome page moves on to its next
    // step and takes the focus, which would close the question before the learner saw it. Escape still cancels.
    const shown = vscode.window.showQuickPick(items, { placeHolder: `Where should "${lab.title}" go?`, matchOnDescription: true, ignoreFocusOut: true });
    asked();
    const pick = await shown;
    if (!pick) return undefined;
    if (pick.uri) return pick.uri;
    const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: roots[0].uri, openLabel: 'Use for the lab' });
    return chosen?.[0];
  };

  /** "Already started there": open it (the default), start a fresh copy elsewhere, or nothing. */
  const askStarted = async (lab: LabDefinition, current: vscode.Uri): Promise<'open' | 'elsewhere' | 'cancel'> => {
    type Item = vscode.QuickPickItem & { answer: 'open' | 'elsewhere' };
    const items: Item[] = [
      { label: `$(folder-opened) Open it in ${display(current)}`, detail: 'Your files there stay as they are.', answer: 'open' },
      { label: '$(new-folder) Start again in another folder…', detail: 'Writes a fresh copy of the starter files elsewhere; the lab then grades that folder. Your current files are not touched.', answer: 'elsewhere' },
    ];
    const pick = await vscode.window.showQuickPick(items, { placeHolder: `"${lab.title}" is already started in ${display(current)}.`, ignoreFocusOut: true });
    return pick?.answer ?? 'cancel';
  };

  /**
   * The learner's file first, then the lab panel: the panel's layout change and webview load would hold the
   * editor back (the main thread does one thing at a time); the grading runs meanwhile and the panel shows it.
   */
  const showFileThenPanel = async (lab: LabDefinition, folder: vscode.Uri) => {
    const main = vscode.Uri.joinPath(folder, ...lab.mainFile.split('/'));
    if (await exists(main)) await vscode.window.showTextDocument(main, { viewColumn: vscode.ViewColumn.One, preview: false });
    await panel.open(lab.id);
  };

  /** Shows a started lab: its main file, the panel, and a grading. */
  const openStarted = async (lab: LabDefinition, folder: vscode.Uri): Promise<vscode.Uri> => {
    const graded = labs.grade(lab.id, performance.now(), 'open');
    await showFileThenPanel(lab, folder);
    await graded;
    return folder;
  };

  const compare = async (lab: LabDefinition, folder: vscode.Uri, conflicts: LabFile[]) => {
    for (const f of conflicts.slice(0, 5)) {
      const starter = vscode.Uri.from({ scheme: CONTENT_SCHEME, path: `/${lab.id}/starter/${f.path}` });
      await vscode.commands.executeCommand('vscode.diff', vscode.Uri.joinPath(folder, ...f.path.split('/')), starter, `${f.path}: yours ↔ lab starter`, { preview: false });
    }
  };

  const start = async (arg?: unknown, options: StartOptions = {}): Promise<vscode.Uri | undefined> => {
    const lab = await labOf(arg);
    if (!lab) return undefined;
    const files = await readLabFiles(contentRoot, lab.id, 'starter');
    // While the learner picks a folder: load and run the grader once, and render the instructions for the panel.
    const warm = () => setTimeout(() => {
      labs.prewarm(lab.id, asProjectFiles(files));
      panel.prepare(lab.id).catch(() => undefined);
    }, 0);
    const current = labs.folderOf(lab.id);
    let exclude: vscode.Uri | undefined;
    if (current && (await isFolder(current))) {
      const given = options.folder && 'scheme' in options.folder ? options.folder : undefined;
      // Picking the lab's own folder again would only list its files as conflicts: it is already there.
      if (!options.folder || given?.toString() === current.toString() || options.ifStarted) {
        const answer = given?.toString() === current.toString() ? 'open' : options.ifStarted ?? (await askStarted(lab, current));
        if (answer === 'cancel') return undefined;
        if (answer === 'open') return openStarted(lab, current);
        exclude = current;
      }
    }
    let folder: vscode.Uri | undefined;
    if (options.folder && 'scheme' in options.folder) folder = options.folder; // no question: nothing to warm up behind
    else if (options.folder) {
      warm();
      folder = await options.folder;
    } else folder = await chooseFolder(lab, warm, exclude);
    if (!folder) return undefined;
    // From here the learner waits: the clock of the first grading starts now.
    const picked = performance.now();
    if (exclude && folder.toString() === exclude.toString()) return openStarted(lab, folder);
    let graded: Promise<unknown>;
    try {
      for (;;) {
        const existing = new Set<string>();
        await Promise.all(files.map(async (f) => { if (await exists(vscode.Uri.joinPath(folder!, ...f.path.split('/')))) existing.add(f.path); }));
        const plan = planScaffold(files, (p) => existing.has(p));
        if (plan.conflicts.length) {
          const names = plan.conflicts.slice(0, 6).map((f) => f.path).join(', ') + (plan.conflicts.length > 6 ? ', …' : '');
          const answer = options.onConflict ?? await (async () => {
            const a = await vscode.window.showWarningMessage(
              `${plan.conflicts.length} file(s) of this lab already exist in ${vscode.workspace.asRelativePath(folder!, true)}: ${names}. Nothing will be overwritten.`,
              { modal: true }, 'Skip Existing Files', 'Compare', 'Write Into a New Subfolder');
            return a === 'Skip Existing Files' ? 'skip' : a === 'Compare' ? 'compare' : a === 'Write Into a New Subfolder' ? 'subfolder' : 'cancel';
          })();
          if (answer === 'cancel') return undefined;
          if (answer === 'compare') {
            await compare(lab, folder, plan.conflicts);
            return undefined;
          }
          if (answer === 'subfolder') {
            const taken = new Set<string>();
            const base = folder;
            for (const name of [lab.id, ...Array.from({ length: 50 }, (_, i) => `${lab.id}-${i + 2}`)]) if (await exists(vscode.Uri.joinPath(base, name))) taken.add(name);
            folder = vscode.Uri.joinPath(base, freeSubfolder(lab.id, (n) => taken.has(n)));
            continue;
          }
        }
        // Said once nothing is left to ask (a conflict question may come first): the panel shows it at once.
        labs.setActivity(lab.id, `Writing the starter files into ${display(folder)}…`);
        const dirs = parentFolders(plan.create.map((f) => f.path));
        const existingDirs = new Set<string>();
        await Promise.all(dirs.map(async (d) => { if (await exists(vscode.Uri.joinPath(folder!, ...d.split('/')))) existingDirs.add(d); }));
        const edit = new vscode.WorkspaceEdit();
        for (const f of plan.create) edit.createFile(vscode.Uri.joinPath(folder, ...f.path.split('/')), { contents: f.bytes, ignoreIfExists: true });
        const ok = plan.create.length === 0 || (await vscode.workspace.applyEdit(edit, { isRefactoring: false }));
        if (!ok) {
          // Take back what this attempt created (files and folders that did not exist before), so a failed
          // start leaves the folder as it was; nothing that existed before is touched.
          await undoPartialScaffold(folder, plan.create.map((f) => f.path), dirs.filter((d) => !existingDirs.has(d)));
          void vscode.window.showErrorMessage(`MLOps Lab: could not write the lab into ${folder.fsPath || folder.toString()}. Is the folder read-only, or is a file in the way of a folder?`);
          return undefined;
        }
        break;
      }
      await labs.setFolder(lab.id, folder);
      // Grade at once; the editor and the panel open meanwhile (the panel says "Grading…" until results arrive).
      graded = labs.grade(lab.id, picked, 'start');
    } finally {
      labs.setActivity(lab.id, undefined);
    }
    await showFileThenPanel(lab, folder);
    await graded;
    return folder;
  };

  return [
    vscode.workspace.registerTextDocumentContentProvider(CONTENT_SCHEME, contentProvider(contentRoot)),
    registerCommand(COMMANDS.startLab, start),
    registerCommand(COMMANDS.openLab, async (arg?: unknown) => {
      const lab = await labOf(arg);
      return lab ? panel.open(lab.id) : false;
    }),
    registerCommand(COMMANDS.gradeLab, async (arg?: unknown) => {
      const lab = (await labOf(arg ?? panel.currentLabId));
      if (!lab) return undefined;
      if (!labs.folderOf(lab.id)) {
        const go = await vscode.window.showInformationMessage(`"${lab.title}" has not been started in this workspace yet.`, 'Start Lab');
        if (go) return start(lab.id);
        return undefined;
      }
      return labs.grade(lab.id);
    }),
    registerCommand(COMMANDS.showLabSolution, async (arg?: unknown, confirmed?: unknown) => {
      const lab = await labOf(arg ?? panel.currentLabId);
      const folder = lab && labs.folderOf(lab.id);
      if (!lab || !folder) return false;
      if (confirmed !== true) {
        const ok = await vscode.window.showWarningMessage(`Show the reference solution for "${lab.title}"?`, { modal: true, detail: 'Trying each failing check with its hints first teaches more. The solution opens as a comparison; your file is not changed.' }, 'Show Solution');
        if (ok !== 'Show Solution') return false;
      }
      const solution = await readLabFiles(contentRoot, lab.id, 'solution');
      const main = solution.find((f) => f.path === lab.mainFile) ?? solution[0];
      if (!main) return false;
      const mine = vscode.Uri.joinPath(folder, ...main.path.split('/'));
      const theirs = vscode.Uri.from({ scheme: CONTENT_SCHEME, path: `/${lab.id}/solution/${main.path}` });
      await vscode.commands.executeCommand('vscode.diff', mine, theirs, `${main.path}: yours ↔ reference solution`, { preview: false });
      return true;
    }),
    registerCommand(COMMANDS.resetLab, async (arg?: unknown, confirmed?: unknown) => {
      const lab = await labOf(arg);
      if (!lab) return false;
      if (confirmed !== true) {
        const ok = await vscode.window.showWarningMessage(`Reset your progress in "${lab.title}"?`, { modal: true, detail: 'Checks passed and hints shown are forgotten. Your files are not touched.' }, 'Reset');
        if (ok !== 'Reset') return false;
      }
      await labs.resetLab(lab.id);
      return true;
    }),
  ];
}
