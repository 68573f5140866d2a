// Helpers shared by the workflow checks: step roles (read from the shell parser), job graph, triggers,
// and `if:` conditions on the ref.
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { CheckDefinition, Finding, TextFix } from '../../types';
import { type Job, type Step, type Workflow, deref, getNode, getPair, getText, rangeOf, scalarText } from '../parse';
import { replaceFix } from '../positions';
import * as sh from '../shell';

export type Check = (wf: Workflow) => Finding[];

export interface CheckModule {
  definition: CheckDefinition;
  run: Check;
}

/** Prefix of every lab-scope message: a requirement of this lab, not a rule for every project. */
export const LAB = 'This lab asks for';

export function actionName(s: Step): string {
  const v = s.usesValue;
  const at = v.indexOf('@');
  return (at >= 0 ? v.slice(0, at) : v).toLowerCase();
}

export function usesAction(s: Step, name: string): boolean {
  const a = actionName(s);
  return a === name || a.startsWith(`${name}/`);
}

export function allSteps(wf: Workflow): Step[] {
  return wf.jobs.flatMap((j) => j.steps);
}

/** Where to point when something is missing from the whole workflow. */
export function anchor(wf: Workflow): unknown {
  if (wf.jobsKey) return wf.jobsKey;
  const first = wf.root.items[0];
  return isPair(first) ? first.key : undefined;
}

export function missing(wf: Workflow, message: string): Finding {
  return wf.pos.nodeFinding(anchor(wf), message);
}

export function stepNode(s: Step): unknown {
  return s.uses ?? s.run ?? getPair(s.node, 'name')?.key ?? s.node;
}

export function stepLabel(wf: Workflow, s: Step): string {
  const name = getText(wf.doc, s.node, 'name');
  return name ? `step "${name}"` : `step ${s.index + 1} of job \`${s.job.id}\``;
}

export function firstKey(map: unknown): unknown {
  if (!isMap(map) || map.flow) return undefined;
  const first = map.items[0];
  return isPair(first) ? first.key : undefined;
}

/** Transitive `needs` of a job (cycle-safe). */
export function ancestors(wf: Workflow, job: Job): Set<string> {
  const seen = new Set<string>();
  const stack = [...job.needs];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const j = wf.byId.get(id);
    if (j) stack.push(...j.needs);
  }
  return seen;
}

/** `a` runs before `b`: earlier step of the same job, or in a job `b`'s job waits for. */
export function runsBefore(wf: Workflow, a: Step, b: Step): boolean {
  return (a.job === b.job && a.index < b.index) || ancestors(wf, b.job).has(a.job.id);
}

