// Command-line entry: `mlops-lab content check|export`, and the lab commands. Runs in plain Node.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { planScaffold, readLabFiles } from './labs/labFiles';
import { readGraderFiles, readProjectFile } from './labs/projectFiles';
import { jsonReport, textReport, compactChecklist } from './labs/report';
import type { GradingReport } from './labs/formats/subject';
import { sarifReport } from './labs/formats/sarif';
import { junitReport } from './labs/formats/junit';
import { githubAnnotations } from './labs/formats/githubAnnotations';
import { watchAndGrade } from './labs/watch';
import { version as packageVersion } from '../package.json';
import { verifyLabs, verifyLessonExamples } from './labs/verify';
import { diskSource } from './course/diskSource';
import { loadCourse } from './course/load';
import { formatProblem } from './course/problems';
import { groupFollowOns, placeLabProblems } from './course/rootCauses';
import { ageWarnings, parseDay } from './course/verified';
import { exportCourse } from './course/export';
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
  mlops-lab check <lab-id> [folder] [--format json|sarif|junit|github] [--report FORMAT=FILE]...
                 [--relative-to <dir>] [--python <path>]
                                          grade a project; exit 0 all pass, 1 any fail, 2 usage/unreadable,
                                          or (Python labs) no usable Python, or the tests timed out
  --format <f>                            print the grading as JSON, SARIF 2.1.0, JUnit XML or GitHub
                                          workflow commands (annotations) instead of text (--format text, the
                                          default); --json = --format json
  --report <f>=<file>                     also write the grading to a file in that format (repeatable)
  --relative-to <dir>                     paths in reports relative to <dir> (e.g. the repository root in CI),
                                          not to the lab folder
  mlops-lab check <lab-id> [folder] --watch
                                          grade now and again on every save; a compact checklist; Ctrl-C stops
  --python <path>                         the interpreter for Python labs; default: the first python3 or
                                          python on PATH that has numpy, pandas, scipy, pytest, PyYAML
  mlops-lab help                          show this help`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The day `content check` measures the age of verified facts from (tests inject it); default: the clock. */
  today?: Date;
  /** `check --watch` stops when this aborts; default: the first Ctrl-C (SIGINT) or SIGTERM. */
  interrupt?: AbortSignal;
  /** Whether output goes to a terminal: `check --watch` clears the screen before each checklist only then. */
  isTTY?: boolean;
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

async function findLabInCourse(labId: string | undefined, io: CliIo) {
  const course = await loadCourse(diskSource(defaultContent()));
  const lab = labId ? course.labs.get(labId) : undefined;
  if (!lab) {
    io.err(`${labId ? `Unknown lab "${labId}"` : 'Missing lab id'}. Labs: ${[...course.labs.keys()].join(', ')}`);
    return undefined;
  }
  return { lab, lessonTitles: new Map([...course.lessons.values()].map((l) => [l.id, l.title])) };
}

async function scaffold(labId: string | undefined, folder: string | undefined, io: CliIo): Promise<number> {
  const lab = (await findLabInCourse(labId, io))?.lab;
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

const FORMATS = ['json', 'sarif', 'junit', 'github'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (f: string): f is Format => (FORMATS as readonly string[]).includes(f);
const formatError = (f: string) => `Unknown format "${f}": use one of ${FORMATS.join(', ')}, or text (the default)`;

interface CheckArgs {
  format?: Format;
  /** Further reports written to files: `--report sarif=out.sarif`. */
  reports: Array<{ format: Format; file: string }>;
  relativeTo?: string;
  watch: boolean;
  positional: string[];
}

/** `check`'s options; an error names the bad one. */
function parseCheckArgs(args: string[]): CheckArgs | { error: string } {
  const out: CheckArgs = { reports: [], watch: false, positional: [] };
  const value = (i: number, name: string): string | { error: string } => {
    const a = args[i];
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
    const v = args[i + 1];
    return v === undefined || v.startsWith('-') ? { error: `${name} needs a value` } : v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const named = a.split('=')[0];
    if (a === '--json') {
      if (out.format && out.format !== 'json') return { error: `--json and --format ${out.format} ask for two formats; pick one` };
      out.format = 'json';
    } else if (named === '--format' || named === '--report' || named === '--relative-to') {
      const v = value(i, named);
      if (typeof v !== 'string') return v;
      if (!a.includes('=')) i++;
      if (named === '--format') {
        if (v === 'text') continue; // the default, said out loud
        if (!isFormat(v)) return { error: formatError(v) };
        if (out.format && out.format !== v) return { error: `--format ${out.format} and --format ${v} ask for two formats; pick one (--report writes more to files)` };
        out.format = v;
      } else if (named === '--report') {
        const eq = v.indexOf('=');
        const f = eq < 0 ? v : v.slice(0, eq);
        if (eq < 1 || eq === v.length - 1) return { error: `--report needs FORMAT=FILE, e.g. --report sarif=results.sarif (not "${v}")` };
        if (!isFormat(f)) return { error: formatError(f) };
        out.reports.push({ format: f, file: v.slice(eq + 1) });
      } else out.relativeTo = v;
    } else if (a === '--watch') out.watch = true;
    else if (a.startsWith('-')) return { error: `Unknown option ${a}` };
    else out.positional.push(a);
  }
  if (out.watch && (out.format || out.reports.length)) return { error: '--watch prints a checklist for a person; it takes no --format, --json or --report' };
  return out;
}

/** One grading of a lab in a folder, whatever its kind. */
interface Graded {
  report: GradingReport;
  /** Python labs: the interpreter that ran the tests. */
  python?: { path: string; version: string };
  /** The exit code: 0 all pass, 1 any fail, 2 the grading could not run (Python labs). */
  code: number;
}

async function check(labId: string | undefined, args: string[], io: CliIo): Promise<number> {
  const py = takePython(args);
  if (py.error) {
    io.err(py.error);
    return 2;
  }
  const parsed = parseCheckArgs(py.rest);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  const found = await findLabInCourse(labId, io);
  if (!found) return 2;
  const { lab, lessonTitles } = found;
  const folder = resolve(parsed.positional[0] ?? '.');
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    io.err(`Not a folder: ${folder}`);
    return 2;
  }
  const root = resolve(parsed.relativeTo ?? folder);
  const rel = relative(root, folder);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    io.err(`--relative-to ${root} must be the lab folder or a folder above it (${folder})`);
    return 2;
  }
  const pathPrefix = rel ? `${rel.split(sep).join('/')}/` : '';
  let grade: (signal?: AbortSignal) => Promise<Graded>;
  let header = '';
  if (lab.kind === 'python') {
    const python = await resolveInterpreter({ explicit: py.python });
    if (!python.ok) {
      io.err(python.message);
      return 2;
    }
    header = `Python: ${python.python} (${python.version})`;
    grade = async (signal) => {
      const g = await gradePythonFolder(lab, folder, { contentRoot: defaultContent(), runnerDir: runnerDir(), python: python.python, signal });
      const missing = new Set(lab.files.filter((f) => !existsSync(join(folder, ...f.split('/')))));
      const report: GradingReport = { labId: lab.id, labTitle: lab.title, checks: lab.checks ?? [], results: g.results, missing, pathPrefix, lessonTitles, problem: g.problem?.message };
      return { report, python: { path: python.python, version: python.version }, code: g.problem ? 2 : g.results.every((r) => r.status === 'pass') ? 0 : 1 };
    };
  } else {
    const { getGrader, gradeSafely } = await import('./labs/registry');
    const grader = getGrader(lab.id)!;
    grade = async () => {
      const files = await readGraderFiles(grader, (p) => readProjectFile(folder, p));
      const results = gradeSafely(grader, files);
      const missing = new Set([...files].filter(([, f]) => f.kind === 'missing').map(([p]) => p));
      const report: GradingReport = { labId: lab.id, labTitle: lab.title, checks: grader.checks, results, missing, pathPrefix, lessonTitles };
      return { report, code: results.every((r) => r.status === 'pass') ? 0 : 1 };
    };
  }
  if (parsed.watch) return watchLab(folder, grade, header, io);

  const g = await grade();
  const rootUri = `${pathToFileURL(root).href.replace(/\/?$/, '/')}`;
  for (const r of parsed.reports) {
    const file = resolve(r.file);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, render(r.format, g, rootUri));
    } catch (e) {
      io.err(`Could not write the ${r.format} report to ${file}: ${(e as Error).message}`);
      return 2;
    }
  }
  if (parsed.format) io.out(render(parsed.format, g, rootUri).replace(/\n$/, ''));
  else {
    if (header) io.out(header);
    io.out(textReport(g.report, g.report.results));
  }
  if (g.report.problem) io.err(g.report.problem);
  return g.code;
}

const TOOL = { name: 'MLOps Lab', version: packageVersion };

function render(format: Format, g: Graded, rootUri: string): string {
  switch (format) {
    case 'json': {
      const base = jsonReport(g.report, g.report.results);
      const extra = g.python ? { python: g.python.path, ...(g.report.problem ? { problem: g.report.problem } : {}) } : {};
      return `${JSON.stringify({ ...base, ...extra }, null, 2)}\n`;
    }
    case 'sarif':
      return `${JSON.stringify(sarifReport(g.report, TOOL, { rootUri }), null, 2)}\n`;
    case 'junit':
      return junitReport(g.report, TOOL);
    case 'github': {
      const lines = githubAnnotations(g.report);
      const passed = g.report.results.filter((r) => r.status === 'pass').length;
      return `${[...lines, `${passed}/${g.report.results.length} checks pass (${g.report.labId})`].join('\n')}\n`;
    }
  }
}

async function watchLab(folder: string, grade: (signal?: AbortSignal) => Promise<Graded>, header: string, io: CliIo): Promise<number> {
  const stop = io.interrupt ?? interruptSignal();
  const clear = io.isTTY ? '\x1b[2J\x1b[3J\x1b[H' : '';
  const watching = watchAndGrade({
    folder,
    grade: async (signal) => {
      const g = await grade(signal);
      if (signal.aborted) return '';
      const lines = [compactChecklist(g.report, new Date())];
      if (header) lines.unshift(header);
      lines.push(`Watching ${folder} for saves (Ctrl-C to stop)`);
      return lines.join('\n');
    },
    print: (text) => io.out(`${clear}${text}`),
  });
  await new Promise<void>((done) => (stop.aborted ? done() : stop.addEventListener('abort', () => done(), { once: true })));
  await watching.close();
  io.out('Stopped watching.');
  return 0;
}

/** Aborts on the first Ctrl-C (SIGINT) or SIGTERM, so watching ends cleanly with exit code 0. */
function interruptSignal(): AbortSignal {
  const c = new AbortController();
  const onSignal = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    c.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return c.signal;
}

if (require.main === module) {
  // A reader that stops early (`mlops-lab check … | head`) closes the pipe: stop quietly instead of a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  // process.exitCode, not process.exit(): writes to a pipe are asynchronous, and exiting at once cut
  // `content export --json | …` at 64–128 KiB. Node exits by itself once stdout and stderr have drained.
  runCli(process.argv.slice(2), { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`), isTTY: process.stdout.isTTY === true })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((e: unknown) => {
      process.stderr.write(`mlops-lab: ${(e as Error).message}\n`);
      process.exitCode = 2;
    });
}
