// What the fuzzer runs: one target per pure module that reads untrusted input (the four lab graders,
// the course loader, the quiz parser, progress recovery, the two webview message validators).
// Each target has an input arbitrary and a run function that returns the invariants it broke.
// Shared by `npm run fuzz` (test/fuzz/run.ts) and the small sample in the unit tests.
import { parseFromQuizWebview, parseQuizPanelState, parseQuizRecords, parseToQuizWebview } from '../../src/shared/quizValidate';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { loadCourse } from '../../src/course/load';
import { memorySource } from '../../src/course/source';
import { grader as dockerfileGrader } from '../../src/labs/dockerfile/grader';
import { grader as dvcGrader } from '../../src/labs/dvc/grader';
import { grader as prometheusGrader } from '../../src/labs/prometheus/grader';
import { grader as k8sGrader } from '../../src/labs/k8s/grader';
import type { CheckResult, FileInput, Finding, LabGrader, Range } from '../../src/labs/types';
import { grader as workflowGrader } from '../../src/labs/workflow/grader';
import { recoverProgress, PROGRESS_VERSION } from '../../src/progress/state';
import { parseQuizzes } from '../../src/quiz/parse';
import { QUESTION_TYPES } from '../../src/quiz/model';
import { parseFromLabWebview, parseLabPanelState, parseToLabWebview } from '../../src/shared/labValidate';
import { isDashboardView, parseDashboardPanelState, parseFromDashboardWebview, parseToDashboardWebview } from '../../src/shared/dashboardValidate';
import { countAxis, dayAxis, MAX_COUNT, MAX_LABELS } from '../../src/webview/charts/scale';
import { isSafeExternalUrl, parseFromLessonWebview, parseLessonPanelState, parseToLessonWebview } from '../../src/shared/validate';
import {
  DOCKER_TOKENS, DVC_TOKENS, INI_TOKENS, MARKDOWN_TOKENS, K8S_TOKENS, PROMQL_TOKENS, WORKFLOW_TOKENS, YAML_TOKENS, mutateCapped, mutationArb, textArb, type Mutation,
} from './arbitraries';
import { corpus, type Project } from './corpus';

export type Timer = <R>(call: () => R) => R;

export interface CaseOutcome {
  /** Invariants the output broke (empty when all hold). */
  violations: string[];
  /** Exceptions the module caught itself and turned into a "please report" finding: still bugs. */
  caught: string[];
  /** The most findings one check returned (graders only). */
  maxFindings?: number;
}

export interface Target<T = unknown> {
  name: string;
  arb: fc.Arbitrary<T>;
  /**
   * Runs one case and checks the output. Wrap the call to the module under test in `time(...)`:
   * only that is measured against `limitMs` (building the input and checking invariants are not).
   */
  run(input: T, time: Timer): CaseOutcome | Promise<CaseOutcome>;
  /** Time bound for one case, in milliseconds. */
  limitMs: number;
  /** A JSON-friendly view of an input, for the failure report. */
  show(input: T): unknown;
}

const GRADE_LIMIT_MS = 2000;

// ---- shared invariant helpers ---------------------------------------------------------------

/** Lines as an editor counts them (CRLF, LF and lone CR all end a line): the most any module may count. */
export function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** Engine errors that reach a learner or author verbatim: not a clear explanation of the problem. */
export const LEAK = /Maximum call stack|too much recursion|is not a function|Cannot read prop|is not iterable|\[object Object\]/;

const isPosInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1;

/** A range is valid in a file of `lines` lines and `chars` characters (missing files: 0 lines). */
function rangeProblems(r: Range, lines: number, chars: number, what: string): string[] {
  const out: string[] = [];
  if (![r.line, r.column, r.endLine, r.endColumn].every(isPosInt)) {
    out.push(`${what}: line/column not positive integers (${r.line}:${r.column}-${r.endLine}:${r.endColumn})`);
    return out;
  }
  if (r.line > lines + 1 || r.endLine > lines + 1) out.push(`${what}: line ${r.line}-${r.endLine} beyond the file's ${lines} lines`);
  if (r.column > chars + 1 || r.endColumn > chars + 1) out.push(`${what}: column ${r.column}-${r.endColumn} beyond the file's ${chars} characters`);
  if (r.endLine < r.line || (r.endLine === r.line && r.endColumn < r.column)) out.push(`${what}: range ends before it starts (${r.line}:${r.column}-${r.endLine}:${r.endColumn})`);
  return out;
}

// ---- lab graders --------------------------------------------------------------------------

type Change = { kind: 'text'; text: string } | { kind: 'mutate'; muts: Mutation[] } | { kind: 'missing' } | { kind: 'unreadable'; reason: string };

export interface GraderCase {
  base: 'starter' | 'solution';
  edits: Array<{ file: string; change: Change }>;
}

