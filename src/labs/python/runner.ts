// Grades a Python lab by running tests against the learner's code. Node only (no vscode): the
// extension and the CLI share it.
//
// One pytest process runs the graded set (graded/ plus the lab's visible tests, both from the
// content, copied to a temporary folder outside the learner's): cwd is the learner's folder, which is
// on PYTHONPATH, so the tests import the learner's module. Mutation-style checks run the learner's own
// tests, once per dataset. A shared deadline stops everything that is still running.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import type { LabDefinition } from '../definition';
import type { CheckResult, Finding } from '../types';
import type { PythonCheck } from './checks';
import { runProcess, type RunResult } from './process';

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Folder of the learner's own tests, for mutation-style checks. */
export const LEARNER_TESTS = 'tests';

export interface GradedFile {
  /** Path inside the temporary run folder: `graded/...` or `visible/...`. */
  path: string;
  bytes: Uint8Array;
}

export interface TestOutcome {
  /** pytest node id, relative to the run folder. */
  nodeid: string;
  outcome: 'passed' | 'failed' | 'error' | 'skipped' | 'not run';
  message?: string;
  expected?: string;
  actual?: string;
  /** The deepest frame in the learner's folder, project-relative, 1-based line. */
  location?: { file: string; line: number };
  output?: string;
  durationMs: number;
}

export interface PythonGrading {
  results: CheckResult[];
  /** The tests behind each check, by check id. */
  details: Map<string, TestOutcome[]>;
  /** Why the run did not complete, when it did not. */
  problem?: { kind: 'timeout' | 'cancelled' | 'failed-to-run'; message: string };
  /** pytest's own output, run by run, for the Testing view's output. */
  output: string;
  durationMs: number;
}

export interface RunPythonLabOptions {
  lab: LabDefinition;
  checks: readonly PythonCheck[];
  graded: readonly GradedFile[];
  /** The learner's lab folder (absolute, on disk). */
  folder: string;
  python: string;
  /** Folder holding mlops_lab_report.py and mlops_lab_expect.py. */
  runnerDir: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Source of the learner's main file, to place findings at a check's function. */
  readMain?: () => Promise<string | undefined>;
}

interface Report {
  tests: Array<Omit<TestOutcome, 'durationMs' | 'outcome'> & { outcome: TestOutcome['outcome']; duration?: number }>;
  collectErrors: Array<{ nodeid: string; message: string }>;
}

/** `graded/test_x.py::TestA::test_b[1-2]` → `test_b`. */
export function functionName(nodeid: string): string {
  const last = nodeid.split('::').pop() ?? nodeid;
  const bracket = last.indexOf('[');
  return bracket < 0 ? last : last.slice(0, bracket);
}

/** Imported once by the driver before it forks the runs (the slow part of a small run's start). */
const PRELOAD = ['numpy', 'pandas', 'scipy', 'scipy.stats', 'yaml', 'pytest'];

interface PlannedRun {
  label: string;
  args: string[];
  /** Variables set (null: removed) in this run. */
  env: Record<string, string | null>;
  report: string;
  out: string;
}

function env(opts: RunPythonLabOptions): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env };
  delete e.PYTEST_ADDOPTS;
  delete e.PYTEST_PLUGINS;
  e.PYTHONPATH = [opts.runnerDir, opts.folder, ...(process.env.PYTHONPATH ? [process.env.PYTHONPATH] : [])].join(delimiter);
  e.PYTHONDONTWRITEBYTECODE = '1';
  e.PYTHONIOENCODING = 'utf-8';
  return e;
}

async function readReport(path: string): Promise<Report | undefined> {
  try {
    const j = JSON.parse(await readFile(path, 'utf8')) as Report;
    return Array.isArray(j.tests) && Array.isArray(j.collectErrors) ? j : undefined;
  } catch {
    return undefined;
  }
}

/** The exception line of a pytest failure text (`SyntaxError: expected ':'`), else its last `E` line or last line. */
export function summarize(text: string): string {
  const e = text.split('\n').filter((l) => l.startsWith('E ')).map((l) => l.slice(1).trim()).filter(Boolean);
  const exception = [...e].reverse().find((l) => /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)\b/.test(l));
  return (exception ?? e[e.length - 1] ?? text.trim().split('\n').pop() ?? '').slice(0, 500);
}

