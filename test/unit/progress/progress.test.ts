import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Progress, PROGRESS_BACKUP_KEY, PROGRESS_KEY } from '../../../src/progress/progress';
import { exportProgress, importProgress, recoverProgress } from '../../../src/progress/state';
import { memoryStorage } from '../../../src/progress/storage';

describe('progress', () => {
  it('marks lessons done, counts per topic and persists through the storage', async () => {
    const storage = memoryStorage();
    const p = new Progress(storage, () => new Date('2026-01-02T03:04:05Z'));
    let events = 0;
    p.onDidChange(() => events++);
    await p.setLessonDone('a', true);
    await p.setLessonDone('b', true);
    await p.setLessonDone('b', true); // no-op
    assert.equal(events, 2);
    assert.equal(p.doneCount(['a', 'b', 'c']), 2);
    const again = new Progress(storage);
    assert.equal(again.isLessonDone('a'), true);
    assert.equal(again.snapshot().lessonsDone.a, '2026-01-02T03:04:05.000Z');
    await again.setLessonDone('a', false);
    assert.equal(again.isLessonDone('a'), false);
  });

  it('resets a topic and everything', async () => {
    const p = new Progress(memoryStorage());
    for (const id of ['a', 'b', 'c']) await p.setLessonDone(id, true);
    await p.setSection('quizzes', { x: 1 });
    await p.resetLessons(['a', 'b']);
    assert.deepEqual(Object.keys(p.snapshot().lessonsDone), ['c']);
    await p.resetAll();
    assert.deepEqual(p.snapshot().lessonsDone, {});
    assert.equal(p.section('quizzes'), undefined);
  });

  it('recovers damaged saved progress, keeps what is valid, backs up the original and says so once', () => {
    const raw = { version: 1, lessonsDone: { a: '2026-01-01T00:00:00Z', 'BAD id': 'x', b: 42 }, sections: { q: 1 } };
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const p = new Progress(storage);
    assert.equal(p.isLessonDone('a'), true);
    assert.equal(p.isLessonDone('b'), false);
    assert.match(p.recoveryWarning ?? '', /2 unreadable entries were dropped/);
    assert.deepEqual(storage.data[PROGRESS_BACKUP_KEY], raw);
  });

  it('migrates the unversioned format silently', () => {
    const r = recoverProgress({ lessonsDone: { a: '2026-01-01T00:00:00Z' } });
    assert.equal(r.warning, undefined);
    assert.equal(r.state.version, 1);
    assert.deepEqual(Object.keys(r.state.lessonsDone), ['a']);
  });

  it('starts fresh on a future version without losing the stored original', () => {
    const r = recoverProgress({ version: 99, lessonsDone: { a: '2026-01-01' } });
    assert.deepEqual(r.state.lessonsDone, {});
    assert.match(r.warning ?? '', /newer version/);
  });

  it('never throws and always yields a valid state for any JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (raw) => {
      const { state } = recoverProgress(raw);
      assert.equal(state.version, 1);
      for (const [k, v] of Object.entries(state.lessonsDone)) {
        assert.match(k, /^[a-z0-9-]+$/);
        assert.ok(!Number.isNaN(Date.parse(v)));
      }
    }), { numRuns: 500 });
  });

  it('exports and imports progress as a validated JSON file', () => {
    const state = { version: 1 as const, lessonsDone: { a: '2026-01-01T00:00:00.000Z' }, sections: { labs: { x: { passed: [] } } } };
    const text = exportProgress(state, new Date('2026-02-02T00:00:00Z'));
    const back = importProgress(text);
    assert.ok(!('error' in back));
    assert.deepEqual(back.state, state);
    assert.match((importProgress('{') as { error: string }).error, /not valid JSON/);
    assert.match((importProgress('{"lessonsDone":{}}') as { error: string }).error, /not an MLOps Lab progress export/);
    assert.match((importProgress('x'.repeat(6 * 1024 * 1024)) as { error: string }).error, /larger than 5 MB/);
  });

  // Issue 12: importing replaces everything, so a file that cannot be read completely is refused, never half-imported.
  it('refuses an export from a newer format, or with damaged entries, saying nothing was imported', () => {
    const newer = importProgress(JSON.stringify({ format: 'mlops-lab-progress', progress: { version: 2, lessonsDone: { a: '2026-01-01' }, sections: {} } }));
    assert.ok('error' in newer);
    assert.match(newer.error, /newer version of MLOps Lab \(progress format 2; this version reads format 1\).*Nothing was imported; your progress is unchanged/);
    const damaged = importProgress(JSON.stringify({ format: 'mlops-lab-progress', progress: { version: 1, lessonsDone: { a: 'nope', b: '2026-01-01' } } }));
    assert.ok('error' in damaged);
    assert.match(damaged.error, /could not be read completely: 1 entry is damaged or unknown\./);
    assert.match(damaged.error, /Nothing was imported; your progress is unchanged/);
  });

  it('import never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify({ format: 'mlops-lab-progress', progress: v }))), (t) => {
      const r = importProgress(t);
      assert.ok('error' in r || r.state.version === 1);
    }), { numRuns: 500 });
  });
});