const FILE_TOKENS: Record<string, string[]> = {
  Dockerfile: DOCKER_TOKENS,
  '.dockerignore': ['*', '**', '!', '.git', '.venv', 'data/', 'models/', '__pycache__', '#', '/', '\n', '\r\n', '?', '[a-z]'],
  'requirements.txt': ['==', '>=', '~=', 'fastapi', 'uvicorn[standard]', '-r ', '-e .', '--hash=sha256:ab', ' ; python_version<"3.9"', '#', '\n', '@ https://x'],
  'app/main.py': ['PORT', '8000', 'uvicorn.run(app, host="0.0.0.0", port=8000)', 'os.environ.get(', 'MODEL_PATH', '"models/model.json"', '\n', '#'],
  '.github/workflows/ci.yml': WORKFLOW_TOKENS,
  'dvc.yaml': DVC_TOKENS,
  'params.yaml': ['train:', 'epochs: ', '10', 'lr: ', '0.01', 'seed: ', 'prepare:', 'split: 0.2'],
  '.dvc/config': INI_TOKENS,
  'monitoring/alerts.yaml': PROMQL_TOKENS,
  '.gitignore': ['/data/prepared', '/models', 'models/', '*', '**/', '!', '#', '\\#', '\\!', '/', ' ', '\n', '\r\n', '[abc]', '?'],
  'k8s/rollout.yaml': K8S_TOKENS,
  'k8s/service.yaml': K8S_TOKENS,
  'k8s/analysis.yaml': K8S_TOKENS,
  'k8s/pdb.yaml': K8S_TOKENS,
};
const NEST_PREFIXES: Record<string, string[]> = {
  '.github/workflows/ci.yml': ['on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: ', 'jobs: '],
  'dvc.yaml': ['stages:\n  train:\n    cmd: x\n    deps: ', 'stages: ', 'vars: '],
  'params.yaml': ['train: '],
  'monitoring/alerts.yaml': ['groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: ', 'groups: ', 'groups:\n  - name: g\n    rules: '],
  'k8s/rollout.yaml': ['apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n      containers: ', 'spec:\n  strategy:\n    canary:\n      steps: ', '---\n'],
  'k8s/service.yaml': ['apiVersion: v1\nkind: Service\nspec:\n  ports: '],
};

function changeArb(file: string): fc.Arbitrary<Change> {
  const c = corpus();
  const own = c.byFile.get(file) ?? [];
  const tokens = FILE_TOKENS[file] ?? (file.endsWith('.py') ? ['import ', 'sys.argv', 'yaml.safe_load(open("params.yaml"))', '\n', 'def ', ':'] : YAML_TOKENS);
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('mutate' as const), muts: fc.array(mutationArb, { minLength: 1, maxLength: 6 }) }) },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('text' as const), text: textArb(own, tokens, c.all, NEST_PREFIXES[file] ?? []) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'missing' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('unreadable' as const), reason: fc.string({ maxLength: 40 }) }) },
  );
}

function graderCaseArb(g: LabGrader): fc.Arbitrary<GraderCase> {
  const edit = (file: string) => fc.record({ file: fc.constant(file), change: changeArb(file) });
  const editArb = fc.oneof({ weight: g.files.length * 2, arbitrary: edit(g.files[0]) }, ...g.files.slice(1).map((f) => ({ weight: 1, arbitrary: edit(f) })));
  return fc.record({ base: fc.constantFrom('starter' as const, 'solution' as const), edits: fc.array(editArb, { minLength: 1, maxLength: 3 }) });
}

/** The project the grader sees: exactly grader.files, absent ones marked missing, edits applied. */
export function buildProject(g: LabGrader, input: GraderCase): Project {
  const lab = corpus().labs.get(g.labId);
  if (!lab) throw new Error(`no content/labs/${g.labId}`);
  const base = lab[input.base];
  const files: Project = new Map(g.files.map((f) => [f, base.get(f) ?? { kind: 'missing' }]));
  for (const { file, change } of input.edits) {
    const cur = files.get(file);
    const curText = cur && cur.kind === 'text' ? cur.text : '';
    let next: FileInput;
    if (change.kind === 'mutate') next = { kind: 'text', text: change.muts.reduce(mutateCapped, curText) };
    else if (change.kind === 'text') next = { kind: 'text', text: change.text };
    else if (change.kind === 'missing') next = { kind: 'missing' };
    else next = { kind: 'unreadable', reason: change.reason };
    files.set(file, next);
  }
  return files;
}

