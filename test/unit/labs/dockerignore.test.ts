import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compilePattern, isIgnored, matchTokens, parseDockerignore } from '../../../src/labs/dockerfile/dockerignore';
import { grader } from '../../../src/labs/dockerfile/grader';
import type { FileInput } from '../../../src/labs/types';

// Each row: a .dockerignore pattern, a path, and whether Docker (moby/patternmatcher) matches the path itself.
const MATCHES: Array<[string, string, boolean]> = [
  ['data', 'data', true],
  ['data', 'src/data', false], // not anchored anywhere but the context root
  ['*.pyc', 'a.pyc', true],
  ['*.pyc', 'app/a.pyc', false], // `*` stays within one segment
  ['**/*.pyc', 'app/x/a.pyc', true],
  ['**/*.pyc', 'a.pyc', true], // `**/` may match no folder
  ['app/**/test', 'app/test', true],
  ['app/**/test', 'app/a/b/test', true],
  ['app/**', 'app/a/b', true],
  ['**.py', 'a.py', false], // moby: `**` before more pattern is `(.*/)?`, so `**.py` is `.py` in any folder
  ['**.py', 'x/.py', true],
  ['?.txt', 'a.txt', true],
  ['?.txt', '/.txt', false],
  ['[a-c]*.csv', 'b1.csv', true],
  ['[a-c]*.csv', 'd1.csv', false],
  ['[^a-c]*.csv', 'd1.csv', true],
  ['[!a-c]*.csv', 'a1.csv', true], // only `^` negates (Go's filepath.Match); `!` is one more member
  ['*.c++', 'x.c++', true], // `+` is literal, not a regex repetition
  ['*.c++', 'x.c', false],
  ['model(1).pt', 'model(1).pt', true],
  ['a{1,2}', 'a{1,2}', true],
  ['a{1,2}', 'a1', false],
  ['a|b', 'a', false],
  ['\\*', '*', true],
  ['\\*', 'x', false],
];

describe('.dockerignore matching (Docker semantics, no RegExp)', () => {
  for (const [pattern, path, expected] of MATCHES) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      const tokens = compilePattern(pattern);
      assert.ok(tokens, 'pattern compiles');
      assert.equal(matchTokens(tokens, path), expected);
    });
  }

  it('an unclosed [ is malformed and matches nothing', () => {
    assert.equal(compilePattern('data[abc'), null);
    assert.equal(isIgnored(parseDockerignore('data[abc\n'), 'data').ignored, false);
  });

  it('a folder pattern excludes its contents; the last matching line wins', () => {
    const rules = parseDockerignore('# comment\n./data/\n!data/keep.csv\n*.md\n!README.md\n');
    assert.equal(isIgnored(rules, 'data/train.csv').ignored, true);
    assert.equal(isIgnored(rules, 'data/keep.csv').ignored, false);
    assert.equal(isIgnored(rules, 'README.md').ignored, false);
    assert.equal(isIgnored(rules, 'NOTES.md').rule?.line, 4);
  });

  // Regression (issue 9, FUZZ_SEED=70438566): one huge line of nested braces stopped the check with
  // "Invalid regular expression ... too large". It is now just a pattern that matches nothing here.
  it('a 20 KB line of nested braces is an ordinary pattern, not an internal error', () => {
    const line = `${'{a: '.repeat(5000)}x${'}'.repeat(5000)}`;
    const files = new Map<string, FileInput>([['.dockerignore', { kind: 'text', text: `${line}\n.git\ndata/\n.venv/\n` }]]);
    const res = grader.grade(files).find((r) => r.id === 'docker.dockerignore');
    assert.ok(res);
    assert.ok(!res.findings.some((f) => /internal error/i.test(f.message)), res.findings.map((f) => f.message).join('\n'));
  });

  it('never throws, whatever the line (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 40 }), (pattern, path) => {
        const tokens = compilePattern(pattern);
        if (tokens) matchTokens(tokens, path);
        isIgnored(parseDockerignore(pattern), path);
      }),
    );
  });
});