export function listText(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// ---------- roles ----------

export type Role = 'lint' | 'test' | 'train' | 'build';

const LINT_ACTIONS = ['astral-sh/ruff-action', 'chartboost/ruff-action', 'jpetrucciani/ruff-check', 'py-actions/flake8', 'pre-commit/action', 'ricardochaves/python-lint', 'suo/flake8-github-action'];

/** The step's failure fails the job: no `continue-on-error: true`, no `|| true` / `--exit-zero` on the command. */
function failsOnError(s: Step, pick: (c: sh.Cmd) => boolean): boolean {
  const coe = s.node.get('continue-on-error');
  if (coe === true || String(coe) === 'true') return false;
  return sh.commands(s.runText).some((c) => pick(c) && !c.args.includes('--exit-zero') && !sh.swallowsFailure(s.runText, c));
}

export const isLint = (s: Step): boolean => LINT_ACTIONS.some((a) => usesAction(s, a)) || failsOnError(s, sh.isLintCommand);
export const isTest = (s: Step): boolean => failsOnError(s, sh.isTestCommand);
export const isTrain = (s: Step): boolean => sh.commands(s.runText).some(sh.isTrainCommand);
export const isValidate = (s: Step): boolean => sh.commands(s.runText).some(sh.isValidateCommand);
export const isBuild = (s: Step): boolean => usesAction(s, 'docker/build-push-action') || usesAction(s, 'docker/bake-action') || sh.commands(s.runText).some(sh.isDockerBuild);

const ROLE_TESTS: Record<Role, (s: Step) => boolean> = { lint: isLint, test: isTest, train: isTrain, build: isBuild };

/** A job that calls a reusable workflow: its role is read from the called file's name (we cannot see inside). */
const REUSABLE_ROLE: Record<Role, RegExp> = {
  lint: /(^|[/_-])lint/,
  test: /(^|[/_-])(unit[_-]?)?tests?([_.-]|$)/,
  train: /(^|[/_-])train/,
  build: /(^|[/_-])(build|docker|image|publish)/,
};

export const ROLE_NAMES: Record<Role, string> = {
  lint: 'the linter',
  test: 'the unit tests',
  train: 'training',
  build: 'the image build',
};

function reusableOf(wf: Workflow, job: Job): string {
  return scalarText(getNode(wf.doc, job.node, 'uses')).toLowerCase();
}

export function jobHasRole(wf: Workflow, job: Job, role: Role): boolean {
  if (job.steps.some(ROLE_TESTS[role])) return true;
  const uses = reusableOf(wf, job);
  return uses !== '' && REUSABLE_ROLE[role].test(uses.replace(/@.*$/, ''));
}

export function rolesOf(wf: Workflow, job: Job): Role[] {
  return (Object.keys(ROLE_TESTS) as Role[]).filter((r) => jobHasRole(wf, job, r));
}

/** The job playing a role: the first one, preferring jobs that do only that. */
export function roleJob(wf: Workflow, role: Role): Job | undefined {
  const cands = wf.jobs.filter((j) => jobHasRole(wf, j, role));
  return cands.find((j) => rolesOf(wf, j).length === 1) ?? cands[0];
}

export function trainStep(wf: Workflow): Step | undefined {
  const job = roleJob(wf, 'train');
  return job?.steps.find(isTrain);
}

export function noTraining(wf: Workflow, what: string): Finding {
  return missing(wf, `No step trains the model (e.g. \`python -m src.train\` or \`dvc repro\`), so ${what} cannot be checked yet. ${LAB} a \`train\` job.`);
}

// ---------- triggers and ref conditions ----------

export type Events = Map<string, unknown>;

export function events(wf: Workflow): Events {
  const out: Events = new Map();
  const on = deref(wf.doc, getPair(wf.root, 'on')?.value);
  if (isScalar(on)) out.set(scalarText(on), undefined);
  else if (isSeq(on)) for (const it of on.items) out.set(scalarText(deref(wf.doc, it)), undefined);
  else if (isMap(on)) for (const it of on.items) if (isPair(it) && isScalar(it.key)) out.set(String(it.key.value), deref(wf.doc, it.value));
  return out;
}

export function branchFilter(wf: Workflow, cfg: unknown, key: string): string[] | undefined {
  if (!isMap(cfg)) return undefined;
  const n = getNode(wf.doc, cfg, key);
  if (n === undefined) return undefined;
  if (isSeq(n)) return n.items.map((i) => scalarText(deref(wf.doc, i)));
  return [scalarText(n)];
}

export const MAIN_BRANCHES = new Set(['main', 'master']);

/** A branch filter entry that names one branch exactly (no glob characters, no `!` negation). */
const LITERAL_BRANCH = /^[^*?[\]!+\s]+$/;

/**
 * The push trigger only fires for main, for tags, or for branches named one by one (`branches: [develop]`): a
 * deliberate deploy or staging branch is not "every branch", and pull requests cannot reach it.
 */
function pushOnlyMainOrTags(wf: Workflow, cfg: unknown): boolean {
  const branches = branchFilter(wf, cfg, 'branches');
  const tags = branchFilter(wf, cfg, 'tags');
  if (branches) return branches.length > 0 && branches.every((b) => MAIN_BRANCHES.has(b) || LITERAL_BRANCH.test(b));
  if (branchFilter(wf, cfg, 'branches-ignore')) return false;
  return tags !== undefined; // tags only
}

/** Events that only run on main (or tags, releases, the default branch). `workflow_dispatch` is started by people with write access. */
const SAFE_EVENTS = new Set(['schedule', 'release', 'workflow_run', 'repository_dispatch', 'workflow_dispatch', 'registry_package', 'deployment']);

/** Events on which the workflow can run from a ref that is not main: unreviewed code. */
export function unsafeEvents(wf: Workflow): string[] {
  const out: string[] = [];
  for (const [e, cfg] of events(wf)) {
    if (e === 'push') {
      if (!pushOnlyMainOrTags(wf, cfg)) out.push(e);
    } else if (e === 'workflow_call') {
      // The caller decides; we cannot see it.
    } else if (!SAFE_EVENTS.has(e) && e !== '') out.push(e);
  }
  return out;
}

type Verdict = 'safe' | 'unsafe' | 'unknown';

function splitTop(expr: string, op: '||' | '&&'): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let last = 0;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && expr.startsWith(op, i)) {
      out.push(expr.slice(last, i));
      last = i + op.length;
      i++;
    }
  }
  out.push(expr.slice(last));
  return out.map((s) => s.trim());
}

