// The Python the lab tests run (Debian's python3 with numpy, pandas, scipy, pytest and PyYAML), installed from
// Debian's packages when missing. Tests name this interpreter explicitly (MLOPS_LAB_TEST_PYTHON, default
// /usr/bin/python3): the first python3 on PATH may be another one (pyenv, conda) without those packages.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const testPython = process.env.MLOPS_LAB_TEST_PYTHON ?? '/usr/bin/python3';
const MODULES = ['numpy', 'pandas', 'scipy', 'pytest', 'yaml'];
const PACKAGES = ['python3', 'python3-numpy', 'python3-pandas', 'python3-scipy', 'python3-pytest', 'python3-yaml'];

function missing() {
  if (!existsSync(testPython)) return MODULES;
  const r = spawnSync(testPython, ['-c', `import importlib.util as u; print(",".join(m for m in ${JSON.stringify(MODULES)} if u.find_spec(m) is None))`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split(',').filter(Boolean) : MODULES;
}

export function ensurePython() {
  const lacking = missing();
  if (!lacking.length) {
    console.log(`${testPython} has ${MODULES.join(', ')}.`);
    return;
  }
  const isRoot = process.getuid?.() === 0;
  const custom = process.env.MLOPS_LAB_TEST_PYTHON !== undefined;
  if (custom || !isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`${testPython} lacks ${lacking.join(', ')}. ${custom ? 'Install them into it' : `Install them with: sudo apt-get install -y ${PACKAGES.join(' ')}`} (or set MLOPS_LAB_TEST_PYTHON to a Python that has them).`);
  }
  console.log(`\nMLOps Lab: ${testPython} lacks ${lacking.join(', ')}; installing Debian's ${PACKAGES.join(' ')} (once).\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env });
  const still = missing();
  if (still.length) throw new Error(`${testPython} still lacks ${still.join(', ')} after the install.`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    ensurePython();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
