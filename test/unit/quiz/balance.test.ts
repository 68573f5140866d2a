// Guessability of choice questions: the correct choice must not stand out by its length.
//
// Rule: a correct choice is flagged when it is more than LENGTH_RATIO times as long as the longest
// wrong choice of the same question, and at least MIN_EXTRA_CHARS characters longer. Applied to every
// choice question (single and multiple) of every quiz except the article's, whose choices are the
// article's own and are kept as they are (it is labelled as the article's warm-up).
//
// Why 1.5: in the article's quiz, where the correct choice is the longest in 17 of 20 questions, the
// give-away items have ratios of 1.65 to 2.89 (e.g. "Package model with dependencies for consistent
// deployment" against "Improve model accuracy"), while the items where length gives nothing away stay
// at 1.24 or below. 1.5 sits in that gap: it catches every give-away and leaves room for the ordinary
// variation of well-balanced choices (a clause more or less). Why the 10-character floor: for one- or
// two-word answers the ratio is noise ("Kubernetes" is twice "NumPy" but gives nothing away); a
// difference under about two words is not something a learner sees.
//
// A second, quiz-level rule catches the pattern even when each item is only mildly longer: in a topic
// quiz, the correct choice of a single-choice question may be the strictly longest in at most half of them.
import * as assert from 'node:assert/strict';
import { parseQuiz } from '../../../src/quiz/parse';
import type { Question, Quiz } from '../../../src/quiz/model';
import { loadContentQuizzes } from './content';

export const LENGTH_RATIO = 1.5;
export const MIN_EXTRA_CHARS = 10;
const ARTICLE_QUIZ = 'article-quiz';

/** The correct choices that stand out by length, as "id: text (ratio)". Empty when the question is balanced. */
export function lengthGiveaways(q: Question): string[] {
  if (q.type !== 'single' && q.type !== 'multiple') return [];
  const wrong = q.choices.filter((c) => !c.correct).map((c) => c.text.length);
  if (wrong.length === 0) return [];
  const longestWrong = Math.max(...wrong);
  return q.choices
    .filter((c) => c.correct && c.text.length > LENGTH_RATIO * longestWrong && c.text.length - longestWrong >= MIN_EXTRA_CHARS)
    .map((c) => `${q.id}: "${c.text}" (${(c.text.length / longestWrong).toFixed(2)}× the longest wrong choice)`);
}

/** Single-choice questions whose correct choice is strictly the longest, and how many single-choice questions there are. */
export function longestIsCorrect(quiz: Quiz): { longest: number; singles: number } {
  let longest = 0;
  let singles = 0;
  for (const q of quiz.questions) {
    if (q.type !== 'single') continue;
    singles++;
    const correct = q.choices.find((c) => c.correct)!.text.length;
    if (q.choices.every((c) => c.correct || c.text.length < correct)) longest++;
  }
  return { longest, singles };
}

function quizFrom(questionsYaml: string): Quiz {
  const text = ['id: made-up', 'title: T', 'topic: cicd', 'summary: s', 'questions:', questionsYaml].join('\n');
  const r = parseQuiz(text, 'quizzes/made-up.yaml', new Set(['l1']), new Set(['cicd']));
  assert.deepEqual(r.problems, []);
  assert.ok(r.quiz);
  return r.quiz;
}

function single(id: string, correct: string, ...wrong: string[]): string {
  const lines = [`  - id: ${id}`, '    type: single', '    lesson: l1', '    prompt: p', '    choices:', `      - text: "${correct}"`, '        correct: true', '        why: w'];
  for (const w of wrong) lines.push(`      - text: "${w}"`, '        why: w');
  lines.push('    explanation: e');
  return lines.join('\n');
}

describe('quiz choices do not give the answer away by length', () => {
  const { quizzes } = loadContentQuizzes();
  const topicQuizzes = quizzes.filter((q) => q.id !== ARTICLE_QUIZ);

  it('no correct choice of a topic quiz is more than 1.5× as long as the longest wrong one', () => {
    assert.ok(topicQuizzes.length >= 4);
    const flagged = topicQuizzes.flatMap((quiz) => quiz.questions.flatMap(lengthGiveaways));
    assert.deepEqual(flagged, []);
  });

  it('in each topic quiz the correct choice is the longest in at most half of the single-choice questions', () => {
    for (const quiz of topicQuizzes) {
      const { longest, singles } = longestIsCorrect(quiz);
      assert.ok(longest <= singles / 2, `${quiz.id}: the correct choice is the longest in ${longest} of ${singles} single-choice questions`);
    }
  });

  it("flags the article's own give-aways (the quiz this rule is exempted from)", () => {
    const article = quizzes.find((q) => q.id === ARTICLE_QUIZ);
    assert.ok(article);
    const flagged = article.questions.filter((q) => lengthGiveaways(q).length > 0).map((q) => q.id);
    assert.ok(flagged.includes('article-03') && flagged.includes('article-14'), flagged.join(', '));
    assert.ok(!flagged.includes('article-11'), 'one-word answers are not flagged ("Kubernetes" vs "NumPy")');
    const { longest, singles } = longestIsCorrect(article);
    assert.ok(longest > singles / 2, `article: ${longest} of ${singles}`);
  });

  it('fails on a made-up item whose correct choice is much longer than the others', () => {
    const bad = quizFrom(single('bad-1', 'Package the model with its dependencies for consistent deployment', 'Train faster', 'Improve accuracy', 'Store training data'));
    assert.equal(bad.questions[0].id, 'bad-1');
    assert.equal(lengthGiveaways(bad.questions[0]).length, 1);
  });

  it('does not flag balanced items, short one-word answers, or a long wrong choice', () => {
    const ok = quizFrom(
      [
        single('ok-1', 'Continuous delivery', 'Continuous deployment', 'Continuous integration only', 'Continuous training'),
        single('ok-2', 'Kubernetes', 'Flask', 'NumPy', 'Pandas'),
        single('ok-3', 'Redeploy the previous image', 'Retrain the previous model from scratch on last month\'s data', 'Patch it by hand', 'Restart'),
      ].join('\n'),
    );
    for (const q of ok.questions) assert.deepEqual(lengthGiveaways(q), [], q.id);
  });

  it('the quiz-level rule fails on a made-up quiz where the longest choice is always right', () => {
    const bad = quizFrom(
      [
        single('long-1', 'Relationship between features and target changes', 'Code refactoring', 'Hardware failure', 'Model grows'),
        single('long-2', 'Reducing numerical precision to improve speed', 'Adding layers', 'Splitting a model', 'Versioning models'),
        single('long-3', 'Data validation and model tests', 'Unit tests', 'Linting', 'Image builds only'),
      ].join('\n'),
    );
    const { longest, singles } = longestIsCorrect(bad);
    assert.equal(singles, 3);
    assert.ok(longest > singles / 2);
  });
});
