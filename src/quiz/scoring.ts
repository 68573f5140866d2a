// Scoring rules. Every question is worth 1 point; a question counts as "right" only at 1.
//
// - single:   1 when the chosen choice is the correct one, else 0.
// - numeric:  1 when |value - answer| <= tolerance, else 0.
// - multiple: partial credit max(0, (correct picks - wrong picks) / number of correct choices).
//             Picking every choice therefore earns nothing unless there are no wrong choices.
// - order:    fraction of adjacent pairs placed right: for n items there are n - 1 neighbouring
//             pairs in the learner's order; a pair counts when its second item directly follows
//             the first in the correct order. Score = counted pairs / (n - 1). Only the exact
//             order scores 1; moving one item to another place loses at most 2-3 pairs, so a
//             nearly right answer still earns most of the point.
// - match:    fraction of lefts matched to their own right; lefts left out count as wrong.
//
// Scores assume an answer already checked by validateAnswer (answers.ts); anything else scores 0.
import type { Answer, MatchAnswer, MultipleAnswer, NumericAnswer, OrderAnswer, Question, SingleAnswer } from './model';

export interface Grade {
  /** In [0, 1]. */
  score: number;
  /**
   * Per-part marks for the feedback view: chosen choice id -> correct? (single/multiple),
   * item id -> at its correct position? (order), left id -> matched right? (match). Empty for numeric.
   */
  marks: Record<string, boolean>;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export function gradeAnswer(q: Question, answer: Answer): Grade {
  switch (q.type) {
    case 'single': {
      const id = (answer as Partial<SingleAnswer>).choiceId;
      const chosen = q.choices.find((c) => c.id === id);
      return { score: chosen?.correct ? 1 : 0, marks: chosen ? { [chosen.id]: chosen.correct } : {} };
    }
    case 'multiple': {
      const ids = new Set((answer as Partial<MultipleAnswer>).choiceIds ?? []);
      const marks: Record<string, boolean> = {};
      let right = 0;
      let wrong = 0;
      for (const c of q.choices) {
        if (!ids.has(c.id)) continue;
        marks[c.id] = c.correct;
        if (c.correct) right++;
        else wrong++;
      }
      const total = q.choices.filter((c) => c.correct).length;
      return { score: total ? clamp01((right - wrong) / total) : 0, marks };
    }
    case 'order': {
      const ids = (answer as Partial<OrderAnswer>).itemIds ?? [];
      const pos = new Map(q.items.map((it, i) => [it.id, i]));
      const marks: Record<string, boolean> = {};
      ids.forEach((id, i) => { if (pos.has(id)) marks[id] = pos.get(id) === i; });
      if (ids.length !== q.items.length || q.items.length < 2) return { score: 0, marks };
      let good = 0;
      for (let i = 0; i + 1 < ids.length; i++) {
        const a = pos.get(ids[i]);
        const b = pos.get(ids[i + 1]);
        if (a !== undefined && b === a + 1) good++;
      }
      return { score: clamp01(good / (q.items.length - 1)), marks };
    }
    case 'match': {
      const given = (answer as Partial<MatchAnswer>).pairs ?? {};
      const marks: Record<string, boolean> = {};
      let good = 0;
      for (const p of q.pairs) {
        const ok = Object.prototype.hasOwnProperty.call(given, p.leftId) && given[p.leftId] === p.rightId;
        marks[p.leftId] = ok;
        if (ok) good++;
      }
      return { score: q.pairs.length ? clamp01(good / q.pairs.length) : 0, marks };
    }
    case 'numeric': {
      const v = (answer as Partial<NumericAnswer>).value;
      if (typeof v !== 'number' || !Number.isFinite(v)) return { score: 0, marks: {} };
      // A tiny slack so that e.g. 0.1 + 0.2 style rounding never turns a right answer wrong.
      const slack = 1e-9 * Math.max(1, Math.abs(q.answer));
      return { score: Math.abs(v - q.answer) <= q.tolerance + slack ? 1 : 0, marks: {} };
    }
  }
}

export function isRight(score: number): boolean {
  return score >= 1;
}
