// docker.pinned-requirements: the requirements.txt the image installs from pins each package to one release.
// When the Dockerfile installs from a lock file instead (uv sync, poetry install, pipenv, pdm, conda env files) or
// applies a constraints file (-c), requirements.txt is not what decides the versions, and is not graded; nor is a
// missing requirements.txt when the Dockerfile installs from no requirement file at all (packages named with ==
// are judged by docker.requirements-first) or only from other requirement files (app/requirements.txt), which this
// grader does not read; and requirement files generated in the build (poetry export in a builder stage, then
// COPY --from) take their versions from the lock file.
import type { Instruction } from 'dockerfile-ast';
import { readText, REQUIREMENTS } from '../context';
import { dependencyInstall, type DependencyInstall } from '../installs';
import { chainOf, stageIndexOf } from '../model';
import { copySources, hasFlag, normalizePath, resolveAt, type ParsedDockerfile } from '../parse';
import { textFix, finding } from '../positions';
import { parseRequirements } from '../python';
import { progName, programOf, shellOf, type DCommand } from '../shell';
import { of, type CheckFn, type DockerCheck } from './shared';

function baseName(path: string): string {
  const n = normalizePath(path);
  return n.slice(n.lastIndexOf('/') + 1);
}

const OUTPUT_OPTIONS = ['-o', '--output', '--output-file'];

/**
 * Whether `cmd` writes a requirement file called `base` from a lock or an input file: poetry/uv/pdm export,
 * uv pip compile, pip-compile, pipenv requirements (to -o/--output, or to stdout, which a redirect saves).
 */
function exportsTo(cmd: DCommand, base: string): boolean {
  const w = programOf(cmd);
  const prog = progName(w);
  const sub = w[1]?.text;
  const exporting = ((prog === 'poetry' || prog === 'uv' || prog === 'pdm') && sub === 'export') || (prog === 'uv' && sub === 'pip' && w[2]?.text === 'compile')
    || prog === 'pip-compile' || (prog === 'pipenv' && sub === 'requirements');
  if (!exporting) return false;
  for (let i = 1; i < w.length; i++) {
    const v = w[i].text;
    if (OUTPUT_OPTIONS.includes(v) && w[i + 1]) return baseName(w[i + 1].text) === base;
    const eq = OUTPUT_OPTIONS.find((o) => o.startsWith('--') && v.startsWith(o + '='));
    if (eq) return baseName(v.slice(eq.length + 1)) === base;
  }
  return prog === 'pip-compile' ? base === 'requirements.txt' : true;
}

type Origin = 'generated' | 'root' | 'elsewhere';

/**
 * Where the requirement file `file`, read by command `at` of RUN `ins`, comes from: generated inside the build
 * (exported from a lock file, or copied from another stage or image), the project's root requirements.txt (or
 * maybe it: brought by a broad COPY), or another file of the build context (app/requirements.txt, requirement.txt).
 */
function origin(p: ParsedDockerfile, ins: Instruction, at: number, file: string): Origin {
  const path = normalizePath(resolveAt(p, file, ins.getRange().start.line) ?? file);
  const base = baseName(path);
  const fromContext = (source: string): Origin => (normalizePath(source) === REQUIREMENTS ? 'root' : 'elsewhere');
  if (shellOf(p, ins).commands.slice(0, at).some((c) => exportsTo(c, base))) return 'generated';
  const stage = stageIndexOf(p, ins);
  const before = chainOf(p, stage).flatMap((i) => p.stages[i].body).filter((x) => stageIndexOf(p, x) !== stage || x.getRange().start.line < ins.getRange().start.line);
  for (const x of before.reverse()) {
    const kw = x.getKeyword();
    if (kw === 'COPY' || kw === 'ADD') {
      const sources = copySources(x).map((src) => normalizePath(src.value));
      const named = sources.find((src) => baseName(src) === base);
      if (named) return hasFlag(x, 'from') ? 'generated' : fromContext(named);
      // `COPY web /web` then `-r web/requirements.txt`: the file of that context folder.
      const dir = path.includes('/') ? path.slice(0, path.indexOf('/')) : null;
      const folder = dir ? sources.find((src) => src !== '.' && baseName(src) === dir) : undefined;
      if (folder && !hasFlag(x, 'from')) return fromContext(`${folder}/${path.slice(dir!.length + 1)}`);
    } else if (kw === 'RUN' && shellOf(p, x).commands.some((c) => exportsTo(c, base))) return 'generated';
  }
  return base === REQUIREMENTS ? 'root' : 'elsewhere';
}

