import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readLabsSection, recordGrading, revealHint } from '../../../src/labs/labState';
import { freeSubfolder, planScaffold, scaffoldName } from '../../../src/labs/labFiles';

describe('lab state', () => {
  it('records gradings and celebrates the first completion only once', () => {
    const t = new Date('2026-03-01T00:00:00Z');
    const a = recordGrading(undefined, ['x'], 2, t);
    assert.equal(a.firstCompletion, false);
    assert.equal(a.next.total, 2);
    const b = recordGrading(a.next, ['x', 'y'], 2, t);
    assert.equal(b.firstCompletion, true);
    assert.equal(b.next.completedAt, t.toISOString());
    const c = recordGrading(b.next, ['x', 'y'], 2, new Date('2026-04-01T00:00:00Z'));
    assert.equal(c.firstCompletion, false);
    assert.equal(c.next.completedAt, t.toISOString(), 'completion date is kept');
    const d = recordGrading(c.next, ['x'], 2, t);
    assert.equal(d.next.completedAt, t.toISOString(), 'a later regression does not erase the completion');
  });

  it('reveals hints one at a time, never past the last', () => {
    let s = revealHint(undefined, 'docker.x', 2);
    assert.equal(s.hintsShown['docker.x'], 1);
    s = revealHint(s, 'docker.x', 2);
    s = revealHint(s, 'docker.x', 2);
    assert.equal(s.hintsShown['docker.x'], 2);
  });

  it('reads any stored value without throwing, keeping the valid parts', () => {
    assert.deepEqual(readLabsSection({ a: { passed: ['x', 3], hintsShown: { h: 2, bad: -1 }, total: 'x' } }), { a: { passed: ['x'], hintsShown: { h: 2 }, completedAt: undefined, gradedAt: undefined, total: undefined } });
    fc.assert(fc.property(fc.jsonValue(), (v) => void readLabsSection(v)), { numRuns: 300 });
  });
});

describe('scaffolding plan', () => {
  it('restores dotted names and never plans to overwrite', () => {
    assert.equal(scaffoldName('gitignore'), '.gitignore');
    assert.equal(scaffoldName('.dvc/gitignore'), '.dvc/.gitignore');
    assert.equal(scaffoldName('src/gitignore.py'), 'src/gitignore.py');
    const files = ['Dockerfile', 'app/main.py', '.gitignore'].map((path) => ({ path, bytes: new Uint8Array() }));
    const plan = planScaffold(files, (p) => p === 'Dockerfile');
    assert.deepEqual(plan.conflicts.map((f) => f.path), ['Dockerfile']);
    assert.deepEqual(plan.create.map((f) => f.path), ['app/main.py', '.gitignore']);
    assert.equal(freeSubfolder('lab', (n) => ['lab', 'lab-2'].includes(n)), 'lab-3');
  });
});
