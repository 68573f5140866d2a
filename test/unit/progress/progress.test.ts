import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Progress, PROGRESS_BACKUP_KEY, PROGRESS_KEY } from '../../../src/progress/progress';
import { isDay } from '../../../src/progress/days';
import { exportProgress, importProgress, MAX_ATTEMPTS_PER_QUIZ, PROGRESS_VERSION, recoverProgress, type ProgressState } from '../../../src/progress/state';
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
    assert.equal(r.state.version, 2);
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
      assert.equal(state.version, PROGRESS_VERSION);
      assert.ok(state.studyDays.every(isDay));
      assert.deepEqual(state.studyDays, [...new Set(state.studyDays)].sort());
      for (const list of Object.values(state.quizAttempts)) assert.ok(list.length >= 1 && list.length <= MAX_ATTEMPTS_PER_QUIZ);
      for (const [k, v] of Object.entries(state.lessonsDone)) {
        assert.match(k, /^[a-z0-9-]+$/);
        assert.ok(!Number.isNaN(Date.parse(v)));
      }
    }), { numRuns: 500 });
  });

  it('exports and imports progress as a validated JSON file', () => {
    const state: ProgressState = {
      version: 2, lessonsDone: { a: '2026-01-01T00:00:00.000Z' }, sections: { labs: { x: { passed: [] } } },
      quizAttempts: { 'fundamentals-quiz': [{ at: '2026-01-01T10:00:00.000Z', score: 40 }, { at: '2026-01-03T10:00:00.000Z', score: 90 }] },
      studyDays: ['2026-01-01', '2026-01-03'],
    };
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
    const newer = importProgress(JSON.stringify({ format: 'mlops-lab-progress', progress: { version: 3, lessonsDone: { a: '2026-01-01' }, sections: {} } }));
    assert.ok('error' in newer);
    assert.match(newer.error, /newer version of MLOps Lab \(progress format 3; this version reads format 2\).*Nothing was imported; your progress is unchanged/);
    const damaged = importProgress(JSON.stringify({ format: 'mlops-lab-progress', progress: { version: 2, lessonsDone: { a: 'nope', b: '2026-01-01' } } }));
    assert.ok('error' in damaged);
    assert.match(damaged.error, /could not be read completely: 1 entry is damaged or unknown\./);
    assert.match(damaged.error, /Nothing was imported; your progress is unchanged/);
  });

  it('import never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify({ format: 'mlops-lab-progress', progress: v }))), (t) => {
      const r = importProgress(t);
      assert.ok('error' in r || r.state.version === PROGRESS_VERSION);
    }), { numRuns: 500 });
  });

  // Issue 17: format 2 keeps each quiz attempt's date and score and the study days; format 1 upgrades silently.
  describe('format 2 (quiz attempts, study days) and the migration from format 1', () => {
    const utcDay = (d: Date) => d.toISOString().slice(0, 10);
    const v1 = {
      version: 1,
      lessonsDone: { 'what-is-mlops': '2026-03-01T09:00:00.000Z' },
      sections: {
        quizzes: { 'fundamentals-quiz': { best: 90, lastScore: 70, lastAt: '2026-03-04T18:00:00.000Z', attempts: 3 }, broken: { best: 'x' } },
        labs: { 'containerize-model-server': { passed: ['a'], total: 4, hintsShown: {}, gradedAt: '2026-03-05T08:00:00.000Z' } },
        reviewDeck: { version: 1, cards: { q1: { due: '2026-03-09T00:00:00.000Z', lastReview: '2026-03-04T18:00:00.000Z' } } },
      },
    };

    it('a format 1 record upgrades without a warning: the last score is the first known attempt, its dates are study days', () => {
      const r = recoverProgress(v1, { localDay: utcDay });
      assert.equal(r.warning, undefined);
      assert.equal(r.state.version, 2);
      assert.deepEqual(r.state.quizAttempts, { 'fundamentals-quiz': [{ at: '2026-03-04T18:00:00.000Z', score: 70 }] });
      assert.deepEqual(r.state.studyDays, ['2026-03-01', '2026-03-04', '2026-03-05']);
      // The feature sections are kept as they were (the quiz records keep best 90 and 3 attempts).
      assert.deepEqual(r.state.sections, v1.sections);
    });

    it('the study days are local dates: the same instant is a different day east of UTC', () => {
      const plus10 = (d: Date) => new Date(d.getTime() + 10 * 3_600_000).toISOString().slice(0, 10);
      assert.deepEqual(recoverProgress(v1, { localDay: plus10 }).state.studyDays, ['2026-03-01', '2026-03-05']);
    });

    it('a format 2 record reads back as it was; damaged attempts and days are dropped, counted and said', () => {
      const good = recoverProgress(v1, { localDay: utcDay }).state;
      assert.deepEqual(recoverProgress(JSON.parse(JSON.stringify(good))), { state: good });
      const bad = { ...good, quizAttempts: { 'fundamentals-quiz': [{ at: 'never', score: 50 }, { at: '2026-03-06T00:00:00Z', score: 101 }, { at: '2026-03-07T00:00:00Z', score: 60 }] }, studyDays: ['2026-02-30', '2026-03-01', 7] };
      const r = recoverProgress(bad);
      assert.equal(r.dropped, 4);
      assert.deepEqual(r.state.quizAttempts, { 'fundamentals-quiz': [{ at: '2026-03-07T00:00:00Z', score: 60 }] });
      assert.deepEqual(r.state.studyDays, ['2026-03-01']);
    });

    it('keeps at most the last 50 attempts of a quiz, in date order', async () => {
      let t = Date.parse('2026-01-01T00:00:00Z');
      const p = new Progress(memoryStorage(), () => new Date(t), utcDay);
      for (let i = 0; i < 55; i++) {
        t += 3_600_000;
        await p.recordQuizAttempt('fundamentals-quiz', i);
      }
      const list = p.quizAttempts('fundamentals-quiz');
      assert.equal(list.length, MAX_ATTEMPTS_PER_QUIZ);
      assert.equal(list[0].score, 5);
      assert.equal(list.at(-1)?.score, 54);
      assert.deepEqual(p.studyDays(), ['2026-01-01', '2026-01-02', '2026-01-03']);
    });

    it('records a study day for a lesson done and a studied section change, not for an ordinary one or a lesson undone', async () => {
      let now = new Date('2026-05-01T12:00:00Z');
      const p = new Progress(memoryStorage(), () => now, utcDay);
      await p.setSection('labs', { x: 1 });
      assert.deepEqual(p.studyDays(), []);
      await p.setLessonDone('a', true);
      now = new Date('2026-05-03T12:00:00Z');
      await p.setLessonDone('a', false);
      assert.deepEqual(p.studyDays(), ['2026-05-01']);
      await p.setSection('reviewDeck', { version: 1, cards: {} }, { studied: true });
      assert.deepEqual(p.studyDays(), ['2026-05-01', '2026-05-03']);
      await p.resetAll();
      assert.deepEqual(p.studyDays(), []);
    });

    it('property: any format 1 record migrates silently, keeps its lessons and sections, and every derived date is a real one from the record', () => {
      const iso = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
      const id = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,5}){0,2}$/);
      const record = fc.record({ best: fc.integer({ min: 0, max: 100 }), lastScore: fc.integer({ min: 0, max: 100 }), lastAt: iso, attempts: fc.integer({ min: 1, max: 9 }) });
      const v1Record = fc.record({
        version: fc.constantFrom(1, undefined),
        lessonsDone: fc.dictionary(id, iso),
        sections: fc.record({
          quizzes: fc.dictionary(id, fc.oneof(record, fc.jsonValue())),
          labs: fc.dictionary(id, fc.record({ passed: fc.constant([]), hintsShown: fc.constant({}), gradedAt: fc.option(iso, { nil: undefined }) })),
        }),
      });
      fc.assert(fc.property(v1Record, (generated) => {
        const raw = JSON.parse(JSON.stringify(generated)) as typeof generated; // as stored: plain JSON
        const r = recoverProgress(raw, { localDay: utcDay });
        assert.equal(r.warning, undefined);
        assert.equal(r.state.version, 2);
        assert.deepEqual(r.state.lessonsDone, raw.lessonsDone);
        assert.deepEqual(r.state.sections, raw.sections);
        const dates = new Set<string>([
          ...Object.values(raw.lessonsDone),
          ...Object.values(raw.sections.quizzes).flatMap((q) => (q && typeof q === 'object' && 'lastAt' in q && typeof q.lastAt === 'string' ? [q.lastAt] : [])),
          ...Object.values(raw.sections.labs).flatMap((l) => (l.gradedAt ? [l.gradedAt] : [])),
        ].map((d) => d.slice(0, 10)));
        for (const d of r.state.studyDays) assert.ok(dates.has(d), `${d} does not come from the record`);
        for (const d of Object.values(raw.lessonsDone)) assert.ok(r.state.studyDays.includes(d.slice(0, 10)));
        for (const [q, list] of Object.entries(r.state.quizAttempts)) {
          const old = raw.sections.quizzes[q] as { lastAt: string; lastScore: number };
          assert.deepEqual(list, [{ at: old.lastAt, score: old.lastScore }]);
        }
        // Upgrading twice changes nothing: the migrated record is a valid format 2 record.
        assert.deepEqual(recoverProgress(JSON.parse(JSON.stringify(r.state)), { localDay: utcDay }), { state: r.state });
        // Its export imports back as it is.
        const back = importProgress(exportProgress(r.state, new Date()));
        assert.ok('state' in back);
        assert.deepEqual(back.state, r.state);
      }), { numRuns: 300 });
    });
  });
});