/** Messages the graders use when they caught one of their own exceptions. */
const CAUGHT: Record<string, RegExp> = {
  'containerize-model-server': /internal error|^The Dockerfile could not be (?:read|parsed):/,
  'ci-for-ml': /failed unexpectedly|could not be validated:/,
  'dvc-pipeline': /could not run \(|The project files could not be read|could not be parsed: (?!it is nested too deeply)/,
  'prometheus-alerts': /could not run \(|could not be parsed: (?!it is nested too deeply)/,
  'k8s-canary-rollout': /could not run \(|The project files could not be read|could not be (?:parsed|read): (?!it is nested too deeply|it expands YAML aliases)/,
};

export function checkGraderResults(g: LabGrader, files: Project, results: CheckResult[]): CaseOutcome {
  const violations: string[] = [];
  const caught: string[] = [];
  let maxFindings = 0;
  if (!Array.isArray(results)) return { violations: ['grade() did not return an array'], caught };
  const ids = g.checks.map((c) => c.id);
  if (results.length !== ids.length || results.some((r, i) => r?.id !== ids[i])) {
    violations.push(`expected one result per check in order [${ids.join(', ')}], got [${results.map((r) => r?.id).join(', ')}]`);
  }
  const size = (file: string): { lines: number; chars: number } | undefined => {
    if (!g.files.includes(file)) return undefined;
    const f = files.get(file);
    return f && f.kind === 'text' ? { lines: lineCount(f.text), chars: f.text.length } : { lines: 0, chars: 0 };
  };
  for (const r of results) {
    if (!r || (r.status !== 'pass' && r.status !== 'fail')) {
      violations.push(`${r?.id}: status ${String(r?.status)} is not pass|fail`);
      continue;
    }
    if (!Array.isArray(r.findings)) {
      violations.push(`${r.id}: findings is not an array`);
      continue;
    }
    if ((r.status === 'pass') !== (r.findings.length === 0)) violations.push(`${r.id}: status ${r.status} with ${r.findings.length} findings`);
    maxFindings = Math.max(maxFindings, r.findings.length);
    r.findings.forEach((f: Finding, i) => {
      const what = `${r.id} finding ${i}`;
      if (typeof f.message !== 'string' || !f.message.trim()) violations.push(`${what}: empty message`);
      else if (CAUGHT[g.labId]?.test(f.message)) caught.push(`${r.id}: ${f.message}`);
      else if (LEAK.test(f.message)) violations.push(`${what}: message leaks an internal error: ${f.message.slice(0, 120)}`);
      const s = size(f.file);
      if (!s) violations.push(`${what}: file "${f.file}" is not one of the grader's files`);
      else violations.push(...rangeProblems(f, s.lines, s.chars, `${what} (${f.file})`));
      if (f.fix) {
        const fs = size(f.fix.file);
        if (typeof f.fix.title !== 'string' || !f.fix.title || typeof f.fix.newText !== 'string') violations.push(`${what}: fix without title or text`);
        if (!fs) violations.push(`${what}: fix file "${f.fix.file}" is not one of the grader's files`);
        else violations.push(...rangeProblems(f.fix.range, fs.lines, fs.chars, `${what} fix (${f.fix.file})`));
      }
    });
  }
  return { violations: [...new Set(violations)].slice(0, 20), caught: [...new Set(caught)], maxFindings };
}

function showProject(input: GraderCase, g: LabGrader): unknown {
  const files = buildProject(g, input);
  return { input, files: Object.fromEntries([...files].map(([k, v]) => [k, v.kind === 'text' ? v.text : v])) };
}

function graderTarget(g: LabGrader, name: string): Target<GraderCase> {
  return {
    name,
    arb: graderCaseArb(g),
    limitMs: GRADE_LIMIT_MS,
    run(input, time) {
      const files = buildProject(g, input);
      return checkGraderResults(g, files, time(() => g.grade(files)));
    },
    show: (input) => showProject(input, g),
  };
}

// ---- course content loader ----------------------------------------------------------------

type ContentEdit =
  | { kind: 'mutate'; pick: number; muts: Mutation[] }
  | { kind: 'replace'; pick: number; text: string }
  | { kind: 'delete'; pick: number }
  | { kind: 'add'; path: string; text: string };

export interface LoaderCase {
  /** Only course.yaml, two lessons, a quiz and a lab (fast), or the whole real course. */
  whole: boolean;
  edits: ContentEdit[];
}

const SMALL_COURSE_EXTRA = ['lessons/what-is-mlops.md', 'lessons/mlops-lifecycle-stages.md', 'quizzes/fundamentals-quiz.yaml', 'labs/dvc-pipeline/lab.yaml', 'labs/dvc-pipeline/instructions.md',
  'labs/release-gate/lab.yaml', 'labs/release-gate/instructions.md', 'labs/release-gate/checks.yaml'];

export function buildContent(input: LoaderCase): Record<string, string> {
  const all = corpus().content;
  const files: Record<string, string> = input.whole
    ? { ...all }
    : Object.fromEntries(['course.yaml', ...SMALL_COURSE_EXTRA].filter((k) => k in all).map((k) => [k, all[k]]));
  for (const e of input.edits) {
    const keys = Object.keys(files).sort();
    if (e.kind === 'add') {
      files[e.path] = e.text;
      continue;
    }
    if (keys.length === 0) continue;
    // Pick 0 is always course.yaml (when present): it is the file every other one hangs from.
    const key = keys.includes('course.yaml') && e.pick % 3 === 0 ? 'course.yaml' : keys[e.pick % keys.length];
    if (e.kind === 'delete') delete files[key];
    else if (e.kind === 'mutate') files[key] = e.muts.reduce(mutateCapped, files[key]);
    else files[key] = e.text;
  }
  return files;
}

function contentEditArb(): fc.Arbitrary<ContentEdit> {
  const c = corpus();
  const texts = Object.values(c.content);
  const tokens = [...MARKDOWN_TOKENS, 'topics:', '- id: ', 'lessons: [', 'quizzes:', 'labs:', 'questions:', 'type: single', 'choices:', 'correct: true', 'mainFile: ', 'starterFails:', 'kind: python', 'visibleTests: [', 'testEnv:', 'checks:', 'tests: [', 'mutant: ', 'clean: ', 'scope: lab', 'hints: ['];
  return fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('mutate' as const), pick: fc.nat(), muts: fc.array(mutationArb, { minLength: 1, maxLength: 6 }) }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), text: textArb(texts, tokens, [], ['topics: ', 'questions: ']) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('add' as const),
        path: fc.constantFrom('lessons/new-lesson.md', 'lessons/Bad Name.md', 'lessons/.md', 'quizzes/extra.yaml', 'quizzes/x.yml', 'labs/new-lab/lab.yaml', 'labs/x/instructions.md', 'labs/x/checks.yaml', 'lessons/sub/dir.md'),
        text: textArb(texts, tokens, []),
      }),
    },
  );
}

