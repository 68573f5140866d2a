// Parses and validates one quiz file (content/quizzes/<name>.yaml). Pure; never throws.
// Every problem carries the line (and column) of the offending YAML node, or of its parent
// when a key is missing. Invalid questions are left out; the rest of the quiz still loads.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { flowTooDeep, MAX_CONTENT_YAML, TOO_DEEP, tooLargeMessage } from '../course/yamlNodes';
import type { ContentProblem } from '../course/problems';
import { opaqueIds } from './ids';
import { QUESTION_TYPES, type Choice, type Question, type QuestionType, type Quiz } from './model';

export const QUIZ_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QUIZ_KEYS = ['id', 'title', 'topic', 'summary', 'questions'];
const COMMON_KEYS = ['id', 'type', 'lesson', 'prompt', 'explanation'];
const TYPE_KEYS: Record<QuestionType, string[]> = {
  single: ['choices', 'fixedOrder'],
  multiple: ['choices', 'fixedOrder'],
  order: ['items'],
  match: ['pairs'],
  numeric: ['answer', 'tolerance', 'unit'],
};
const CHOICE_KEYS = ['text', 'correct', 'why'];
const PAIR_KEYS = ['left', 'right'];
const RAW_HTML = /<\/?[A-Za-z][^>]*>|<!--/;

type Add = (node: Node | null | undefined, message: string, fallback?: Node | null) => void;

interface Ctx {
  add: Add;
  problemCount: () => number;
}

export interface ParsedQuiz {
  quiz?: Quiz;
  problems: ContentProblem[];
}

export function parseQuiz(
  text: string,
  file: string,
  knownLessonIds: ReadonlySet<string>,
  knownTopicIds: ReadonlySet<string>,
): ParsedQuiz {
  const problems: ContentProblem[] = [];
  try {
    return { quiz: parseInner(text, file, knownLessonIds, knownTopicIds, problems), problems };
  } catch (e) {
    const why = e instanceof RangeError ? 'it is nested too deeply to read; flatten the structure' : (e as Error).message;
    problems.push({ file, line: 1, message: `could not read the quiz: ${why}` });
    return { problems };
  }
}

function parseInner(
  text: string,
  file: string,
  lessons: ReadonlySet<string>,
  topics: ReadonlySet<string>,
  problems: ContentProblem[],
): Quiz | undefined {
  if (text.length > MAX_CONTENT_YAML) {
    problems.push({ file, line: 1, message: `not read: ${tooLargeMessage(text.length)}` });
    return undefined;
  }
  const deepAt = flowTooDeep(text);
  if (deepAt) {
    problems.push({ file, line: deepAt, message: `not valid YAML: ${TOO_DEEP}` });
    return undefined;
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const p = lc.linePos(e.pos[0]);
      // yaml reports a stack overflow on deeply nested input as an error: say what it means, once.
      const message = /call stack/i.test(e.message) ? 'not valid YAML: it is nested too deeply to read; flatten the structure' : `not valid YAML: ${e.message.split('\n')[0]}`;
      if (!problems.some((x) => x.line === p.line && x.message === message)) problems.push({ file, line: p.line, column: p.col, message });
    }
    return undefined;
  }
  const root = doc.contents as Node | null;
  const add: Add = (node, message, fallback) => {
    const range = node?.range ?? fallback?.range;
    if (!range) {
      problems.push({ file, line: 1, message });
      return;
    }
    const p = lc.linePos(range[0]);
    problems.push({ file, line: p.line, column: p.col, message });
  };
  const ctx: Ctx = { add, problemCount: () => problems.length };
  if (!isMap(root)) {
    add(root, 'a quiz file must be a YAML map with id, title, summary and questions');
    return undefined;
  }
  checkKeys(root, QUIZ_KEYS, 'quiz', ctx);
  const id = requiredText(root, 'id', 'quiz', ctx);
  if (id !== undefined && !QUIZ_ID_PATTERN.test(id)) add(get(root, 'id'), `quiz id "${id}" must be lowercase words joined by dashes`);
  const title = requiredText(root, 'title', 'quiz', ctx);
  const summary = requiredText(root, 'summary', 'quiz', ctx);
  let topic: string | undefined;
  if (has(root, 'topic')) {
    topic = requiredText(root, 'topic', 'quiz', ctx);
    if (topic !== undefined && !topics.has(topic)) {
      add(get(root, 'topic'), `unknown topic "${topic}" (known: ${[...topics].join(', ')})`);
      topic = undefined;
    }
  }
  const questionsNode = get(root, 'questions');
  if (!isSeq(questionsNode) || questionsNode.items.length === 0) {
    add(questionsNode, 'quiz needs "questions": a non-empty list', root);
    return undefined;
  }
  const questions: Question[] = [];
  const questionLines: Record<string, number> = {};
  const seen = new Map<string, number>();
  for (const item of questionsNode.items as Array<Node | null>) {
    const q = parseQuestion(item, id ?? '', topic, lessons, ctx, questionsNode);
    if (!q) continue;
    const line = lc.linePos((get(item as YAMLMap, 'id') ?? item)?.range?.[0] ?? 0).line;
    const first = seen.get(q.id);
    if (first !== undefined) {
      add(get(item as YAMLMap, 'id'), `duplicate question id "${q.id}" (first used on line ${first})`);
      continue;
    }
    seen.set(q.id, line);
    questionLines[q.id] = line;
    questions.push(q);
  }
  if (id === undefined || title === undefined || summary === undefined || questions.length === 0) return undefined;
  return { id, title, ...(topic !== undefined ? { topic } : {}), summary, questions, questionLines, file };
}