/** The requirement-file installs of the Dockerfile, each with where the files it reads come from. */
function requirementInstalls(p: ParsedDockerfile): { d: DependencyInstall; origins: Origin[] }[] {
  const out: { d: DependencyInstall; origins: Origin[] }[] = [];
  for (const ins of of(p.instructions, 'RUN')) {
    shellOf(p, ins).commands.forEach((cmd, i) => {
      const d = dependencyInstall(cmd);
      if (!d || d.kind !== 'requirements') return;
      const files = d.files.length > 0 ? d.files.map((f) => f.text) : [REQUIREMENTS];
      out.push({ d, origins: files.map((f) => origin(p, ins, i, f)) });
    });
  }
  return out;
}

/** Whether the Dockerfile's installs leave requirements.txt's ranges without effect. */
function versionsComeFromElsewhere(ctx: Parameters<CheckFn>[0]): boolean {
  const p = ctx.docker;
  if (!p) return false;
  let lock = false;
  let usesRequirements = false;
  for (const ins of of(p.instructions, 'RUN')) {
    for (const cmd of shellOf(p, ins).commands) {
      if (dependencyInstall(cmd)?.kind === 'lock') lock = true;
    }
  }
  for (const { d, origins } of requirementInstalls(p)) {
    const reads = d.files.some((f) => /(^|\/)requirements\.txt$/.test(f.text)) || (d.tool === 'pip-sync' && d.files.length === 0);
    if (!reads) continue;
    // Constraints, or a requirements.txt exported from a lock file in the build: the lock decides the versions.
    if (d.constraints.length > 0 || origins.every((o) => o === 'generated')) { lock = true; continue; }
    usesRequirements = true;
  }
  return lock && !usesRequirements;
}

/** Whether some RUN installs from the project's root requirements.txt: only then does its absence matter here. */
function readsRootRequirements(ctx: Parameters<CheckFn>[0]): boolean {
  const p = ctx.docker;
  if (!p) return true;
  return requirementInstalls(p).some((x) => x.origins.includes('root'));
}

const run: CheckFn = (ctx) => {
  const r = readText(ctx.files, REQUIREMENTS, 'list the server\'s Python dependencies there, one `name==version` a line.');
  // Without requirements.txt, an image that pins its packages some other way (by name, a lock file) or installs from
  // another requirement file (app/requirements.txt, which this grader does not read) has nothing to fix here.
  if (!r.ok) return versionsComeFromElsewhere(ctx) || !readsRootRequirements(ctx) ? [] : [r.problem];
  if (versionsComeFromElsewhere(ctx)) return [];
  return parseRequirements(r.text)
    .filter((q) => !q.pinned)
    .map((q) => {
      const range = { line: q.line, column: q.column, endLine: q.line, endColumn: q.endColumn };
      const fix = q.lowerBound ? textFix(`Pin to ${q.head}==${q.lowerBound}`, REQUIREMENTS, range, `${q.head}==${q.lowerBound}`) : undefined;
      const spec = q.spec === '' ? 'has no version' : `allows a range (${q.spec})`;
      return finding(REQUIREMENTS, range, `${q.name} ${spec}, so each build may install a different release: pin one exact version, e.g. ${q.name}==<version you tested>.`, fix);
    });
};

export const pinnedRequirements: DockerCheck = {
  definition: {
    id: 'docker.pinned-requirements',
    title: 'Python dependencies are pinned with ==',
    scope: 'general',
    why: 'A range such as `fastapi>=0.100` installs whatever is newest on the day the image is built, so two builds of the same commit can behave differently in production. Exact pins make the packages you list traceable; their own dependencies still float unless you pin them too or install from a lock file (uv.lock, poetry.lock, or a requirements file compiled by pip-tools), which fixes the whole tree.',
    lesson: 'why-versioning',
    hints: [
      'Would two builds of this image a month apart install the same library versions?',
      'Every line of requirements.txt should name one exact version.',
      'Use `name==version`, e.g. `fastapi==0.115.6`; `pip freeze` shows the versions you tested with.',
    ],
  },
  run,
};