/** A learner file and line named in a traceback text (`File "…/drift.py", line 12` or `drift.py:12:`). */
export function locationIn(text: string, folder: string): { file: string; line: number } | undefined {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  let found: { file: string; line: number } | undefined;
  for (const m of text.matchAll(/File "([^"]+)", line (\d+)/g)) if (m[1].startsWith(base)) found = { file: m[1].slice(base.length), line: Number(m[2]) };
  if (found) return found;
  for (const m of text.matchAll(/^([\w./-]+\.py):(\d+):/gm)) {
    const rel = m[1].startsWith(base) ? m[1].slice(base.length) : m[1];
    if (!rel.startsWith('/') && !rel.startsWith('..') && !rel.startsWith('graded/') && !rel.startsWith('visible/')) found = { file: rel, line: Number(m[2]) };
  }
  return found;
}

interface PytestRun {
  result: RunResult;
  report?: Report;
}

export async function runPythonLab(opts: RunPythonLabOptions): Promise<PythonGrading> {
  const started = performance.now();
  const deadline = Date.now() + (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const tmp = await mkdtemp(join(tmpdir(), 'mlops-lab-run-'));
  const outputs: string[] = [];
  try {
    for (const f of opts.graded) {
      await mkdir(dirname(join(tmp, f.path)), { recursive: true });
      await writeFile(join(tmp, f.path), f.bytes);
    }
    await writeFile(join(tmp, 'pytest.ini'), '[pytest]\n');
    const testChecks = opts.checks.filter((c) => c.tests.length);
    const dataChecks = opts.checks.filter((c) => c.mutant || c.clean);
    const clean = dataChecks.find((c) => c.clean);
    const mutants = dataChecks.filter((c) => c.mutant);
    const plan: PlannedRun[] = [];
    const add = (label: string, args: string[], extraEnv: Record<string, string | null>): PlannedRun => {
      const i = plan.length;
      const run: PlannedRun = {
        label, report: join(tmp, `report-${i}.json`), out: join(tmp, `out-${i}.txt`),
        args: ['-q', '-p', 'no:cacheprovider', '-p', 'mlops_lab_report', ...args],
        env: { ...opts.lab.testEnv, ...extraEnv, MLOPS_LAB_REPORT: join(tmp, `report-${i}.json`) },
      };
      plan.push(run);
      return run;
    };
    // The graded set depends on no third-party plugin; the learner's own tests may use theirs.
    const gradedPlan = testChecks.length
      ? add('graded tests', ['-c', join(tmp, 'pytest.ini'), '--rootdir', tmp, '--import-mode=importlib',
        ...['graded', 'visible'].filter((d) => opts.graded.some((f) => f.path.startsWith(`${d}/`))).map((d) => join(tmp, d))], { PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1' })
      : undefined;
    const dataPlan = (dataset: string) => add(`${LEARNER_TESTS} on ${dataset}`, [LEARNER_TESTS], { MLOPS_LAB_DATA: join(tmp, 'graded', dataset), PYTEST_DISABLE_PLUGIN_AUTOLOAD: null });
    const cleanPlan = clean ? dataPlan(clean.clean!) : undefined;
    const mutantPlans = new Map(mutants.map((c) => [c.id, dataPlan(c.mutant!)]));

    // One Python start for every run: the driver imports the heavy packages once and forks per run.
    const planFile = join(tmp, 'plan.json');
    await writeFile(planFile, JSON.stringify({ preload: PRELOAD, runs: plan.map((r) => ({ args: r.args, env: r.env, out: r.out })) }));
    const driver = await runProcess(opts.python, ['-m', 'mlops_lab_driver', planFile], {
      cwd: opts.folder, env: env(opts), timeoutMs: Math.max(1, deadline - Date.now()), signal: opts.signal,
    });
    const finished = async (p: PlannedRun | undefined): Promise<PytestRun | undefined> => {
      if (!p) return undefined;
      const text = await readFile(p.out, 'utf8').catch(() => '');
      const code = Number((await readFile(`${p.out}.code`, 'utf8').catch(() => '')).trim());
      outputs.push(`$ pytest ${p.label}\n${text}`.trimEnd());
      const result: RunResult = { ...driver, code: Number.isInteger(code) ? code : driver.code, stdout: text, stderr: '' };
      return { result, report: await readReport(p.report) };
    };
    const gradedRun = await finished(gradedPlan);
    const cleanRun = await finished(cleanPlan);
    const mutantRuns = new Map<string, PytestRun>();
    for (const [id, p] of mutantPlans) mutantRuns.set(id, (await finished(p))!);
    if (driver.stderr.trim()) outputs.push(driver.stderr.trim());

    // Every run lives in the one driver process: its deadline, cancellation and start-up say how the whole run went.
    const seconds = Math.round((opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000);
    const problem: PythonGrading['problem'] = driver.cancelled
      ? { kind: 'cancelled', message: 'The run was cancelled.' }
      : driver.timedOut
        ? { kind: 'timeout', message: `The tests were stopped after ${seconds} s: they had not finished. Look for a loop that never ends or a step that is very slow.` }
        : driver.spawnError
          ? { kind: 'failed-to-run', message: `${opts.python} could not be started (${driver.spawnError.code ?? driver.spawnError.message}).` }
          : driver.code !== 0
            // The driver itself failed (its files missing, a broken Python): no test ran, so none may be reported as failed.
            ? { kind: 'failed-to-run', message: `${opts.python} could not run the tests: ${(driver.stderr.trim().split('\n').pop() ?? '').slice(0, 300) || `exit code ${driver.code}`}` }
            : undefined;
    const main = opts.readMain ? await opts.readMain().catch(() => undefined) : undefined;
    const details = new Map<string, TestOutcome[]>();
    const results: CheckResult[] = [];
    const cleanOk = cleanRun ? learnerSuite(cleanRun).failed.length === 0 && learnerSuite(cleanRun).ran > 0 : true;
    for (const check of opts.checks) {
      let outcomes: TestOutcome[];
      let findings: Finding[];
      if (check.tests.length) {
        outcomes = testsOf(check, gradedRun, opts.folder, problem);
        findings = outcomes.filter((o) => o.outcome !== 'passed').map((o) => testFinding(o, check, opts.lab, main));
      } else {
        const run = check.clean ? cleanRun : mutantRuns.get(check.id);
        ({ outcomes, findings } = dataCheck(check, run, cleanOk, opts.lab, problem));
      }
      details.set(check.id, outcomes);
      results.push({ id: check.id, status: findings.length ? 'fail' : 'pass', findings });
    }
    return { results, details, problem, output: outputs.join('\n\n'), durationMs: performance.now() - started };
  } finally {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
}

function toOutcome(t: Report['tests'][number]): TestOutcome {
  return {
    nodeid: t.nodeid, outcome: t.outcome, message: t.message, expected: t.expected, actual: t.actual,
    location: t.location ?? undefined, output: t.output, durationMs: (t.duration ?? 0) * 1000,
  };
}

function notRun(nodeid: string, message: string): TestOutcome {
  return { nodeid, outcome: 'not run', message, durationMs: 0 };
}

function testsOf(check: PythonCheck, run: PytestRun | undefined, folder: string, problem: PythonGrading['problem']): TestOutcome[] {
  const out: TestOutcome[] = [];
  for (const name of check.tests) {
    const found = (run?.report?.tests ?? []).filter((t) => functionName(t.nodeid) === name).map(toOutcome);
    if (found.length) {
      out.push(...found);
      continue;
    }
    // Not in the report: the file holding it could not be imported, or the run stopped first.
    const collect = run?.report?.collectErrors.find((c) => c.message);
    if (problem) out.push(notRun(name, problem.message));
    else if (collect) {
      const o = notRun(name, `The tests could not be loaded: ${summarize(collect.message)}`);
      o.location = locationIn(collect.message, folder);
      o.output = collect.message;
      out.push(o);
    } else if (run && !run.report) out.push(notRun(name, `pytest did not finish normally: ${summarize(run.result.stderr || run.result.stdout) || `exit code ${run.result.code}`}`));
    else out.push(notRun(name, `The test ${name} was not found in the graded set.`));
  }
  return out;
}

function shortName(nodeid: string): string {
  return nodeid.split('::').slice(1).join('::') || nodeid;
}

function lineOfDef(main: string | undefined, fn: string | undefined): number {
  if (!main || !fn) return 1;
  const i = main.split('\n').findIndex((l) => new RegExp(`^\\s*(?:async\\s+)?def\\s+${fn}\\s*\\(`).test(l));
  return i < 0 ? 1 : i + 1;
}

function testFinding(o: TestOutcome, check: PythonCheck, lab: LabDefinition, main: string | undefined): Finding {
  const what = o.outcome === 'not run' ? o.message ?? 'not run' : `${shortName(o.nodeid)} ${o.outcome === 'error' ? 'could not run' : 'failed'}: ${firstLine(o.message)}`;
  if (o.location) return { file: o.location.file, line: o.location.line, column: 1, endLine: o.location.line, endColumn: 1, message: what };
  const line = lineOfDef(main, check.function);
  return { file: lab.mainFile, line, column: 1, endLine: line, endColumn: 1, message: what };
}

function firstLine(text: string | undefined): string {
  const t = (text ?? '').trim();
  const nl = t.indexOf('\n');
  return (nl < 0 ? t : t.slice(0, nl)).slice(0, 300);
}

function learnerSuite(run: PytestRun): { ran: number; failed: TestOutcome[]; collectError?: string } {
  const tests = (run.report?.tests ?? []).map(toOutcome);
  const collectError = run.report?.collectErrors[0]?.message;
  return { ran: tests.filter((t) => t.outcome !== 'skipped').length, failed: tests.filter((t) => t.outcome === 'failed' || t.outcome === 'error'), collectError };
}

function dataCheck(check: PythonCheck, run: PytestRun | undefined, cleanOk: boolean, lab: LabDefinition, problem: PythonGrading['problem']): { outcomes: TestOutcome[]; findings: Finding[] } {
  const dataset = check.mutant ?? check.clean!;
  // Findings of the learner's suite as a whole sit at the top of their test file.
  const file = lab.files.find((p) => p.startsWith(`${LEARNER_TESTS}/test_`)) ?? lab.mainFile;
  const atTests = (message: string): Finding[] => [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message }];
  if (!run || problem) return { outcomes: [notRun(dataset, problem?.message ?? 'not run')], findings: atTests(problem?.message ?? 'Your tests did not run.') };
  const suite = learnerSuite(run);
  const outcomes = (run.report?.tests ?? []).map(toOutcome);
  if (!run.report) return { outcomes: [notRun(dataset, 'pytest did not finish normally')], findings: atTests(`Your tests did not finish normally on ${dataset}: ${summarize(run.result.stderr || run.result.stdout)}`) };
  if (suite.collectError) return { outcomes, findings: atTests(`Your tests could not be loaded: ${summarize(suite.collectError)}`) };
  if (!suite.ran) return { outcomes, findings: atTests(`No test ran: write pytest tests (functions named test_…) in ${LEARNER_TESTS}/.`) };
  if (check.clean) {
    if (!suite.failed.length) return { outcomes, findings: [] };
    return { outcomes, findings: atTests(`On the clean dataset ${suite.failed.length} of your tests fail (${suite.failed.slice(0, 3).map((t) => shortName(t.nodeid)).join(', ')}); a check that rejects good data blocks every run.`) };
  }
  if (!cleanOk) return { outcomes, findings: atTests(`Your tests fail on the clean dataset too, so failing on ${dataset} proves nothing yet; make them pass on clean data first.`) };
  if (suite.failed.length) return { outcomes, findings: [] };
  return { outcomes, findings: atTests(`All ${suite.ran} of your tests pass on ${dataset}, which is broken: none of them catches this problem.`) };
}
