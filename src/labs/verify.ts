// Content checks that need the graders: every starter fails exactly its expected checks,
// every solution (overlaid on its starter) passes them all, and every check's lesson exists. Node only.
import type { Course } from '../course/model';
import type { ContentProblem } from '../course/problems';
import { readLabFiles } from './labFiles';
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

export async function verifyLabs(contentRoot: string, course: Course): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const lab of course.labs.values()) {
    const add = (message: string) => problems.push({ file: lab.file, line: 1, message });
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

/** Every whole-file example in a lesson passes its lab's general checks or says what it leaves out (lessonExamples.ts). */
export function verifyLessonExamples(course: Course): ContentProblem[] {
  return [...course.lessons.values()].flatMap((l) => checkLessonExamples(l.file, l.body, l.bodyLine).problems);
}
