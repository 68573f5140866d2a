// Lab commands: start (scaffold without ever overwriting), grade, open, compare with the solution, reset.
import * as vscode from 'vscode';
import type { CourseStore } from '../course/courseStore';
import { COMMANDS } from '../commands';
import type { LabDefinition } from './definition';
import { freeSubfolder, planScaffold, readLabFiles, type LabFile } from './labFiles';
import type { LabPanelManager } from './labPanel';
import type { LabService } from './labService';

export const CONTENT_SCHEME = 'mlops-lab-content';

function labIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const node = arg as { kind?: string; lab?: { id: string } } | undefined;
  return node?.kind === 'lab' ? node.lab?.id : undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
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
  /** Target folder; skips the folder question (tests, CLI-like use). */
  folder?: vscode.Uri;
  /** Answer to the conflict question, for tests: 'skip' | 'subfolder' | 'cancel'. */
  onConflict?: 'skip' | 'subfolder' | 'cancel';
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

  const chooseFolder = async (lab: LabDefinition): Promise<vscode.Uri | undefined> => {
    const roots = vscode.workspace.workspaceFolders ?? [];
    if (!roots.length) {
      // Not awaited: the command ends now; the notification offers to open a folder for as long as it stays.
      void vscode.window.showWarningMessage('MLOps Lab: a lab needs a folder to write its project into. Open a folder first.', 'Open Folder…')
        .then((choice) => choice && vscode.commands.executeCommand('vscode.openFolder'));
      return undefined;
    }
    type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
    const items: Item[] = [];
    for (const root of roots) {
      items.push({ label: `$(folder) ${root.name}`, description: 'workspace folder', uri: root.uri });
      items.push({ label: `$(new-folder) ${root.name}/${lab.id}`, description: 'new subfolder', uri: vscode.Uri.joinPath(root.uri, lab.id) });
    }
    items.push({ label: '$(folder-opened) Choose another folder…' });
    const pick = await vscode.window.showQuickPick(items, { placeHolder: `Where should "${lab.title}" go?`, matchOnDescription: true });
    if (!pick) return undefined;
    if (pick.uri) return pick.uri;
    const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: roots[0].uri, openLabel: 'Use for the lab' });
    return chosen?.[0];
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
    let folder = options.folder ?? (await chooseFolder(lab));
    if (!folder) return undefined;
    const files = await readLabFiles(contentRoot, lab.id, 'starter');
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
    const main = vscode.Uri.joinPath(folder, ...lab.mainFile.split('/'));
    if (await exists(main)) await vscode.window.showTextDocument(main, { viewColumn: vscode.ViewColumn.One, preview: false });
    await panel.open(lab.id);
    await labs.grade(lab.id);
    return folder;
  };

  return [
    vscode.workspace.registerTextDocumentContentProvider(CONTENT_SCHEME, contentProvider(contentRoot)),
    vscode.commands.registerCommand(COMMANDS.startLab, start),
    vscode.commands.registerCommand(COMMANDS.openLab, async (arg?: unknown) => {
      const lab = await labOf(arg);
      return lab ? panel.open(lab.id) : false;
    }),
    vscode.commands.registerCommand(COMMANDS.gradeLab, async (arg?: unknown) => {
      const lab = (await labOf(arg ?? panel.currentLabId));
      if (!lab) return undefined;
      if (!labs.folderOf(lab.id)) {
        const go = await vscode.window.showInformationMessage(`"${lab.title}" has not been started in this workspace yet.`, 'Start Lab');
        if (go) return start(lab.id);
        return undefined;
      }
      return labs.grade(lab.id);
    }),
    vscode.commands.registerCommand(COMMANDS.showLabSolution, async (arg?: unknown, confirmed?: unknown) => {
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
    vscode.commands.registerCommand(COMMANDS.resetLab, async (arg?: unknown, confirmed?: unknown) => {
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
