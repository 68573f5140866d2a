import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { diskSource } from '../../../src/course/diskSource';
import { loadCourse } from '../../../src/course/load';
import type { Course } from '../../../src/course/model';
import { excerptAround, plainText, searchItems, searchLessons } from '../../../src/lessons/search';

const contentDir = join(__dirname, '..', '..', '..', '..', 'content');

describe('lesson search', () => {
  let course: Course;
  before(async () => {
    course = await loadCourse(diskSource(contentDir));
  });

  it('turns markdown into the text a reader sees', () => {
    const cases: Array<[string, string]> = [
      ['## The idea\nDocker **bundles** the *model* and `predict_proba`.', 'The idea: Docker bundles the model and predict_proba.'],
      ['Read [the drift lesson](lesson:model-drift) and ![a chart](chart.png).', 'Read the drift lesson and a chart.'],
      ['- **Drift**: inputs shift\n- [ ] a task\n- [x] done task', 'Drift: inputs shift; a task; done task;'],
      ['1. build\n2. push', '1. build; 2. push;'],
      ['| Concept | AWS |\n|---|:--:|\n| Registry | ECR |', 'Concept · AWS; Registry · ECR;'],
      ['```yaml file=dvc.yaml omits=dvc.params\nstages:\n  train:\n```\nAfter.', 'stages: train: After.'],
      ['> A quote with __strong__ and ~~old~~ text.', 'A quote with strong and old text.'],
      ['Fact (verified 2026-12-01; source: https://example.com/a_b), more.', 'Fact (verified 2026-12-01), more.'],
      ['A &amp; B &lt;tag&gt; \\*not emphasis\\* <https://example.com> snake_case_name', 'A & B <tag> *not emphasis* https://example.com snake_case_name'],
      ['---\n\n### Why?\ntext', 'Why? text'],
    ];
    for (const [md, text] of cases) assert.equal(plainText(md), text, md);
  });

  it('never shows raw markdown in an excerpt of the real lessons', () => {
    const raw = [/\*\*/, /\]\(/, /```/, /~~~/, /\bfile=/, /\bomits=/, /(^|[;.]\s)-\s\[[ x]\]/i, /\|\s*-{3}/, /source: https?:/, /&amp;/];
    let checked = 0;
    for (const lesson of course.lessons.values()) {
      for (const q of ['', lesson.title.split(' ')[0], 'the', 'model', 'drift', 'docker', 'version']) {
        for (const hit of searchLessons(course, q).filter((h) => h.lesson.id === lesson.id)) {
          checked++;
          for (const r of raw) assert.doesNotMatch(hit.excerpt, r, `${lesson.id} for "${q}": ${hit.excerpt}`);
        }
      }
    }
    assert.ok(checked > 50, `${checked} excerpts checked`);
  });

  it('cuts excerpts at word boundaries around the match', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega and more words to fill';
    const e = excerptAround(text, text.indexOf('upsilon'));
    assert.ok(e.startsWith('…'), e);
    assert.ok(e.includes('upsilon'));
    const inner = e.replace(/^…/, '').replace(/…$/, '');
    assert.ok(text.startsWith(inner) || text.includes(` ${inner}`), `starts on a word: ${e}`);
    assert.equal(excerptAround('short text', 0), 'short text');
  });

  it('finds a lesson by words in its text, best match first, with an excerpt of that text', () => {
    const hits = searchLessons(course, 'concept drift');
    assert.equal(hits[0].lesson.id, 'model-drift');
    assert.match(hits[0].excerpt.toLowerCase(), /concept/);
  });

  it('a query nothing matches gives one row that says so and opens nothing', () => {
    const items = searchItems(course, '  xyzzy plugh ');
    assert.equal(items.length, 1);
    assert.equal(items[0].label, 'No lesson matches "xyzzy plugh"');
    assert.equal(items[0].lessonId, undefined);
    const found = searchItems(course, 'canary');
    assert.ok(found.length >= 1 && found.every((i) => i.lessonId && i.description), 'hits open a lesson and name its topic');
  });
});
