// docker.pinned-requirements: the requirements.txt the image installs from pins each package to one release.
// When the Dockerfile installs from a lock file instead (uv sync, poetry install, pipenv, pdm, conda env files) or
// applies a constraints file (-c), requirements.txt is not what decides the versions, and is not graded; nor is a
// missing requirements.txt when the Dockerfile installs from no requirement file at all (packages named with ==
// are judged by docker.requirements-first).
import { readText, REQUIREMENTS } from '../context';
import { dependencyInstall } from '../installs';
import { textFix, finding } from '../positions';
import { parseRequirements } from '../python';
import { shellOf } from '../shell';
import { of, type CheckFn, type DockerCheck } from './shared';

/** Whether the Dockerfile's installs leave requirements.txt's ranges without effect. */
function versionsComeFromElsewhere(ctx: Parameters<CheckFn>[0]): boolean {
  const p = ctx.docker;
  if (!p) return false;
  let lock = false;
  let usesRequirements = false;
  for (const ins of of(p.instructions, 'RUN')) {
    for (const cmd of shellOf(p, ins).commands) {
      const d = dependencyInstall(cmd);
      if (!d) continue;
      if (d.kind === 'lock') lock = true;
      const reads = d.files.some((f) => /(^|\/)requirements\.txt$/.test(f.text)) || (d.tool === 'pip-sync' && d.files.length === 0);
      if (reads) {
        if (d.constraints.length > 0) { lock = true; continue; }
        usesRequirements = true;
      }
    }
  }
  return lock && !usesRequirements;
}

/** Whether some RUN installs from requirement files (`-r`, pip-sync): only then does a missing requirements.txt matter. */
function readsRequirementFiles(ctx: Parameters<CheckFn>[0]): boolean {
  const p = ctx.docker;
  if (!p) return true;
  return of(p.instructions, 'RUN').some((ins) => shellOf(p, ins).commands.some((cmd) => dependencyInstall(cmd)?.kind === 'requirements'));
}

const run: CheckFn = (ctx) => {
  const r = readText(ctx.files, REQUIREMENTS, 'list the server\'s Python dependencies there, one `name==version` a line.');
  // Without requirements.txt, an image that pins its packages some other way (by name, a lock file) has nothing to fix here.
  if (!r.ok) return versionsComeFromElsewhere(ctx) || !readsRequirementFiles(ctx) ? [] : [r.problem];
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
    why: 'A range such as `fastapi>=0.100` installs whatever is newest on the day the image is built, so two builds of the same commit can behave differently in production. Exact pins (or a lock file such as uv.lock or poetry.lock that the build installs from) make the image a reproducible artifact you can trace and roll back.',
    lesson: 'why-versioning',
    hints: [
      'Would two builds of this image a month apart install the same library versions?',
      'Every line of requirements.txt should name one exact version.',
      'Use `name==version`, e.g. `fastapi==0.115.6`; `pip freeze` shows the versions you tested with.',
    ],
  },
  run,
};
