// Content checks that need the graders: every starter fails exactly its expected checks,
// every solution (overlaid on its starter) passes them all, and every check's lesson exists. Node only.
import type { Course } from '../course/model';
import type { ContentProblem } from '../course/problems';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LabDefinition } from './definition';
import { readLabFiles, type LabFile } from './labFiles';
import { readGradedSet } from './python/grade';
import type { Resolution } from './python/interpreter';
import { runPythonLab } from './python/runner';
import { checkLessonExamples } from './lessonExamples';
import { readGraderFiles, toFileInput } from './projectFiles';
import { getGrader, gradeSafely } from './registry';
import type { LabGrader, ProjectFiles } from './types';

function projectOf(files: Array<{ path: string; bytes: Uint8Array }>, grader: LabGrader): Promise<ProjectFiles> {
  const byPath = new Map(files.map((f) => [f.path, f.bytes]));
  return readGraderFiles(grader, async (p) => {
    const bytes = byPath.get(p);
    return bytes ? toFileInput(bytes, p) : { kind: 'missing' as const };
  });
}

export interface VerifyOptions {
  /** How to run the Python labs' tests; without it their starters and solutions are not run (`--no-python`). */
  python?: { resolve: () => Promise<Resolution>; runnerDir: string };
}

export async function verifyLabs(contentRoot: string, course: Course, opts: VerifyOptions = {}): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  let python: Promise<Resolution> | undefined;
  for (const lab of course.labs.values()) {
    const add = (message: string) => problems.push({ file: lab.file, line: 1, message });
    if (lab.kind === 'python') {
      if (!opts.python) continue;
      python ??= opts.python.resolve();
      problems.push(...(await verifyPythonLab(contentRoot, lab, python && (await python), opts.python?.runnerDir)));
      continue;
    }
    const grader = getGrader(lab.id);
    if (!grader) {
      add(`no grader is registered for lab "${lab.id}"`);
      continue;
    }
    for (const c of grader.checks) if (!course.lessons.has(c.lesson)) add(`check ${c.id} points at missing lesson "${c.lesson}"`);
    const starter = await readLabFiles(contentRoot, lab.id, 'starter');
    const solution = await readLabFiles(contentRoot, lab.id, 'solution');
    if (!starter.length) add('the starter folder is empty');
    const failing = gradeSafely(grader, await projectOf(starter, grader)).filter((r) => r.status === 'fail').map((r) => r.id).sort();
    const expected = [...lab.starterFails].sort();
    if (failing.join() !== expected.join()) add(`the starter fails [${failing.join(', ')}] but starterFails lists [${expected.join(', ')}]`);
    const overlaid = [...new Map([...starter, ...solution].map((f) => [f.path, f])).values()];
    const stillFailing = gradeSafely(grader, await projectOf(overlaid, grader)).filter((r) => r.status === 'fail');
    for (const r of stillFailing) add(`the reference solution fails ${r.id}: ${r.findings[0]?.message ?? ''}`);
  }
  return problems;
}

async function verifyPythonLab(contentRoot: string, lab: LabDefinition, python: Resolution | undefined, runnerDir: string | undefined): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const add = (message: string) => problems.push({ file: lab.file, line: 1, message });
  if (!python || !runnerDir) {
    add('the Python lab was not verified: no interpreter was given');
    return problems;
  }
  if (!python.ok) {
    add(`the Python lab's starter and solution could not be run: ${python.message}`);
    return problems;
  }
  const starter = await readLabFiles(contentRoot, lab.id, 'starter');
  const solution = await readLabFiles(contentRoot, lab.id, 'solution');
  if (!starter.length) add('the starter folder is empty');
  for (const t of lab.visibleTests) if (!starter.some((f) => f.path === t)) add(`visible test "${t}" is not in the starter`);
  const graded = await readGradedSet(contentRoot, lab);
  const run = async (files: LabFile[]) => {
    const dir = await mkdtemp(join(tmpdir(), 'mlops-lab-verify-'));
    try {
      for (const f of files) {
        await mkdir(dirname(join(dir, f.path)), { recursive: true });
        await writeFile(join(dir, f.path), f.bytes);
      }
      return await runPythonLab({ lab, checks: lab.checks ?? [], graded, folder: dir, python: python.python, runnerDir, readMain: () => readFile(join(dir, lab.mainFile), 'utf8') });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  const onStarter = await run(starter);
  if (onStarter.problem) add(`the starter's tests did not complete: ${onStarter.problem.message}`);
  const failing = onStarter.results.filter((r) => r.status === 'fail').map((r) => r.id).sort();
  const expected = [...lab.starterFails].sort();
  if (!onStarter.problem && failing.join() !== expected.join()) add(`the starter fails [${failing.join(', ')}] but starterFails lists [${expected.join(', ')}]`);
  const onSolution = await run([...new Map([...starter, ...solution].map((f) => [f.path, f])).values()]);
  if (onSolution.problem) add(`the reference solution's tests did not complete: ${onSolution.problem.message}`);
  for (const r of onSolution.results.filter((x) => x.status === 'fail')) add(`the reference solution fails ${r.id}: ${r.findings[0]?.message ?? ''}`);
  return problems;
}

/** Every whole-file example in a lesson passes its lab's general checks or says what it leaves out (lessonExamples.ts). */
export function verifyLessonExamples(course: Course): ContentProblem[] {
  return [...course.lessons.values()].flatMap((l) => checkLessonExamples(l.file, l.body, l.bodyLine).problems);
}
