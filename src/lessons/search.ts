// Lesson search: ranks lessons by where the words appear (title > summary > body). Pure.
import type { Course, Lesson } from '../course/model';

export interface SearchHit {
  lesson: Lesson;
  score: number;
  /** A short excerpt of the body around the first match, for the Quick Pick detail. */
  excerpt: string;
}

function plain(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, (block) => block.replace(/```\w*/g, ' '))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchLessons(course: Course, query: string, limit = 50): SearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits: SearchHit[] = [];
  for (const lesson of course.lessons.values()) {
    const title = lesson.title.toLowerCase();
    const summary = lesson.summary.toLowerCase();
    const text = plain(lesson.body);
    const lower = text.toLowerCase();
    let score = 0;
    let allFound = true;
    for (const w of words) {
      const s = (title.includes(w) ? 10 : 0) + (summary.includes(w) ? 4 : 0) + (lower.includes(w) ? 1 : 0);
      if (!s) allFound = false;
      score += s;
    }
    if (!allFound) continue;
    const at = words.length ? lower.indexOf(words[0]) : 0;
    const start = Math.max(0, at - 40);
    const excerpt = (start > 0 ? '…' : '') + text.slice(start, start + 120) + (start + 120 < text.length ? '…' : '');
    hits.push({ lesson, score, excerpt });
  }
  return hits.sort((a, b) => b.score - a.score || a.lesson.title.localeCompare(b.lesson.title)).slice(0, limit);
}
