import * as assert from 'node:assert/strict';
import { emptyProgress } from '../../../src/progress/state';
import { hasAnyProgress, shouldOpenWalkthrough, walkthroughContext } from '../../../src/welcome/firstRun';

const base = { alreadyShown: false, hasProgress: false, testMode: false, openOnInstall: true };

describe('getting-started walkthrough on first run', () => {
  it('opens only for a learner new to the extension, once, outside tests, unless walkthroughs are turned off', () => {
    assert.equal(shouldOpenWalkthrough(base), true);
    assert.equal(shouldOpenWalkthrough({ ...base, alreadyShown: true }), false);
    assert.equal(shouldOpenWalkthrough({ ...base, hasProgress: true }), false);
    assert.equal(shouldOpenWalkthrough({ ...base, testMode: true }), false);
    assert.equal(shouldOpenWalkthrough({ ...base, openOnInstall: false }), false);
  });

  it('any saved progress means the extension is not new to the learner; empty sections do not count', () => {
    const s = emptyProgress();
    assert.equal(hasAnyProgress(s), false);
    s.sections = { quizzes: {}, reviewDeck: { version: 1, cards: {} }, labs: {} };
    assert.equal(hasAnyProgress(s), false, 'what a reset leaves behind is no progress');
    s.sections.labs = { x: { passed: [], hintsShown: {} } };
    assert.equal(hasAnyProgress(s), true);
    const l = emptyProgress();
    l.lessonsDone = { a: '2026-01-01T00:00:00Z' };
    assert.equal(hasAnyProgress(l), true);
  });

  it('saved progress completes the steps it proves', () => {
    const s = emptyProgress();
    assert.deepEqual(walkthroughContext(s), { topicsShown: false, hasDoneLesson: false, quizAnswered: false, labGraded: false });
    s.lessonsDone = { a: '2026-01-01T00:00:00Z' };
    s.sections = { reviewDeck: { version: 1, cards: { q: {} } }, labs: { x: { passed: [], hintsShown: { c: 1 } } } };
    assert.deepEqual(walkthroughContext(s), { topicsShown: false, hasDoneLesson: true, quizAnswered: true, labGraded: false }, 'a hint alone is not a grading');
    s.sections = { quizzes: { q: { best: 50 } }, labs: { x: { passed: [], hintsShown: {}, gradedAt: '2026-01-01T00:00:00Z' } } };
    assert.deepEqual(walkthroughContext(s), { topicsShown: false, hasDoneLesson: true, quizAnswered: true, labGraded: true });
  });
});
