// Which Python runs a lab's tests, and whether it has the packages the labs need. Node only (no vscode).
//
// Order: an interpreter the learner named (the setting mlopsLab.python.interpreter, or the CLI's
// --python) is used alone; otherwise the Python extension's active environment, then every `python3` and
// `python` on PATH in PATH order, and the first with all packages wins. Several Pythons on one machine is
// common (pyenv, conda, the system's), and the first on PATH often lacks the packages.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { runProcess } from './process';

export const REQUIRED_MODULES = ['numpy', 'pandas', 'scipy', 'pytest', 'yaml'] as const;
/** pip's name for a module where the two differ. */
const PIP_NAME: Record<string, string> = { yaml: 'pyyaml' };

export interface Probe {
  /** What was run: the path or command name. */
  python: string;
  /** e.g. "3.11.7"; undefined when it did not start. */
  version?: string;
  missing: string[];
  /** Why it could not be used at all (not found, failed to start, too old). */
  error?: string;
}

export type Resolution =
  | { ok: true; python: string; version: string; tried: Probe[] }
  | { ok: false; message: string; tried: Probe[]; installCommand?: string };

const PROBE = [
  'import sys, json, importlib.util',
  `mods = ${JSON.stringify(REQUIRED_MODULES)}`,
  'print(json.dumps({"version": "%d.%d.%d" % sys.version_info[:3], "ok": sys.version_info >= (3, 9), "missing": [m for m in mods if importlib.util.find_spec(m) is None]}))',
].join('; ');

export async function probe(python: string, timeoutMs = 15_000): Promise<Probe> {
  const r = await runProcess(python, ['-c', PROBE], { cwd: process.cwd(), env: process.env, timeoutMs, maxOutput: 8192 });
  if (r.spawnError) return { python, missing: [...REQUIRED_MODULES], error: r.spawnError.code === 'ENOENT' ? 'not found' : `could not be started (${r.spawnError.code ?? r.spawnError.message})` };
  if (r.timedOut) return { python, missing: [...REQUIRED_MODULES], error: `did not answer within ${Math.round(timeoutMs / 1000)} s` };
  try {
    const line = r.stdout.trim().split('\n').pop() ?? '';
    const j = JSON.parse(line) as { version: string; ok: boolean; missing: string[] };
    if (!j.ok) return { python, version: j.version, missing: j.missing, error: `is Python ${j.version}; the labs need 3.9 or newer` };
    return { python, version: j.version, missing: j.missing };
  } catch {
    const why = (r.stderr.trim().split('\n').pop() ?? '').slice(0, 200);
    return { python, missing: [...REQUIRED_MODULES], error: `did not run as Python${why ? ` (${why})` : ''}` };
  }
}

/** Every executable named `names` on `pathVar`, in PATH order, without repeats. */
export function onPath(names: readonly string[], pathVar = process.env.PATH ?? ''): string[] {
  const found: string[] = [];
  for (const dir of pathVar.split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const full = join(dir, process.platform === 'win32' ? `${name}.exe` : name);
      try {
        if (!statSync(full).isFile()) continue;
        accessSync(full, constants.X_OK);
        if (!found.includes(full)) found.push(full);
      } catch {
        // Not there.
      }
    }
  }
  return found;
}

export function installCommand(python: string, missing: readonly string[]): string {
  const quoted = /^[\w./:-]+$/.test(python) ? python : `"${python.replace(/"/g, '\\"')}"`;
  return `${quoted} -m pip install ${missing.map((m) => PIP_NAME[m] ?? m).join(' ')}`;
}

function describe(p: Probe): string {
  if (p.error) return `${p.python} ${p.error}`;
  return `${p.python} (Python ${p.version}) lacks ${p.missing.join(', ')}`;
}

export interface ResolveOptions {
  /** Named by the learner: used alone. */
  explicit?: string;
  /** The Python extension's active environment, when that extension is installed. */
  fromExtension?: string;
  pathVar?: string;
  probe?: (python: string) => Promise<Probe>;
}

export async function resolveInterpreter(opts: ResolveOptions = {}): Promise<Resolution> {
  const run = opts.probe ?? ((p: string) => probe(p));
  const tried: Probe[] = [];
  const candidates = opts.explicit
    ? [opts.explicit]
    : [...new Set([...(opts.fromExtension ? [opts.fromExtension] : []), ...onPath(['python3', 'python'], opts.pathVar)])];
  for (const c of candidates) {
    if (opts.explicit && !isAbsolute(c) && c.includes('/')) break; // A relative path would depend on the folder: say so below.
    const p = await run(c);
    tried.push(p);
    if (!p.error && !p.missing.length) return { ok: true, python: c, version: p.version!, tried };
  }
  if (opts.explicit && !tried.length) return { ok: false, message: `The Python interpreter "${opts.explicit}" must be an absolute path or a command on PATH.`, tried };
  if (!tried.length) return { ok: false, message: 'No Python found: neither python3 nor python is on PATH. Install Python 3.9 or newer with numpy, pandas, scipy, pytest and PyYAML, or set mlopsLab.python.interpreter.', tried };
  const usable = tried.find((p) => !p.error);
  const lines = tried.map(describe);
  if (!usable) return { ok: false, message: `No usable Python: ${lines.join('; ')}.`, tried };
  const cmd = installCommand(usable.python, usable.missing);
  const where = opts.explicit ? 'The Python you set' : tried.length > 1 ? 'No Python found has every package the labs need' : 'The Python found';
  return { ok: false, message: `${where}: ${lines.join('; ')}. Install the missing packages (for example: ${cmd}) or choose another interpreter.`, tried, installCommand: cmd };
}
