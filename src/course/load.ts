// Loads and validates the whole course. Never throws: problems are collected and
// everything that is valid is still returned, so one broken file hides only itself.
import type { Course, Lesson, Topic } from './model';
import type { ContentProblem } from './problems';
import type { ContentSource } from './source';
import { ID_PATTERN, parseLessonFile } from './lessonFile';
import { findVerified } from './verified';
import { parseLabFile } from '../labs/definition';
import { parseChecksFile } from '../labs/python/checks';
import { parseQuizzes } from '../quiz/parse';
import { getEntry, isScalar, lineOf, mapKeys, parseYaml, seqItems } from './yamlNodes';
import type { Node } from 'yaml';
import { groupFollowOns, placeLabProblems, referencedLesson } from './rootCauses';

const COURSE_FILE = 'course.yaml';
const TOPIC_KEYS = new Set(['id', 'title', 'summary', 'beyondArticle', 'lessons', 'quizzes', 'labs']);

interface TopicRefs {
  topic: Topic;
  lessonRefs: Array<{ id: string; line: number }>;
  labRefs: Array<{ id: string; line: number }>;
  quizRefs: Array<{ id: string; line: number }>;
}

export async function loadCourse(source: ContentSource): Promise<Course> {
  const problems: ContentProblem[] = [];
  const course: Course = { title: 'MLOps Lab', topics: [], lessons: new Map(), labs: new Map(), quizzes: new Map(), problems, verified: [] };
  const text = await source.read(COURSE_FILE);
  if (text === undefined) {
    problems.push({ file: COURSE_FILE, line: 1, message: 'course.yaml is missing: it lists the topics and their lessons' });
    return course;
  }
  const { topics, orphans } = parseCourseFile(text, problems, course);
  // Lessons that cannot load, each with the problem why: references to them are that problem's follow-ons.
  const roots = new Map<string, ContentProblem>();
  course.unloadedLessons = roots;

  const lessonFiles = (await source.list('lessons')).filter((n) => n.endsWith('.md'));
  const parsedLessons = new Map<string, ReturnType<typeof parseLessonFile>['lesson'] & { file: string }>();
  for (const name of lessonFiles) {
    const file = `lessons/${name}`;
    const text = (await source.read(file)) ?? '';
    const { lesson, problems: p } = parseLessonFile(text, file);
    problems.push(...p);
    if (!lesson && p.length) roots.set(name.replace(/\.md$/, ''), p[0]);
    addVerified(course, findVerified(text, file));
    if (lesson) parsedLessons.set(lesson.id, { ...lesson, file });
  }

  const placed = new Map<string, string>();
  for (const { topic, lessonRefs } of topics) {
    for (const ref of lessonRefs) {
      const data = parsedLessons.get(ref.id);
      const fileExists = lessonFiles.includes(`${ref.id}.md`);
      if (placed.has(ref.id)) {
        problems.push({ file: COURSE_FILE, line: ref.line, message: `lesson "${ref.id}" is already listed under topic "${placed.get(ref.id)}"` });
        continue;
      }
      if (!fileExists) {
        const missing = { file: COURSE_FILE, line: ref.line, message: `lesson "${ref.id}" has no file lessons/${ref.id}.md` };
        problems.push(missing);
        if (!roots.has(ref.id)) roots.set(ref.id, missing);
        continue;
      }
      placed.set(ref.id, topic.id);
      if (!data) continue; // its own problems are already reported
      topic.lessonIds.push(ref.id);
      const lesson: Lesson = {
        id: data.id, title: data.title, summary: data.summary, minutes: data.minutes,
        related: data.related.map((r) => r.id), body: data.body, bodyLine: data.bodyLine, topicId: topic.id, file: data.file,
      };
      course.lessons.set(lesson.id, lesson);
    }
    course.topics.push(topic);
  }
  // Lessons listed under a topic that could not load (no id, a duplicate id) wait for that topic's problem.
  for (const { id, root } of orphans) if (!placed.has(id) && !roots.has(id)) roots.set(id, root);
  for (const [id, data] of parsedLessons) {
    if (!placed.has(id) && !orphans.some((o) => o.id === id)) problems.push({ file: data.file, line: 1, message: `lesson "${id}" is not listed under any topic in course.yaml` });
  }
  const labTexts = new Map<string, string>();
  await loadLabs(source, course, topics, labTexts);
  await loadQuizzes(source, course, topics);
  for (const data of parsedLessons.values()) {
    for (const r of data.related) {
      if (r.id === data.id) problems.push({ file: data.file, line: r.line, message: 'a lesson cannot be related to itself' });
      else if (!placed.has(r.id)) problems.push({ file: data.file, line: r.line, message: `related lesson "${r.id}" does not exist` });
    }
    for (const l of data.links) {
      if (!placed.has(l.id)) problems.push({ file: data.file, line: l.line, message: `link to lesson "${l.id}" points nowhere` });
    }
  }
  course.problems = groupFollowOns(placeLabProblems(course.problems, (f) => labTexts.get(f)), roots);
  return course;
}

