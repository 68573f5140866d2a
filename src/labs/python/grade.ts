// A Python lab graded in a folder on disk: the content's graded set, the interpreter, the runner. Node only.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LabDefinition } from '../definition';
import { readLabFiles } from '../labFiles';
import type { GradedFile, PythonGrading } from './runner';
import { runPythonLab } from './runner';

/** graded/ and the lab's visible tests, as the content has them (never the learner's copies). */
export async function readGradedSet(contentRoot: string, lab: LabDefinition): Promise<GradedFile[]> {
  const graded = (await readLabFiles(contentRoot, lab.id, 'graded')).map((f) => ({ path: `graded/${f.path}`, bytes: f.bytes }));
  const starter = await readLabFiles(contentRoot, lab.id, 'starter');
  const visible = lab.visibleTests.flatMap((t) => starter.filter((f) => f.path === t).map((f) => ({ path: `visible/${f.path}`, bytes: f.bytes })));
  return [...graded, ...visible];
}

export interface GradeInFolderOptions {
  contentRoot: string;
  runnerDir: string;
  python: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export async function gradePythonFolder(lab: LabDefinition, folder: string, opts: GradeInFolderOptions): Promise<PythonGrading> {
  return runPythonLab({
    lab, checks: lab.checks ?? [], graded: await readGradedSet(opts.contentRoot, lab), folder,
    python: opts.python, runnerDir: opts.runnerDir, timeoutMs: opts.timeoutMs, signal: opts.signal,
    readMain: () => readFile(join(folder, lab.mainFile), 'utf8'),
  });
}
