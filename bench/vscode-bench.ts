// Benchmarks inside the real VS Code (code-server test host), loaded as `extensionTestsPath` by
// scripts/bench.mjs, next to the floor extension (bench/floor: the bare minimum of each action, issue 18).
// The workspace holds `.bench-mode.json` { mode, window }. Every window activates both extensions and opens the
// first webview of the session (ours and the floor's, the order alternating by window); `full` windows then run
// the PAIRINGS table: each pairing is a measure of ours and a measure of the floor, each a function returning
// samples, run in turn sample by sample, in rounds. Prints one line `BENCH_RESULT {json}`; scripts/bench.mjs does the ratios.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { MlopsLabApi } from '../src/extension';
import { readLabFiles, type LabFile } from '../src/labs/labFiles';
import { renderMarkdown } from '../src/lessons/render';
import { waitFor } from '../test/integration/helpers';
import { FLOOR_COMMANDS, type FloorApi } from './floor/extension';

const EXTENSION_ID = 'mlops-lab.mlops-lab';
const FLOOR_ID = 'mlops-lab-bench.mlops-lab-floor';
const LAB = 'containerize-model-server';
/** Rounds per pairing (ours then the floor, or the other way round, alternating) and samples per measure per round. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** The pause before activate(), after the window opened. */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 2000);
/** Between two saves: one save's latency is timed, not how many a second fit (a learner saves every few seconds). */
const SAVE_PAUSE_MS = 300;

interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

function stats(samples: number[]): Stats | null {
  if (!samples.length) return null;
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, min: s[0]!, max: s[s.length - 1]!, runs: s.length };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const closeAll = () => vscode.commands.executeCommand('workbench.action.closeAllEditors');

function memory() {
  const m = process.memoryUsage();
  return { heapUsedMB: m.heapUsed / 1024 / 1024, rssMB: m.rss / 1024 / 1024 };
}

/** What every measure gets: both extensions' APIs, and what measures share (the lab's files, folders made so far). */
interface Ctx {
  api: MlopsLabApi;
  floor: FloorApi;
  root: vscode.Uri;
  lessonIds: string[];
  labFiles: LabFile[];
  mainFile: string;
  /** Extra facts a measure reports for the table's notes, by pairing id. */
  info: Record<string, Record<string, unknown>>;
}

/** A measure: `runs` samples in ms of one action, ours or the floor's. */
type Measure = (ctx: Ctx, runs: number) => Promise<number[]>;

interface Pairing {
  id: string;
  /** The learner-felt action, as the table prints it. */
  action: string;
  ours: Measure;
  floor: Measure;
  floorLabel: string;
  /** Issue 18's target: ours / floor, median over rounds, at most this; null: information only. */
  target: number | null;
  /** Samples per measure per round. */
  runs: number;
  /** Skipped (with a note) when this says no: a feature that is not there yet. */
  when?: (ctx: Ctx) => Promise<boolean>;
}

const hasCommand = (id: string) => async () => (await vscode.commands.getCommands(true)).includes(id);

// ------------------------------------------------------------------------------------------------ the floor's measures

/** A new empty webview panel → its first paint reported (the editor area emptied first, as for ours). */
const newPanel = (files: boolean): Measure => async (_ctx, runs) => {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await closeAll();
    await sleep(100);
    const t = performance.now();
    await vscode.commands.executeCommand(FLOOR_COMMANDS.openPanel, { files });
    out.push(performance.now() - t);
  }
  return out;
};
const emptyPanel = newPanel(false);
/** The same panel loading a stylesheet and a script file, as ours do (information: what loading files costs). */
const panelWithFiles = newPanel(true);

async function floorPanelOpen(): Promise<void> {
  await closeAll();
  await vscode.commands.executeCommand(FLOOR_COMMANDS.openPanel);
}

let echoSeq = 0;
/** Echo round trip + render: the lesson's own HTML posted to an open panel, set as innerHTML, painted, reported back. */
const echoLessonHtml: Measure = async (ctx, runs) => {
  await floorPanelOpen();
  const course = await ctx.api.store.get();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const html = renderMarkdown(course.lessons.get(ctx.lessonIds[1 + (echoSeq++ % (ctx.lessonIds.length - 1))]!)!.body);
    const t = performance.now();
    await vscode.commands.executeCommand(FLOOR_COMMANDS.echo, { html });
    out.push(performance.now() - t);
  }
  return out;
};