function parseQuestion(
  node: Node | null,
  quizId: string,
  topic: string | undefined,
  lessons: ReadonlySet<string>,
  ctx: Ctx,
  parent: Node,
): Question | undefined {
  const { add } = ctx;
  if (!isMap(node)) {
    add(node, 'each question must be a map with id, type, lesson, prompt and explanation', parent);
    return undefined;
  }
  const before = ctx.problemCount();
  const id = requiredText(node, 'id', 'question', ctx);
  const where = id ? `question "${id}"` : 'question';
  if (id !== undefined && !QUIZ_ID_PATTERN.test(id)) add(get(node, 'id'), `question id "${id}" must be lowercase words joined by dashes`);
  const typeText = requiredText(node, 'type', where, ctx);
  const type = QUESTION_TYPES.find((t) => t === typeText);
  if (typeText !== undefined && !type) add(get(node, 'type'), `${where}: unknown type "${typeText}" (use one of ${QUESTION_TYPES.join(', ')})`);
  checkKeys(node, type ? [...COMMON_KEYS, ...TYPE_KEYS[type]] : [...COMMON_KEYS, ...Object.values(TYPE_KEYS).flat()], where, ctx);
  const lesson = requiredText(node, 'lesson', where, ctx);
  if (lesson !== undefined && !lessons.has(lesson)) add(get(node, 'lesson'), `${where}: unknown lesson "${lesson}"`);
  const prompt = requiredText(node, 'prompt', where, ctx);
  if (prompt !== undefined && RAW_HTML.test(prompt)) add(get(node, 'prompt'), `${where}: the prompt must be markdown without raw HTML`);
  const explanation = requiredText(node, 'explanation', where, ctx);
  if (id === undefined || !type || lesson === undefined || prompt === undefined || explanation === undefined) return undefined;
  const base = { id, quizId, ...(topic !== undefined ? { topic } : {}), lesson, prompt, explanation };

  let q: Question | undefined;
  switch (type) {
    case 'single':
    case 'multiple': {
      const choices = parseChoices(node, id, where, ctx);
      const fixedOrder = optionalBoolean(node, 'fixedOrder', where, ctx) ?? false;
      if (!choices) break;
      const correct = choices.filter((c) => c.correct).length;
      if (type === 'single' && correct !== 1) add(get(node, 'choices'), `${where}: a single-choice question needs exactly one correct choice (found ${correct})`);
      if (type === 'multiple' && correct < 1) add(get(node, 'choices'), `${where}: a multiple-choice question needs at least one correct choice`);
      q = { ...base, type, choices, fixedOrder };
      break;
    }
    case 'order': {
      const texts = textList(node, 'items', 3, where, ctx);
      if (texts) q = { ...base, type, items: zipIds(opaqueIds(id, 'i', texts), texts) };
      break;
    }
    case 'match': {
      const pairs = parsePairs(node, id, where, ctx);
      if (pairs) q = { ...base, type, pairs };
      break;
    }
    case 'numeric': {
      const answer = optionalNumber(node, 'answer', where, ctx, true);
      const tolerance = optionalNumber(node, 'tolerance', where, ctx, false) ?? 0;
      if (tolerance < 0) add(get(node, 'tolerance'), `${where}: "tolerance" must be 0 or more`);
      const unit = has(node, 'unit') ? requiredText(node, 'unit', where, ctx) : undefined;
      if (answer !== undefined) q = { ...base, type, answer, tolerance, ...(unit !== undefined ? { unit } : {}) };
      break;
    }
  }
  return ctx.problemCount() === before ? q : undefined;
}

