// docker.requirements-first: the dependency install comes before the app code is copied, so a code change reuses
// the cached install layer; and the files it installs from are in the image when it runs.
import type { Instruction } from 'dockerfile-ast';
import type { Finding } from '../../types';
import { DOCKERFILE } from '../context';
import { dependencyInstall, otherLockInstall, type DependencyInstall } from '../installs';
import { chainOf, shippedStages } from '../model';
import { copySources, flags, hasFlag, keywordRange, normalizePath, rangeOf, resolveAt, type ParsedDockerfile } from '../parse';
import { at } from '../positions';
import { progName, programOf, shellOf } from '../shell';
import { lineOf, withDocker, type DockerCheck } from './shared';

const MANIFEST = /^(requirements[\w.-]*\.(txt|in)|constraints[\w.-]*\.txt|pyproject\.toml|poetry\.(lock|toml)|uv\.lock|pdm\.lock|Pipfile(\.lock)?|setup\.(py|cfg)|environment\.ya?ml|conda-lock\.yml|\.python-version|README(\.\w+)?|LICEN[CS]E(\.\w+)?|package(-lock)?\.json|yarn\.lock|pnpm-lock\.yaml|\.npmrc|\.yarnrc(\.yml)?|go\.(mod|sum)|Cargo\.(toml|lock)|Gemfile(\.lock)?)$/i;

/** A source that only carries dependency metadata (so copying it first keeps the install cached). */
export function isManifest(src: string): boolean {
  // `poetry.lock*` and `requirements*.txt` are written to copy optional or several manifest files.
  const n = normalizePath(src).replace(/\*/g, '');
  const b = n.slice(n.lastIndexOf('/') + 1);
  return MANIFEST.test(b) || /(^|\/)requirements(\/|$)/.test(n);
}

interface Copy { ins: Instruction; sources: string[] }

/** Whether `file` (as named in the RUN) can be in the image: a COPY brings it, a folder or glob that may hold it, or a bind mount. */
function present(file: string, copies: Copy[]): boolean {
  const name = normalizePath(file);
  const base = name.slice(name.lastIndexOf('/') + 1);
  return copies.some((c) => c.sources.some((s) => {
    const n = normalizePath(s);
    const b = n.slice(n.lastIndexOf('/') + 1);
    if (n === '.' || /[*?[]/.test(n) || b === base || name === n || name.endsWith('/' + n) || name.startsWith(n + '/')) return true;
    return !b.includes('.'); // a folder may hold it
  }));
}

function installsOf(p: ParsedDockerfile, ins: Instruction): DependencyInstall[] {
  const out: DependencyInstall[] = [];
  for (const cmd of shellOf(p, ins).commands) {
    const d = dependencyInstall(cmd) ?? otherLockInstall(cmd);
    if (d) out.push(d);
  }
  return out;
}

function baseName(path: string): string {
  const n = normalizePath(path);
  return n.slice(n.lastIndexOf('/') + 1);
}

/** File names the install reads (`-r requirement.txt`, `-c pins.txt`): whatever they are called, they are dependency files. */
function readBy(p: ParsedDockerfile, d: DependencyInstall): Set<string> {
  return new Set([...d.files, ...d.constraints].map((f) => baseName(resolveAt(p, f.text, f.range.line - 1) ?? f.text)));
}

/** pip, setuptools and wheel upgraded in place are the installer's own tools, not the server's dependencies. */
const INSTALLER_TOOLS = new Set(['pip', 'setuptools', 'wheel']);

/** A RUN that runs a script (`bash install.sh`, `./setup.sh`): it may install the dependencies where this check cannot see. */
function runsScript(p: ParsedDockerfile, ins: Instruction): boolean {
  return shellOf(p, ins).commands.some((c) => {
    const w = programOf(c);
    const prog = progName(w);
    if (['sh', 'bash', 'dash'].includes(prog)) return w.slice(1).some((x) => !x.text.startsWith('-') && /\.(sh|bash)$/.test(x.text));
    return /\.(sh|bash)$/.test(w[0]?.text ?? '');
  });
}

/** `name==1.2`, `name==$VERSION`, `name===x`, `name @ https://...whl`: one exact release. */
function pinnedName(v: string): boolean {
  return /^[A-Za-z0-9][\w.-]*(\[[^\]]*\])?===?[^=<>!~*,]+$/.test(v) || /\s@\s|^[\w.-]+ ?@ ?(https?|git\+|file):/.test(v);
}

