// Lesson search: ranks lessons by where the words appear (title > summary > body), with a plain-text excerpt. Pure.
import type { Course, Lesson } from '../course/model';

export interface SearchHit {
  lesson: Lesson;
  score: number;
  /** A short plain-text excerpt of the body around the first match, for the Quick Pick detail. */
  excerpt: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Inline markdown to the text a reader sees: links, emphasis, code spans, escapes and entities resolved. */
function inlineText(s: string): string {
  // Escaped characters are literal: park them where no other rule can see them, restore them last.
  const escaped: string[] = [];
  return s
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_m, c: string) => `\uE000${escaped.push(c) - 1}\uE001`)
    // A verified-date marker keeps its date; its source URL is noise in a one-line excerpt.
    .replace(/\(verified (\d{4}-\d{2}-\d{2}); source: [^)\s]+\)/g, '(verified $1)')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/(`+)(.+?)\1/g, (_m, _t, code: string) => code.trim())
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)/g, '$1$2')
    .replace(/(^|[^\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)/g, '$1$2')
    .replace(/&(#39|[a-z]+);/g, (m, name: string) => ENTITIES[name] ?? m)
    .replace(/\uE000(\d+)\uE001/g, (_m, i: string) => escaped[Number(i)]);
}

/** Markdown to one line of plain text: what a reader of the rendered lesson would read, code included. */
export function plainText(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const raw of markdown.split(/\r?\n/)) {
    const f = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (f && (!fence || f[1].startsWith(fence))) {
      // The opening line carries only the language and our markers (file=, omits=): never text.
      fence = fence ? undefined : f[1];
      continue;
    }
    if (fence) {
      if (raw.trim()) out.push(raw.trim());
      continue;
    }
    let line = raw;
    if (/^\s{0,3}\[[^\]]+\]:\s*\S/.test(line)) continue; // link reference definition
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // thematic break
    if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line) && line.includes('-')) continue; // table delimiter row
    while (/^\s{0,3}>/.test(line)) line = line.replace(/^\s{0,3}>\s?/, '');
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const h = inlineText(heading[1]);
      out.push(/[.:?!]$/.test(h) ? h : `${h}:`);
      continue;
    }
    let item = false;
    line = line.replace(/^\s*(?:[-*+]|(\d+[.)]))\s+(?:\[[ xX]\]\s+)?/, (_m, num?: string) => {
      item = true;
      return num ? `${num} ` : '';
    });
    if (/^\s*\|.*\|\s*$/.test(line)) {
      item = true;
      line = line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim()).filter(Boolean).join(' · ');
    }
    const text = inlineText(line).trim();
    // List items and table rows were separate lines: keep them apart in the one-line text.
    out.push(item && text && !/[.,;:!?]$/.test(text) ? `${text};` : text);
  }
  return out.join(' ').replace(/\s+/g, ' ').replace(/ ([,.;:!?])(?=\s|$)/g, '$1').trim();
}

const EXCERPT_BEFORE = 40;
const EXCERPT_LENGTH = 140;

/** About EXCERPT_LENGTH characters of `text` around `at`, cut at word boundaries, with ellipses where cut. */
export function excerptAround(text: string, at: number): string {
  let start = Math.max(0, at - EXCERPT_BEFORE);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(text.length, start + EXCERPT_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(start, at)) end = space;
  }
  return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
}

// Lessons are immutable once loaded (a reload makes new objects): their plain text is computed once.
const plainCache = new WeakMap<Lesson, string>();
function lessonText(lesson: Lesson): string {
  let text = plainCache.get(lesson);
  if (text === undefined) plainCache.set(lesson, (text = plainText(lesson.body)));
  return text;
}

export function searchLessons(course: Course, query: string, limit = 50): SearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits: SearchHit[] = [];
  for (const lesson of course.lessons.values()) {
    const title = lesson.title.toLowerCase();
    const summary = lesson.summary.toLowerCase();
    const text = lessonText(lesson);
    const lower = text.toLowerCase();
    let score = 0;
    let allFound = true;
    for (const w of words) {
      const s = (title.includes(w) ? 10 : 0) + (summary.includes(w) ? 4 : 0) + (lower.includes(w) ? 1 : 0);
      if (!s) allFound = false;
      score += s;
    }
    if (!allFound) continue;
    const at = words.length ? Math.max(0, lower.indexOf(words[0])) : 0;
    hits.push({ lesson, score, excerpt: excerptAround(text, at) });
  }
  return hits.sort((a, b) => b.score - a.score || a.lesson.title.localeCompare(b.lesson.title)).slice(0, limit);
}

export interface SearchItem {
  label: string;
  description?: string;
  detail?: string;
  /** The lesson to open; absent on the "no match" row, which opens nothing. */
  lessonId?: string;
}

/** The Quick Pick rows for a query: the hits, or one row saying that nothing matched. */
export function searchItems(course: Course, query: string): SearchItem[] {
  const hits = searchLessons(course, query);
  if (!hits.length) {
    return [{
      label: `No lesson matches "${query.trim()}"`,
      detail: 'Search looks for every word in lesson titles, summaries and text: try fewer words or another spelling.',
    }];
  }
  return hits.map((h) => ({
    label: h.lesson.title,
    description: course.topics.find((t) => t.id === h.lesson.topicId)?.title,
    detail: h.excerpt,
    lessonId: h.lesson.id,
  }));
}
