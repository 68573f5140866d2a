// The course as plain JSON, for `mlops-lab content export --json`.
import type { Course } from './model';

export interface CourseExport {
  title: string;
  topics: Array<{ id: string; title: string; summary: string; beyondArticle: boolean; lessons: string[]; quizzes: string[]; labs: string[] }>;
  lessons: Array<{ id: string; title: string; topic: string; summary: string; minutes: number; related: string[]; markdown: string }>;
  quizzes: unknown[];
  labs: unknown[];
  problems: string[];
}

/** `checks` gives each lab's check list (the CLI passes the graders'; the course alone does not know them). */
export function exportCourse(course: Course, checks: (labId: string) => Array<{ id: string; title: string; lesson: string }> = () => []): CourseExport {
  return {
    title: course.title,
    topics: course.topics.map((t) => ({ id: t.id, title: t.title, summary: t.summary, beyondArticle: t.beyondArticle, lessons: t.lessonIds, quizzes: t.quizIds, labs: t.labIds })),
    lessons: [...course.lessons.values()].map((l) => ({ id: l.id, title: l.title, topic: l.topicId, summary: l.summary, minutes: l.minutes, related: l.related, markdown: l.body })),
    quizzes: [...course.quizzes.values()].map((q) => ({
      id: q.id, title: q.title, topic: q.topic ?? null, summary: q.summary,
      questions: q.questions.map(({ ...question }) => question),
    })),
    labs: [...course.labs.values()].map((l) => ({
      id: l.id, title: l.title, topic: l.topic, summary: l.summary, mainFile: l.mainFile, files: l.files,
      lessons: l.lessons, starterFails: l.starterFails, checks: checks(l.id),
    })),
    problems: course.problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
  };
}
