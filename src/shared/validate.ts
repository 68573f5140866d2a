// Runtime validation of messages crossing the webview boundary. Imports nothing but types.
import type { FromLessonWebview, LessonPanelState } from './protocol';

const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_URL = 2048;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isLessonId(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 100 && LESSON_ID.test(v);
}

/** Returns the message when it is a well-formed FromLessonWebview, otherwise undefined. */
export function parseFromLessonWebview(msg: unknown): FromLessonWebview | undefined {
  if (!isRecord(msg) || typeof msg.type !== 'string') return undefined;
  switch (msg.type) {
    case 'ready':
      if (msg.shown === undefined) return { type: 'ready' };
      return isLessonId(msg.shown) ? { type: 'ready', shown: msg.shown } : undefined;
    case 'openLesson':
      return isLessonId(msg.lessonId) ? { type: 'openLesson', lessonId: msg.lessonId } : undefined;
    case 'setDone':
      return isLessonId(msg.lessonId) && typeof msg.done === 'boolean' ? { type: 'setDone', lessonId: msg.lessonId, done: msg.done } : undefined;
    case 'openExternal':
      return typeof msg.url === 'string' && msg.url.length <= MAX_URL ? { type: 'openExternal', url: msg.url } : undefined;
    case 'rendered':
      return isLessonId(msg.lessonId) ? { type: 'rendered', lessonId: msg.lessonId } : undefined;
    default:
      return undefined;
  }
}

export function parseLessonPanelState(v: unknown): LessonPanelState | undefined {
  if (!isRecord(v) || !isLessonId(v.lessonId)) return undefined;
  return { lessonId: v.lessonId, scrollY: typeof v.scrollY === 'number' && Number.isFinite(v.scrollY) ? v.scrollY : undefined };
}

/** Only http(s) URLs with a host leave the editor; everything else is refused. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.length > 0 && !u.username && !u.password;
  } catch {
    return false;
  }
}

function isRef(v: unknown): v is { id: string; title: string } {
  return isRecord(v) && isLessonId(v.id) && typeof v.title === 'string';
}

/** Webview side: accepts only well-formed messages from the extension. */
export function parseToLessonWebview(msg: unknown): import('./protocol').ToLessonWebview | undefined {
  if (!isRecord(msg)) return undefined;
  if (msg.type === 'progress') {
    return isLessonId(msg.lessonId) && typeof msg.done === 'boolean' ? { type: 'progress', lessonId: msg.lessonId, done: msg.done } : undefined;
  }
  if (msg.type !== 'lesson' || !isRecord(msg.lesson)) return undefined;
  const l = msg.lesson;
  const ok =
    isLessonId(l.id) && typeof l.title === 'string' && typeof l.topicTitle === 'string' && typeof l.minutes === 'number' &&
    typeof l.html === 'string' && typeof l.done === 'boolean' && typeof l.index === 'number' && typeof l.total === 'number' &&
    (l.previous === undefined || isRef(l.previous)) && (l.next === undefined || isRef(l.next)) &&
    Array.isArray(l.related) && l.related.every(isRef);
  return ok ? { type: 'lesson', lesson: l as unknown as import('./protocol').LessonView } : undefined;
}
