// Grades the whole-file examples of lessons (see src/course/examples.ts) with the matching lab's grader:
// an example passes every `general` check, or lists the ones it leaves out in `omits=` and says so in the
// paragraph after the block. Pure: no I/O, no vscode.
import { parse } from 'yaml';
import { findExamples, type ExampleKind, type LessonExample } from '../course/examples';
import type { ContentProblem } from '../course/problems';
import { getGrader, gradeSafely } from './registry';
import type { CheckResult, FileInput, LabGrader } from './types';

/** The lab whose grader grades each kind of example. */
export const EXAMPLE_LABS: Readonly<Record<ExampleKind, string>> = {
  dockerfile: 'containerize-model-server',
  workflow: 'ci-for-ml',
  dvc: 'dvc-pipeline',
};

/** What the paragraph after an example with omits= must contain, so the omission is stated in words. */
export const OMISSION_WORDS = /\b(omit|omits|omitted|leaves out|left out|not shown)\b/i;

const text = (t: string): FileInput => ({ kind: 'text', text: t });
const STAND_IN_SCRIPT = text('# stand-in: the lesson does not show this script\n');

/** dvc.yaml stand-ins: params.yaml with every key the stages list, a .gitignore with every output. */
function dvcStandIns(example: string): Map<string, FileInput> {
  const out = new Map<string, FileInput>();
  let data: unknown;
  try {
    data = parse(example);
  } catch {
    return out;
  }
  const stages = (data as { stages?: unknown } | null)?.stages;
  if (!stages || typeof stages !== 'object') return out;
  const params: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const stage of Object.values(stages as Record<string, unknown>)) {
    if (!stage || typeof stage !== 'object') continue;
    const s = stage as Record<string, unknown>;
    for (const p of Array.isArray(s.params) ? s.params : []) {
      if (typeof p !== 'string') continue;
      const parts = p.split('.');
      let cur = params;
      for (const k of parts.slice(0, -1)) cur = (cur[k] ??= {}) as Record<string, unknown>;
      cur[parts[parts.length - 1]] = 1;
    }
    for (const key of ['outs', 'metrics', 'plots']) {
      for (const o of Array.isArray(s[key]) ? (s[key] as unknown[]) : []) {
        const path = typeof o === 'string' ? o : o && typeof o === 'object' ? Object.keys(o)[0] : undefined;
        if (path) ignored.push(`/${path.replace(/^\.\//, '')}`);
      }
    }
  }
  out.set('params.yaml', text(`${JSON.stringify(params)}\n`));
  out.set('.gitignore', text(`${ignored.join('\n')}\n`));
  return out;
}

/**
 * The project an example is graded in: the example at its path, and stand-ins for the files the lesson does not
 * show, written as a correct project would have them (so checks that read them judge only what the example says):
 * - Dockerfile: a pinned requirements.txt and a usual .dockerignore (app/main.py stays missing: only lab checks read it);
 * - dvc.yaml: params.yaml with every key the stages list, a .gitignore listing every output, each script the
 *   grader reads present (.dvc/config stays missing: only the lab's default-remote check reads it);
 * - a workflow: nothing else.
 */
export function exampleProject(example: LessonExample, grader: LabGrader): Map<string, FileInput> {
  const files = new Map<string, FileInput>();
  const standIns = new Map<string, FileInput>();
  if (example.kind === 'dockerfile') {
    standIns.set('requirements.txt', text('fastapi==0.115.6\nuvicorn==0.34.0\nscikit-learn==1.6.1\n'));
    standIns.set('.dockerignore', text('.git\n.venv/\ndata/\n__pycache__/\n'));
  }
  if (example.kind === 'dvc') for (const [p, f] of dvcStandIns(example.text)) standIns.set(p, f);
  const main = example.kind === 'workflow' ? grader.files[0] : example.path;
  for (const p of grader.files) {
    files.set(p, p === main ? text(example.text) : standIns.get(p) ?? (example.kind === 'dvc' && p.endsWith('.py') ? STAND_IN_SCRIPT : { kind: 'missing' }));
  }
  for (const p of grader.moreFiles?.(files) ?? []) if (!files.has(p)) files.set(p, { kind: 'missing' });
  return files;
}

export interface GradedExample {
  example: LessonExample;
  labId: string;
  results: CheckResult[];
  /** General checks the example fails. */
  failingGeneral: string[];
}

export function gradeExample(example: LessonExample): GradedExample {
  const labId = EXAMPLE_LABS[example.kind];
  const grader = getGrader(labId);
  if (!grader) return { example, labId, results: [], failingGeneral: [] };
  const results = gradeSafely(grader, exampleProject(example, grader));
  const general = new Set(grader.checks.filter((c) => c.scope === 'general').map((c) => c.id));
  return { example, labId, results, failingGeneral: results.filter((r) => r.status === 'fail' && general.has(r.id)).map((r) => r.id) };
}

/**
 * Problems with one lesson's examples: a marker that is wrong, a general check failed and not omitted, an omitted
 * check that is unknown, lab-only or passed anyway, an omission not stated in the paragraph after the block.
 */
export function checkLessonExamples(file: string, body: string, bodyLine: number): { graded: GradedExample[]; problems: ContentProblem[] } {
  const scan = findExamples(body, bodyLine, file);
  const problems = [...scan.problems];
  const graded: GradedExample[] = [];
  for (const example of scan.examples) {
    const g = gradeExample(example);
    graded.push(g);
    const grader = getGrader(g.labId);
    const add = (line: number, message: string) => problems.push({ file, line, message });
    if (!grader) {
      add(example.line, `no grader is registered for lab "${g.labId}"`);
      continue;
    }
    const what = `this ${example.path} example`;
    for (const id of g.failingGeneral) {
      if (example.omits.includes(id)) continue;
      const f = g.results.find((r) => r.id === id)?.findings[0];
      const line = f && f.file === (example.kind === 'workflow' ? grader.files[0] : example.path) ? example.line + f.line : example.line;
      add(line, `${what} fails ${id} of lab ${g.labId}: ${f?.message ?? ''} Fix the example, or add omits=${id} to the fence and say in the paragraph after it what it leaves out.`);
    }
    for (const id of example.omits) {
      const def = grader.checks.find((c) => c.id === id);
      if (!def) add(example.line, `omits=${id}: lab ${g.labId} has no such check`);
      else if (def.scope !== 'general') add(example.line, `omits=${id}: a lab-only check; examples need not pass it, so do not list it`);
      else if (!g.failingGeneral.includes(id)) add(example.line, `omits=${id}: ${what} passes this check; remove it from omits=`);
    }
    if (example.omits.length && !OMISSION_WORDS.test(example.after)) {
      add(example.line, `${what} omits ${example.omits.join(', ')}: say so in words in the paragraph right after the block (for example "...is omitted for brevity")`);
    }
  }
  return { graded, problems };
}
