import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseShell, programName } from '../../../src/labs/shell/parse';

const words = (script: string) => parseShell(script).commands.map((c) => c.words.map((w) => w.text));

describe('shell parser (mvdan-sh)', () => {
  it('splits commands on && ; | and inside if/for and $(...)', () => {
    assert.deepEqual(words('apt-get update && apt-get install -y curl; echo $(date) | tee log\nif true; then python -m pytest; fi'), [
      ['apt-get', 'update'], ['apt-get', 'install', '-y', 'curl'], ['echo', '$(date)'], ['date'], ['tee', 'log'], ['true'], ['python', '-m', 'pytest'],
    ]);
  });
  it('keeps a quoted argument with spaces as one word, so the next command is still seen', () => {
    assert.deepEqual(words('echo "a b; c" && apt-get update'), [['echo', 'a b; c'], ['apt-get', 'update']]);
  });
  it('joins backslash-newline continuations and unescapes', () => {
    assert.deepEqual(words('pip install \\\n  --no-cache-dir \\\n  -r requirements.txt a\\ b'), [['pip', 'install', '--no-cache-dir', '-r', 'requirements.txt', 'a b']]);
  });
  it('marks expansions as not literal, and reads assignments', () => {
    const [c] = parseShell('PIP_NO_CACHE_DIR=1 pip install "torch==$V" x').commands;
    assert.equal(c.assigns.get('PIP_NO_CACHE_DIR'), '1');
    assert.deepEqual(c.words.map((w) => [w.text, w.literal]), [['pip', true], ['install', true], ['torch==$V', false], ['x', true]]);
  });
  it('gives character offsets, also after non-ASCII text', () => {
    const script = 'echo "héllo ✓" && rm -rf /var/lib/apt/lists/*';
    const rm = parseShell(script).commands[1];
    assert.equal(script.slice(rm.start, rm.end), 'rm -rf /var/lib/apt/lists/*');
    assert.equal(script.slice(rm.words[2].start, rm.words[2].end), '/var/lib/apt/lists/*');
  });
  it('reports invalid shell with a position instead of throwing', () => {
    const r = parseShell('echo ok\necho "unclosed');
    assert.deepEqual(r.commands, []);
    assert.match(r.error?.message ?? '', /quote/);
    assert.equal(r.error?.offset, 13);
  });
  it('programName drops the folder', () => {
    assert.equal(programName(parseShell('/usr/local/bin/pip3 install x').commands[0].words[0]), 'pip3');
  });
  it('leaves Error.stackTraceLimit as it was (GopherJS sets it to Infinity when it loads)', () => {
    const before = Error.stackTraceLimit;
    Error.stackTraceLimit = 10;
    try {
      parseShell('echo limit');
      assert.equal(Error.stackTraceLimit, 10);
    } finally {
      Error.stackTraceLimit = before;
    }
  });
  it('never throws (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { parseShell(s); }), { numRuns: 300 });
  });
});