export function checkCourse(files: Record<string, string>, course: Awaited<ReturnType<typeof loadCourse>>): CaseOutcome {
  const violations: string[] = [];
  if (!course || !Array.isArray(course.problems)) return { violations: ['loadCourse returned no problems array'], caught: [] };
  for (const [i, p] of course.problems.entries()) {
    const what = `problem ${i} (${p.file}:${p.line}: ${String(p.message).slice(0, 80)})`;
    if (typeof p.message !== 'string' || !p.message.trim()) violations.push(`${what}: empty message`);
    if (typeof p.file !== 'string') violations.push(`${what}: no file`);
    const text = files[p.file];
    const lines = text === undefined ? 0 : lineCount(text);
    if (!isPosInt(p.line) || p.line > lines + 1) violations.push(`${what}: line ${p.line} outside 1..${lines + 1}`);
    if (p.column !== undefined && !isPosInt(p.column)) violations.push(`${what}: column ${p.column} is not a positive integer`);
    if (LEAK.test(p.message)) violations.push(`${what}: message leaks an internal error instead of explaining the problem`);
  }
  const topicIds = new Set(course.topics.map((t) => t.id));
  if (topicIds.size !== course.topics.length) violations.push('duplicate topic ids');
  for (const t of course.topics) {
    for (const id of t.lessonIds) if (!course.lessons.has(id)) violations.push(`topic ${t.id} lists lesson ${id} that was not loaded`);
    for (const id of t.quizIds) if (!course.quizzes.has(id)) violations.push(`topic ${t.id} lists quiz ${id} that was not loaded`);
    for (const id of t.labIds) if (!course.labs.has(id)) violations.push(`topic ${t.id} lists lab ${id} that was not loaded`);
  }
  for (const l of course.lessons.values()) if (!topicIds.has(l.topicId)) violations.push(`lesson ${l.id} has unknown topic ${l.topicId}`);
  for (const lab of course.labs.values()) {
    if (lab.kind !== 'python') continue;
    const ids = (lab.checks ?? []).map((c) => c.id);
    if (!ids.length) violations.push(`Python lab ${lab.id} loaded without checks`);
    if (new Set(ids).size !== ids.length) violations.push(`Python lab ${lab.id} has a check id twice`);
    for (const c of lab.checks ?? []) if ([c.tests.length > 0, !!c.mutant, !!c.clean].filter(Boolean).length !== 1) violations.push(`check ${c.id} has not exactly one way to pass`);
  }
  return { violations: [...new Set(violations)].slice(0, 20), caught: [] };
}

const loaderTarget: Target<LoaderCase> = {
  name: 'content loader',
  arb: fc.record({ whole: fc.boolean(), edits: fc.array(contentEditArb(), { minLength: 1, maxLength: 3 }) }),
  limitMs: 2000,
  async run(input, time) {
    const files = buildContent(input);
    return checkCourse(files, await time(() => loadCourse(memorySource(files))));
  },
  show: (input) => ({ input, files: buildContent(input) }),
};

// ---- quiz parser --------------------------------------------------------------------------

export interface QuizCase {
  texts: string[];
}

export function quizFiles(input: QuizCase): Array<{ file: string; text: string }> {
  const names = corpus().quizzes.map((q) => q.file);
  return input.texts.map((text, i) => ({ file: names[i % names.length], text }));
}

export function checkQuizzes(files: Array<{ file: string; text: string }>, out: ReturnType<typeof parseQuizzes>): CaseOutcome {
  const violations: string[] = [];
  const caught: string[] = [];
  const byFile = new Map(files.map((f) => [f.file, f.text]));
  for (const [i, p] of out.problems.entries()) {
    const what = `problem ${i} (${p.file}:${p.line}: ${String(p.message).slice(0, 80)})`;
    const text = byFile.get(p.file);
    if (text === undefined) violations.push(`${what}: unknown file`);
    const lines = text === undefined ? 0 : lineCount(text);
    if (!isPosInt(p.line) || p.line > lines + 1) violations.push(`${what}: line ${p.line} outside 1..${lines + 1}`);
    if (p.column !== undefined && (!isPosInt(p.column) || p.column > (text?.length ?? 0) + 1)) violations.push(`${what}: column ${p.column} out of range`);
    if (typeof p.message !== 'string' || !p.message.trim()) violations.push(`${what}: empty message`);
    else if (/^could not read the quiz: (?!it is nested too deeply)/.test(p.message)) caught.push(p.message);
    else if (LEAK.test(p.message)) violations.push(`${what}: message leaks an internal error instead of explaining the problem`);
  }
  const questionIds = new Set<string>();
  const quizIds = new Set<string>();
  const lessons = corpus().lessonIds;
  for (const q of out.quizzes) {
    if (!byFile.has(q.file)) violations.push(`quiz ${q.id}: unknown file ${q.file}`);
    if (quizIds.has(q.id)) violations.push(`quiz id ${q.id} twice`);
    quizIds.add(q.id);
    if (q.questions.length === 0) violations.push(`quiz ${q.id} has no questions`);
    for (const question of q.questions) {
      const what = `quiz ${q.id} question ${question.id}`;
      if (questionIds.has(question.id)) violations.push(`${what}: id used twice`);
      questionIds.add(question.id);
      if (!QUESTION_TYPES.includes(question.type)) violations.push(`${what}: unknown type`);
      if (!lessons.has(question.lesson)) violations.push(`${what}: unknown lesson ${question.lesson}`);
      if (!question.prompt.trim() || !question.explanation.trim()) violations.push(`${what}: empty prompt or explanation`);
      const unique = (ids: string[]) => new Set(ids).size === ids.length;
      switch (question.type) {
        case 'single':
        case 'multiple': {
          const correct = question.choices.filter((c) => c.correct).length;
          if (question.choices.length < 2 || !unique(question.choices.map((c) => c.id))) violations.push(`${what}: fewer than 2 choices or duplicate choice ids`);
          if (question.type === 'single' ? correct !== 1 : correct < 1) violations.push(`${what}: ${correct} correct choices`);
          break;
        }
        case 'order':
          if (question.items.length < 3 || !unique(question.items.map((c) => c.id))) violations.push(`${what}: fewer than 3 items or duplicate ids`);
          break;
        case 'match':
          if (question.pairs.length < 3 || !unique(question.pairs.map((p) => p.leftId)) || !unique(question.pairs.map((p) => p.rightId))) violations.push(`${what}: fewer than 3 pairs or duplicate ids`);
          break;
        case 'numeric':
          if (!Number.isFinite(question.answer) || !Number.isFinite(question.tolerance) || question.tolerance < 0) violations.push(`${what}: answer ${question.answer} tolerance ${question.tolerance}`);
          break;
      }
    }
  }
  return { violations: [...new Set(violations)].slice(0, 20), caught };
}

