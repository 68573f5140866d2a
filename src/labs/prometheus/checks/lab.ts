// Helpers of this lab's own requirements: finding the alert that does a job (p95 latency, error ratio, drift),
// following recorded series back to the rules that compute them, and reading an alert's threshold.
import { exprFinding, nodeFinding, parsedExpr, selectorsOf, withRecorded, type Rule, type RulesModel } from '../model';
import { binaryOp, exprKids, isComparison, opText, textOf, typeOf, unparen, type ParsedExpr, type PNode } from '../promql';

export interface Part {
  rule: Rule;
  p: ParsedExpr;
}

/** An alert and the recording rules of this file it reads, each parsed (rules that do not parse are left out). */
export function partsOf(m: RulesModel, alert: Rule): Part[] {
  return withRecorded(m, alert)
    .map((rule) => ({ rule, p: parsedExpr(rule) }))
    .filter((x): x is Part => !!x.p && !x.p.syntax && x.p.semantic.length === 0 && !!x.p.expr);
}

export function usesMetric(p: ParsedExpr, name: string, within?: PNode): boolean {
  return selectorsOf(p).some((s) => s.name === name && (!within || isInside(s.node, within)));
}

export function isInside(n: PNode, ancestor: PNode): boolean {
  for (let c: PNode | undefined = n; c; c = c.parent) if (c === ancestor) return true;
  return false;
}

export interface Threshold {
  /** The comparison node. */
  node: PNode;
  /** The operator as if the measured side were on the left (`0.5 < x` reads as `x > 0.5`). */
  op: string;
  value: number;
  numberNode: PNode;
  measured: PNode;
}

const FLIP: Record<string, string> = { Gtr: 'Lss', Gte: 'Lte', Lss: 'Gtr', Lte: 'Gte', Eql: 'Eql', Neq: 'Neq' };

/** The comparison of a measured expression with a number at the top of an alert (through parentheses and `and`). */
export function thresholdOf(p: ParsedExpr): Threshold | undefined {
  const queue: PNode[] = p.expr ? [p.expr] : [];
  while (queue.length) {
    const n = unparen(queue.shift());
    if (!n || n.type !== 'BinaryExpr') continue;
    const op = binaryOp(n)?.type;
    const [a, b] = exprKids(n);
    if (op === 'And' || op === 'Unless' || op === 'Or') {
      queue.push(a, b);
      continue;
    }
    if (!isComparison(op) || !a || !b) continue;
    const ua = unparen(a) as PNode;
    const ub = unparen(b) as PNode;
    const num = (x: PNode) => x.type === 'NumberDurationLiteral' || (x.type === 'UnaryExpr' && unparen(exprKids(x)[0])?.type === 'NumberDurationLiteral');
    const value = (x: PNode) => Number(textOf(p, x).replace(/\s+/g, ''));
    if (num(ub) && typeOf(p, ua) !== 'scalar') return { node: n, op: op as string, value: value(ub), numberNode: ub, measured: ua };
    if (num(ua) && typeOf(p, ub) !== 'scalar') return { node: n, op: FLIP[op as string], value: value(ua), numberNode: ua, measured: ub };
  }
  return undefined;
}

export function opWord(op: string): string {
  return opText(op);
}

export { exprFinding };

/** A finding about something the file lacks: at `groups:` (or line 1). */
export function missingFinding(m: RulesModel, message: string) {
  const at = m.groupsPair?.key;
  return at ? nodeFinding(m.src, at, message) : m.src.finding(0, 0, message);
}
