import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFromQuizWebview, parseQuizAnswer, parseQuizPanelState, parseQuizRecords, parseToQuizWebview } from '../../../src/shared/quizValidate';

const question = {
  questionId: 'fund-01', type: 'single', promptHtml: '<p>Q</p>', index: 0, total: 3, lesson: 'what-is-mlops', lessonTitle: 'What is MLOps',
  choices: [{ id: 'c1abc', text: 'A' }, { id: 'c2def', text: 'B' }],
};
const header = { title: 'Quiz', kind: 'quiz' };
const feedback = {
  questionId: 'fund-01', score: 0, right: false, given: { choiceId: 'c2def' }, correctAnswer: { choiceId: 'c1abc' }, correctTexts: ['A'],
  explanationHtml: '<p>because</p>', chosen: [{ choiceId: 'c2def', text: 'B', correct: false, why: 'no' }], marks: { c2def: false },
  lesson: 'what-is-mlops', lessonTitle: 'What is MLOps', last: false, missedTexts: ['A'], wrongTexts: ['B'],
};

describe('quiz webview protocol', () => {
  it('accepts well-formed messages from the webview, dropping extra fields', () => {
    assert.deepEqual(parseFromQuizWebview({ type: 'ready', x: 1 }), { type: 'ready' });
    assert.deepEqual(parseFromQuizWebview({ type: 'next' }), { type: 'next' });
    assert.deepEqual(parseFromQuizWebview({ type: 'close' }), { type: 'close' });
    assert.deepEqual(parseFromQuizWebview({ type: 'submit', questionId: 'fund-01', answer: { choiceId: 'c1abc' }, confidence: 'unsure' }),
      { type: 'submit', questionId: 'fund-01', answer: { choiceId: 'c1abc' }, confidence: 'unsure' });
    assert.deepEqual(parseFromQuizWebview({ type: 'submit', questionId: 'q-1', answer: { value: 0.5 } }), { type: 'submit', questionId: 'q-1', answer: { value: 0.5 } });
    assert.deepEqual(parseFromQuizWebview({ type: 'submit', questionId: 'q-1', answer: { pairs: { l1: 'r2', l2: 'r1' } } }),
      { type: 'submit', questionId: 'q-1', answer: { pairs: { l1: 'r2', l2: 'r1' } } });
    assert.deepEqual(parseFromQuizWebview({ type: 'retry', mode: 'missed' }), { type: 'retry', mode: 'missed' });
    assert.deepEqual(parseFromQuizWebview({ type: 'openLesson', lessonId: 'model-drift' }), { type: 'openLesson', lessonId: 'model-drift' });
    assert.deepEqual(parseFromQuizWebview({ type: 'shown', phase: 'feedback', questionId: 'q-1' }), { type: 'shown', phase: 'feedback', questionId: 'q-1' });
    assert.deepEqual(parseFromQuizWebview({ type: 'resume', kind: 'quiz', quizId: 'cicd-quiz', x: 1 }), { type: 'resume', kind: 'quiz', quizId: 'cicd-quiz' });
    assert.deepEqual(parseFromQuizWebview({ type: 'resume', kind: 'review', quizId: 'cicd-quiz' }), { type: 'resume', kind: 'review' });
    for (const bad of [{ type: 'resume' }, { type: 'resume', kind: 'quiz' }, { type: 'resume', kind: 'quiz', quizId: '../x' }, { type: 'resume', kind: 'exam' }]) {
      assert.equal(parseFromQuizWebview(bad), undefined, JSON.stringify(bad));
    }
  });

  it('rejects malformed, unknown and oversized messages', () => {
    const bad: unknown[] = [null, undefined, 1, 'ready', [], {}, { type: 'nope' }, { type: 'submit' },
      { type: 'submit', questionId: 'q-1' },
      { type: 'submit', questionId: 'Q 1', answer: { choiceId: 'c1' } },
      { type: 'submit', questionId: 'q-1', answer: { choiceId: 5 } },
      { type: 'submit', questionId: 'q-1', answer: { choiceId: 'c1', value: 2 } },
      { type: 'submit', questionId: 'q-1', answer: { choiceIds: ['a', 'a'] } },
      { type: 'submit', questionId: 'q-1', answer: { choiceIds: Array.from({ length: 60 }, (_, i) => `c${i}`) } },
      { type: 'submit', questionId: 'q-1', answer: { itemIds: 'a' } },
      { type: 'submit', questionId: 'q-1', answer: { value: Number.NaN } },
      { type: 'submit', questionId: 'q-1', answer: { value: '3' } },
      { type: 'submit', questionId: 'q-1', answer: { pairs: { l1: 3 } } },
      { type: 'submit', questionId: 'q-1', answer: { pairs: JSON.parse('{"__proto__":"x"}') as unknown } },
      { type: 'submit', questionId: 'q-1', answer: { choiceId: 'c1' }, confidence: 'maybe' },
      { type: 'submit', questionId: 'a'.repeat(200), answer: { choiceId: 'c1' } },
      { type: 'retry', mode: 'some' }, { type: 'openLesson', lessonId: '../../etc' }, { type: 'shown', phase: 'nope' },
      { type: 'shown', phase: 'feedback', questionId: 7 }];
    for (const m of bad) assert.equal(parseFromQuizWebview(m), undefined, JSON.stringify(m)?.slice(0, 80));
  });

  it('validates messages to the webview', () => {
    assert.ok(parseToQuizWebview({ type: 'question', header, question }));
    assert.ok(parseToQuizWebview({ type: 'question', header, question, feedback }));
    assert.equal(parseToQuizWebview({ type: 'question', header, question, feedback: { ...feedback, questionId: 'other' } }), undefined);
    assert.equal(parseToQuizWebview({ type: 'question', header, question: { ...question, choices: undefined } }), undefined);
    assert.equal(parseToQuizWebview({ type: 'question', header, question: { ...question, type: 'essay' } }), undefined);
    assert.equal(parseToQuizWebview({ type: 'question', header: { title: 'x', kind: 'exam' }, question }), undefined);
    const result = { score: 1.5, max: 3, percent: 50, right: 1, total: 3, durationMs: 1000, byTopic: [{ topic: 'cicd', title: 'CI/CD', score: 1.5, max: 3, right: 1 }],
      missed: [{ questionId: 'q-1', promptHtml: '', explanationHtml: '', correctTexts: ['A'], givenTexts: ['B'], lesson: 'l', lessonTitle: 'L', score: 0.5, answered: true }] };
    assert.ok(parseToQuizWebview({ type: 'result', header, result }));
    // Issue 12: the missed list carries the learner's answer, feedback the missed and wrong parts.
    assert.equal(parseToQuizWebview({ type: 'result', header, result: { ...result, missed: [{ ...result.missed[0], givenTexts: undefined }] } }), undefined);
    assert.equal(parseToQuizWebview({ type: 'result', header, result: { ...result, missed: [{ ...result.missed[0], givenTexts: [3] }] } }), undefined);
    assert.equal(parseToQuizWebview({ type: 'question', header, question, feedback: { ...feedback, missedTexts: undefined } }), undefined);
    assert.equal(parseToQuizWebview({ type: 'question', header, question, feedback: { ...feedback, wrongTexts: 'B' } }), undefined);
    // Paused sessions in the header.
    const paused = [{ kind: 'quiz', quizId: 'cicd-quiz', title: 'CI/CD', answered: 3, total: 8 }, { kind: 'review', title: 'Review', answered: 0, total: 4 }];
    assert.ok(parseToQuizWebview({ type: 'question', header: { ...header, quizId: 'article-quiz', paused }, question }));
    assert.ok(parseToQuizWebview({ type: 'empty', header: { ...header, paused }, message: 'none' }));
    for (const bad of [{ ...paused[0], quizId: 'Bad Id' }, { ...paused[0], answered: 9 }, { ...paused[0], total: -1 }, { ...paused[1], quizId: 'x' }, { ...paused[0], kind: 'exam' }]) {
      assert.equal(parseToQuizWebview({ type: 'question', header: { ...header, paused: [bad] }, question }), undefined, JSON.stringify(bad));
    }
    assert.equal(parseToQuizWebview({ type: 'question', header: { ...header, quizId: 'Not an id' }, question }), undefined);
    assert.equal(parseToQuizWebview({ type: 'result', header, result: { ...result, percent: 'x' } }), undefined);
    assert.ok(parseToQuizWebview({ type: 'empty', header, message: 'none' }));
    assert.ok(parseToQuizWebview({ type: 'error', message: 'bad' }));
  });

  it('never sends correctness in a question view (the view type has no such field)', () => {
    const parsed = parseToQuizWebview({ type: 'question', header, question: { ...question, choices: [{ id: 'c1abc', text: 'A', correct: true }] } });
    assert.ok(parsed);
    // Accepted for shape, but the webview only reads id and text; the extension never sends it (tested in integration).
  });

  it('never throws on any input', () => {
    fc.assert(fc.property(fc.anything(), (m) => {
      parseFromQuizWebview(m);
      parseToQuizWebview(m);
      parseQuizPanelState(m);
      parseQuizAnswer(m);
      parseQuizRecords(m);
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.record({ type: fc.constantFrom('submit', 'retry', 'shown', 'openLesson', 'question', 'result'), questionId: fc.anything(),
      answer: fc.anything(), mode: fc.anything(), phase: fc.anything(), header: fc.anything(), question: fc.anything(), result: fc.anything() }), (m) => {
      parseFromQuizWebview(m);
      parseToQuizWebview(m);
    }), { numRuns: 2000 });
  });

  it('an accepted submit is always a clean copy', () => {
    fc.assert(fc.property(fc.anything(), (answer) => {
      const m = parseFromQuizWebview({ type: 'submit', questionId: 'q-1', answer });
      if (m && m.type === 'submit') assert.equal(Object.keys(m.answer).length, 1);
    }), { numRuns: 1000 });
  });

  it('reads panel state', () => {
    assert.deepEqual(parseQuizPanelState({ kind: 'quiz', quizId: 'cicd-quiz' }), { kind: 'quiz', quizId: 'cicd-quiz' });
    assert.deepEqual(parseQuizPanelState({ kind: 'review' }), { kind: 'review' });
    assert.equal(parseQuizPanelState({ kind: 'quiz' }), undefined);
    assert.equal(parseQuizPanelState('x'), undefined);
  });

  it('keeps valid saved quiz scores and drops garbage', () => {
    const good = { best: 80, lastScore: 60, lastAt: '2025-01-02T03:04:05.000Z', attempts: 2 };
    assert.deepEqual(parseQuizRecords({ 'cicd-quiz': good, 'x-quiz': { best: 200 }, 'Bad Id': good }), { records: { 'cicd-quiz': good }, dropped: 2 });
    assert.deepEqual(parseQuizRecords('garbage'), { records: {}, dropped: 1 });
    assert.deepEqual(parseQuizRecords(undefined), { records: {}, dropped: 0 });
  });
});
