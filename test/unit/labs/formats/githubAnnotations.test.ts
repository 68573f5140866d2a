import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeData, escapeProperty, githubAnnotations } from '../../../../src/labs/formats/githubAnnotations';
import { sampleReport } from './formatHelpers';

/** How GitHub's runner reads a workflow command back (the reverse of actions/toolkit's escaping). */
function unescapeValue(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function parseCommand(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::([a-z]+) ([^:]*)::(.*)$/.exec(line);
  assert.ok(m, line);
  const props = Object.fromEntries(m[2].split(',').map((kv) => {
    const eq = kv.indexOf('=');
    return [kv.slice(0, eq), unescapeValue(kv.slice(eq + 1))];
  }));
  return { command: m[1], props, message: unescapeValue(m[3]) };
}

describe('GitHub annotations', () => {
  it('one command per finding: warning for general practice, notice for a lab requirement, with the region', () => {
    const lines = githubAnnotations(sampleReport());
    assert.equal(lines.length, 3);
    const [first, multi, missing] = lines.map(parseCommand);
    assert.equal(first.command, 'warning');
    assert.deepEqual(first.props, { file: 'Dockerfile', line: '1', col: '6', endColumn: '18', title: 'Title of docker.pinned-base (docker.pinned-base)' });
    assert.equal(first.message, "FROM 'python:latest' moves.");
    assert.deepEqual(multi.props, { file: 'sub dir/app.py', line: '3', endLine: '5', col: '1', title: 'Title of docker.pinned-base (docker.pinned-base)' });
    assert.equal(missing.command, 'notice');
    assert.deepEqual(missing.props, { file: '.dockerignore', title: 'Title of docker.expose-port (docker.expose-port)' }, 'a missing file: no line');
    assert.equal(lines[2], '::notice file=.dockerignore,title=Title of docker.expose-port (docker.expose-port)::Create \'.dockerignore\'.');
  });

  it('escapes as the runner decodes: %, CR, LF in messages; also : and , in properties', () => {
    assert.equal(escapeData('50% done\r\nnext: a,b'), '50%25 done%0D%0Anext: a,b');
    assert.equal(escapeProperty('C:\\x,y\n%'), 'C%3A\\x%2Cy%0A%25');
    const report = sampleReport({ pathPrefix: 'labs/a,b:c/' });
    report.results = [{ id: 'docker.pinned-base', status: 'fail', findings: [{ file: 'x', line: 2, column: 1, endLine: 2, endColumn: 1, message: 'line one\nline two: 100%' }] }];
    const [line] = githubAnnotations(report);
    assert.equal(line, '::warning file=labs/a%2Cb%3Ac/x,line=2,col=1,title=Title of docker.pinned-base (docker.pinned-base)::line one%0Aline two: 100%25');
    assert.ok(!line.includes('\n'));
  });

  it('any text survives escaping and the runner\'s decoding (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      assert.equal(unescapeValue(escapeProperty(s)), s);
      const data = escapeData(s);
      assert.ok(!/[\r\n]/.test(data));
      assert.equal(data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'), s);
    }));
  });

  it('a grading that could not run is one error line', () => {
    const lines = githubAnnotations(sampleReport({ results: [], problem: 'No usable Python.' }));
    assert.deepEqual(lines, ['::error title=MLOps Lab could not grade::No usable Python.']);
  });
});