/** Echo round trip: a one-line message posted to an open panel, painted, reported back. */
const echoText: Measure = async (_ctx, runs) => {
  await floorPanelOpen();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await vscode.commands.executeCommand(FLOOR_COMMANDS.echo, { text: `Right. The answer ${i} was correct.` });
    out.push(performance.now() - t);
  }
  return out;
};

let floorSeq = 0;
async function floorFolder(ctx: Ctx, runs: number): Promise<{ samples: number[]; last: vscode.Uri }> {
  const samples: number[] = [];
  let last = ctx.root;
  for (let i = 0; i < runs; i++) {
    last = vscode.Uri.joinPath(ctx.root, `bench-floor-${Date.now()}-${floorSeq++}`);
    const t = performance.now();
    await vscode.commands.executeCommand(FLOOR_COMMANDS.writeFiles, last, ctx.labFiles, ctx.mainFile);
    samples.push(performance.now() - t);
    await closeAll();
  }
  return { samples, last };
}

/** The lab's starter files written with one WorkspaceEdit, then its main file opened in an editor. */
const writeFilesOpenEditor: Measure = async (ctx, runs) => (await floorFolder(ctx, runs)).samples;

let floorSaveFolder: vscode.Uri | undefined;
/** Save (from right before save()) → one diagnostic published on the saved file; the same Dockerfile as ours. */
const saveOneDiagnostic: Measure = async (ctx, runs) => {
  // One folder for every sample, as ours saves the one lab file again and again.
  floorSaveFolder ??= (await floorFolder(ctx, 1)).last;
  const uri = vscode.Uri.joinPath(floorSaveFolder, ...ctx.mainFile.split('/'));
  const doc = await vscode.workspace.openTextDocument(uri);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), `# bench edit ${i}\n`);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error('WorkspaceEdit was not applied');
    const published = ctx.floor.nextSaveDiagnostic(uri);
    const before = performance.now();
    if (!(await doc.save())) throw new Error('save failed');
    out.push((await published) - before);
    await sleep(SAVE_PAUSE_MS);
  }
  return out;
};

// ------------------------------------------------------------------------------------------------ our measures

async function openLesson(ctx: Ctx, id: string): Promise<number> {
  const rendered = waitFor(ctx.api.lessons.onDidRender, (l) => l === id, 20_000, `lesson ${id} rendered`);
  const t = performance.now();
  await vscode.commands.executeCommand('mlopsLab.openLesson', id);
  await rendered;
  return performance.now() - t;
}

let lessonSeq = 0;
/** Open Lesson with no lesson panel open: a new panel, the lesson painted in it. */
const lessonNewPanel: Measure = async (ctx, runs) => {
  const out: number[] = [];
  const marks = ((ctx.info.lessonNewPanel ??= {}).marks ??= []) as Array<Record<string, number>>;
  for (let i = 0; i < runs; i++) {
    await closeAll();
    await sleep(100);
    out.push(await openLesson(ctx, ctx.lessonIds[(lessonSeq++ * 3) % ctx.lessonIds.length]!));
    const m = ctx.api.lessons.lastOpenMarks;
    marks.push(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, (v ?? 0) - (m.open ?? 0)])));
  }
  return out;
};

let openSeq = 0;
/** Open Lesson with the panel open: the next lesson painted in it (the same lessons as the floor's echo). */
const lessonOpenPanel: Measure = async (ctx, runs) => {
  await closeAll();
  await openLesson(ctx, ctx.lessonIds[0]!);
  const out: number[] = [];
  const marks = ((ctx.info.lessonOpenPanel ??= {}).marks ??= []) as Array<Record<string, number>>;
  for (let i = 0; i < runs; i++) {
    out.push(await openLesson(ctx, ctx.lessonIds[1 + (openSeq++ % (ctx.lessonIds.length - 1))]!));
    const m = ctx.api.lessons.lastOpenMarks;
    marks.push(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, (v ?? 0) - (m.open ?? 0)])));
  }
  return out;
};

