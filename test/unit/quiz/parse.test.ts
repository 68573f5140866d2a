import * as assert from 'node:assert/strict';
import { findDuplicateQuestionIds, parseQuiz, parseQuizzes } from '../../../src/quiz/parse';
import type { ContentProblem } from '../../../src/course/problems';

const LESSONS = new Set(['l1', 'l2']);
const TOPICS = new Set(['cicd', 'monitoring']);
const FILE = 'quizzes/t.yaml';

const HEADER = ['id: t-quiz', 'title: T', 'topic: cicd', 'summary: s', 'questions:'];

/** A quiz whose questions start on line 6. */
function quiz(...questionLines: string[]): string {
  return [...HEADER, ...questionLines].join('\n') + '\n';
}

const SINGLE = [
  '  - id: q-1', //  6
  '    type: single', //  7
  '    lesson: l1', //  8
  '    prompt: p', //  9
  '    choices:', // 10
  '      - text: a', // 11
  '        correct: true', // 12
  '        why: because', // 13
  '      - text: b', // 14
  '    explanation: e', // 15
];

function parse(text: string) {
  return parseQuiz(text, FILE, LESSONS, TOPICS);
}

function expectProblem(problems: ContentProblem[], line: number, pattern: RegExp): void {
  const hit = problems.find((p) => p.line === line && pattern.test(p.message));
  assert.ok(hit, `expected a problem on line ${line} matching ${pattern}, got:\n${problems.map((p) => `${p.line}: ${p.message}`).join('\n')}`);
  assert.equal(hit.file, FILE);
}

function replace(lines: string[], index: number, ...withLines: string[]): string[] {
  const out = lines.slice();
  out.splice(index, 1, ...withLines);
  return out;
}