function parseChoices(node: YAMLMap, qid: string, where: string, ctx: Ctx): Choice[] | undefined {
  const list = get(node, 'choices');
  if (!isSeq(list) || list.items.length < 2) {
    ctx.add(list, `${where}: "choices" must be a list of at least 2 choices`, node);
    return undefined;
  }
  const raw: Array<Omit<Choice, 'id'>> = [];
  const texts = new Set<string>();
  for (const item of list.items as Array<Node | null>) {
    if (!isMap(item)) {
      ctx.add(item, `${where}: each choice must be a map with "text", "correct" and "why"`, list);
      continue;
    }
    checkKeys(item, CHOICE_KEYS, `${where} choice`, ctx);
    const text = requiredText(item, 'text', `${where} choice`, ctx);
    const correct = optionalBoolean(item, 'correct', where, ctx) ?? false;
    const why = has(item, 'why') ? requiredText(item, 'why', `${where} choice`, ctx) : undefined;
    if (text === undefined) continue;
    if (texts.has(text)) ctx.add(get(item, 'text'), `${where}: duplicate choice "${text}"`);
    texts.add(text);
    raw.push({ text, correct, ...(why !== undefined ? { why } : {}) });
  }
  const ids = opaqueIds(qid, 'c', raw.map((c) => c.text));
  return raw.map((c, i) => ({ id: ids[i], ...c }));
}

function parsePairs(node: YAMLMap, qid: string, where: string, ctx: Ctx) {
  const list = get(node, 'pairs');
  if (!isSeq(list) || list.items.length < 3) {
    ctx.add(list, `${where}: "pairs" must be a list of at least 3 {left, right} pairs`, node);
    return undefined;
  }
  const lefts: string[] = [];
  const rights: string[] = [];
  for (const item of list.items as Array<Node | null>) {
    if (!isMap(item)) {
      ctx.add(item, `${where}: each pair must be a map with "left" and "right"`, list);
      continue;
    }
    checkKeys(item, PAIR_KEYS, `${where} pair`, ctx);
    const left = requiredText(item, 'left', `${where} pair`, ctx);
    const right = requiredText(item, 'right', `${where} pair`, ctx);
    if (left === undefined || right === undefined) continue;
    if (lefts.includes(left)) ctx.add(get(item, 'left'), `${where}: duplicate left side "${left}"`);
    if (rights.includes(right)) ctx.add(get(item, 'right'), `${where}: duplicate right side "${right}"`);
    lefts.push(left);
    rights.push(right);
  }
  const leftIds = opaqueIds(qid, 'l', lefts);
  const rightIds = opaqueIds(qid, 'r', rights);
  return lefts.map((left, i) => ({ leftId: leftIds[i], left, rightId: rightIds[i], right: rights[i] }));
}

function textList(node: YAMLMap, key: string, min: number, where: string, ctx: Ctx): string[] | undefined {
  const list = get(node, key);
  if (!isSeq(list) || list.items.length < min) {
    ctx.add(list, `${where}: "${key}" must be a list of at least ${min} entries`, node);
    return undefined;
  }
  const out: string[] = [];
  for (const item of list.items as Array<Node | null>) {
    const text = isScalar(item) && typeof item.value === 'string' ? item.value.trim() : '';
    if (!text) ctx.add(item, `${where}: each entry of "${key}" must be non-empty text`, list);
    else if (out.includes(text)) ctx.add(item, `${where}: duplicate entry "${text}" in "${key}"`);
    else out.push(text);
  }
  return out;
}

// ---- small node helpers ----