interface QuizQuestionGuess {
  id?: string;
  type?: string;
  choices?: { id: string }[];
  items?: { id: string }[];
  pairs?: { leftId: string; rightId: string }[];
  answer?: number;
}

function someAnswer(q: QuizQuestionGuess): unknown {
  switch (q.type) {
    case 'single':
      return { choiceId: q.choices?.[0]?.id };
    case 'multiple':
      return { choiceIds: [q.choices?.[0]?.id] };
    case 'order':
      return { itemIds: q.items?.map((i) => i.id) };
    case 'match':
      return { pairs: Object.fromEntries((q.pairs ?? []).map((p) => [p.leftId, p.rightId])) };
    default:
      return { value: q.answer ?? 0 };
  }
}

/** Quiz submit (the webview's message, fed through the panel's own validation) → feedback painted and reported. */
const quizSubmit: Measure = async (ctx, runs) => {
  const { panel, service } = ctx.api.quizzes;
  const course = await ctx.api.store.get();
  const quizId = course.topics.find((t) => t.quizIds.length)?.quizIds[0] ?? [...course.quizzes.keys()][0];
  if (!quizId) throw new Error('no quiz in the course');
  await closeAll();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const question = waitFor(panel.onDidShow, (e) => e.phase === 'question', 15_000, 'quiz question shown');
    await panel.openQuiz(quizId, { restart: true });
    await question;
    const s = service.session?.state as unknown as { questions?: QuizQuestionGuess[]; current?: number } | undefined;
    const q = s?.questions?.[s?.current ?? 0];
    if (!q?.id) throw new Error('no current quiz question (api.quizzes.service.session.state)');
    const shown = waitFor(ctx.api.quizzes.onDidShowFeedback, (e) => e.questionId === q.id, 15_000, 'quiz feedback shown');
    const t = performance.now();
    await panel.receive({ type: 'submit', questionId: q.id, answer: someAnswer(q) });
    await shown;
    out.push(performance.now() - t);
  }
  return out;
};

/** Save (from right before save()) → our findings published: diagnostics and the Testing run updated. */
const saveToGraded: Measure = async (ctx, runs) => {
  let folder = ctx.api.labs.folderOf(LAB);
  if (!folder) {
    folder = vscode.Uri.joinPath(ctx.root, `bench-lab-${Date.now()}`);
    const started = waitFor(ctx.api.labs.onDidGrade, (g) => g.lab.id === LAB && g.reason === 'start', 30_000, 'first grading after start');
    await vscode.commands.executeCommand('mlopsLab.startLab', LAB, { folder });
    await started;
  }
  await closeAll();
  const uri = vscode.Uri.joinPath(folder, ...ctx.mainFile.split('/'));
  const doc = await vscode.workspace.openTextDocument(uri);
  const out: number[] = [];
  const fromRequest: number[] = [];
  for (let i = 0; i < runs; i++) {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), `# bench edit ${i}\n`);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error('WorkspaceEdit was not applied');
    const before = performance.now();
    const graded = waitFor(ctx.api.labs.onDidGrade, (g) => g.lab.id === LAB && g.reason === 'save' && g.requestedAt >= before, 10_000, 'grading after save');
    if (!(await doc.save())) throw new Error('save failed');
    const g = await graded;
    out.push(g.publishedAt - before);
    fromRequest.push(g.publishedAt - g.requestedAt);
    await sleep(SAVE_PAUSE_MS);
  }
  const info = (ctx.info.saveToDiagnostics ??= {});
  info.fromSaveEvent = [...((info.fromSaveEvent as number[] | undefined) ?? []), ...fromRequest];
  return out;
};

let labSeq = 0;
/**
 * Start Lab as a learner runs it: the folder question is on screen for 1 s (the promise stands for it), then
 * the clock runs from the pick until the first findings are published and the main file's editor is active.
 */
