// Checks that an unknown JSON value is a well-formed Question (used when restoring saved state).
// Returns a fresh, normalised copy or undefined. Never throws.
import type { Choice, MatchPair, OrderItem, Question } from './model';

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): x is string => typeof x === 'string';
const nonEmpty = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const unique = (xs: string[]) => new Set(xs).size === xs.length;

function choices(x: unknown): Choice[] | undefined {
  if (!Array.isArray(x) || x.length < 2) return undefined;
  const out: Choice[] = [];
  for (const c of x) {
    if (!isRec(c) || !nonEmpty(c.id) || !str(c.text) || typeof c.correct !== 'boolean') return undefined;
    if (c.why !== undefined && !str(c.why)) return undefined;
    out.push({ id: c.id, text: c.text, correct: c.correct, ...(c.why !== undefined ? { why: c.why } : {}) });
  }
  return unique(out.map((c) => c.id)) ? out : undefined;
}

function items(x: unknown): OrderItem[] | undefined {
  if (!Array.isArray(x) || x.length < 2) return undefined;
  const out: OrderItem[] = [];
  for (const i of x) {
    if (!isRec(i) || !nonEmpty(i.id) || !str(i.text)) return undefined;
    out.push({ id: i.id, text: i.text });
  }
  return unique(out.map((i) => i.id)) ? out : undefined;
}

function pairs(x: unknown): MatchPair[] | undefined {
  if (!Array.isArray(x) || x.length < 1) return undefined;
  const out: MatchPair[] = [];
  for (const p of x) {
    if (!isRec(p) || !nonEmpty(p.leftId) || !str(p.left) || !nonEmpty(p.rightId) || !str(p.right)) return undefined;
    out.push({ leftId: p.leftId, left: p.left, rightId: p.rightId, right: p.right });
  }
  return unique(out.map((p) => p.leftId)) && unique(out.map((p) => p.rightId)) ? out : undefined;
}

export function toQuestion(x: unknown): Question | undefined {
  if (!isRec(x)) return undefined;
  const { id, quizId, topic, lesson, prompt, explanation } = x;
  if (!str(id) || !ID.test(id) || !str(quizId) || !str(lesson) || !str(prompt) || !str(explanation)) return undefined;
  if (topic !== undefined && !str(topic)) return undefined;
  const base = { id, quizId, ...(topic !== undefined ? { topic } : {}), lesson, prompt, explanation };
  switch (x.type) {
    case 'single':
    case 'multiple': {
      const cs = choices(x.choices);
      if (!cs || typeof x.fixedOrder !== 'boolean') return undefined;
      const correct = cs.filter((c) => c.correct).length;
      if (x.type === 'single' ? correct !== 1 : correct < 1) return undefined;
      return { ...base, type: x.type, choices: cs, fixedOrder: x.fixedOrder };
    }
    case 'order': {
      const its = items(x.items);
      return its ? { ...base, type: 'order', items: its } : undefined;
    }
    case 'match': {
      const ps = pairs(x.pairs);
      return ps ? { ...base, type: 'match', pairs: ps } : undefined;
    }
    case 'numeric': {
      if (!finite(x.answer) || !finite(x.tolerance) || x.tolerance < 0) return undefined;
      if (x.unit !== undefined && !str(x.unit)) return undefined;
      return { ...base, type: 'numeric', answer: x.answer, tolerance: x.tolerance, ...(x.unit !== undefined ? { unit: x.unit } : {}) };
    }
    default:
      return undefined;
  }
}
