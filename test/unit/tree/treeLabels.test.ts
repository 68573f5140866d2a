import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { diskSource } from '../../../src/course/diskSource';
import { loadCourse } from '../../../src/course/load';
import { labRow, lessonRow, quizRow, reviewRow, topicRow, TOPIC_TITLE_MAX } from '../../../src/tree/treeLabels';

const contentDir = join(__dirname, '..', '..', '..', '..', 'content');

describe('Topics tree rows', () => {
  it('every topic title of the course is short enough for its count to show in a default-width sidebar', async () => {
    const course = await loadCourse(diskSource(contentDir));
    assert.ok(course.topics.length > 0);
    for (const t of course.topics) assert.ok(t.title.length <= TOPIC_TITLE_MAX, `"${t.title}" is ${t.title.length} characters (at most ${TOPIC_TITLE_MAX})`);
  });

  it('a topic shows done/total and says it in words', () => {
    assert.deepEqual(topicRow('Model Deployment', 1, 4), { label: 'Model Deployment', description: '1/4', accessibleName: 'Model Deployment, 1 of 4 lessons done' });
    assert.equal(topicRow('FAQ', 0, 1).accessibleName, 'FAQ, 0 of 1 lesson done');
    assert.equal(topicRow('Data and Features', 1, 2, true).accessibleName, 'Data and Features, beyond the article, 1 of 2 lessons done');
    assert.equal(topicRow('Data and Features', 1, 2, true).label, 'Data and Features');
  });

  it('a graded lab carries its count at the start of the label, where truncation does not reach', () => {
    const row = labRow('Version data and pipeline with DVC', { started: true, passed: 4, total: 11, completed: false });
    assert.ok(row.label.startsWith('Lab 4/11: '), row.label);
    assert.equal(row.accessibleName, 'Lab Version data and pipeline with DVC, 4 of 11 checks pass');
    const done = labRow('X', { started: true, passed: 3, total: 3, completed: true });
    assert.equal(done.label, 'Lab 3/3: X');
    assert.equal(done.description, 'complete');
    assert.match(done.accessibleName, /3 of 3 checks pass, complete$/);
    assert.deepEqual(labRow('X', { started: false, passed: 0, completed: false }), { label: 'Lab: X', description: '', accessibleName: 'Lab X, not started' });
    assert.equal(labRow('X', { started: true, passed: 0, completed: false }).description, 'started');
  });

  it('a quiz taken shows its best score first; its title is not doubled with "Quiz:"', () => {
    assert.deepEqual(quizRow('Model Deployment quiz', 10), { label: 'Model Deployment quiz', description: '10 questions', accessibleName: 'Model Deployment quiz, not taken yet, 10 questions' });
    const taken = quizRow('Model Deployment quiz', 10, 80);
    assert.equal(taken.label, 'Best 80% · Model Deployment quiz');
    assert.equal(taken.accessibleName, 'Model Deployment quiz, best score 80 percent, 10 questions');
    assert.equal(quizRow('Serving basics', 1).label, 'Quiz: Serving basics');
    assert.equal(quizRow('Serving basics', 1).accessibleName, 'Quiz Serving basics, not taken yet, 1 question');
  });

  it('the review row is named by its count, not by its tooltip', () => {
    assert.equal(reviewRow(3).label, 'Review due (3)');
    assert.equal(reviewRow(3).accessibleName, 'Review: 3 questions due');
    assert.equal(reviewRow(1).accessibleName, 'Review: 1 question due');
    assert.equal(reviewRow(0).accessibleName, 'Review: no questions due');
  });

  it('a lesson says whether it is done', () => {
    assert.equal(lessonRow('Drift', true, 6).accessibleName, 'Drift, done, 6 minute read');
    assert.deepEqual(lessonRow('Drift', false), { label: 'Drift', description: '', accessibleName: 'Drift, not done' });
  });
});
