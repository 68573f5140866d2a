// Runtime validation for the lab panel's messages, both directions. Imports nothing but types.
import type { FromLabWebview, LabPanelState, LabView, ToLabWebview } from './labProtocol';
import { isLessonId } from './validate';

const CHECK_ID = /^[a-z0-9]+\.[a-z0-9-]+$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function parseFromLabWebview(msg: unknown): FromLabWebview | undefined {
  if (!isRecord(msg) || typeof msg.type !== 'string') return undefined;
  switch (msg.type) {
    case 'ready':
    case 'start':
    case 'grade':
    case 'openMainFile':
    case 'showSolution':
      return { type: msg.type };
    case 'revealHint':
      return typeof msg.checkId === 'string' && CHECK_ID.test(msg.checkId) ? { type: 'revealHint', checkId: msg.checkId } : undefined;
    case 'openFinding':
      return typeof msg.checkId === 'string' && CHECK_ID.test(msg.checkId) && Number.isInteger(msg.index) && (msg.index as number) >= 0 && (msg.index as number) < 1000
        ? { type: 'openFinding', checkId: msg.checkId, index: msg.index as number } : undefined;
    case 'openLesson':
      return isLessonId(msg.lessonId) ? { type: 'openLesson', lessonId: msg.lessonId } : undefined;
    case 'openLab':
      return isLessonId(msg.labId) ? { type: 'openLab', labId: msg.labId } : undefined;
    case 'openQuiz':
      return isLessonId(msg.quizId) ? { type: 'openQuiz', quizId: msg.quizId } : undefined;
    case 'openExternal':
      return typeof msg.url === 'string' && msg.url.length <= 2048 ? { type: 'openExternal', url: msg.url } : undefined;
    default:
      return undefined;
  }
}

export function parseToLabWebview(msg: unknown): ToLabWebview | undefined {
  if (!isRecord(msg) || msg.type !== 'lab' || !isRecord(msg.lab)) return undefined;
  const l = msg.lab;
  const ok = typeof l.id === 'string' && typeof l.title === 'string' && typeof l.html === 'string' && typeof l.mainFile === 'string' &&
    typeof l.passed === 'number' && typeof l.total === 'number' && typeof l.completed === 'boolean' && Array.isArray(l.checks) &&
    l.checks.every((c) => isRecord(c) && typeof c.id === 'string' && typeof c.title === 'string' && (c.scope === 'general' || c.scope === 'lab') && Array.isArray(c.findings) && Array.isArray(c.hints)
      && c.findings.every((f) => isRecord(f) && typeof f.file === 'string' && typeof f.line === 'number' && typeof f.message === 'string' && typeof f.exists === 'boolean')) &&
    optional(l.activity, 'string') && optional(l.gradedSource, 'string') && optional(l.folderGone, 'boolean') && optional(l.problem, 'string') && (l.complete === undefined || isComplete(l.complete));
  return ok ? { type: 'lab', lab: l as unknown as LabView } : undefined;
}

function optional(v: unknown, type: 'string' | 'boolean'): boolean {
  return v === undefined || typeof v === type;
}

function isRef(v: unknown): boolean {
  return v === undefined || (isRecord(v) && isLessonId(v.id) && typeof v.title === 'string');
}

function isComplete(v: unknown): boolean {
  return isRecord(v) && optional(v.completedAt, 'string') && isRef(v.quiz) && isRef(v.nextLab);
}

export function parseLabPanelState(v: unknown): LabPanelState | undefined {
  return isRecord(v) && isLessonId(v.labId) ? { labId: v.labId } : undefined;
}
