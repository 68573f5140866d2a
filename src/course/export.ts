// The course as plain JSON, for `mlops-lab content export --json`.
import type { Course } from './model';

export interface CourseExport {
  title: string;
  topics: Array<{ id: string; title: string; summary: string; lessons: string[]; quizzes: string[]; labs: string[] }>;
  lessons: Array<{ id: string; title: string; topic: string; summary: string; minutes: number; related: string[]; markdown: string }>;
  quizzes: unknown[];
  labs: unknown[];
  problems: string[];
}

export function exportCourse(course: Course, extra: { quizzes?: unknown[]; labs?: unknown[] } = {}): CourseExport {
  return {
    title: course.title,
    topics: course.topics.map((t) => ({ id: t.id, title: t.title, summary: t.summary, lessons: t.lessonIds, quizzes: t.quizIds, labs: t.labIds })),
    lessons: [...course.lessons.values()].map((l) => ({ id: l.id, title: l.title, topic: l.topicId, summary: l.summary, minutes: l.minutes, related: l.related, markdown: l.body })),
    quizzes: extra.quizzes ?? [],
    labs: extra.labs ?? [],
    problems: course.problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
  };
}