function addVerified(course: Course, found: ReturnType<typeof findVerified>): void {
  course.verified.push(...found.facts);
  course.problems.push(...found.problems);
}

async function loadQuizzes(source: ContentSource, course: Course, topics: TopicRefs[]): Promise<void> {
  const names = (await source.list('quizzes')).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'));
  const files = await Promise.all(names.map(async (n) => ({ file: `quizzes/${n}`, text: (await source.read(`quizzes/${n}`)) ?? '' })));
  for (const f of files) addVerified(course, findVerified(f.text, f.file));
  const { quizzes, problems } = parseQuizzes(files, new Set(course.lessons.keys()), new Set(topics.map((t) => t.topic.id)));
  course.problems.push(...problems);
  const byId = new Map(quizzes.map((q) => [q.id, q]));
  const listed = new Set<string>();
  for (const { topic, quizRefs } of topics) {
    for (const ref of quizRefs) {
      const quiz = byId.get(ref.id);
      const root = quiz ? undefined : problems.find((p) => (p.file === `quizzes/${ref.id}.yaml` || p.file === `quizzes/${ref.id}.yml`) && !referencedLesson(p.message));
      if (!quiz && root) root.followOns = [...(root.followOns ?? []), `${COURSE_FILE}:${ref.line}`];
      else if (!quiz) course.problems.push({ file: COURSE_FILE, line: ref.line, message: `quiz "${ref.id}" has no valid file in quizzes/` });
      else if (quiz.topic !== topic.id) course.problems.push({ file: quiz.file, line: 1, message: `quiz "${quiz.id}" says topic "${quiz.topic ?? '(none)'}" but course.yaml lists it under "${topic.id}"` });
      listed.add(ref.id);
    }
    topic.quizIds = quizRefs.map((r) => r.id).filter((id) => byId.has(id));
  }
  for (const quiz of quizzes) {
    if (quiz.topic && !listed.has(quiz.id)) course.problems.push({ file: quiz.file, line: 1, message: `quiz "${quiz.id}" is not listed under "quizzes" of topic "${quiz.topic}" in course.yaml` });
  }
  const ordered = [...topics.flatMap((t) => t.topic.quizIds), ...quizzes.filter((q) => !q.topic).map((q) => q.id)];
  for (const id of ordered) course.quizzes.set(id, byId.get(id)!);
}

async function loadLabs(source: ContentSource, course: Course, topics: TopicRefs[], texts: Map<string, string>): Promise<void> {
  const { problems } = course;
  const brokenLabs = new Map<string, ContentProblem>();
  for (const folder of await source.list('labs')) {
    const file = `labs/${folder}/lab.yaml`;
    const text = await source.read(file);
    if (text === undefined) continue;
    texts.set(file, text);
    const instructions = await source.read(`labs/${folder}/instructions.md`);
    if (instructions !== undefined) addVerified(course, findVerified(instructions, `labs/${folder}/instructions.md`));
    const { lab, problems: p } = parseLabFile(text, file, instructions);
    problems.push(...p);
    if (!lab) {
      if (p.length) brokenLabs.set(folder, p[0]);
      continue;
    }
    const topic = topics.find((t) => t.topic.id === lab.topic);
    if (!topic) problems.push({ file, line: 1, message: `lab topic "${lab.topic}" is not a topic in course.yaml` });
    else if (!topic.labRefs.some((r) => r.id === lab.id)) problems.push({ file, line: 1, message: `lab "${lab.id}" is not listed under "labs" of topic "${lab.topic}" in course.yaml` });
    for (const l of lab.lessons) if (!course.lessons.has(l)) problems.push({ file, line: 1, message: `lab lesson "${l}" does not exist` });
    if (lab.kind === 'python') {
      const checksFile = `labs/${folder}/checks.yaml`;
      const checksText = await source.read(checksFile);
      if (checksText === undefined) {
        problems.push({ file, line: 1, message: `a lab of kind "python" needs ${checksFile}` });
        continue;
      }
      const parsed = parseChecksFile(checksText, checksFile);
      problems.push(...parsed.problems);
      if (!parsed.checks.length) continue;
      for (const c of parsed.checks) if (!course.lessons.has(c.lesson)) problems.push({ file: checksFile, line: c.line, message: `check ${c.id} points at missing lesson "${c.lesson}"` });
      const ids = new Set(parsed.checks.map((c) => c.id));
      for (const id of lab.starterFails) if (!ids.has(id)) problems.push({ file, line: 1, message: `starterFails names "${id}", which checks.yaml does not define` });
      lab.checks = parsed.checks;
    }
    course.labs.set(lab.id, lab);
  }
  for (const { topic, labRefs } of topics) {
    for (const ref of labRefs) {
      if (course.labs.has(ref.id)) continue;
      const root = brokenLabs.get(ref.id);
      // The lab's own file says what is wrong with it; this reference resolves once that is fixed.
      if (root) root.followOns = [...(root.followOns ?? []), `${COURSE_FILE}:${ref.line}`];
      else problems.push({ file: COURSE_FILE, line: ref.line, message: `lab "${ref.id}" has no valid labs/${ref.id}/lab.yaml` });
    }
    topic.labIds = labRefs.map((r) => r.id).filter((id) => course.labs.has(id));
  }
}