function get(map: YAMLMap, key: string): Node | null | undefined {
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key) return (pair.value as Node | null) ?? null;
  }
  return undefined;
}

function has(map: YAMLMap, key: string): boolean {
  return get(map, key) !== undefined;
}

function keyNode(map: YAMLMap, key: string): Node | undefined {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  return pair?.key as Node | undefined;
}

function checkKeys(map: YAMLMap, allowed: readonly string[], where: string, ctx: Ctx): void {
  for (const pair of map.items) {
    const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (k === undefined || !allowed.includes(k)) {
      ctx.add(pair.key as Node, `${where}: unknown key "${k ?? '?'}" (allowed: ${allowed.join(', ')})`, map);
    }
  }
}

function requiredText(map: YAMLMap, key: string, where: string, ctx: Ctx): string | undefined {
  const value = get(map, key);
  if (value === undefined) {
    ctx.add(map, `${where}: missing "${key}"`);
    return undefined;
  }
  if (!isScalar(value) || typeof value.value !== 'string') {
    ctx.add(value, `${where}: "${key}" must be text`, keyNode(map, key));
    return undefined;
  }
  const text = value.value.trim();
  if (!text) {
    ctx.add(value, `${where}: "${key}" must not be empty`, keyNode(map, key));
    return undefined;
  }
  return text;
}

function optionalBoolean(map: YAMLMap, key: string, where: string, ctx: Ctx): boolean | undefined {
  const value = get(map, key);
  if (value === undefined) return undefined;
  if (isScalar(value) && typeof value.value === 'boolean') return value.value;
  ctx.add(value, `${where}: "${key}" must be true or false`, keyNode(map, key));
  return undefined;
}

function optionalNumber(map: YAMLMap, key: string, where: string, ctx: Ctx, required: boolean): number | undefined {
  const value = get(map, key);
  if (value === undefined) {
    if (required) ctx.add(map, `${where}: missing "${key}"`);
    return undefined;
  }
  if (isScalar(value) && typeof value.value === 'number' && Number.isFinite(value.value)) return value.value;
  ctx.add(value, `${where}: "${key}" must be a finite number`, keyNode(map, key));
  return required ? undefined : Number.NaN;
}

function zipIds(ids: string[], texts: string[]) {
  return texts.map((text, i) => ({ id: ids[i], text }));
}

/** Question ids must be unique across all quizzes: reports every use after the first. */
export function findDuplicateQuestionIds(quizzes: readonly Quiz[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const first = new Map<string, { file: string; line: number }>();
  const sorted = [...quizzes].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const quiz of sorted) {
    for (const q of quiz.questions) {
      const line = quiz.questionLines[q.id] ?? 1;
      const prev = first.get(q.id);
      if (prev) problems.push({ file: quiz.file, line, message: `question id "${q.id}" is already used in ${prev.file}:${prev.line}` });
      else first.set(q.id, { file: quiz.file, line });
    }
  }
  return problems;
}

/**
 * Parses every quiz file and checks ids across files (quiz ids and question ids).
 * Questions whose id is already used elsewhere are dropped from the later quiz.
 */
export function parseQuizzes(
  files: ReadonlyArray<{ file: string; text: string }>,
  knownLessonIds: ReadonlySet<string>,
  knownTopicIds: ReadonlySet<string>,
): { quizzes: Quiz[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const quizzes: Quiz[] = [];
  const quizIds = new Map<string, string>();
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const r = parseQuiz(f.text, f.file, knownLessonIds, knownTopicIds);
    problems.push(...r.problems);
    if (!r.quiz) continue;
    const other = quizIds.get(r.quiz.id);
    if (other) {
      problems.push({ file: f.file, line: 1, message: `quiz id "${r.quiz.id}" is already used by ${other}` });
      continue;
    }
    quizIds.set(r.quiz.id, f.file);
    quizzes.push(r.quiz);
  }
  const dups = findDuplicateQuestionIds(quizzes);
  problems.push(...dups);
  const seen = new Set<string>();
  const cleaned = quizzes.map((quiz) => {
    const questions = quiz.questions.filter((q) => !seen.has(q.id));
    for (const q of questions) seen.add(q.id);
    return { ...quiz, questions };
  });
  return { quizzes: cleaned.filter((q) => q.questions.length > 0), problems };
}