function quizTarget(): Target<QuizCase> {
  const c = corpus();
  const own = c.quizzes.map((q) => q.text);
  const tokens = ['id: ', 'title: ', 'summary: ', 'topic: fundamentals', 'questions:', '- id: q-1', 'type: ', 'single', 'multiple', 'order', 'match', 'numeric',
    'lesson: what-is-mlops', 'prompt: ', 'explanation: ', 'choices:', '- text: ', 'correct: true', 'why: ', 'items:', 'pairs:', 'left: ', 'right: ', 'answer: ', 'tolerance: ', 'unit: ms', 'fixedOrder: true'];
  return {
    name: 'quiz parser',
    arb: fc.record({ texts: fc.array(textArb(own, tokens, c.all, ['questions: ']), { minLength: 1, maxLength: 2 }) }),
    limitMs: 1000,
    run(input, time) {
      const files = quizFiles(input);
      return checkQuizzes(files, time(() => parseQuizzes(files, c.lessonIds, c.topicIds)));
    },
    show: (input) => ({ input, files: quizFiles(input) }),
  };
}

// ---- progress recovery --------------------------------------------------------------------

const lessonIdArb = fc.oneof(
  fc.constantFrom('what-is-mlops', 'model-drift', 'a', 'a-b', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'A', '-a', 'a--b', ''),
  fc.string({ maxLength: 20 }),
);
const dateArb = fc.oneof(
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())),
  fc.constantFrom('2025-01-01', 'yesterday', '', '0', '2025-13-45T99:99:99Z', '+275760-09-13T00:00:00.000Z', '+275760-09-13T00:00:00.001Z'),
  fc.anything({ maxDepth: 1 }),
);
/** Stored progress: plausible documents with damaged parts, JSON text damaged and re-parsed, or anything at all. */
const progressArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        version: fc.oneof(fc.constant(PROGRESS_VERSION), fc.constantFrom(0, 2, -1, 1.5, Number.NaN, Infinity, '1', null), fc.anything({ maxDepth: 1 })),
        lessonsDone: fc.oneof({ weight: 4, arbitrary: fc.dictionary(lessonIdArb, dateArb, { maxKeys: 8 }) }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) }),
        sections: fc.oneof(fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }), fc.anything({ maxDepth: 2 })),
        // Format 2: quiz attempts and study days (and format 1's quiz records, which the migration reads).
        quizAttempts: fc.oneof(fc.dictionary(lessonIdArb, fc.array(fc.record({ at: dateArb, score: fc.oneof(fc.integer({ min: -5, max: 105 }), fc.double()) }), { maxLength: 4 }), { maxKeys: 3 }), fc.anything({ maxDepth: 2 })),
        studyDays: fc.oneof(fc.array(fc.oneof(fc.constantFrom('2026-01-01', '2026-02-30', '2026-1-1', '99999-01-01'), dateArb), { maxLength: 5 }), fc.anything({ maxDepth: 1 })),
        extra: fc.anything({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ muts: fc.array(mutationArb, { minLength: 1, maxLength: 4 }) })
      .map(({ muts }) => {
        const text = muts.reduce(mutateCapped, JSON.stringify({ version: 1, lessonsDone: { 'what-is-mlops': '2025-01-01T00:00:00.000Z', 'model-drift': '2025-02-01T00:00:00.000Z' }, sections: { quiz: { a: 1 } } }, null, 1));
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return text;
        }
      }),
  },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true, withSet: true, withDate: true, withBigInt: true, withTypedArray: true, withSparseArray: true }) },
  { weight: 1, arbitrary: fc.jsonValue() },
);

export function checkRecovered(raw: unknown, out: ReturnType<typeof recoverProgress>): CaseOutcome {
  const violations: string[] = [];
  const s = out?.state;
  if (!s || s.version !== PROGRESS_VERSION) return { violations: ['state missing or wrong version'], caught: [] };
  const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isRecord(s.lessonsDone) || !isRecord(s.sections)) violations.push('lessonsDone or sections is not a record');
  for (const [id, date] of Object.entries(s.lessonsDone)) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) violations.push(`kept invalid lesson id ${JSON.stringify(id)}`);
    if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) violations.push(`kept invalid date for ${id}`);
  }
  if (out.warning !== undefined && (typeof out.warning !== 'string' || !out.warning)) violations.push('empty warning');
  // Recovering a recovered state changes nothing and warns about nothing.
  const again = recoverProgress(s);
  if (again.warning !== undefined) violations.push(`recovering the recovered state warns again: ${again.warning}`);
  if (!isDeepStrictEqual(again.state, s)) violations.push('recovering the recovered state changes it');
  // The saved form is JSON; it must survive a round trip when the input did.
  let json: unknown;
  try {
    json = JSON.parse(JSON.stringify(raw));
  } catch {
    json = undefined;
  }
  if (json !== undefined && isDeepStrictEqual(json, raw)) {
    const back = recoverProgress(JSON.parse(JSON.stringify(s)));
    if (back.warning !== undefined || !isDeepStrictEqual(back.state, s)) violations.push('the recovered state does not survive a JSON round trip');
  }
  return { violations, caught: [] };
}