interface CourseFile {
  topics: TopicRefs[];
  /** Lessons listed under a topic that could not load, with that topic's problem. */
  orphans: Array<{ id: string; root: ContentProblem }>;
}

function parseCourseFile(text: string, problems: ContentProblem[], course: Course): CourseFile {
  const orphans: CourseFile['orphans'] = [];
  const add = (line: number, message: string) => problems.push({ file: COURSE_FILE, line, message });
  const parsed = parseYaml(text);
  for (const e of parsed.errors) add(e.line, e.limit ? e.message : `not valid YAML: ${e.message}`);
  const root = parsed.doc?.contents;
  if (parsed.errors.length || !root) return { topics: [], orphans };
  const lc = parsed.lineCounter;
  const title = getEntry(root, 'title', lc);
  if (title && isScalar(title.value) && typeof title.value.value === 'string') course.title = title.value.value;
  const topicsEntry = getEntry(root, 'topics', lc);
  const topicNodes = seqItems(topicsEntry?.value);
  if (!topicNodes.length) {
    add(topicsEntry?.line ?? 1, '"topics" must be a non-empty list');
    return { topics: [], orphans };
  }
  const seen = new Set<string>();
  const out: TopicRefs[] = [];
  for (const node of topicNodes) {
    const line = lineOf(node, lc);
    for (const k of mapKeys(node)) if (!TOPIC_KEYS.has(k.key)) add(lineOf(k.node, lc), `unknown topic key "${k.key}" (allowed: ${[...TOPIC_KEYS].join(', ')})`);
    const text = (key: string): string | undefined => {
      const e = getEntry(node, key, lc);
      if (e && isScalar(e.value) && typeof e.value.value === 'string' && e.value.value.trim()) return e.value.value.trim();
      add(e?.line ?? line, `topic needs a non-empty "${key}"`);
      return undefined;
    };
    const ids = (key: string) => idList(getEntry(node, key, lc), lc, key, add);
    const orphan = () => {
      const why = problems[problems.length - 1];
      for (const ref of ids('lessons')) orphans.push({ id: ref.id, root: why });
    };
    const id = text('id');
    // A topic without a title is still shown (by its id): one missing key must not unlist all its lessons.
    const title = text('title') ?? id;
    const summary = text('summary') ?? '';
    if (!id || !title) {
      orphan();
      continue;
    }
    if (!ID_PATTERN.test(id)) add(line, `topic id "${id}" must be lowercase words joined by dashes`);
    if (seen.has(id)) {
      add(line, `duplicate topic id "${id}"`);
      orphan();
      continue;
    }
    seen.add(id);
    const beyond = getEntry(node, 'beyondArticle', lc);
    let beyondArticle = false;
    if (beyond) {
      if (isScalar(beyond.value) && typeof beyond.value.value === 'boolean') beyondArticle = beyond.value.value;
      else add(beyond.line, '"beyondArticle" must be true or false');
    }
    // The article's topics come first, in the article's order; topics that go beyond it follow them.
    if (!beyondArticle && out.some((t) => t.topic.beyondArticle)) add(line, `topic "${id}" is from the article but comes after a topic marked "beyondArticle: true"; list it before them`);
    out.push({
      topic: { id, title, summary, beyondArticle, lessonIds: [], quizIds: [], labIds: [] },
      lessonRefs: ids('lessons'),
      labRefs: ids('labs'),
      quizRefs: ids('quizzes'),
    });
  }
  return { topics: out, orphans };
}

function idList(entry: { value: Node | null; line: number } | undefined, lc: import('yaml').LineCounter, key: string, add: (line: number, m: string) => void) {
  const refs: Array<{ id: string; line: number }> = [];
  if (!entry || entry.value === null) return refs;
  const items = seqItems(entry.value);
  if (!items.length) add(entry.line, `"${key}" must be a list of ids`);
  for (const item of items) {
    if (isScalar(item) && typeof item.value === 'string') refs.push({ id: item.value, line: lineOf(item, lc, entry.line) });
    else add(lineOf(item, lc, entry.line), `"${key}" entries must be ids`);
  }
  return refs;
}
