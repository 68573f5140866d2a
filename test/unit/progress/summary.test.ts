import * as assert from 'node:assert/strict';
import { emptyProgress } from '../../../src/progress/state';
import { countStored, describeStored, joinWords } from '../../../src/progress/summary';

describe('what a reset removes', () => {
  it('counts every kind of saved progress', () => {
    const state = emptyProgress();
    state.lessonsDone = { a: '2026-01-01T00:00:00Z', b: '2026-01-01T00:00:00Z' };
    state.sections = {
      quizzes: { q1: { best: 80 }, q2: { best: 100 }, q3: { best: 0 } },
      reviewDeck: { version: 1, cards: { x: {}, y: {}, z: {}, w: {} } },
      labs: {
        one: { passed: ['c'], hintsShown: { c: 2, d: 1 }, completedAt: '2026-01-02T00:00:00Z' },
        two: { passed: [], hintsShown: {} },
        junk: 5,
      },
      someFutureFeature: { k: 1 },
      emptyOne: {},
    };
    state.quizAttempts = { q1: [{ at: '2026-01-01T00:00:00Z', score: 50 }, { at: '2026-01-02T00:00:00Z', score: 80 }] };
    state.studyDays = ['2026-01-01', '2026-01-02', '2026-01-03'];
    assert.deepEqual(countStored(state), { lessonsDone: 2, quizScores: 3, reviewCards: 4, labs: 2, labsCompleted: 1, hintsShown: 3, quizAttempts: 2, studyDays: 3, otherSections: 1 });
    const parts = describeStored(countStored(state), { title: 'Model Deployment quiz', answered: 3, total: 10 });
    assert.deepEqual(parts, [
      '2 lessons marked done',
      '3 quiz best scores',
      '4 questions in your review deck',
      'the quiz in progress ("Model Deployment quiz", 3 of 10 questions answered)',
      'the progress of 2 labs (checks passed, 1 completed, 3 hints shown)',
      'the dates and scores of 2 quiz attempts',
      'your study calendar (3 days)',
      '1 other saved record',
    ]);
  });

  it('says nothing for an empty record, and uses the singular for one', () => {
    assert.deepEqual(describeStored(countStored(emptyProgress())), []);
    const state = emptyProgress();
    state.lessonsDone = { a: '2026-01-01T00:00:00Z' };
    state.sections = { quizzes: { q: {} }, reviewDeck: { version: 1, cards: { x: {} } }, labs: { l: { passed: [], hintsShown: { c: 1 } } } };
    assert.deepEqual(describeStored(countStored(state)), [
      '1 lesson marked done', '1 quiz best score', '1 question in your review deck', 'the progress of 1 lab (checks passed, 1 hint shown)',
    ]);
  });

  it('joins parts as a sentence', () => {
    assert.equal(joinWords([]), '');
    assert.equal(joinWords(['a']), 'a');
    assert.equal(joinWords(['a', 'b']), 'a and b');
    assert.equal(joinWords(['a', 'b', 'c']), 'a, b and c');
  });
});