const progressTarget: Target<unknown> = {
  name: 'progress recovery',
  arb: progressArb,
  limitMs: 100,
  run: (raw, time) => checkRecovered(raw, time(() => recoverProgress(raw))),
  show: (raw) => ({ input: safeShow(raw) }),
};

// ---- webview message validators ------------------------------------------------------------

/** Replaces one field of a valid message with anything (or deletes it, or adds a stray one). */
function damaged(valid: readonly Record<string, unknown>[]): fc.Arbitrary<unknown> {
  return fc
    .record({ pick: fc.nat({ max: valid.length - 1 }), field: fc.nat(), action: fc.constantFrom('set', 'delete', 'add', 'keep'), value: fc.anything({ maxDepth: 2, withNullPrototype: true }) })
    .map(({ pick, field, action, value }) => {
      const msg: Record<string, unknown> = structuredClone(valid[pick]);
      const keys = Object.keys(msg);
      const key = keys[field % keys.length];
      if (action === 'set') msg[key] = value;
      else if (action === 'delete') delete msg[key];
      else if (action === 'add') msg[`x${field % 5}`] = value;
      return msg;
    });
}

const ref = { id: 'model-drift', title: 'Model drift' };
const validFromLesson = [{ type: 'ready' }, { type: 'openLesson', lessonId: 'what-is-mlops' }, { type: 'setDone', lessonId: 'a', done: true }, { type: 'openExternal', url: 'https://example.com/a?b#c' }, { type: 'rendered', lessonId: 'x-1' }];
const validToLesson = [
  { type: 'progress', lessonId: 'a', done: false },
  { type: 'lesson', lesson: { id: 'a', title: 'A', topicTitle: 'T', minutes: 3, html: '<p>x</p>', done: false, index: 1, total: 21, previous: ref, next: ref, related: [ref] } },
];
const validLessonState = [{ lessonId: 'what-is-mlops', scrollY: 120 }, { lessonId: 'a' }];
const validFromLab = [{ type: 'ready' }, { type: 'grade' }, { type: 'revealHint', checkId: 'docker.pinned-base' }, { type: 'openFinding', checkId: 'ci.valid-workflow', index: 3 }, { type: 'openLesson', lessonId: 'why-versioning' }, { type: 'openLab', labId: 'ci-for-ml' }, { type: 'openQuiz', quizId: 'deployment-quiz' }, { type: 'openExternal', url: 'http://x.org' }];
const validToLab = [{ type: 'lab', lab: { id: 'dvc-pipeline', title: 'T', summary: 'S', mainFile: 'dvc.yaml', html: '', checks: [{ id: 'dvc.stage-names', title: 't', why: 'w', scope: 'lab', lessonId: 'a', lessonTitle: 'A', status: 'fail', findings: [{ file: 'dvc.yaml', line: 1, message: 'm', exists: true }], hints: [], hintsTotal: 2 }], passed: 0, total: 1, completed: false } },
  { type: 'lab', lab: { id: 'containerize-model-server', title: 'T', summary: 'S', mainFile: 'Dockerfile', html: '', checks: [], passed: 0, total: 0, completed: true, activity: 'Grading…', gradedSource: 'Graded the saved files', complete: { completedAt: '2026-12-01T10:00:00.000Z', quiz: { id: 'deployment-quiz', title: 'Q' }, nextLab: { id: 'ci-for-ml', title: 'CI' } } } }];
const validLabState = [{ labId: 'dvc-pipeline' }];

const urlArb = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('javascript:alert(1)', 'http://', 'https://user:pw@host/', 'file:///etc/passwd', 'command:workbench.action.quit', 'https://[::1]/', 'http://%zz', 'vscode://x', 'https://a.b/' + 'x'.repeat(3000)),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

export interface MessageCase {
  kind: 'from' | 'to' | 'state' | 'url';
  value: unknown;
}

function messageArb(from: unknown[], to: unknown[], state: unknown[]): fc.Arbitrary<MessageCase> {
  const anyMsg = fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true, withSet: true, withDate: true, withBigInt: true, withTypedArray: true, withSparseArray: true });
  const forKind = (kind: MessageCase['kind'], valid: unknown[]) =>
    fc.record({ kind: fc.constant(kind), value: fc.oneof({ weight: 4, arbitrary: damaged(valid as Record<string, unknown>[]) }, { weight: 1, arbitrary: anyMsg }, { weight: 1, arbitrary: fc.constantFrom(...valid) }) });
  return fc.oneof(forKind('from', from), forKind('to', to), forKind('state', state), fc.record({ kind: fc.constant('url' as const), value: urlArb }));
}

/** A validator's output is undefined or itself valid: parsing it again gives the same thing. */
function checkIdempotent(name: string, parse: (v: unknown) => unknown, input: unknown): string[] {
  const out = parse(input);
  if (out === undefined) return [];
  if (typeof out !== 'object' || out === null) return [`${name} returned a non-object`];
  const again = parse(structuredClone(out));
  return isDeepStrictEqual(again, out) ? [] : [`${name}: its own output does not validate to itself`];
}

