// Reads the real course content for the quiz tests (the course's lesson and topic ids, the quiz files).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { parseQuizzes } from '../../../src/quiz/parse';
import type { ContentProblem } from '../../../src/course/problems';
import type { Quiz } from '../../../src/quiz/model';

export function contentDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'content', 'course.yaml'))) return join(dir, 'content');
    if (dirname(dir) === dir) throw new Error('content/course.yaml not found above ' + __dirname);
  }
}

export interface CourseIds {
  lessonIds: Set<string>;
  topicIds: Set<string>;
  lessonTopics: Map<string, string>;
  /** Each topic's quiz ids, from course.yaml. */
  topicQuizzes: Map<string, string[]>;
}

export function courseIds(): CourseIds {
  const course = parse(readFileSync(join(contentDir(), 'course.yaml'), 'utf8')) as { topics: Array<{ id: string; lessons: string[]; quizzes?: string[] }> };
  const lessonTopics = new Map<string, string>();
  for (const t of course.topics) for (const l of t.lessons) lessonTopics.set(l, t.id);
  const topicQuizzes = new Map(course.topics.map((t) => [t.id, t.quizzes ?? []]));
  return { lessonIds: new Set(lessonTopics.keys()), topicIds: new Set(course.topics.map((t) => t.id)), lessonTopics, topicQuizzes };
}

export function loadContentQuizzes(): { quizzes: Quiz[]; problems: ContentProblem[]; files: string[] } {
  const dir = join(contentDir(), 'quizzes');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const ids = courseIds();
  const r = parseQuizzes(
    files.map((f) => ({ file: `quizzes/${f}`, text: readFileSync(join(dir, f), 'utf8') })),
    ids.lessonIds,
    ids.topicIds,
  );
  return { ...r, files };
}
