// Command-line entry: `mlops-lab content check|export`, and the lab commands. Runs in plain Node.
import { resolve } from 'node:path';
import { diskSource } from './course/diskSource';
import { loadCourse } from './course/load';
import { formatProblem } from './course/problems';
import { exportCourse } from './course/export';

const USAGE = `Usage:
  mlops-lab content check [folder]     validate course content (default: the bundled content/)
  mlops-lab content export --json      print the whole course as JSON
  mlops-lab help                       show this help`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const defaultContent = () => resolve(__dirname, '..', 'content');

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [group, cmd, ...rest] = argv;
  if (!group || group === 'help' || group === '--help' || group === '-h') {
    io.out(USAGE);
    return group ? 0 : 2;
  }
  if (group === 'content' && cmd === 'check') {
    const folder = rest.find((a) => !a.startsWith('-')) ?? defaultContent();
    const course = await loadCourse(diskSource(folder));
    if (course.problems.length) {
      for (const p of course.problems) io.err(`${resolve(folder, p.file)}:${formatProblem(p).slice(p.file.length + 1)}`);
      io.err(`${course.problems.length} problem(s) in ${folder}`);
      return 1;
    }
    io.out(`content OK: ${course.topics.length} topics, ${course.lessons.size} lessons (${folder})`);
    return 0;
  }
  if (group === 'content' && cmd === 'export') {
    if (!rest.includes('--json')) {
      io.err('content export needs --json (the only format so far)');
      return 2;
    }
    const folder = rest.find((a) => !a.startsWith('-')) ?? defaultContent();
    const course = await loadCourse(diskSource(folder));
    io.out(JSON.stringify(exportCourse(course), null, 2));
    return course.problems.length ? 1 : 0;
  }
  io.err(`Unknown command: ${argv.join(' ')}\n${USAGE}`);
  return 2;
}

if (require.main === module) {
  runCli(process.argv.slice(2), { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) })
    .then((code) => process.exit(code))
    .catch((e: unknown) => {
      process.stderr.write(`mlops-lab: ${(e as Error).message}\n`);
      process.exit(2);
    });
}
