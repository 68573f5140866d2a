import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { activity, buildDashboard, questionTopics, type DashboardCourse, type DashboardInput } from '../../../src/dashboard/model';
import { emptyProgress, type ProgressState } from '../../../src/progress/state';
import { createFsrsScheduler, emptyDeck, recordAnswer, type ReviewCard } from '../../../src/quiz/review';

// Days in UTC so the test does not depend on the machine's time zone.
const utcDay = (d: Date) => d.toISOString().slice(0, 10);

const course: DashboardCourse = {
  topics: [
    { id: 'basics', title: 'Basics', lessonIds: ['b1', 'b2'], quizIds: ['basics-quiz'], labIds: ['docker-lab'] },
    { id: 'deploy', title: 'Deploy', lessonIds: ['d1', 'd2', 'd3', 'd4'], quizIds: ['deploy-quiz'], labIds: [] },
    { id: 'faq', title: 'FAQ', lessonIds: ['f1'], quizIds: [], labIds: [] },
  ],
  lessons: new Map([
    ['b1', { id: 'b1', title: 'B one', topicId: 'basics' }], ['b2', { id: 'b2', title: 'B two', topicId: 'basics' }],
    ['d1', { id: 'd1', title: 'D one', topicId: 'deploy' }], ['d2', { id: 'd2', title: 'D two', topicId: 'deploy' }],
    ['d3', { id: 'd3', title: 'D three', topicId: 'deploy' }], ['d4', { id: 'd4', title: 'D four', topicId: 'deploy' }],
    ['f1', { id: 'f1', title: 'F one', topicId: 'faq' }],
  ]),
  labs: new Map([['docker-lab', { id: 'docker-lab', title: 'Docker lab', topic: 'basics' }]]),
  quizzes: new Map([
    ['basics-quiz', { id: 'basics-quiz', title: 'Basics quiz', topic: 'basics', questions: [{ id: 'bq1', lesson: 'b1' }, { id: 'bq2', lesson: 'b2' }] }],
    ['deploy-quiz', { id: 'deploy-quiz', title: 'Deploy quiz', topic: 'deploy', questions: [{ id: 'dq1', lesson: 'd1' }] }],
    // A course-wide quiz: its questions belong to their lessons' topics.
    ['article-quiz', { id: 'article-quiz', title: 'Article quiz', questions: [{ id: 'aq1', lesson: 'd2' }, { id: 'aq2', lesson: 'f1' }] }],
  ]),
};

type FakeCard = { due: string; r: number };
const NOW = new Date('2026-06-10T12:00:00Z'); // a Wednesday

function input(over: Partial<DashboardInput<FakeCard>> & { progress?: ProgressState } = {}): DashboardInput<FakeCard> {
  return {
    course, progress: emptyProgress(), cards: {}, quizRecords: {}, labs: {}, now: NOW, localDay: utcDay,
    recall: (c) => c.r, ...over,
  };
}