function stripParens(s: string): string {
  let t = s.trim();
  while (t.startsWith('(') && t.endsWith(')') && splitTop(t.slice(1, -1), '||').length >= 1) {
    const inner = t.slice(1, -1);
    let depth = 0;
    let ok = true;
    for (const ch of inner) {
      if (ch === '(') depth++;
      else if (ch === ')' && --depth < 0) ok = false;
    }
    if (!ok) break;
    t = inner.trim();
  }
  return t;
}

const STR = `(?:'([^']*)'|"([^"]*)")`;

function comparison(s: string, left: string): { op: string; value: string } | undefined {
  const a = new RegExp(`^${left}\\s*(==|!=)\\s*${STR}$`, 'i').exec(s);
  if (a) return { op: a[1]!, value: a[2] ?? a[3] ?? '' };
  const b = new RegExp(`^${STR}\\s*(==|!=)\\s*${left}$`, 'i').exec(s);
  if (b) return { op: b[3]!, value: b[1] ?? b[2] ?? '' };
  return undefined;
}

function conjunct(wf: Workflow, raw: string): Verdict {
  const s = stripParens(raw);
  if (/^(true|success\(\)|always\(\)|!cancelled\(\))$/i.test(s)) return 'unsafe';
  if (/^false$/i.test(s)) return 'safe';
  const ref = comparison(s, 'github\\.ref');
  if (ref) {
    const ok = ref.value.startsWith('refs/tags/') || (ref.value.startsWith('refs/heads/') && MAIN_BRANCHES.has(ref.value.slice(11)));
    return ref.op === '==' && ok ? 'safe' : 'unsafe';
  }
  const name = comparison(s, 'github\\.ref_name');
  if (name) return name.op === '==' && MAIN_BRANCHES.has(name.value) ? 'safe' : 'unsafe';
  const type = comparison(s, 'github\\.ref_type');
  if (type) return type.op === '==' && type.value === 'tag' ? 'safe' : 'unsafe';
  if (/^startsWith\(\s*github\.ref\s*,\s*(?:'refs\/tags\/[^']*'|"refs\/tags\/[^"]*")\s*\)$/i.test(s)) return 'safe';
  if (/^startsWith\(\s*github\.ref/i.test(s)) return 'unsafe';
  if (/^github\.ref(_name)?\s*==\s*(format\(\s*'refs\/heads\/\{0\}'\s*,\s*)?github\.event\.repository\.default_branch\)?$/i.test(s)) return 'safe';
  const ev = comparison(s, 'github\\.event_name');
  if (ev) {
    const unsafe = unsafeEvents(wf);
    if (ev.op === '==') return unsafe.includes(ev.value) ? 'unsafe' : 'safe';
    return unsafe.every((e) => e === ev.value) ? 'safe' : 'unsafe';
  }
  if (/^github\.event\.pull_request\.merged\s*==\s*true$/i.test(s)) return 'safe';
  if (/github\.(ref|head_ref|base_ref|event_name)\b/.test(s)) return 'unknown';
  return 'unknown';
}

/**
 * Whether a condition (`if:` text or `${{ }}` value) limits a step to main or tags: `safe` when every way it can be
 * true does, `unsafe` when we can show it is true on other refs, `unknown` for expressions we do not understand.
 */
export function refCondition(wf: Workflow, text: string): Verdict {
  let expr = text.trim();
  if (expr === '') return 'unsafe';
  const m = /^\$\{\{([\s\S]*)\}\}$/.exec(expr);
  if (m) expr = m[1]!.trim();
  else if (expr.includes('${{')) return 'unknown';
  let result: Verdict = 'safe';
  for (const d of splitTop(expr, '||')) {
    const parts = splitTop(stripParens(d), '&&').map((c) => conjunct(wf, c));
    const v: Verdict = parts.includes('safe') ? 'safe' : parts.includes('unknown') ? 'unknown' : 'unsafe';
    if (v === 'unsafe') return 'unsafe';
    if (v === 'unknown') result = 'unknown';
  }
  return result;
}

// ---------- text fixes ----------

/** Insert `key: value` text after a single-line value, as a sibling key at `keyNode`'s column. */
export function insertAfterValueFix(wf: Workflow, keyNode: unknown, valueNode: unknown, keyText: string, title: string): TextFix | undefined {
  const k = rangeOf(keyNode);
  const v = rangeOf(valueNode);
  if (!k || !v) return undefined;
  const a = wf.pos.lineCol(k[0]);
  const b = wf.pos.lineCol(v[1]);
  if (a.line !== b.line) return undefined;
  const lineStart = k[0] - (a.col - 1);
  if (!/^[ -]*$/.test(wf.pos.text.slice(lineStart, k[0]))) return undefined;
  const indent = ' '.repeat(a.col - 1);
  const body = keyText
    .split('\n')
    .map((l) => indent + l)
    .join('\n');
  return replaceFix(wf.pos, v[1], v[1], `\n${body}`, title);
}

/** Environment visible to a step: workflow, job and step `env:` (later wins). */
export function envOf(wf: Workflow, s: Step): Map<string, string> {
  const out = new Map<string, string>();
  const add = (m: unknown) => {
    if (!isMap(m)) return;
    for (const it of m.items) if (isPair(it) && isScalar(it.key)) out.set(String(it.key.value), scalarText(deref(wf.doc, it.value)));
  };
  add(getNode(wf.doc, wf.root, 'env'));
  add(getNode(wf.doc, s.job.node, 'env'));
  add(s.env);
  return out;
}

/** A finding on part of a `run:` script (offsets in the script's value), mapped back to the file text. */
export function runFinding(wf: Workflow, s: Step, start: number, end: number, message: string): Finding {
  const r = rangeOf(s.run);
  if (!r) return wf.pos.nodeFinding(stepNode(s), message);
  const src = wf.pos.text.slice(r[0], r[1]);
  const piece = s.runText.slice(start, end).split('\n')[0]!.trimEnd();
  // Count earlier occurrences so the n-th occurrence in the value maps to the n-th in the source.
  let n = 0;
  for (let i = s.runText.indexOf(piece); i >= 0 && i < start; i = s.runText.indexOf(piece, i + 1)) n++;
  let at = -1;
  for (let k = 0, from = 0; k <= n; k++) {
    at = src.indexOf(piece, from);
    if (at < 0) break;
    from = at + 1;
  }
  if (piece === '' || at < 0) return wf.pos.nodeFinding(s.run, message);
  return wf.pos.offsetFinding(r[0] + at, r[0] + at + piece.length, message);
}