const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function lessonValidatorCase(c: MessageCase): CaseOutcome {
  const v: string[] = [];
  switch (c.kind) {
    case 'from': {
      v.push(...checkIdempotent('parseFromLessonWebview', parseFromLessonWebview, c.value));
      const out = parseFromLessonWebview(c.value);
      if (out && 'lessonId' in out && !LESSON_ID.test(out.lessonId)) v.push('accepted a bad lesson id');
      if (out?.type === 'openExternal' && (typeof out.url !== 'string' || out.url.length > 2048)) v.push('accepted a bad url');
      if (out && Object.keys(out).some((k) => !['type', 'lessonId', 'done', 'url'].includes(k))) v.push('passed a stray key through');
      break;
    }
    case 'to':
      v.push(...checkIdempotent('parseToLessonWebview', parseToLessonWebview, c.value));
      break;
    case 'state': {
      v.push(...checkIdempotent('parseLessonPanelState', parseLessonPanelState, c.value));
      const s = parseLessonPanelState(c.value);
      if (s && s.scrollY !== undefined && !Number.isFinite(s.scrollY)) v.push('kept a non-finite scrollY');
      break;
    }
    case 'url': {
      const ok = isSafeExternalUrl(c.value as string);
      if (typeof ok !== 'boolean') v.push('isSafeExternalUrl returned a non-boolean');
      // The URL parser drops leading controls and spaces; after them only http: or https: may start an accepted URL.
      if (ok && !/^https?:/i.test((c.value as string).replace(/^[\u0000-\u0020]+/, ''))) v.push(`accepted ${JSON.stringify(c.value)}`);
      break;
    }
  }
  return { violations: v, caught: [] };
}

function labValidatorCase(c: MessageCase): CaseOutcome {
  const v: string[] = [];
  switch (c.kind) {
    case 'from': {
      v.push(...checkIdempotent('parseFromLabWebview', parseFromLabWebview, c.value));
      const out = parseFromLabWebview(c.value);
      if (out?.type === 'openFinding' && !(Number.isInteger(out.index) && out.index >= 0 && out.index < 1000)) v.push('accepted a bad finding index');
      if (out && Object.keys(out).some((k) => !['type', 'checkId', 'index', 'lessonId', 'labId', 'quizId', 'url'].includes(k))) v.push('passed a stray key through');
      break;
    }
    case 'to':
      v.push(...checkIdempotent('parseToLabWebview', parseToLabWebview, c.value));
      break;
    case 'state':
    case 'url':
      v.push(...checkIdempotent('parseLabPanelState', parseLabPanelState, c.value));
      break;
  }
  return { violations: v, caught: [] };
}

const validFromQuiz = [{ type: 'ready' }, { type: 'next' }, { type: 'close' }, { type: 'retry', mode: 'missed' },
  { type: 'submit', questionId: 'article-01', answer: { choiceId: 'c1' }, confidence: 'sure' },
  { type: 'submit', questionId: 'cicd-03', answer: { itemIds: ['i1', 'i2', 'i3'] } },
  { type: 'submit', questionId: 'monitoring-05', answer: { value: 240 } }, { type: 'openLesson', lessonId: 'model-drift' }];
const validQuizState = [{ kind: 'quiz', quizId: 'article-quiz' }, { kind: 'review' }];

function quizValidatorCase(c: MessageCase): CaseOutcome {
  const v: string[] = [];
  if (c.kind === 'from') v.push(...checkIdempotent('parseFromQuizWebview', parseFromQuizWebview, c.value));
  else if (c.kind === 'to') v.push(...checkIdempotent('parseToQuizWebview', parseToQuizWebview, c.value));
  else {
    v.push(...checkIdempotent('parseQuizPanelState', parseQuizPanelState, c.value));
    const r = parseQuizRecords(c.value);
    if (!Number.isInteger(r.dropped) || r.dropped < 0) v.push('parseQuizRecords returned a bad dropped count');
  }
  return { violations: v, caught: [] };
}

// Issue 17: the dashboard's messages.
const validFromDashboard = [{ type: 'ready' }, { type: 'startReview' }, { type: 'painted', today: '2026-12-01', tables: { readiness: [['Topic', 'Readiness'], ['Basics', '50%']], labs: [] } },
  { type: 'openLesson', lessonId: 'what-is-mlops' }, { type: 'openQuiz', quizId: 'cicd-quiz' }, { type: 'openLab', labId: 'ci-for-ml' }];
const validToDashboard = [{ type: 'dashboard', view: {
  today: '2026-12-01',
  topics: [{ id: 'fundamentals', title: 'F', lessonsDone: 1, lessonsTotal: 4, read: 25, cards: 2, retained: 80, labsCompleted: 0, labsTotal: 1, labs: 0, readiness: 35 }],
  weakest: { topicId: 'fundamentals', topicTitle: 'F', part: 'labs', step: { kind: 'lab', labId: 'ci-for-ml', title: 'CI' } },
  quizzes: [{ id: 'cicd-quiz', title: 'Q', attempts: [{ at: '2026-11-30T10:00:00.000Z', score: 50 }], attemptsTotal: 2, best: 75, last: 50 }],
  review: { dueNow: 1, inDeck: 2, forecast: [{ day: '2026-12-01', count: 1 }, { day: '2026-12-02', count: 1 }] },
  labs: [{ id: 'ci-for-ml', title: 'CI', passed: 3, total: 15, completed: false, gradedAt: '2026-11-30T10:00:00.000Z' }],
  activity: { days: [{ day: '2026-11-30', studied: true }, { day: '2026-12-01', studied: false }], weeks: 1, studied: 1, streak: 1, studiedToday: false },
} }];
const validDashboardState = [{ tables: ['readiness', 'labs'] }];

