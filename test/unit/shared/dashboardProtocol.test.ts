import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildDashboard, type DashboardCourse } from '../../../src/dashboard/model';
import { emptyProgress } from '../../../src/progress/state';
import { isDashboardView, parseDashboardPanelState, parseFromDashboardWebview, parseToDashboardWebview } from '../../../src/shared/dashboardValidate';

const course: DashboardCourse = {
  topics: [{ id: 'basics', title: 'Basics', lessonIds: ['b1'], quizIds: ['basics-quiz'], labIds: ['docker-lab'] }],
  lessons: new Map([['b1', { id: 'b1', title: 'B one', topicId: 'basics' }]]),
  labs: new Map([['docker-lab', { id: 'docker-lab', title: 'Docker lab', topic: 'basics' }]]),
  quizzes: new Map([['basics-quiz', { id: 'basics-quiz', title: 'Basics quiz', topic: 'basics', questions: [{ id: 'bq1', lesson: 'b1' }] }]]),
};

function view() {
  const progress = emptyProgress();
  progress.lessonsDone = { b1: '2026-06-01T00:00:00.000Z' };
  progress.quizAttempts = { 'basics-quiz': [{ at: '2026-06-02T00:00:00.000Z', score: 75 }] };
  progress.studyDays = ['2026-06-01', '2026-06-02'];
  return buildDashboard({
    course, progress, cards: { bq1: { due: '2026-06-03T00:00:00.000Z' } }, quizRecords: { 'basics-quiz': { best: 75, lastScore: 75, attempts: 1 } },
    labs: { 'docker-lab': { passed: ['a'], total: 3, gradedAt: '2026-06-02T10:00:00.000Z' } },
    now: new Date('2026-06-02T12:00:00Z'), localDay: (d) => d.toISOString().slice(0, 10), recall: () => 0.8,
  });
}

describe('dashboard protocol', () => {
  it('accepts what the model builds, and nothing malformed from the extension', () => {
    const v = view();
    assert.deepEqual(parseToDashboardWebview({ type: 'dashboard', view: v }), { type: 'dashboard', view: v });
    const broken: Array<(x: ReturnType<typeof view>) => unknown> = [
      (x) => ({ ...x, today: 'Tuesday' }),
      (x) => ({ ...x, topics: [{ ...x.topics[0], read: 101 }] }),
      (x) => ({ ...x, topics: [{ ...x.topics[0], lessonsDone: 5 }] }), // more done than exist
      (x) => ({ ...x, topics: [{ ...x.topics[0], id: '<script>' }] }),
      (x) => ({ ...x, quizzes: [{ ...x.quizzes[0], attempts: [{ at: 'never', score: 10 }] }] }),
      (x) => ({ ...x, review: { ...x.review, dueNow: x.review.inDeck + 1 } }),
      (x) => ({ ...x, labs: [{ ...x.labs[0], passed: 9 }] }),
      (x) => ({ ...x, weakest: { topicId: 'basics', topicTitle: 'Basics', part: 'read', step: { kind: 'command', id: 'x' } } }),
      (x) => ({ ...x, activity: { ...x.activity, streak: -1 } }),
    ];
    for (const f of broken) assert.equal(parseToDashboardWebview({ type: 'dashboard', view: f(v) }), undefined, JSON.stringify(f(v)).slice(0, 120));
    assert.equal(parseToDashboardWebview({ type: 'other', view: v }), undefined);
  });

  it('accepts the webview\'s known messages with valid ids, and refuses the rest', () => {
    assert.deepEqual(parseFromDashboardWebview({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromDashboardWebview({ type: 'ready', shownFromPage: true }), { type: 'ready', shownFromPage: true });
    assert.deepEqual(parseFromDashboardWebview({ type: 'ready', shownFromPage: false }), { type: 'ready' });
    assert.equal(parseFromDashboardWebview({ type: 'ready', shownFromPage: 'yes' }), undefined);
    assert.deepEqual(parseFromDashboardWebview({ type: 'startReview', extra: 1 }), { type: 'startReview' });
    const tables = { readiness: [['Topic', 'Read'], ['Basics', '100%']] };
    assert.deepEqual(parseFromDashboardWebview({ type: 'painted', today: '2026-06-02', tables }), { type: 'painted', today: '2026-06-02', tables });
    assert.equal(parseFromDashboardWebview({ type: 'painted', today: '2026-06-02', tables: { other: [] } }), undefined);
    assert.equal(parseFromDashboardWebview({ type: 'painted', today: '2026-06-02', tables: { labs: [[1]] } }), undefined);
    assert.deepEqual(parseFromDashboardWebview({ type: 'openLesson', lessonId: 'b1' }), { type: 'openLesson', lessonId: 'b1' });
    assert.deepEqual(parseFromDashboardWebview({ type: 'openQuiz', quizId: 'basics-quiz' }), { type: 'openQuiz', quizId: 'basics-quiz' });
    assert.deepEqual(parseFromDashboardWebview({ type: 'openLab', labId: 'docker-lab' }), { type: 'openLab', labId: 'docker-lab' });
    for (const bad of [null, 'ready', {}, { type: 'openLesson', lessonId: '../x' }, { type: 'openLab' }, { type: 'painted', today: 5 }, { type: 'runCommand', command: 'x' }]) {
      assert.equal(parseFromDashboardWebview(bad), undefined, JSON.stringify(bad));
    }
  });

  it('the panel state keeps only known sections, once each', () => {
    assert.deepEqual(parseDashboardPanelState({ tables: ['readiness', 'nope', 'readiness', 'labs', 3] }), { tables: ['readiness', 'labs'] });
    assert.deepEqual(parseDashboardPanelState(undefined), { tables: [] });
  });

  it('never throws on anything, in either direction', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, maxDepth: 4 }), (x) => {
      parseFromDashboardWebview(x);
      parseToDashboardWebview({ type: 'dashboard', view: x });
      parseDashboardPanelState(x);
      assert.equal(isDashboardView(x) && typeof x !== 'object', false);
    }), { numRuns: 500 });
  });
});