const startLabToGrading: Measure = async (ctx, runs) => {
  const out: number[] = [];
  const info = (ctx.info.startLab ??= { findings: [], editor: [], panel: [] }) as Record<string, number[]>;
  for (let i = 0; i < runs; i++) {
    await closeAll();
    const folder = vscode.Uri.joinPath(ctx.root, `bench-lab-${Date.now()}-${labSeq++}`);
    const main = vscode.Uri.joinPath(folder, ...ctx.mainFile.split('/')).toString();
    const pickedAt = performance.now() + 1000;
    const picking = new Promise<vscode.Uri>((resolve) => setTimeout(() => resolve(folder), 1000));
    let editorAt = 0;
    const sub = vscode.window.onDidChangeActiveTextEditor((e) => {
      if (!editorAt && e?.document.uri.toString() === main) editorAt = performance.now();
    });
    const started = waitFor(ctx.api.labs.onDidGrade, (g) => g.lab.id === LAB && g.reason === 'start', 30_000, 'first grading after start');
    const panelShown = waitFor(ctx.api.labPanel.onDidPostView, (v) => v.id === LAB && v.checks.some((c) => c.status) && !v.activity, 30_000, 'lab panel with results')
      .then(() => performance.now());
    await vscode.commands.executeCommand('mlopsLab.startLab', LAB, { folder: picking });
    const first = await started;
    const panelAt = await panelShown;
    sub.dispose();
    if (!editorAt && vscode.window.activeTextEditor?.document.uri.toString() === main) editorAt = performance.now();
    info.findings!.push(first.publishedAt - pickedAt);
    info.editor!.push(editorAt - pickedAt);
    info.panel!.push(panelAt - pickedAt);
    out.push(Math.max(first.publishedAt, editorAt) - pickedAt);
  }
  await closeAll();
  return out;
};

/** Issue 17's progress dashboard: open → painted. Measured once `mlopsLab.showProgress` exists (see PAIRINGS). */
const dashboardOpen: Measure = async (ctx, runs) => {
  // The shape on the dashboard's branch (issue 17): api.dashboard.panel.onDidPaint fires once the webview reports the view painted.
  const panel = (ctx.api as unknown as { dashboard?: { panel?: { onDidPaint?: vscode.Event<unknown> } } }).dashboard?.panel;
  const onDidPaint = panel?.onDidPaint;
  if (typeof onDidPaint !== 'function') throw new Error('mlopsLab.showProgress exists but the API has no dashboard.panel.onDidPaint to time "painted" by: update dashboardOpen in bench/vscode-bench.ts');
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await closeAll();
    await sleep(100);
    const painted = waitFor(onDidPaint.bind(panel), () => true, 20_000, 'dashboard painted');
    const t = performance.now();
    await vscode.commands.executeCommand('mlopsLab.showProgress');
    const e = (await painted) as { ms?: number; marks?: { scriptStart: number; render: number; charts: number } };
    out.push(performance.now() - t);
    if (e.marks) (((ctx.info.dashboard ??= {}).marks ??= []) as Array<Record<string, number>>).push(e.marks);
  }
  return out;
};

// ------------------------------------------------------------------------------------------------ the table

/** Each learner-felt action and its floor. Adding one is one row. */
const PAIRINGS: Pairing[] = [
  { id: 'startLab', action: 'Start Lab: folder picked → files written, editor open, first findings published', ours: startLabToGrading, floor: writeFilesOpenEditor, floorLabel: 'the same files written with one WorkspaceEdit + the main file opened', target: 1.5, runs: 2 },
  { id: 'saveToDiagnostics', action: 'save → diagnostics + Testing updated (from right before save())', ours: saveToGraded, floor: saveOneDiagnostic, floorLabel: 'one diagnostic published on save', target: 1.5, runs: 6 },
  { id: 'lessonNewPanel', action: 'lesson in a new panel (open → painted)', ours: lessonNewPanel, floor: emptyPanel, floorLabel: 'empty webview panel → first paint', target: 1.3, runs: 5 },
  { id: 'lessonNewPanelFiles', action: 'lesson in a new panel, against a panel that loads a stylesheet and a script file', ours: lessonNewPanel, floor: panelWithFiles, floorLabel: 'new panel loading two small files → first paint', target: null, runs: 4 },
  { id: 'lessonOpenPanel', action: 'lesson in the open panel (open → painted)', ours: lessonOpenPanel, floor: echoLessonHtml, floorLabel: 'echo round trip carrying the lesson\'s HTML + render', target: 1.3, runs: 6 },
  { id: 'quizFeedback', action: 'quiz submit → feedback painted', ours: quizSubmit, floor: echoText, floorLabel: 'echo round trip', target: 1.3, runs: 5 },
  { id: 'dashboard', action: 'progress dashboard open → painted (issue 17)', ours: dashboardOpen, floor: emptyPanel, floorLabel: 'empty webview panel → first paint', target: 1.3, runs: 4, when: hasCommand('mlopsLab.showProgress') },
];

