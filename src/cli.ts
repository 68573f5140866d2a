// Command-line entry: `mlops-lab content check|export`, and the lab commands. Runs in plain Node.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { planScaffold, readLabFiles } from './labs/labFiles';
import { readGraderFiles, readProjectFile } from './labs/projectFiles';
import { jsonReport, textReport } from './labs/report';
import { verifyLabs, verifyLessonExamples } from './labs/verify';
import { diskSource } from './course/diskSource';
import { loadCourse } from './course/load';
import { formatProblem } from './course/problems';
import { groupFollowOns, placeLabProblems } from './course/rootCauses';
import { ageWarnings, parseDay } from './course/verified';
import { exportCourse } from './course/export';
import type { LabDefinition } from './labs/definition';
import { gradePythonFolder } from './labs/python/grade';
import { resolveInterpreter } from './labs/python/interpreter';

const USAGE = `Usage:
  mlops-lab content check [folder] [--today=YYYY-MM-DD] [--python <path> | --no-python]
                                          validate course content (default: the bundled content/);
                                          warn on facts verified more than a year before today;
                                          runs the Python labs' starters and solutions (not with --no-python)
  mlops-lab content export --json         print the whole course as JSON
  mlops-lab labs                          list the labs: id, then title
  mlops-lab scaffold <lab-id> <folder>    write a lab's starter project (never overwrites)
  mlops-lab check <lab-id> [folder] [--json] [--python <path>]
                                          grade a project; exit 0 all pass, 1 any fail, 2 usage/unreadable,
                                          or (Python labs) no usable Python, or the tests timed out
  --python <path>                         the interpreter for Python labs; default: the first python3 or
                                          python on PATH that has numpy, pandas, scipy, pytest, PyYAML
  mlops-lab help                          show this help`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The day `content check` measures the age of verified facts from (tests inject it); default: the clock. */
  today?: Date;
}

// The course shipped next to dist/; MLOPS_LAB_CONTENT points elsewhere (tests, course authors).
const defaultContent = () => process.env.MLOPS_LAB_CONTENT ?? resolve(__dirname, '..', 'content');
// The pytest plugin the Python labs run with, shipped beside content/.
const runnerDir = () => process.env.MLOPS_LAB_RUNNER ?? resolve(defaultContent(), '..', 'resources', 'python');

/** Takes `--python <path>` (or `--python=<path>`) out of `args`; `error` when the value is missing. */
function takePython(args: string[]): { python?: string; rest: string[]; error?: string } {
  const rest: string[] = [];
  let python: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--python') {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('-')) return { rest, error: '--python needs a path: --python /usr/bin/python3' };
      python = v;
      i++;
    } else if (a.startsWith('--python=')) python = a.slice('--python='.length);
    else rest.push(a);
  }
  return { python, rest };
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [group, cmd, ...rest] = argv;
  if (!group || group === 'help' || group === '--help' || group === '-h') {
    io.out(USAGE);
    return group ? 0 : 2;
  }
  if (group === 'content' && cmd === 'check') {
    const py = takePython(rest);
    if (py.error) {
      io.err(py.error);
      return 2;
    }
    const folder = py.rest.find((a) => !a.startsWith('-')) ?? defaultContent();
    const course = await loadCourse(diskSource(folder));
    const skipPython = py.rest.includes('--no-python');
    const python = skipPython ? undefined : { resolve: () => resolveInterpreter({ explicit: py.python }), runnerDir: runnerDir() };
    if (skipPython) io.err('--no-python: the Python labs\' starters and solutions were not run (their lab.yaml and checks.yaml were checked)');
    // The checks that need the graders add problems of their own: group and place them like the loader's.
    course.problems = placeLabProblems(
      groupFollowOns([...course.problems, ...(await verifyLabs(folder, course, { python })), ...verifyLessonExamples(course)], course.unloadedLessons),
      (file) => {
        try {
          return readFileSync(join(folder, file), 'utf8');
        } catch {
          return undefined;
        }
      },
    );
    const todayArg = py.rest.find((a) => a.startsWith('--today='))?.slice('--today='.length);
    const today = todayArg !== undefined ? parseDay(todayArg) : io.today ?? new Date();
    if (!today) {
      io.err(`--today needs a date YYYY-MM-DD, not "${todayArg}"`);
      return 2;
    }
    const warnings = ageWarnings(course.verified, today);
    for (const w of warnings) io.err(`${resolve(folder, w.file)}:${w.line}: warning: ${w.message}`);
    if (warnings.length) io.err(`${warnings.length} warning(s): facts to re-check (they do not fail the check)`);
    if (course.problems.length) {
      for (const p of course.problems) io.err(`${resolve(folder, p.file)}:${formatProblem(p).slice(p.file.length + 1)}`);
      io.err(`${course.problems.length} problem(s) in ${folder}`);
      return 1;
    }
    io.out(`content OK: ${course.topics.length} topics, ${course.lessons.size} lessons, ${course.quizzes.size} quizzes, ${course.labs.size} labs (${folder})`);
    return 0;
  }
  if (group === 'content' && cmd === 'export') {
    if (!rest.includes('--json')) {
      io.err('content export needs --json (the only format so far)');
      return 2;
    }
    const folder = rest.find((a) => !a.startsWith('-')) ?? defaultContent();
    const course = await loadCourse(diskSource(folder));
    const { getGrader } = await import('./labs/registry');
    io.out(JSON.stringify(exportCourse(course, (id) => (getGrader(id)?.checks ?? course.labs.get(id)?.checks ?? []).map((c) => ({ id: c.id, title: c.title, lesson: c.lesson }))), null, 2));
    return course.problems.length ? 1 : 0;
  }
  if (group === 'labs') {
    const course = await loadCourse(diskSource(defaultContent()));
    for (const lab of course.labs.values()) io.out(`${lab.id}\t${lab.title}`);
    return 0;
  }
  if (group === 'scaffold') return scaffold(cmd, rest[0], io);
  if (group === 'check') return check(cmd, [...rest], io);
  io.err(`Unknown command: ${argv.join(' ')}\n${USAGE}`);
  return 2;
}