describe('dashboard model', () => {
  it('a new learner: every topic at 0 %, the first topic is the weakest and its first lesson the next step', () => {
    const v = buildDashboard(input());
    assert.deepEqual(v.topics.map((t) => [t.id, t.read, t.retained, t.labs, t.readiness]), [
      ['basics', 0, null, 0, 0], ['deploy', 0, null, null, 0], ['faq', 0, null, null, 0],
    ]);
    assert.deepEqual(v.weakest, { topicId: 'basics', topicTitle: 'Basics', part: 'read', step: { kind: 'lesson', lessonId: 'b1', title: 'B one' } });
    assert.equal(v.review.dueNow, 0);
    assert.equal(v.activity.streak, 0);
    assert.deepEqual(v.quizzes.map((q) => [q.id, q.attempts.length, q.best, q.last]), [
      ['basics-quiz', 0, undefined, undefined], ['deploy-quiz', 0, undefined, undefined], ['article-quiz', 0, undefined, undefined],
    ]);
  });

  it('readiness is the mean of the parts that apply; retained is the mean recall of the topic\'s cards, course-wide questions included', () => {
    const progress = emptyProgress();
    progress.lessonsDone = { b1: '2026-06-01T00:00:00Z', b2: '2026-06-01T00:00:00Z', d1: '2026-06-02T00:00:00Z', f1: '2026-06-02T00:00:00Z' };
    const cards = {
      bq1: { due: '2026-06-20T00:00:00Z', r: 0.9 }, bq2: { due: '2026-06-11T08:00:00Z', r: 0.5 },
      aq1: { due: '2026-06-09T00:00:00Z', r: 0.3 }, // a deploy lesson's question from the article quiz, overdue
      unknown: { due: '2026-06-01T00:00:00Z', r: 0 }, // not in the course: no topic, still due
    };
    const labs = { 'docker-lab': { passed: ['a', 'b'], total: 4, gradedAt: '2026-06-09T10:00:00Z' } };
    const v = buildDashboard(input({ progress, cards, labs }));
    const [basics, deploy, faq] = v.topics;
    assert.deepEqual(basics, { id: 'basics', title: 'Basics', lessonsDone: 2, lessonsTotal: 2, read: 100, cards: 2, retained: 70, labsCompleted: 0, labsTotal: 1, labs: 0, readiness: 57 });
    assert.deepEqual([deploy.read, deploy.retained, deploy.cards, deploy.labs, deploy.readiness], [25, 30, 1, null, 28]);
    assert.deepEqual([faq.read, faq.retained, faq.readiness], [100, null, 100]);
    // Deploy is the weakest; its lowest part is "read" (25 < 30).
    assert.deepEqual(v.weakest, { topicId: 'deploy', topicTitle: 'Deploy', part: 'read', step: { kind: 'lesson', lessonId: 'd2', title: 'D two' } });
    assert.equal(v.review.dueNow, 2);
    assert.equal(v.review.inDeck, 4);
  });

  it('the next step follows the weakest part: the review when the topic has questions due, else its quiz; a lab not completed', () => {
    const progress = emptyProgress();
    progress.lessonsDone = Object.fromEntries(['b1', 'b2', 'd1', 'd2', 'd3', 'd4', 'f1'].map((id) => [id, '2026-06-01T00:00:00Z']));
    const labs = { 'docker-lab': { passed: ['a'], total: 2, gradedAt: '2026-06-09T10:00:00Z', completedAt: '2026-06-09T10:00:00Z' } };
    const due = buildDashboard(input({ progress, labs, cards: { dq1: { due: '2026-06-09T00:00:00Z', r: 0.4 }, bq1: { due: '2026-06-09T00:00:00Z', r: 0.95 } } }));
    assert.deepEqual(due.weakest, { topicId: 'deploy', topicTitle: 'Deploy', part: 'retained', step: { kind: 'review', due: 2 } });
    const notDue = buildDashboard(input({ progress, labs, cards: { dq1: { due: '2026-06-19T00:00:00Z', r: 0.4 } } }));
    assert.deepEqual(notDue.weakest?.step, { kind: 'quiz', quizId: 'deploy-quiz', title: 'Deploy quiz' });
    const lab = buildDashboard(input({ progress, labs: {} }));
    assert.deepEqual(lab.weakest, { topicId: 'basics', topicTitle: 'Basics', part: 'labs', step: { kind: 'lab', labId: 'docker-lab', title: 'Docker lab' } });
    // Everything read, retained at 100 % and every lab done: nothing is weakest.
    const done = buildDashboard(input({ progress, labs, cards: {} }));
    assert.equal(done.weakest, undefined);
    assert.ok(done.topics.every((t) => t.readiness === 100));
  });

  it('quiz history: each attempt with its date and score, best over the whole record, last = the latest attempt', () => {
    const progress = emptyProgress();
    progress.quizAttempts = { 'basics-quiz': [{ at: '2026-06-01T10:00:00Z', score: 40 }, { at: '2026-06-05T10:00:00Z', score: 80 }, { at: '2026-06-08T10:00:00Z', score: 60 }] };
    // The record knows an older, better attempt from before attempts had dates.
    const quizRecords = { 'basics-quiz': { best: 90, lastScore: 60, attempts: 5 }, 'deploy-quiz': { best: 70, lastScore: 70, attempts: 1 } };
    const v = buildDashboard(input({ progress, quizRecords }));
    const [basics, deploy, article] = v.quizzes;
    assert.deepEqual(basics, { id: 'basics-quiz', title: 'Basics quiz', attempts: progress.quizAttempts['basics-quiz'], attemptsTotal: 5, best: 90, last: 60 });
    assert.deepEqual(deploy, { id: 'deploy-quiz', title: 'Deploy quiz', attempts: [], attemptsTotal: 1, best: 70, last: 70 });
    assert.deepEqual(article, { id: 'article-quiz', title: 'Article quiz', attempts: [], attemptsTotal: 0 });
  });

  it('review forecast: 14 local days from today; overdue questions count today; later ones on their day; beyond 14 days not shown', () => {
    const cards = {
      a: { due: '2026-06-01T00:00:00Z', r: 0 }, // overdue -> today
      b: { due: '2026-06-10T23:00:00Z', r: 0 }, // later today: due today, not due now
      c: { due: '2026-06-11T01:00:00Z', r: 0 },
      d: { due: '2026-06-23T12:00:00Z', r: 0 }, // day 13, the last shown
      e: { due: '2026-06-24T12:00:00Z', r: 0 }, // day 14: past the forecast
    };
    const v = buildDashboard(input({ cards }));
    assert.equal(v.review.forecast.length, 14);
    assert.equal(v.review.forecast[0].day, '2026-06-10');
    assert.equal(v.review.forecast[13].day, '2026-06-23');
    assert.deepEqual(v.review.forecast.map((f) => f.count), [2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    assert.equal(v.review.dueNow, 1);
    assert.equal(v.review.inDeck, 5);
  });

  it('labs: checks passing of the last grading, completion and its time, in course order; an ungraded lab has no total', () => {
    const v1 = buildDashboard(input());
    assert.deepEqual(v1.labs, [{ id: 'docker-lab', title: 'Docker lab', passed: 0, completed: false }]);
    const v2 = buildDashboard(input({ labs: { 'docker-lab': { passed: ['x', 'y', 'z'], total: 3, gradedAt: '2026-06-09T10:00:00Z', completedAt: '2026-06-09T10:00:00Z' } } }));
    assert.deepEqual(v2.labs, [{ id: 'docker-lab', title: 'Docker lab', passed: 3, total: 3, completed: true, gradedAt: '2026-06-09T10:00:00Z' }]);
  });

  it('activity: whole weeks from a Monday up to today, the study days in them, the current streak', () => {
    const a = activity(['2026-06-07', '2026-06-08', '2026-06-09', '2026-06-10', '2026-05-01'], '2026-06-10', 2);
    assert.equal(a.days[0].day, '2026-06-01'); // Monday of the week before
    assert.equal(a.days.at(-1)?.day, '2026-06-10');
    assert.equal(a.days.length, 10);
    assert.equal(a.studied, 4);
    assert.equal(a.streak, 4);
    assert.equal(a.studiedToday, true);
    // Not yet studied today: the streak up to yesterday still counts.
    const b = activity(['2026-06-08', '2026-06-09'], '2026-06-10', 1);
    assert.deepEqual([b.streak, b.studiedToday, b.days.length], [2, false, 3]);
    // A gap of a day ends it.
    assert.equal(activity(['2026-06-07', '2026-06-08'], '2026-06-10').streak, 0);
  });

  it('property: the streak is never longer than the days studied, and the shown days end today', () => {
    const day = fc.integer({ min: 0, max: 120 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(fc.property(fc.uniqueArray(day, { maxLength: 60 }), day, fc.integer({ min: 1, max: 20 }), (days, today, weeks) => {
      const a = activity(days, today, weeks);
      assert.equal(a.days.at(-1)?.day, today);
      assert.ok(a.days.length > (weeks - 1) * 7 && a.days.length <= weeks * 7);
      assert.ok(a.streak <= days.length);
      assert.equal(a.studied, a.days.filter((d) => days.includes(d.day)).length);
      if (a.studiedToday) assert.ok(a.streak >= 1);
    }), { numRuns: 300 });
  });

  it('retained uses FSRS: a question missed a minute ago is recalled with high probability, and that probability falls with time', () => {
    const fsrs = createFsrsScheduler();
    const at = new Date('2026-06-01T12:00:00Z');
    const deck = recordAnswer(emptyDeck(), 'dq1', 0, undefined, at, fsrs);
    const base = { ...input(), cards: deck.cards, recall: (c: ReviewCard, now: Date) => fsrs.recall(c, now) } as unknown as DashboardInput<ReviewCard>;
    const soon = buildDashboard({ ...base, now: new Date(at.getTime() + 60_000) }).topics[1].retained as number;
    const later = buildDashboard({ ...base, now: new Date(at.getTime() + 30 * 86_400_000) }).topics[1].retained as number;
    assert.ok(soon > 90, `right after: ${soon}`);
    assert.ok(later < soon, `a month later ${later} should be below ${soon}`);
    assert.ok(later >= 0);
  });

  it('maps questions to topics through their lessons', () => {
    assert.deepEqual([...questionTopics(course)], [['bq1', 'basics'], ['bq2', 'basics'], ['dq1', 'deploy'], ['aq1', 'deploy'], ['aq2', 'faq']]);
  });
});