async function runPairings(ctx: Ctx, errors: string[]) {
  const out: Array<{ id: string; action: string; floorLabel: string; target: number | null; rounds: Array<{ ours: number[]; floor: number[] }>; first?: { ours: number[]; floor: number[] }; note?: string }> = [];
  // BENCH_ONLY=id,id: only these pairings (while working on one); the table says the others were skipped.
  const only = process.env.BENCH_ONLY?.split(',').map((x) => x.trim()).filter(Boolean);
  for (const p of PAIRINGS) {
    const row = { id: p.id, action: p.action, floorLabel: p.floorLabel, target: p.target, rounds: [] as Array<{ ours: number[]; floor: number[] }> } as (typeof out)[number];
    out.push(row);
    try {
      if (only?.length && !only.includes(p.id)) {
        row.note = 'skipped (BENCH_ONLY)';
        continue;
      }
      if (p.when && !(await p.when(ctx))) {
        row.note = 'not measured: the feature is not there yet';
        continue;
      }
      // One of each first, kept apart: it loads what later runs reuse (bundles, the webview's resources).
      row.first = { ours: await p.ours(ctx, 1), floor: await p.floor(ctx, 1) };
      // Sample by sample, ours and the floor in turn (who goes first alternating): a busy spell of the machine
      // (other work on 2 cores) falls on both alike.
      for (let r = 0; r < ROUNDS; r++) {
        const round = { ours: [] as number[], floor: [] as number[] };
        for (let i = 0; i < p.runs; i++) {
          if ((r + i) % 2 === 0) {
            round.ours.push(...(await p.ours(ctx, 1)));
            round.floor.push(...(await p.floor(ctx, 1)));
          } else {
            round.floor.push(...(await p.floor(ctx, 1)));
            round.ours.push(...(await p.ours(ctx, 1)));
          }
        }
        row.rounds.push(round);
      }
    } catch (e) {
      errors.push(`${p.id}: ${(e as Error).stack ?? e}`);
      row.note = `failed: ${(e as Error).message}`;
    }
    await closeAll();
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ information only

/** Extension host memory before and after every lesson once (in the open panel). */
async function lessonMemory(ctx: Ctx) {
  await closeAll();
  const before = memory();
  for (const id of ctx.lessonIds) await openLesson(ctx, id);
  const after = memory();
  await closeAll();
  return { before, after, deltaHeapMB: after.heapUsedMB - before.heapUsedMB, deltaRssMB: after.rssMB - before.rssMB };
}

/** Typing without saving: the change event → diagnostics, the pause before grading included. */
async function editToGraded(ctx: Ctx) {
  const folder = ctx.api.labs.folderOf(LAB);
  if (!folder) throw new Error('the lab was not started');
  const uri = vscode.Uri.joinPath(folder, ...ctx.mainFile.split('/'));
  const doc = await vscode.workspace.openTextDocument(uri);
  const samples: number[] = [];
  for (let i = 0; i < 6; i++) {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), `# typed ${i}\n`);
    const before = performance.now();
    const graded = waitFor(ctx.api.labs.onDidGrade, (g) => g.lab.id === LAB && g.reason === 'edit' && g.requestedAt >= before, 10_000, 'grading after an edit');
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error('WorkspaceEdit was not applied');
    const g = await graded;
    samples.push(g.publishedAt - g.requestedAt);
    await sleep(50);
  }
  await doc.save();
  await closeAll();
  return stats(samples);
}

