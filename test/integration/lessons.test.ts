import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import { lessonsInOrder } from '../../src/course/model';
import { getApi, waitFor } from './helpers';

suite('Topics tree and lessons', () => {
  suiteSetup(async () => {
    const api = await getApi();
    await vscode.commands.executeCommand(COMMANDS.resetAllProgress, true);
    await api.store.get();
  });

  test('activation loads no heavy bundle', async () => {
    const api = await getApi();
    // The course loader, renderer, graders and quiz engine all load on first use, never in activate().
    assert.deepEqual(api.bundlesAtActivation, []);
    console.log(`    activate(): ${api.activationMs.toFixed(2)} ms — ${api.activationPhases.map(([n, t]) => `${n} ${t.toFixed(2)}`).join(', ')}`);
    assert.ok(api.activationMs < 1000, `activate() took ${api.activationMs} ms`);
  });

  test('the tree shows the article\'s five topics in order, then the topics beyond it, with their share done', async () => {
    const api = await getApi();
    const roots = await api.tree.getChildren();
    const items = roots.map((n) => api.tree.getTreeItem(n));
    assert.deepEqual(items.slice(0, 5).map((i) => i.label), [
      'MLOps Fundamentals', 'Model Deployment', 'CI/CD and Versioning', 'Monitoring and Drift', 'FAQ',
    ]);
    const course = await api.store.get();
    // Then the topics beyond the article, each with the telescope icon, then the article's course-wide quiz and the review node.
    const beyond = course.topics.filter((t) => t.beyondArticle);
    assert.equal(course.topics.length, 5 + beyond.length);
    const beyondItems = items.slice(5, 5 + beyond.length);
    assert.deepEqual(beyondItems.map((i) => i.label), beyond.map((t) => t.title));
    for (const i of beyondItems) assert.equal((i.iconPath as vscode.ThemeIcon).id, 'telescope', `${i.label} is marked beyond the article`);
    assert.deepEqual(items.slice(5 + beyond.length).map((i) => i.contextValue), ['quiz', 'review']);
    assert.equal(items[0].description, `0/${course.topics[0].lessonIds.length}`);
    const lessons = await api.tree.getChildren(roots[1]);
    assert.ok(lessons.length >= 4);
    const lessonItem = api.tree.getTreeItem(lessons[0]);
    assert.equal(lessonItem.command?.command, COMMANDS.openLesson);
    assert.equal(lessonItem.contextValue, 'lesson.todo');
  });

  test('every article question has a lesson (15 Q&A + 5 FAQ at least)', async () => {
    const course = await (await getApi()).store.get();
    assert.deepEqual(course.problems, []);
    assert.ok(course.lessons.size >= 20, `only ${course.lessons.size} lessons`);
    assert.equal(course.topics.find((t) => t.id === 'faq')?.lessonIds.length, 5);
  });

  test('opening a lesson renders it in one reused webview panel', async () => {
    const api = await getApi();
    const course = await api.store.get();
    const [first, second] = lessonsInOrder(course);
    const rendered = waitFor(api.lessons.onDidRender, (id) => id === first.id, 15_000);
    await vscode.commands.executeCommand(COMMANDS.openLesson, first.id);
    await rendered;
    assert.equal(api.lessons.currentLessonId, first.id);
    const tabsBefore = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview).length;
    const rendered2 = waitFor(api.lessons.onDidRender, (id) => id === second.id, 15_000);
    await vscode.commands.executeCommand(COMMANDS.openLesson, second.id);
    await rendered2;
    const tabsAfter = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview).length;
    assert.equal(tabsAfter, tabsBefore, 'a second lesson must reuse the panel');
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === second.title);
    assert.ok(tab, `a tab titled "${second.title}"`);
  });

  test('the lessons of every topic beyond the article open and render', async function () {
    this.timeout(60_000);
    const api = await getApi();
    const course = await api.store.get();
    const beyond = course.topics.filter((t) => t.beyondArticle);
    assert.ok(beyond.some((t) => t.id === 'ml-production'), 'the Running ML in Production topic is in the course');
    for (const topic of beyond) {
      for (const id of topic.lessonIds) {
        const rendered = waitFor(api.lessons.onDidRender, (r) => r === id, 15_000);
        assert.notEqual(await vscode.commands.executeCommand(COMMANDS.openLesson, id), false, id);
        await rendered;
        assert.equal(api.lessons.currentLessonId, id);
        const title = course.lessons.get(id)!.title;
        assert.ok(vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && t.label === title), `a tab titled "${title}"`);
      }
    }
  });

  test('an unknown lesson id is refused without opening anything', async () => {
    const api = await getApi();
    const before = api.lessons.currentLessonId;
    const ok = await vscode.commands.executeCommand(COMMANDS.openLesson, 'no-such-lesson');
    assert.equal(ok, false);
    assert.equal(api.lessons.currentLessonId, before);
  });

  test('marking a lesson done updates the tree; reset clears it', async () => {
    const api = await getApi();
    const course = await api.store.get();
    const topic = course.topics[0];
    const lessonId = topic.lessonIds[0];
    const changed = waitFor(api.tree.onDidChangeTreeData);
    await vscode.commands.executeCommand(COMMANDS.markLessonDone, lessonId);
    await changed;
    const roots = await api.tree.getChildren();
    assert.equal(api.tree.getTreeItem(roots[0]).description, `1/${topic.lessonIds.length}`);
    const lessonNode = (await api.tree.getChildren(roots[0]))[0];
    assert.equal(api.tree.getTreeItem(lessonNode).contextValue, 'lesson.done');

    assert.equal(await vscode.commands.executeCommand(COMMANDS.resetTopicProgress, topic.id, true), true);
    assert.equal(api.tree.getTreeItem(roots[0]).description, `0/${topic.lessonIds.length}`);

    await vscode.commands.executeCommand(COMMANDS.markLessonDone, lessonId);
    await vscode.commands.executeCommand(COMMANDS.markLessonDone, course.topics[1].lessonIds[0]);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.resetAllProgress, true), true);
    assert.equal(api.progress.isLessonDone(lessonId), false);
    assert.equal(api.progress.isLessonDone(course.topics[1].lessonIds[0]), false);
  });

  test('continue learning opens the first lesson not done', async () => {
    const api = await getApi();
    const course = await api.store.get();
    const [first, second] = lessonsInOrder(course);
    await vscode.commands.executeCommand(COMMANDS.markLessonDone, first.id);
    const rendered = waitFor(api.lessons.onDidRender, (id) => id === second.id, 15_000);
    await vscode.commands.executeCommand(COMMANDS.continueLearning);
    await rendered;
    assert.equal(api.lessons.currentLessonId, second.id);
    await vscode.commands.executeCommand(COMMANDS.resetAllProgress, true);
  });
});