async function findLab(labId: string | undefined, io: CliIo) {
  const course = await loadCourse(diskSource(defaultContent()));
  const lab = labId ? course.labs.get(labId) : undefined;
  if (!lab) {
    io.err(`${labId ? `Unknown lab "${labId}"` : 'Missing lab id'}. Labs: ${[...course.labs.keys()].join(', ')}`);
    return undefined;
  }
  return lab;
}

async function scaffold(labId: string | undefined, folder: string | undefined, io: CliIo): Promise<number> {
  const lab = await findLab(labId, io);
  if (!lab) return 2;
  if (!folder) {
    io.err('scaffold needs a folder: mlops-lab scaffold <lab-id> <folder>');
    return 2;
  }
  const target = resolve(folder);
  const files = await readLabFiles(defaultContent(), lab.id, 'starter');
  const plan = planScaffold(files, (p) => existsSync(join(target, p)));
  if (plan.conflicts.length) {
    io.err(`Refusing to overwrite existing files in ${target}:\n${plan.conflicts.map((f) => `  ${f.path}`).join('\n')}`);
    return 1;
  }
  try {
    for (const f of plan.create) {
      mkdirSync(dirname(join(target, f.path)), { recursive: true });
      writeFileSync(join(target, f.path), f.bytes, { flag: 'wx' }); // wx: fail rather than overwrite a file created meanwhile
    }
  } catch (e) {
    io.err(`Could not write the starter into ${target}: ${(e as Error).message}`);
    return 2;
  }
  io.out(`Wrote ${plan.create.length} files of "${lab.title}" into ${target}. Edit ${lab.mainFile}, then run: mlops-lab check ${lab.id} ${folder}`);
  return 0;
}

async function check(labId: string | undefined, args: string[], io: CliIo): Promise<number> {
  const py = takePython(args);
  if (py.error) {
    io.err(py.error);
    return 2;
  }
  const rest = py.rest;
  const json = rest.includes('--json');
  const unknown = rest.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length) {
    io.err(`Unknown option ${unknown[0]}\n${USAGE}`);
    return 2;
  }
  const lab = await findLab(labId, io);
  if (!lab) return 2;
  const folder = resolve(rest.find((a) => !a.startsWith('-')) ?? '.');
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    io.err(`Not a folder: ${folder}`);
    return 2;
  }
  if (lab.kind === 'python') return checkPython(lab, folder, py.python, json, io);
  const { getGrader, gradeSafely } = await import('./labs/registry');
  const grader = getGrader(lab.id)!;
  const results = gradeSafely(grader, await readGraderFiles(grader, (p) => readProjectFile(folder, p)));
  io.out(json ? JSON.stringify(jsonReport(grader, results), null, 2) : textReport(grader, results));
  return results.every((r) => r.status === 'pass') ? 0 : 1;
}

async function checkPython(lab: LabDefinition, folder: string, explicit: string | undefined, json: boolean, io: CliIo): Promise<number> {
  const python = await resolveInterpreter({ explicit });
  if (!python.ok) {
    io.err(python.message);
    return 2;
  }
  const grading = await gradePythonFolder(lab, folder, { contentRoot: defaultContent(), runnerDir: runnerDir(), python: python.python });
  const checks = lab.checks ?? [];
  const shape = { labId: lab.id, checks };
  if (json) io.out(JSON.stringify({ ...jsonReport(shape, grading.results), python: python.python, ...(grading.problem ? { problem: grading.problem.message } : {}) }, null, 2));
  else {
    io.out(`Python: ${python.python} (${python.version})`);
    io.out(textReport(shape, grading.results));
  }
  if (grading.problem) {
    io.err(grading.problem.message);
    return 2;
  }
  return grading.results.every((r) => r.status === 'pass') ? 0 : 1;
}

if (require.main === module) {
  // process.exitCode, not process.exit(): writes to a pipe are asynchronous, and exiting at once cut
  // `content export --json | …` at 64–128 KiB. Node exits by itself once stdout and stderr have drained.
  runCli(process.argv.slice(2), { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((e: unknown) => {
      process.stderr.write(`mlops-lab: ${(e as Error).message}\n`);
      process.exitCode = 2;
    });
}
