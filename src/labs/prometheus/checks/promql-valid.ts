// prom.promql-valid (general): every `expr` is PromQL that Prometheus accepts, read with Prometheus's own
// grammar (@prometheus-io/lezer-promql) plus the type rules its parser applies afterwards; each problem is
// reported at its line and column in the file, inside plain, quoted, literal (|) and folded (>) scalars alike.
// A rule's result must also be an instant vector or a number: a range vector fails at every evaluation.
import type { Finding } from '../../types';
import { exprFinding, exprOffsets, parsedExpr } from '../model';
import { textOf, typeOf, typeWords } from '../promql';
import { q, type Context, type PromCheck } from './common';

export function run(ctx: Context): Finding[] {
  const m = ctx.model;
  if (!m) return ctx.unavailable;
  const out: Finding[] = [];
  for (const r of m.rules) {
    const p = parsedExpr(r);
    if (!p || r.exprText?.trim() === '') continue; // a missing or empty expr is prom.rule-file's
    const who = r.name ? `${r.kind === 'record' ? 'recording rule' : 'alert'} ${q(r.name)}` : `rule ${r.index + 1}`;
    if (p.syntax) {
      // A stray "=" meant as a comparison: the fix writes "==" in its place (only when the file has "=" right there).
      const [a, b] = exprOffsets(m.src, r, p.syntax.from, p.syntax.to);
      const fix = p.syntax.message.startsWith('a single "="') && m.src.text.slice(a, b) === '=' ? m.src.fix(a, b, '==', 'Replace = with ==') : undefined;
      out.push(exprFinding(m.src, r, p.syntax.from, p.syntax.to, `The expression of ${who} is not valid PromQL: ${p.syntax.message}. Prometheus refuses the whole file.`, fix));
      continue;
    }
    for (const s of p.semantic.slice(0, 5)) {
      out.push(exprFinding(m.src, r, s.from, s.to, `The expression of ${who} is not valid PromQL: ${s.message}. Prometheus refuses the whole file.`));
    }
    if (p.semantic.length) continue;
    const t = typeOf(p, p.expr);
    if (p.expr && (t === 'matrix' || t === 'string')) {
      out.push(
        exprFinding(
          m.src,
          r,
          p.expr.from,
          p.expr.to,
          `The expression of ${who} returns ${typeWords(t)} (${textOf(p, p.expr).trim().slice(0, 50)}), and a rule's result must be an instant vector or a number: Prometheus loads the file but the rule fails at every evaluation.${t === 'matrix' ? ' Wrap the range in a function such as rate() or max_over_time().' : ''}`,
        ),
      );
    }
  }
  return out;
}

export const definition: PromCheck['definition'] = {
  id: 'prom.promql-valid',
  title: 'Every expression is valid PromQL',
  why: 'A rule whose expression does not parse makes Prometheus refuse the whole rules file, so one typo (`=` for `==`, a missing `[5m]`) silences every alert in it. The checks here use the grammar of the Prometheus UI and the type rules of Prometheus\'s parser, so what they report is what `promtool check rules` reports, at the line and column in your file.',
  lesson: 'production-metrics',
  scope: 'general',
  hints: [
    'Look at the position reported: the expression is valid up to there.',
    'Comparisons use `==`, not `=`; rate() and increase() need a range such as `[5m]` right after the selector.',
    'Paste the expression into the Prometheus UI\'s query box: it underlines the same problem.',
  ],
};
