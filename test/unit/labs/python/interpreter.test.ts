import * as assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installCommand, onPath, probe, resolveInterpreter, type Probe } from '../../../../src/labs/python/interpreter';
import { testPython } from './pythonForTests';

function fakeBin(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const p = join(dir, name);
  writeFileSync(p, '#!/bin/sh\nexit 0\n');
  chmodSync(p, 0o755);
  return p;
}

describe('Python interpreter resolution', () => {
  it('lists python3 and python on PATH in PATH order, without repeats or non-executables', () => {
    const root = mkdtempSync(join(tmpdir(), 'mlops-path-'));
    const a = fakeBin(join(root, 'a'), 'python3');
    const b3 = fakeBin(join(root, 'b'), 'python3');
    const b = fakeBin(join(root, 'b'), 'python');
    writeFileSync(join(root, 'a', 'python'), 'not executable');
    assert.deepEqual(onPath(['python3', 'python'], [join(root, 'a'), join(root, 'missing'), join(root, 'b'), join(root, 'a')].join(':')), [a, b3, b]);
  });

  const probes = (table: Record<string, Omit<Probe, 'python'>>) => async (python: string): Promise<Probe> => ({ python, ...(table[python] ?? { missing: [], error: 'not found' }) });

  it('uses the first candidate with every package, skipping one that lacks pandas', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mlops-path-'));
    const first = fakeBin(join(root, 'pyenv'), 'python3');
    const second = fakeBin(join(root, 'usr'), 'python3');
    const r = await resolveInterpreter({
      pathVar: [join(root, 'pyenv'), join(root, 'usr')].join(':'),
      probe: probes({ [first]: { version: '3.11.7', missing: ['pandas'] }, [second]: { version: '3.11.2', missing: [] } }),
    });
    assert.ok(r.ok);
    assert.equal(r.python, second);
    assert.equal(r.tried.length, 2);
  });

  it('names every interpreter it tried and what each lacks, with an install command', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mlops-path-'));
    const only = fakeBin(join(root, 'bin'), 'python3');
    const r = await resolveInterpreter({ pathVar: join(root, 'bin'), probe: probes({ [only]: { version: '3.12.1', missing: ['scipy', 'pytest'] } }) });
    assert.ok(!r.ok);
    assert.match(r.message, new RegExp(`${only} \\(Python 3.12.1\\) lacks scipy, pytest`));
    assert.equal(r.installCommand, `${only} -m pip install scipy pytest`);
  });

  it('installs PyYAML by its pip name', () => {
    assert.equal(installCommand('python3', ['yaml']), 'python3 -m pip install pyyaml');
  });

  it('uses an interpreter the learner named alone, even when PATH has a better one', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mlops-path-'));
    const good = fakeBin(join(root, 'bin'), 'python3');
    const r = await resolveInterpreter({ explicit: '/opt/py/bin/python', pathVar: join(root, 'bin'), probe: probes({ [good]: { version: '3.12.0', missing: [] } }) });
    assert.ok(!r.ok);
    assert.match(r.message, /\/opt\/py\/bin\/python not found/);
  });

  it('says plainly when no Python is on PATH', async () => {
    const r = await resolveInterpreter({ pathVar: mkdtempSync(join(tmpdir(), 'mlops-empty-')) });
    assert.ok(!r.ok);
    assert.match(r.message, /No Python found: neither python3 nor python is on PATH/);
  });

  it('quotes an interpreter path with spaces in the install command', () => {
    assert.equal(installCommand('/Users/a b/py', ['numpy']), '"/Users/a b/py" -m pip install numpy');
  });

  it('probes a real interpreter: its version and the packages it lacks', async () => {
    const p = await probe(testPython);
    assert.equal(p.error, undefined);
    assert.match(p.version ?? '', /^3\.\d+\.\d+$/);
    assert.deepEqual(p.missing, [], `${testPython} should have numpy, pandas, scipy and pytest (npm test installs Debian's packages)`);
  });

  it('probes a program that is not Python and says so', async () => {
    const p = await probe('/bin/true');
    assert.match(p.error ?? '', /did not run as Python/);
    const gone = await probe('/nonexistent/python3');
    assert.equal(gone.error, 'not found');
  });
});