function dashboardValidatorCase(c: MessageCase): CaseOutcome {
  const v: string[] = [];
  if (c.kind === 'from') {
    v.push(...checkIdempotent('parseFromDashboardWebview', parseFromDashboardWebview, c.value));
    const out = parseFromDashboardWebview(c.value);
    if (out && Object.keys(out).some((k) => !['type', 'today', 'tables', 'lessonId', 'quizId', 'labId'].includes(k))) v.push('passed a stray key through');
  } else if (c.kind === 'to') {
    v.push(...checkIdempotent('parseToDashboardWebview', parseToDashboardWebview, c.value));
    const out = parseToDashboardWebview(c.value);
    if (out && (out.view.review.dueNow > out.view.review.inDeck || !isDashboardView(out.view))) v.push('accepted an inconsistent view');
  } else if (c.kind === 'state') v.push(...checkIdempotent('parseDashboardPanelState', parseDashboardPanelState, c.value));
  return { violations: v, caught: [] };
}

// The dashboard's chart axes (src/webview/charts/scale.ts): any numbers, never a throw, a hang or a runaway
// number of labels; the view's dates and counts are validated before they get here, but the axes do not rely on it.
interface AxesCase {
  times: number[];
  maxTicks: number;
  count: number;
}

const axesArb: fc.Arbitrary<AxesCase> = fc.record({
  times: fc.array(fc.oneof(fc.double(), fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) })), { maxLength: 30 }),
  maxTicks: fc.oneof(fc.double(), fc.integer({ min: -5, max: 40 })),
  count: fc.oneof(fc.double(), fc.integer({ min: 0, max: 10_000 })),
});

function axesCase(c: AxesCase, time: Timer): CaseOutcome {
  const v: string[] = [];
  const { days, counts } = time(() => ({ days: dayAxis(c.times, c.maxTicks), counts: countAxis(c.count, c.maxTicks) }));
  const limit = Number.isFinite(c.maxTicks) ? Math.min(MAX_LABELS, Math.max(1, Math.floor(c.maxTicks))) : 1;
  if (days.ticks.length > limit) v.push(`dayAxis: ${days.ticks.length} labels for at most ${limit}`);
  const sane = c.times.filter((t) => Number.isFinite(t) && Math.abs(t) < Date.UTC(2200, 0, 1));
  if (sane.length === c.times.length && sane.length) {
    if (days.ticks.length < 1) v.push('dayAxis: no label for real dates');
    if (!days.ticks.every((t) => t >= days.from && t <= days.to)) v.push('dayAxis: a label outside its axis');
    if (!sane.every((t) => t > days.from && t < days.to)) v.push('dayAxis: a point outside its axis');
  }
  if (counts.ticks.length - 1 > limit) v.push(`countAxis: ${counts.ticks.length} marks for at most ${limit} steps`);
  if (!counts.ticks.every(Number.isFinite) || counts.ticks[0] !== 0 || counts.ticks[counts.ticks.length - 1] !== counts.top) v.push('countAxis: marks not from 0 to its top');
  if (Number.isFinite(c.count) && c.count > 0 && c.count <= MAX_COUNT && counts.top < c.count) v.push(`countAxis: top ${counts.top} below the count ${c.count}`);
  return { violations: v, caught: [] };
}

function safeShow(v: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Map ? { Map: [...x] } : x instanceof Set ? { Set: [...x] } : x))) as unknown;
  } catch {
    return String(v);
  }
}

// ---- all targets ----------------------------------------------------------------------------

export function targets(): Target<any>[] {
  return [
    graderTarget(dockerfileGrader, 'grader: dockerfile'),
    graderTarget(workflowGrader, 'grader: workflow'),
    graderTarget(dvcGrader, 'grader: dvc'),
    graderTarget(prometheusGrader, 'grader: prometheus'),
    graderTarget(k8sGrader, 'grader: k8s'),
    loaderTarget,
    quizTarget(),
    progressTarget,
    {
      name: 'validate: lesson messages',
      arb: messageArb(validFromLesson, validToLesson, validLessonState),
      limitMs: 50,
      run: (c: MessageCase, time: Timer) => time(() => lessonValidatorCase(c)),
      show: (c: MessageCase) => ({ kind: c.kind, value: safeShow(c.value) }),
    } as Target<MessageCase>,
    {
      name: 'validate: lab messages',
      arb: messageArb(validFromLab, validToLab, validLabState),
      limitMs: 50,
      run: (c: MessageCase, time: Timer) => time(() => labValidatorCase(c)),
      show: (c: MessageCase) => ({ kind: c.kind, value: safeShow(c.value) }),
    } as Target<MessageCase>,
    {
      name: 'validate: quiz messages',
      arb: messageArb(validFromQuiz, [{ type: 'error', message: 'x' }, { type: 'error', message: 'The quiz could not be loaded.' }], validQuizState),
      limitMs: 50,
      run: (c: MessageCase, time: Timer) => time(() => quizValidatorCase(c)),
      show: (c: MessageCase) => ({ kind: c.kind, value: safeShow(c.value) }),
    } as Target<MessageCase>,
    {
      name: 'charts: dashboard axes',
      arb: axesArb,
      limitMs: 50,
      run: (c: AxesCase, time: Timer) => axesCase(c, time),
      show: (c: AxesCase) => c,
    } as Target<AxesCase>,
    {
      name: 'validate: dashboard messages',
      arb: messageArb(validFromDashboard, validToDashboard, validDashboardState),
      limitMs: 50,
      run: (c: MessageCase, time: Timer) => time(() => dashboardValidatorCase(c)),
      show: (c: MessageCase) => ({ kind: c.kind, value: safeShow(c.value) }),
    } as Target<MessageCase>,
  ];
}