describe('quiz parser', () => {
  it('parses a valid quiz with ids, defaults and question lines', () => {
    const { quiz: q, problems } = parse(quiz(...SINGLE));
    assert.deepEqual(problems, []);
    assert.ok(q);
    assert.equal(q.id, 't-quiz');
    assert.equal(q.topic, 'cicd');
    assert.equal(q.file, FILE);
    assert.deepEqual(q.questionLines, { 'q-1': 6 });
    const first = q.questions[0];
    assert.equal(first.type, 'single');
    if (first.type !== 'single') return;
    assert.equal(first.topic, 'cicd');
    assert.equal(first.quizId, 't-quiz');
    assert.equal(first.fixedOrder, false);
    assert.deepEqual(first.choices.map((c) => [c.text, c.correct, c.why]), [['a', true, 'because'], ['b', false, undefined]]);
    assert.ok(first.choices.every((c) => /^c[0-9a-z]+$/.test(c.id)));
    assert.notEqual(first.choices[0].id, first.choices[1].id);
  });

  it('gives the same opaque ids on every parse, independent of choice position', () => {
    const a = parse(quiz(...SINGLE)).quiz;
    const swapped = [...SINGLE.slice(0, 5), '      - text: b', '      - text: a', '        correct: true', '    explanation: e'];
    const b = parse(quiz(...swapped)).quiz;
    assert.ok(a && b && a.questions[0].type === 'single' && b.questions[0].type === 'single');
    const idOf = (qz: typeof a, text: string) => (qz.questions[0].type === 'single' ? qz.questions[0].choices.find((c) => c.text === text)?.id : undefined);
    assert.equal(idOf(a, 'a'), idOf(b, 'a'));
    assert.equal(idOf(a, 'b'), idOf(b, 'b'));
  });

  it('reports invalid YAML at the error line and never throws', () => {
    const r = parse('id: x\ntitle: [unclosed\nsummary: s\n');
    assert.equal(r.quiz, undefined);
    assert.ok(r.problems.length > 0);
    assert.ok(r.problems.every((p) => /not valid YAML/.test(p.message)));
    assert.ok(r.problems.some((p) => p.line >= 2), JSON.stringify(r.problems));
    const tab = parse('id: x\n\ttitle: y\n');
    assert.ok(tab.problems.some((p) => p.line === 2));
    for (const text of ['', '- a\n- b', '42', 'null', '{', ': :', '\u0000']) assert.doesNotThrow(() => parse(text));
    assert.ok(parse('- a\n- b').problems.length > 0);
  });

  it('fuzz regression: explains nesting too deep for the YAML parser once, without its stack error', () => {
    const r = parse(`id: x\nquestions: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    assert.equal(r.quiz, undefined);
    assert.equal(r.problems.length, 1, JSON.stringify(r.problems));
    assert.match(r.problems[0].message, /nested too deeply/);
    assert.doesNotMatch(r.problems[0].message, /call stack/);
  });

  it('fuzz regression (issue 9): unclosed flow mappings over many lines are one problem, found before parsing', () => {
    const r = parse(`id: x\n${`questions: ${'{a: '.repeat(100)}x\n`.repeat(150)}`);
    assert.equal(r.quiz, undefined);
    assert.equal(r.problems.length, 1, JSON.stringify(r.problems.slice(0, 3)));
    assert.match(r.problems[0].message, /nested too deeply/);
  });

  it('refuses a quiz over 64 KB unread, with its size (fuzz: a 65 KB alias chain took 1.1 s under load)', () => {
    const text = `id: x\n${Array.from({ length: 3000 }, (_, i) => `a${i}: &a${i} [${i ? `*a${i - 1}` : 'x'}]`).join('\n')}\n`;
    assert.ok(text.length > 64 * 1024);
    const r = parse(text);
    assert.equal(r.quiz, undefined);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /^not read: it is \d+ KB; .*over 64 KB/);
  });

  it('reports duplicate keys as invalid YAML', () => {
    expectProblem(parse(quiz(...replace(SINGLE, 3, '    prompt: p', '    prompt: again'))).problems, 10, /not valid YAML/);
  });

  it('requires quiz fields', () => {
    const r = parse(['id: t-quiz', 'questions:', ...SINGLE].join('\n'));
    assert.equal(r.quiz, undefined);
    expectProblem(r.problems, 1, /missing "title"/);
    expectProblem(r.problems, 1, /missing "summary"/);
    expectProblem(parse(quiz()).problems, 5, /"questions": a non-empty list/);
    expectProblem(parse(['id: Bad Id', ...HEADER.slice(1), ...SINGLE].join('\n')).problems, 1, /lowercase words/);
    expectProblem(parse(['id: t', 'title: 3', 'topic: cicd', 'summary: s', 'questions:', ...SINGLE].join('\n')).problems, 2, /"title" must be text/);
  });

  it('reports an unknown topic at its line', () => {
    expectProblem(parse(['id: t', 'title: T', 'topic: nope', 'summary: s', 'questions:', ...SINGLE].join('\n')).problems, 3, /unknown topic "nope"/);
  });

  it('accepts a quiz without a topic', () => {
    const r = parse(['id: t', 'title: T', 'summary: s', 'questions:', ...SINGLE].join('\n'));
    assert.deepEqual(r.problems, []);
    assert.equal(r.quiz?.topic, undefined);
    assert.equal(r.quiz?.questions[0].topic, undefined);
  });

  it('reports unknown keys (typos) at the key', () => {
    expectProblem(parse(quiz(...replace(SINGLE, 6, '        corect: true'))).problems, 12, /unknown key "corect"/);
    expectProblem(parse(quiz(...SINGLE, '    answer: 3')).problems, 16, /unknown key "answer"/);
    expectProblem(parse(['id: t', 'titel: T', 'title: T', 'summary: s', 'questions:', ...SINGLE].join('\n')).problems, 2, /unknown key "titel"/);
  });

  it('reports an unknown question type', () => {
    const r = parse(quiz(...replace(SINGLE, 1, '    type: essay')));
    expectProblem(r.problems, 7, /unknown type "essay"/);
    assert.equal(r.quiz, undefined);
  });

  it('requires id, type, lesson, prompt and explanation on each question', () => {
    const noPrompt = SINGLE.filter((l) => !l.includes('prompt'));
    expectProblem(parse(quiz(...noPrompt)).problems, 6, /missing "prompt"/);
    const noExplanation = SINGLE.filter((l) => !l.includes('explanation'));
    expectProblem(parse(quiz(...noExplanation)).problems, 6, /missing "explanation"/);
    expectProblem(parse(quiz(...replace(SINGLE, 9, "    explanation: '  '"))).problems, 15, /"explanation" must not be empty/);
    expectProblem(parse(quiz(...replace(SINGLE, 9, '    explanation:'))).problems, 15, /"explanation" must be text/);
    expectProblem(parse(quiz(...replace(SINGLE, 0, '  - id: Q 1'))).problems, 6, /lowercase words/);
    expectProblem(parse(quiz('  - just text')).problems, 6, /each question must be a map/);
  });

  it('rejects raw HTML in prompts', () => {
    expectProblem(parse(quiz(...replace(SINGLE, 3, '    prompt: click <b>here</b>'))).problems, 9, /without raw HTML/);
    assert.deepEqual(parse(quiz(...replace(SINGLE, 3, "    prompt: 'is p95 < 200 ms and 3 > 2?'"))).problems, []);
  });

  it('reports unknown lessons at the lesson line', () => {
    expectProblem(parse(quiz(...replace(SINGLE, 2, '    lesson: nowhere'))).problems, 8, /unknown lesson "nowhere"/);
  });

  it('single: exactly one correct choice', () => {
    expectProblem(parse(quiz(...replace(SINGLE, 6, '        correct: false'))).problems, 11, /exactly one correct choice \(found 0\)/);
    const two = [...SINGLE.slice(0, 9), '        correct: true', SINGLE[9]];
    expectProblem(parse(quiz(...two)).problems, 11, /exactly one correct choice \(found 2\)/);
  });

  it('choices: at least 2, correct must be a boolean, no duplicates', () => {
    const one = [...SINGLE.slice(0, 8), SINGLE[9]];
    expectProblem(parse(quiz(...one)).problems, 11, /at least 2 choices/);
    expectProblem(parse(quiz(...replace(SINGLE, 6, '        correct: yes'))).problems, 12, /"correct" must be true or false/);
    expectProblem(parse(quiz(...replace(SINGLE, 8, '      - text: a'))).problems, 14, /duplicate choice "a"/);
    expectProblem(parse(quiz(...replace(SINGLE, 8, '      - b'))).problems, 14, /each choice must be a map/);
    expectProblem(parse(quiz(...SINGLE.slice(0, 4), '    choices: none', SINGLE[9])).problems, 10, /at least 2 choices/);
  });

  it('multiple: at least one correct choice', () => {
    const lines = replace(replace(SINGLE, 1, '    type: multiple'), 6, '        correct: false');
    expectProblem(parse(quiz(...lines)).problems, 11, /at least one correct choice/);
    assert.deepEqual(parse(quiz(...replace(SINGLE, 1, '    type: multiple'))).problems, []);
  });

  const ORDER = ['  - id: q-2', '    type: order', '    lesson: l2', '    prompt: p', '    items: [one, two, three]', '    explanation: e'];

  it('order: at least 3 distinct items', () => {
    assert.deepEqual(parse(quiz(...ORDER)).problems, []);
    expectProblem(parse(quiz(...replace(ORDER, 4, '    items: [one, two]'))).problems, 10, /at least 3 entries/);
    expectProblem(parse(quiz(...replace(ORDER, 4, '    items:', '      - one', '      - two', '      - one'))).problems, 13, /duplicate entry "one"/);
    expectProblem(parse(quiz(...replace(ORDER, 4, '    items:', '      - one', '      - {a: 1}', '      - three'))).problems, 12, /non-empty text/);
  });

  const MATCH = [
    '  - id: q-3', //  6
    '    type: match', //  7
    '    lesson: l1', //  8
    '    prompt: p', //  9
    '    pairs:', // 10
    '      - {left: a, right: x}', // 11
    '      - {left: b, right: y}', // 12
    '      - {left: c, right: z}', // 13
    '    explanation: e', // 14
  ];

  it('match: at least 3 pairs with unique lefts and rights', () => {
    assert.deepEqual(parse(quiz(...MATCH)).problems, []);
    expectProblem(parse(quiz(...replace(MATCH, 7))).problems, 11, /at least 3/);
    expectProblem(parse(quiz(...replace(MATCH, 7, '      - {left: a, right: z}'))).problems, 13, /duplicate left side "a"/);
    expectProblem(parse(quiz(...replace(MATCH, 7, '      - {left: c, right: x}'))).problems, 13, /duplicate right side "x"/);
    expectProblem(parse(quiz(...replace(MATCH, 7, '      - {left: c}'))).problems, 13, /missing "right"/);
  });

  const NUMERIC = ['  - id: q-4', '    type: numeric', '    lesson: l1', '    prompt: p', '    answer: 120', '    tolerance: 0.5', '    unit: ms', '    explanation: e'];

  it('numeric: finite answer, tolerance >= 0', () => {
    const ok = parse(quiz(...NUMERIC));
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(ok.quiz?.questions[0], { id: 'q-4', quizId: 't-quiz', topic: 'cicd', lesson: 'l1', prompt: 'p', explanation: 'e', type: 'numeric', answer: 120, tolerance: 0.5, unit: 'ms' });
    expectProblem(parse(quiz(...replace(NUMERIC, 4, '    answer: "120"'))).problems, 10, /"answer" must be a finite number/);
    expectProblem(parse(quiz(...replace(NUMERIC, 4, '    answer: .inf'))).problems, 10, /"answer" must be a finite number/);
    expectProblem(parse(quiz(...replace(NUMERIC, 4, '    answer: .nan'))).problems, 10, /finite number/);
    expectProblem(parse(quiz(...replace(NUMERIC, 4))).problems, 6, /missing "answer"/);
    expectProblem(parse(quiz(...replace(NUMERIC, 5, '    tolerance: -1'))).problems, 11, /0 or more/);
    expectProblem(parse(quiz(...replace(NUMERIC, 5, '    tolerance: lots'))).problems, 11, /finite number/);
    const noTolerance = parse(quiz(...replace(NUMERIC, 5)));
    assert.deepEqual(noTolerance.problems, []);
    assert.equal(noTolerance.quiz?.questions[0].type === 'numeric' && noTolerance.quiz.questions[0].tolerance, 0);
  });

  it('reports duplicate question ids within a file at the second id', () => {
    const r = parse(quiz(...SINGLE, ...replace(ORDER, 0, '  - id: q-1')));
    expectProblem(r.problems, 16, /duplicate question id "q-1" \(first used on line 6\)/);
    assert.equal(r.quiz?.questions.length, 1);
  });

  it('keeps the valid questions of a quiz with a broken one', () => {
    const r = parse(quiz(...SINGLE, ...replace(ORDER, 1, '    type: essay')));
    assert.equal(r.problems.length, 1);
    assert.deepEqual(r.quiz?.questions.map((q) => q.id), ['q-1']);
  });

  it('finds question ids used in more than one quiz', () => {
    const a = parseQuiz(quiz(...SINGLE), 'quizzes/a.yaml', LESSONS, TOPICS).quiz;
    const b = parseQuiz(['id: other', 'title: O', 'summary: s', 'questions:', ...ORDER, ...replace(SINGLE, 0, '  - id: q-1')].join('\n'), 'quizzes/b.yaml', LESSONS, TOPICS).quiz;
    assert.ok(a && b);
    assert.deepEqual(findDuplicateQuestionIds([b, a]), [{ file: 'quizzes/b.yaml', line: 11, message: 'question id "q-1" is already used in quizzes/a.yaml:6' }]);
    assert.deepEqual(findDuplicateQuestionIds([a]), []);
  });

  it('parseQuizzes checks quiz and question ids across files and drops repeats', () => {
    const r = parseQuizzes(
      [
        { file: 'quizzes/b.yaml', text: ['id: other', 'title: O', 'summary: s', 'questions:', ...ORDER, ...replace(SINGLE, 0, '  - id: q-1')].join('\n') },
        { file: 'quizzes/a.yaml', text: quiz(...SINGLE) },
        { file: 'quizzes/c.yaml', text: quiz(...replace(ORDER, 0, '  - id: q-9')) },
      ],
      LESSONS,
      TOPICS,
    );
    assert.deepEqual(r.quizzes.map((q) => [q.file, q.questions.map((x) => x.id)]), [['quizzes/a.yaml', ['q-1']], ['quizzes/b.yaml', ['q-2']]]);
    assert.deepEqual(r.problems.map((p) => `${p.file}:${p.line}`).sort(), ['quizzes/b.yaml:11', 'quizzes/c.yaml:1']);
  });
});
