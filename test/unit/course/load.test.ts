import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { diskSource } from '../../../src/course/diskSource';
import { loadCourse } from '../../../src/course/load';
import { lessonsInOrder, neighbours } from '../../../src/course/model';
import { memorySource } from '../../../src/course/source';

const contentDir = join(__dirname, '..', '..', '..', '..', 'content');

const lesson = (id: string, extra = '', body = '## The idea\nx\n\n## Why it matters in production\ny\n\n## Example\nz\n') =>
  `---\nid: ${id}\ntitle: Title of ${id}\nsummary: About ${id}.\nminutes: 3\n${extra}---\n${body}`;

const course = (topics: string) => `title: Test\ntopics:\n${topics}`;
const okCourse = course('  - id: one\n    title: One\n    summary: S\n    lessons: [a, b]\n');

describe('course loading', () => {
  it('loads the real course with no problems: the article\'s 5 topics first, in order, then the ones beyond it; at least 20 lessons', async () => {
    const c = await loadCourse(diskSource(contentDir));
    assert.deepEqual(c.problems, []);
    const article = c.topics.filter((t) => !t.beyondArticle).map((t) => t.id);
    assert.deepEqual(article, ['fundamentals', 'deployment', 'cicd', 'monitoring', 'faq']);
    assert.deepEqual(c.topics.slice(0, 5).map((t) => t.id), article);
    assert.ok(c.lessons.size >= 20);
    for (const l of c.lessons.values()) assert.ok(l.body.length > 200, `${l.id} has a body`);
  });

  it('loads a minimal valid course and orders lessons', async () => {
    const c = await loadCourse(memorySource({ 'course.yaml': okCourse, 'lessons/a.md': lesson('a', 'related: [b]\n'), 'lessons/b.md': lesson('b') }));
    assert.deepEqual(c.problems, []);
    assert.deepEqual(lessonsInOrder(c).map((l) => l.id), ['a', 'b']);
    assert.equal(neighbours(c, 'b').previous?.id, 'a');
    assert.equal(neighbours(c, 'b').next, undefined);
    assert.equal(c.lessons.get('a')!.topicId, 'one');
    assert.equal(c.topics[0].beyondArticle, false);
  });

  it('marks topics beyond the article', async () => {
    const c = await loadCourse(memorySource({ 'course.yaml': course('  - id: one\n    title: One\n    summary: S\n    lessons: [a]\n  - id: two\n    title: Two\n    summary: S\n    beyondArticle: true\n    lessons: [b]\n'), 'lessons/a.md': lesson('a'), 'lessons/b.md': lesson('b') }));
    assert.deepEqual(c.problems, []);
    assert.deepEqual(c.topics.map((t) => [t.id, t.beyondArticle]), [['one', false], ['two', true]]);
  });

  const cases: Array<[string, Record<string, string>, string, number, RegExp]> = [
    ['a missing course.yaml', {}, 'course.yaml', 1, /missing/],
    ['invalid YAML in course.yaml', { 'course.yaml': 'topics:\n  - id: [unclosed\n' }, 'course.yaml', 3, /not valid YAML/],
    ['a dangling lesson id', { 'course.yaml': okCourse, 'lessons/a.md': lesson('a') }, 'course.yaml', 6, /"b" has no file/],
    ['an unknown topic key', { 'course.yaml': course('  - id: one\n    title: One\n    summary: S\n    colour: red\n    lessons: [a]\n'), 'lessons/a.md': lesson('a') }, 'course.yaml', 6, /unknown topic key "colour"/],
    ['a beyondArticle that is not a boolean', { 'course.yaml': course('  - id: one\n    title: One\n    summary: S\n    beyondArticle: yes please\n    lessons: [a]\n'), 'lessons/a.md': lesson('a') }, 'course.yaml', 6, /"beyondArticle" must be true or false/],
    ['an article topic after a beyond-the-article one', { 'course.yaml': course('  - id: one\n    title: One\n    summary: S\n    beyondArticle: true\n    lessons: [a]\n  - id: two\n    title: Two\n    summary: S\n    lessons: [b]\n'), 'lessons/a.md': lesson('a'), 'lessons/b.md': lesson('b') }, 'course.yaml', 8, /"two" is from the article but comes after/],
    ['a lesson without front matter', { 'course.yaml': okCourse, 'lessons/a.md': '# hi', 'lessons/b.md': lesson('b') }, 'lessons/a.md', 1, /front matter/],
    ['a lesson id that does not match its file', { 'course.yaml': okCourse, 'lessons/a.md': lesson('x'), 'lessons/b.md': lesson('b') }, 'lessons/a.md', 2, /must match the file name/],
    ['a bad related id', { 'course.yaml': okCourse, 'lessons/a.md': lesson('a', 'related:\n  - b\n  - ghost\n'), 'lessons/b.md': lesson('b') }, 'lessons/a.md', 8, /related lesson "ghost" does not exist/],
    ['a missing section', { 'course.yaml': okCourse, 'lessons/a.md': lesson('a', '', '## The idea\nx\n## Example\nz\n'), 'lessons/b.md': lesson('b') }, 'lessons/a.md', 7, /missing section "## Why it matters in production"/],
    ['a dangling lesson link', { 'course.yaml': okCourse, 'lessons/a.md': lesson('a', '', '## The idea\nsee [b](lesson:b) and [c](lesson:nope)\n## Why it matters in production\ny\n## Example\nz\n'), 'lessons/b.md': lesson('b') }, 'lessons/a.md', 8, /"nope" points nowhere/],
    ['minutes out of range', { 'course.yaml': okCourse, 'lessons/a.md': lesson('a').replace('minutes: 3', 'minutes: 99'), 'lessons/b.md': lesson('b') }, 'lessons/a.md', 5, /whole number/],
    ['an orphan lesson file', { 'course.yaml': okCourse, 'lessons/a.md': lesson('a'), 'lessons/b.md': lesson('b'), 'lessons/c.md': lesson('c') }, 'lessons/c.md', 1, /not listed under any topic/],
    ['an unclosed front matter', { 'course.yaml': okCourse, 'lessons/a.md': '---\nid: a\n', 'lessons/b.md': lesson('b') }, 'lessons/a.md', 1, /not closed/],
  ];
  for (const [name, files, file, line, message] of cases) {
    it(`reports ${name} with its file and line`, async () => {
      const c = await loadCourse(memorySource(files));
      const hit = c.problems.find((p) => p.file === file && message.test(p.message));
      assert.ok(hit, `expected ${file} ${message} in ${JSON.stringify(c.problems)}`);
      assert.equal(hit.line, line);
    });
  }

  it('fuzz regression: nesting too deep for the YAML parser is explained once, in course.yaml, lab.yaml and front matter', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const c = await loadCourse(
      memorySource({
        'course.yaml': `title: T\ntopics: ${deep}\n`,
        'lessons/a.md': `---\nid: a\nrelated: ${deep}\n---\n`,
        'labs/x/lab.yaml': `id: x\nfiles: ${deep}\n`,
      }),
    );
    for (const file of ['course.yaml', 'lessons/a.md', 'labs/x/lab.yaml']) {
      const mine = c.problems.filter((p) => p.file === file);
      assert.equal(mine.length, 1, JSON.stringify(mine));
      assert.match(mine[0].message, /nested too deeply/);
      assert.doesNotMatch(mine[0].message, /call stack/);
    }
  });

  // Issue 9 (FUZZ_SEED=70438566): 800 lines of unclosed flow mappings made yaml report 160,000 errors (4.7 s).
  // Files that large are now refused for their size; the same shape under 64 KB checks the nesting guard.
  // The nesting is now found by yaml's lexer before parsing: one problem, at the line where it passes the limit.
  it('fuzz regression: thousands of unclosed flow mappings are one "nested too deeply" problem', async () => {
    const line = `topics: ${'{a: '.repeat(100)}x\n`;
    const c = await loadCourse(memorySource({ 'course.yaml': line.repeat(150), 'lessons/b.md': lesson('b') }));
    const mine = c.problems.filter((p) => p.file === 'course.yaml');
    assert.equal(mine.length, 1, JSON.stringify(mine.slice(0, 3)));
    assert.match(mine[0].message, /nested too deeply/);
    assert.equal(mine[0].line, 1);
  });

  it('flow collections up to the limit still load; quotes and plain scalars with brackets do not count', async () => {
    const ok = `title: "T [{ [{ [{"\ntopics: ${'['.repeat(30)}${']'.repeat(30)}\n# [[[[[[[[\n`;
    const c = await loadCourse(memorySource({ 'course.yaml': ok }));
    assert.ok(!c.problems.some((p) => /nested too deeply/.test(p.message)), JSON.stringify(c.problems));
  });

  it('refuses a course.yaml over 64 KB unread, and says so without calling it invalid YAML', async () => {
    const c = await loadCourse(memorySource({ 'course.yaml': `title: T\n# ${'x'.repeat(70 * 1024)}\n`, 'lessons/b.md': lesson('b') }));
    const mine = c.problems.filter((p) => p.file === 'course.yaml');
    assert.equal(mine.length, 1);
    assert.match(mine[0].message, /^not read: it is 71 KB/);
  });

  it('keeps every valid lesson when one file is broken', async () => {
    const c = await loadCourse(memorySource({ 'course.yaml': okCourse, 'lessons/a.md': '---\nid: [\n---\n', 'lessons/b.md': lesson('b') }));
    assert.ok(c.problems.length > 0);
    assert.deepEqual([...c.lessons.keys()], ['b']);
    assert.deepEqual(c.topics[0].lessonIds, ['b']);
  });

  it('never throws on arbitrary text in any file', async () => {
    const junk = ['\u0000\u0001binary', '---\n---\n', ': : :', '- [', 'topics: 7', '\uFEFF---\nid: a\n---\n', 'a: *x'];
    for (const j of junk) {
      const c = await loadCourse(memorySource({ 'course.yaml': j, 'lessons/a.md': j }));
      assert.ok(Array.isArray(c.problems));
    }
  });
});