/** Start Lab with the folder given (no question to warm up behind), a grader not run yet. */
async function startNoQuestion(ctx: Ctx) {
  const folder = vscode.Uri.joinPath(ctx.root, `bench-dvc-${Date.now()}`);
  const started = waitFor(ctx.api.labs.onDidGrade, (g) => g.lab.id === 'dvc-pipeline' && g.reason === 'start', 30_000, 'dvc first grading');
  await vscode.commands.executeCommand('mlopsLab.startLab', 'dvc-pipeline', { folder });
  const g = await started;
  await closeAll();
  return g.publishedAt - g.requestedAt;
}

/**
 * Python labs: save → Testing results of the drift lab with the real interpreter (Python start-up included),
 * and what dominates: the interpreter importing the packages the driver preloads, timed alone.
 */
async function pythonBench(api: MlopsLabApi) {
  const python = process.env.MLOPS_LAB_TEST_PYTHON ?? '/usr/bin/python3';
  const config = vscode.workspace.getConfiguration('mlopsLab.python');
  await config.update('interpreter', python, vscode.ConfigurationTarget.Global);
  try {
    const root = vscode.workspace.workspaceFolders![0]!.uri;
    const folder = vscode.Uri.joinPath(root, `bench-drift-${Date.now()}`);
    const started = waitFor(api.labs.onDidGrade, (g) => g.lab.id === 'detect-drift', 60_000, 'first drift grading');
    const t0 = performance.now();
    await vscode.commands.executeCommand('mlopsLab.startLab', 'detect-drift', { folder });
    const first = await started;
    if (first.problem) throw new Error(first.problem);
    const startToGradedMs = performance.now() - t0;
    const uri = vscode.Uri.joinPath(folder, 'drift.py');
    const doc = await vscode.workspace.openTextDocument(uri);
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(0, 0), `# bench edit ${i}\n`);
      if (!(await vscode.workspace.applyEdit(edit))) throw new Error('WorkspaceEdit was not applied');
      const before = performance.now();
      const graded = waitFor(api.labs.onDidGrade, (g) => g.lab.id === 'detect-drift' && g.requestedAt >= before, 60_000, 'drift grading after save');
      if (!(await doc.save())) throw new Error('save failed');
      const g = await graded;
      if (g.problem) throw new Error(g.problem);
      samples.push(g.publishedAt - before);
    }
    const imports: number[] = [];
    const { execFileSync } = await import('node:child_process');
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      execFileSync(python, ['-c', 'import numpy, pandas, scipy, scipy.stats, yaml, pytest']);
      imports.push(performance.now() - t);
    }
    await closeAll();
    return { startToGradedMs, saveToTesting: stats(samples), pythonImports: stats(imports), python };
  } finally {
    await config.update('interpreter', undefined, vscode.ConfigurationTarget.Global);
  }
}

// ------------------------------------------------------------------------------------------------ every window

/**
 * activate() of both extensions (the order alternating by window), then the first webviews of the session (our
 * first lesson, the floor's panels; the first rotating by window): whichever goes first pays for what VS Code starts
 * once per window.
 */
