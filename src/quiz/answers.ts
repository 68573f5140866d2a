// Answer validation (defensive: answers come from a webview) and the correct answer per question.
import type { Answer, Question } from './model';
import { gradeAnswer } from './scoring';

export type Checked = { ok: true; answer: Answer } | { ok: false; error: string };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function stringArray(x: unknown): string[] | undefined {
  return Array.isArray(x) && x.every((s) => typeof s === 'string') ? (x as string[]) : undefined;
}

/**
 * Checks that `raw` has the answer shape for the question's type and only uses the question's ids.
 * Returns a normalised copy (extra fields dropped). Never throws.
 */
export function validateAnswer(q: Question, raw: unknown): Checked {
  const fail = (error: string): Checked => ({ ok: false, error });
  if (!isRecord(raw)) return fail('the answer must be an object');
  switch (q.type) {
    case 'single': {
      const id = raw.choiceId;
      if (typeof id !== 'string') return fail('expected { choiceId }');
      if (!q.choices.some((c) => c.id === id)) return fail(`unknown choice "${id}"`);
      return { ok: true, answer: { choiceId: id } };
    }
    case 'multiple': {
      const ids = stringArray(raw.choiceIds);
      if (!ids) return fail('expected { choiceIds: string[] }');
      if (new Set(ids).size !== ids.length) return fail('a choice is picked twice');
      const unknown = ids.find((id) => !q.choices.some((c) => c.id === id));
      if (unknown !== undefined) return fail(`unknown choice "${unknown}"`);
      return { ok: true, answer: { choiceIds: [...ids] } };
    }
    case 'order': {
      const ids = stringArray(raw.itemIds);
      if (!ids) return fail('expected { itemIds: string[] }');
      const known = new Set(q.items.map((i) => i.id));
      if (ids.length !== known.size || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id))) {
        return fail('itemIds must list every item exactly once');
      }
      return { ok: true, answer: { itemIds: [...ids] } };
    }
    case 'match': {
      if (!isRecord(raw.pairs)) return fail('expected { pairs: { leftId: rightId } }');
      const pairs: Record<string, string> = {};
      for (const [left, right] of Object.entries(raw.pairs)) {
        if (!q.pairs.some((p) => p.leftId === left)) return fail(`unknown left side "${left}"`);
        if (typeof right !== 'string' || !q.pairs.some((p) => p.rightId === right)) return fail(`unknown right side for "${left}"`);
        pairs[left] = right;
      }
      return { ok: true, answer: { pairs } };
    }
    case 'numeric': {
      const v = raw.value;
      if (typeof v !== 'number' || !Number.isFinite(v)) return fail('expected { value: a finite number }');
      // -0 becomes 0: saved state goes through JSON, which writes -0 as 0, and a restored attempt must equal the live one.
      return { ok: true, answer: { value: v === 0 ? 0 : v } };
    }
  }
}

/** The full-score answer, in the same shape a learner submits. */
export function correctAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single':
      return { choiceId: q.choices.find((c) => c.correct)?.id ?? '' };
    case 'multiple':
      return { choiceIds: q.choices.filter((c) => c.correct).map((c) => c.id) };
    case 'order':
      return { itemIds: q.items.map((i) => i.id) };
    case 'match':
      return { pairs: Object.fromEntries(q.pairs.map((p) => [p.leftId, p.rightId])) };
    case 'numeric':
      return { value: q.answer };
  }
}

/** The correct answer as readable lines, e.g. for a summary of missed questions. */
export function describeCorrect(q: Question): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.choices.filter((c) => c.correct).map((c) => c.text);
    case 'order':
      return q.items.map((i, n) => `${n + 1}. ${i.text}`);
    case 'match':
      return q.pairs.map((p) => `${p.left} → ${p.right}`);
    case 'numeric': {
      const unit = q.unit ? ` ${q.unit}` : '';
      return [`${q.answer}${unit}${q.tolerance > 0 ? ` (±${q.tolerance}${unit})` : ''}`];
    }
  }
}

function numberText(value: number, unit: string | undefined): string {
  return `${value}${unit ? ` ${unit}` : ''}`;
}

/**
 * A learner's answer as readable lines, in the shape describeCorrect uses, so the two can stand side by side
 * (the results screen's missed list). Ids the question does not know are left out.
 */
export function describeAnswer(q: Question, answer: Answer): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const ids = 'choiceId' in answer ? [answer.choiceId] : 'choiceIds' in answer ? answer.choiceIds : [];
      return q.choices.filter((c) => ids.includes(c.id)).map((c) => c.text);
    }
    case 'order': {
      const ids = 'itemIds' in answer ? answer.itemIds : [];
      const text = new Map(q.items.map((i) => [i.id, i.text]));
      return ids.filter((id) => text.has(id)).map((id, n) => `${n + 1}. ${text.get(id)}`);
    }
    case 'match': {
      const pairs = 'pairs' in answer ? answer.pairs : {};
      const right = new Map(q.pairs.map((p) => [p.rightId, p.right]));
      return q.pairs.map((p) => {
        const given = Object.prototype.hasOwnProperty.call(pairs, p.leftId) ? right.get(pairs[p.leftId]) : undefined;
        return `${p.left} → ${given ?? '(not matched)'}`;
      });
    }
    case 'numeric':
      return 'value' in answer ? [numberText(answer.value, q.unit)] : [];
  }
}

export interface AnswerDifference {
  /** Parts of the correct answer the learner left out: correct choices not picked, correct matches not made. */
  missed: string[];
  /** What the learner got wrong: wrong picks, wrong matches (with the right one), misplaced items, a wrong number. */
  wrong: string[];
}

/** How an answer differs from the correct one, as readable lines; both lists are empty for a fully right answer. */
export function describeDifference(q: Question, answer: Answer): AnswerDifference {
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const ids = 'choiceId' in answer ? [answer.choiceId] : 'choiceIds' in answer ? answer.choiceIds : [];
      return {
        missed: q.choices.filter((c) => c.correct && !ids.includes(c.id)).map((c) => c.text),
        wrong: q.choices.filter((c) => !c.correct && ids.includes(c.id)).map((c) => c.text),
      };
    }
    case 'order': {
      const ids = 'itemIds' in answer ? answer.itemIds : [];
      const wrong: string[] = [];
      ids.forEach((id, i) => {
        const at = q.items.findIndex((it) => it.id === id);
        if (at >= 0 && at !== i) wrong.push(`${q.items[at].text}: you put it at position ${i + 1}, it belongs at ${at + 1}`);
      });
      return { missed: [], wrong };
    }
    case 'match': {
      const pairs = 'pairs' in answer ? answer.pairs : {};
      const right = new Map(q.pairs.map((p) => [p.rightId, p.right]));
      const missed: string[] = [];
      const wrong: string[] = [];
      for (const p of q.pairs) {
        const given = Object.prototype.hasOwnProperty.call(pairs, p.leftId) ? right.get(pairs[p.leftId]) : undefined;
        if (given === undefined) missed.push(`${p.left} → ${p.right}`);
        else if (pairs[p.leftId] !== p.rightId) wrong.push(`${p.left} → ${given} (it goes with ${p.right})`);
      }
      return { missed, wrong };
    }
    case 'numeric': {
      const v = 'value' in answer ? answer.value : undefined;
      const ok = v !== undefined && gradeAnswer(q, answer).score >= 1;
      return { missed: [], wrong: v === undefined || ok ? [] : [numberText(v, q.unit)] };
    }
  }
}
