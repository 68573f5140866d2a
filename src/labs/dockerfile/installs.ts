// Python dependency installs in RUN commands: pip (and `python -m pip`, `uv pip`), pip-sync, uv sync, poetry,
// pipenv, pdm and conda. Read from the shell parser's commands (./shell.ts).
import { progName, programOf, type DCommand, type DWord } from './shell';

export interface PipInstall {
  tool: 'pip' | 'uv';
  /** The `install` (or `sync`) word. */
  install: DWord;
  /** Options given before the subcommand (`pip --no-cache-dir install`). */
  global: DWord[];
  rest: DWord[];
  assigns: ReadonlyMap<string, string>;
}

/** `pip install ...`, `python -m pip install ...`, `uv pip install ...` (also `sync`), or null. */
export function pipInstall(cmd: DCommand): PipInstall | null {
  const w = programOf(cmd);
  const prog = progName(w);
  let i: number;
  let tool: 'pip' | 'uv' = 'pip';
  if (/^pip(\d(\.\d+)?)?$/.test(prog)) i = 1;
  else if (/^python(\d(\.\d+)?)?$/.test(prog) && w[1]?.text === '-m' && /^pip\d?$/.test(w[2]?.text ?? '')) i = 3;
  else if (prog === 'uv' && w[1]?.text === 'pip') { i = 2; tool = 'uv'; }
  else return null;
  const start = i;
  while (i < w.length && w[i].text.startsWith('-')) i++;
  const sub = w[i]?.text;
  if (sub !== 'install' && !(tool === 'uv' && sub === 'sync')) return null;
  return { tool, install: w[i], global: w.slice(start, i), rest: w.slice(i + 1), assigns: cmd.assigns };
}

export type InstallKind =
  /** From requirement files (`-r file`, pip-sync, uv pip sync). */
  | 'requirements'
  /** From a project's lock file (uv sync, poetry install, pipenv, pdm, conda env files). */
  | 'lock'
  /** The project itself (`pip install .`). */
  | 'project'
  /** Packages named on the command line. */
  | 'names';

export interface DependencyInstall {
  kind: InstallKind;
  tool: string;
  /** Where to report. */
  at: DWord;
  /** Requirement files read (`-r x`, pip-sync's arguments). */
  files: DWord[];
  /** Constraint files (`-c x`). */
  constraints: DWord[];
  /** Package names given on the command line. */
  names: DWord[];
}

const PIP_VALUE_OPTIONS = new Set(['-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--platform', '--python-version', '--implementation', '--abi', '--trusted-host', '--upgrade-strategy', '-C', '--config-settings', '--progress-bar', '--python', '--src', '--report', '--only-binary', '--no-binary', '--index-strategy', '--extra', '--group']);

function pipArgs(rest: DWord[]): { files: DWord[]; constraints: DWord[]; positional: DWord[] } {
  const files: DWord[] = [];
  const constraints: DWord[] = [];
  const positional: DWord[] = [];
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i];
    const v = w.text;
    if ((v === '-r' || v === '--requirement' || v === '--requirements') && rest[i + 1]) files.push(rest[++i]);
    else if (/^--requirements?=/.test(v)) files.push({ ...w, text: v.slice(v.indexOf('=') + 1) });
    else if (/^-r./.test(v)) files.push({ ...w, text: v.slice(2) });
    else if ((v === '-c' || v === '--constraint') && rest[i + 1]) constraints.push(rest[++i]);
    else if (/^--constraint=/.test(v)) constraints.push({ ...w, text: v.slice(v.indexOf('=') + 1) });
    else if (v === '-e' || v === '--editable') { if (rest[i + 1]) positional.push(rest[++i]); }
    else if (PIP_VALUE_OPTIONS.has(v)) i++;
    else if (!v.startsWith('-')) positional.push(w);
  }
  return { files, constraints, positional };
}

/** Whether a positional pip argument is a local path (`.`, `./pkg`, `/src`, a wheel file) rather than a name. */
export function isPathArg(v: string): boolean {
  return v === '.' || v.startsWith('./') || v.startsWith('../') || v.startsWith('/') || /\.(whl|tar\.gz|zip)$/.test(v) || v.startsWith('$');
}

/** The dependency install a command performs, or null. */
export function dependencyInstall(cmd: DCommand): DependencyInstall | null {
  const pip = pipInstall(cmd);
  if (pip) {
    const { files, constraints, positional } = pipArgs(pip.rest);
    if (pip.install.text === 'sync') return { kind: 'requirements', tool: 'uv pip sync', at: pip.install, files: positional, constraints, names: [] };
    if (files.length > 0) return { kind: 'requirements', tool: pip.tool === 'uv' ? 'uv pip' : 'pip', at: pip.install, files, constraints, names: [] };
    const names = positional.filter((w) => !isPathArg(w.text));
    if (names.length === 0 && positional.length > 0) return { kind: 'project', tool: 'pip', at: pip.install, files: [], constraints, names: [] };
    if (names.length > 0) return { kind: 'names', tool: 'pip', at: pip.install, files: [], constraints, names };
    return null;
  }
  const w = programOf(cmd);
  const prog = progName(w);
  const sub = w[1]?.text;
  const lock = (tool: string): DependencyInstall => ({ kind: 'lock', tool, at: w[1] ?? w[0], files: [], constraints: [], names: [] });
  if (prog === 'pip-sync') {
    const files = w.slice(1).filter((x) => !x.text.startsWith('-'));
    return { kind: 'requirements', tool: 'pip-sync', at: w[0], files, constraints: [], names: [] };
  }
  if (prog === 'uv' && sub === 'sync') return lock('uv sync');
  if (prog === 'poetry' && (sub === 'install' || sub === 'sync')) return lock(`poetry ${sub}`);
  if (prog === 'pipenv' && (sub === 'sync' || (sub === 'install' && w.length === 2) || (sub === 'install' && w.slice(2).every((x) => x.text.startsWith('-'))))) return lock(`pipenv ${sub}`);
  if (prog === 'pdm' && (sub === 'install' || sub === 'sync')) return lock(`pdm ${sub}`);
  if (['conda', 'mamba', 'micromamba'].includes(prog) && w.some((x) => x.text === '-f' || x.text === '--file' || x.text.startsWith('--file='))) return lock(`${prog} ${sub ?? ''}`.trim());
  return null;
}

/** Other ecosystems' installs from a lock file, so the layer-order check is general. */
export function otherLockInstall(cmd: DCommand): DependencyInstall | null {
  const w = programOf(cmd);
  const prog = progName(w);
  const sub = w[1]?.text;
  const lock = (tool: string): DependencyInstall => ({ kind: 'lock', tool, at: w[1] ?? w[0], files: [], constraints: [], names: [] });
  if (prog === 'npm' && (sub === 'ci' || sub === 'install' || sub === 'i') && w.slice(2).every((x) => x.text.startsWith('-'))) return lock(`npm ${sub}`);
  if ((prog === 'yarn' || prog === 'pnpm') && (w.length === 1 || sub === 'install' || sub?.startsWith('-'))) return lock(`${prog} install`);
  if (prog === 'go' && sub === 'mod' && w[2]?.text === 'download') return lock('go mod download');
  if (prog === 'cargo' && sub === 'fetch') return lock('cargo fetch');
  if (prog === 'bundle' && (sub === 'install' || w.length === 1)) return lock('bundle install');
  return null;
}
