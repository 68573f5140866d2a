// The course as loaded from content/. Pure data.
import type { ContentProblem } from './problems';
import type { LabDefinition } from '../labs/definition';
import type { Quiz } from '../quiz/model';
import type { VerifiedFact } from './verified';

export interface Lesson {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  related: string[];
  /** Markdown after the front matter. */
  body: string;
  /** 1-based line in the file where `body` starts (for mapping problems). */
  bodyLine: number;
  topicId: string;
  /** Path relative to the content folder. */
  file: string;
}

export interface Topic {
  id: string;
  title: string;
  summary: string;
  /** True for topics the source article does not cover; they are listed after the article's topics. */
  beyondArticle: boolean;
  lessonIds: string[];
  quizIds: string[];
  labIds: string[];
}

export interface Course {
  title: string;
  topics: Topic[];
  lessons: Map<string, Lesson>;
  labs: Map<string, LabDefinition>;
  /** Quizzes in course order: topic quizzes by topic, then course-wide ones (e.g. the article's quiz). */
  quizzes: Map<string, Quiz>;
  problems: ContentProblem[];
  /** Every `(verified YYYY-MM-DD; source: …)` marker in lessons, lab instructions and quizzes; `content check` warns on old ones. */
  verified: VerifiedFact[];
  /** Lessons that are referenced or have a file but could not load, each with the problem why (rootCauses.ts). */
  unloadedLessons?: Map<string, ContentProblem>;
}

/** Lessons in reading order across the whole course. */
export function lessonsInOrder(course: Course): Lesson[] {
  const out: Lesson[] = [];
  for (const t of course.topics) for (const id of t.lessonIds) {
    const l = course.lessons.get(id);
    if (l) out.push(l);
  }
  return out;
}

export function neighbours(course: Course, lessonId: string): { previous?: Lesson; next?: Lesson } {
  const all = lessonsInOrder(course);
  const i = all.findIndex((l) => l.id === lessonId);
  if (i < 0) return {};
  return { previous: all[i - 1], next: all[i + 1] };
}