async function sessionStart(windowIndex: number) {
  const ours = vscode.extensions.getExtension<MlopsLabApi>(EXTENSION_ID);
  const floorExt = vscode.extensions.getExtension<FloorApi>(FLOOR_ID);
  const present = () => vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => `${e.id} (${e.extensionUri.toString()})`).join(', ');
  if (!ours) throw new Error(`extension ${EXTENSION_ID} is not in this host; there are: ${present()}`);
  if (!floorExt) throw new Error(`the floor extension ${FLOOR_ID} is not in this host; there are: ${present()}`);
  const oursFirst = windowIndex % 2 === 0;
  const wasActive = ours.isActive || floorExt.isActive;
  // The window is still starting up when the tests run: activating at once timed the workbench's start more than
  // either extension (a few hundred ms, on whichever went first). A learner opens the MLOps view or a lesson later.
  await sleep(SETTLE_MS);
  const activate = async <T>(e: vscode.Extension<T>) => {
    const t = performance.now();
    const api = e.isActive ? e.exports : await e.activate();
    return { api, ms: performance.now() - t };
  };
  const [o, f] = oursFirst ? [await activate(ours), await activate(floorExt)] : await (async () => { const f1 = await activate(floorExt); return [await activate(ours), f1] as const; })();
  const api = o.api;
  const course = await api.store.get();
  const lessonIds = course.topics.flatMap((t) => t.lessonIds).filter((id) => course.lessons.has(id));
  const bundlesAfterActivation = api.loadedBundles();
  // The course is loaded before the clock of the first lesson starts in both orders (the tree loads it as soon as it shows).
  const ctx = { api, lessonIds } as Ctx;
  let lessonMarks: Record<string, number> = {};
  const firstLesson = async () => {
    const ms = await openLesson(ctx, lessonIds[0]!);
    const m = api.lessons.lastOpenMarks;
    // Where our first lesson's time went, each mark in ms since open().
    lessonMarks = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, (v ?? 0) - (m.open ?? 0)]));
    return { ms };
  };
  const floorPanel = (files: boolean) => async () => {
    const t = performance.now();
    await vscode.commands.executeCommand(FLOOR_COMMANDS.openPanel, { files });
    return performance.now() - t;
  };
  // Three first webviews, the one that goes first rotating by window: our lesson, the floor's empty panel, and the
  // floor's panel loading a stylesheet and a script file as ours do (what the first one of a session pays for).
  const kinds = ['ours', 'floor', 'floorFiles'] as const;
  const open = { ours: async () => (await firstLesson()).ms, floor: floorPanel(false), floorFiles: floorPanel(true) };
  const order = [0, 1, 2].map((i) => kinds[(i + windowIndex) % 3]!);
  const bundlesBefore = api.loadedBundles();
  const firstPanel: Record<string, number | string[] | string> = { first: order[0]!, bundlesBefore };
  for (const k of order) {
    firstPanel[k] = await open[k]();
    await closeAll();
  }
  return {
    api, floor: f.api, lessonIds,
    result: {
      oursFirst, wasActive, bundlesAfterActivation,
      activate: { ours: o.ms, floor: f.ms, oursBody: api.activationMs, floorBody: f.api.activationMs, oursModule: api.moduleMs, floorModule: f.api.moduleMs, phases: api.activationPhases, featureStart: api.featureStart },
      firstPanel: { ...firstPanel, lessonMarks },
    },
  };
}

export async function run(): Promise<void> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  let mode = 'full';
  let windowIndex = 0;
  try {
    const m = JSON.parse(readFileSync(join(root?.fsPath ?? '', '.bench-mode.json'), 'utf8'));
    mode = m.mode ?? 'full';
    windowIndex = m.window ?? 0;
  } catch {
    /* default: full */
  }
  console.log('MLOPS_LAB_BENCH_START');
  const session = await sessionStart(windowIndex);
  const result: Record<string, unknown> = { mode, window: windowIndex, vscodeVersion: vscode.version, ...session.result };
  if (mode === 'full') {
    const errors: string[] = [];
    const course = await session.api.store.get();
    const lab = course.labs.get(LAB);
    if (!lab) throw new Error(`no lab ${LAB}`);
    const ctx: Ctx = {
      api: session.api, floor: session.floor, root: root!, lessonIds: session.lessonIds,
      labFiles: await readLabFiles(session.api.contentRoot.fsPath, LAB, 'starter'), mainFile: lab.mainFile, info: {},
    };
    result.pairs = await runPairings(ctx, errors);
    result.pairInfo = ctx.info;
    const step = async <T>(name: string, fn: () => Promise<T>) => {
      try {
        result[name] = await fn();
      } catch (e) {
        errors.push(`${name}: ${(e as Error).stack ?? e}`);
        result[name] = null;
      }
    };
    if (!process.env.BENCH_ONLY) {
      await step('memory', () => lessonMemory(ctx));
      await step('editToGraded', () => editToGraded(ctx));
      await step('startNoQuestionMs', () => startNoQuestion(ctx));
      await step('python', () => pythonBench(session.api));
    }
    result.errors = errors;
  }
  console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
}