const run = withDocker((p) => {
  const out: Finding[] = [];
  const reported = new Set<Instruction>();
  let found = false;
  let unshipped: { d: DependencyInstall; stage: number } | null = null;
  const shipped = shippedStages(p);
  let unpinnedByName: { d: DependencyInstall; names: string[] } | null = null;
  let byName = false;
  const copiesByStage = new Map<number, Copy[]>();
  p.stages.forEach((stage, si) => {
    // Everything copied into this stage's chain so far (earlier stages it builds FROM included).
    const inherited = chainOf(p, si).slice(0, -1).flatMap((j) => copiesByStage.get(j) ?? []);
    const copies: Copy[] = [];
    copiesByStage.set(si, copies);
    let firstInstallSeen = false;
    for (const ins of stage.body) {
      const kw = ins.getKeyword();
      if (kw === 'COPY' || kw === 'ADD') {
        copies.push({ ins, sources: copySources(ins).map((s) => s.value) });
        continue;
      }
      if (kw !== 'RUN') continue;
      const mounts = flags(ins).filter((f) => f.name === 'mount' && (f.options.get('type') ?? 'bind') === 'bind');
      for (const d of installsOf(p, ins)) {
        if (d.kind === 'names') {
          const names = d.names.map((w) => w.text).filter((v) => !INSTALLER_TOOLS.has(v.toLowerCase()));
          if (names.length === 0) continue;
          byName = true;
          const loose = names.filter((v) => !pinnedName(v));
          if (loose.length > 0) unpinnedByName ??= { d, names: loose };
          continue;
        }
        if (shipped.has(si)) found = true;
        else unshipped ??= { d, stage: si };
        if (!firstInstallSeen) {
          firstInstallSeen = true;
          for (const c of copies) {
            if (hasFlag(c.ins, 'from') || reported.has(c.ins)) continue;
            const broad = c.sources.filter((s) => !isManifest(s) && !readBy(p, d).has(baseName(s)));
            if (broad.length === 0 || c.sources.length === 0) continue;
            reported.add(c.ins);
            const shown = `${c.ins.getKeyword()} ${(c.ins.getArgumentsContent() ?? '').trim()}`;
            out.push(finding(rangeOf(c.ins), `"${shown}" copies more than the dependency files before ${d.tool} runs (line ${lineOf(ins)}), so every change to those files re-runs the whole install. Copy the dependency files on their own first, install, then copy the app code.`));
          }
        }
        if (mounts.length > 0) continue;
        for (const f of d.files) {
          if (!f.literal) continue;
          const value = resolveAt(p, f.text, f.range.line - 1) ?? f.text;
          if (value.includes('$') || present(value, [...inherited, ...copies])) continue;
          out.push(finding(f.range, `${value} is not in the image yet when this RUN installs from it: COPY it in before this line.`));
        }
      }
    }
  });
  if (!found && unshipped) {
    const { d, stage } = unshipped as { d: DependencyInstall; stage: number };
    const name = p.stages[stage].from.getBuildStage() ?? String(stage);
    out.push(finding(d.at.range, `${d.tool} installs the dependencies in stage "${name}", but the final image neither builds FROM that stage nor copies anything from it, so the server starts without them: copy the installed packages (e.g. a venv) into the final stage, or install there.`));
  }
  if (found || out.length > 0) return out;
  if (unpinnedByName) {
    const { d, names } = unpinnedByName as { d: DependencyInstall; names: string[] };
    return [finding(d.at.range, `pip installs ${names.join(', ')} by name without an exact version, and not from requirements.txt, so each build may get different releases: install with pip install -r requirements.txt (or pin each one with ==).`)];
  }
  if (byName) return [];
  const scripts = [...shipped.keys()].some((si) => p.stages[si].body.some((ins) => ins.getKeyword() === 'RUN' && runsScript(p, ins)));
  if (scripts) return []; // the script may install them: nothing here to judge
  const last = p.stages[p.stages.length - 1];
  return [finding(last ? keywordRange(last.from) : at(1), 'Nothing in this Dockerfile installs the Python dependencies this lab\'s server needs: COPY requirements.txt and RUN pip install -r requirements.txt before copying the app code.')];
});

function finding(range: import('../../types').Range, message: string): Finding {
  return { file: DOCKERFILE, ...range, message };
}

export const requirementsFirst: DockerCheck = {
  definition: {
    id: 'docker.requirements-first',
    title: 'Dependencies install before the app code is copied',
    scope: 'general',
    why: 'Docker reuses a cached layer only while everything before it is unchanged. Copying the whole project before the dependency install (pip, uv, poetry, ...) means every one-line code change reinstalls all dependencies; copying the dependency files alone first keeps rebuilds to seconds.',
    lesson: 'containerization',
    hints: [
      'Which changes more often: your code or your dependency list? Order the layers accordingly.',
      'COPY only the dependency files (requirements.txt, or pyproject.toml with its lock file), install, and copy the rest of the project afterwards.',
      'COPY requirements.txt .  then  RUN pip install --no-cache-dir -r requirements.txt  then  COPY app/ ./app/',
    ],
  },
  run,
};
