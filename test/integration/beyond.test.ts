import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import type { MlopsLabApi } from '../../src/extension';
import type { QuizApi } from '../../src/quiz/quizFeature';
import { QUIZ_COMMANDS } from '../../src/quiz/quizCommandIds';
import { getApi, waitFor } from './helpers';

function quizzesOf(api: MlopsLabApi): QuizApi {
  const q = (api as MlopsLabApi & { quizzes?: QuizApi }).quizzes;
  if (!q) throw new Error('api.quizzes is missing');
  return q;
}

// Topics beyond the article (issue 15): one of their lessons and one of their quizzes, opened through the
// real commands and painted by the real webviews.
suite('Beyond the article: Data and Features', () => {
  suiteTeardown(async () => {
    quizzesOf(await getApi()).panel.close();
  });

  test('the Data and Features topic comes after the article topics, marked as beyond the article', async () => {
    const api = await getApi();
    const course = await api.store.get();
    assert.deepEqual(course.problems, []);
    const topic = course.topics.find((t) => t.id === 'data-features');
    assert.ok(topic, 'course.yaml lists data-features');
    assert.equal(topic.beyondArticle, true);
    assert.deepEqual(topic.lessonIds, ['feature-stores', 'data-contracts']);
    assert.deepEqual(topic.quizIds, ['data-features-quiz']);
    const faq = course.topics.findIndex((t) => t.id === 'faq');
    assert.ok(course.topics.indexOf(topic) > faq, 'after the article topics');
    const roots = await api.tree.getChildren();
    const row = roots.map((n) => api.tree.getTreeItem(n)).find((i) => i.id === 'topic:data-features');
    assert.ok(row, 'a tree row for the topic');
    assert.equal((row.iconPath as vscode.ThemeIcon | undefined)?.id, 'telescope');
  });

  test('the feature-stores lesson opens by command and renders with its sections, example and links', async () => {
    const api = await getApi();
    const rendered = waitFor(api.lessons.onDidRender, (id) => id === 'feature-stores', 15_000, 'feature-stores painted');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.openLesson, 'feature-stores'), true);
    await rendered;
    assert.equal(api.lessons.currentLessonId, 'feature-stores');
    const view = api.lessons.lastView;
    assert.ok(view && view.id === 'feature-stores');
    assert.equal(view.title, 'Feature stores and training/serving skew');
    assert.equal(view.topicTitle, 'Data and Features');
    for (const heading of ['The idea', 'Why it matters in production', 'Example', 'In an interview', 'Sources']) {
      assert.ok(view.html.includes(`>${heading}</h2>`), `section "${heading}"`);
    }
    assert.match(view.html, /<code class="language-python">[^]*merge_asof/, 'the point-in-time join example');
    assert.match(view.html, /data-lesson="mlops-lifecycle-stages"/, 'a link back to the lifecycle lesson');
    assert.ok(view.related.some((r) => r.id === 'data-contracts'), 'related lessons listed');
    assert.equal(view.next?.id, 'data-contracts');
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === view.title);
    assert.ok(tab, `a tab titled "${view.title}"`);
  });

  test('the data-features-quiz opens by command and shows its first question without the answer', async () => {
    const api = await getApi();
    const quizzes = quizzesOf(api);
    await quizzes.service.resetAll();
    const shown = waitFor(quizzes.panel.onDidShow, (e) => e.phase === 'question', 15_000, 'first question painted');
    assert.equal(await vscode.commands.executeCommand(QUIZ_COMMANDS.openQuiz, 'data-features-quiz'), true);
    const painted = await shown;
    const msg = quizzes.panel.lastMessage;
    assert.ok(msg && msg.type === 'question', `a question message, got ${msg?.type}`);
    assert.equal(msg.header.quizId, 'data-features-quiz');
    assert.equal(msg.header.title, 'Data and Features quiz');
    assert.match(msg.question.questionId, /^features-\d\d$/);
    assert.equal(painted.questionId ?? msg.question.questionId, msg.question.questionId);
    assert.equal(msg.question.total, 7);
    assert.ok(['feature-stores', 'data-contracts'].includes(msg.question.lesson), msg.question.lesson);
    assert.ok(msg.question.promptHtml.length > 20);
    const text = JSON.stringify(msg);
    assert.ok(!/"correct"|"why"|"explanation/.test(text), `question message leaks the answer: ${text.slice(0, 300)}`);
  });
});
