// PromQL read with Prometheus's own grammar (@prometheus-io/lezer-promql, the parser behind the Prometheus UI),
// turned into a small tree of our own (type name, offsets, children, parent) that the checks walk. Lezer
// recovers from syntax errors, so a broken expression still yields a tree; the first error node is reported.
// Lezer's grammar accepts a few things Prometheus's Go parser then refuses while type-checking (rate() of an
// instant vector, `offset` after a function call, a comparison of two numbers without `bool`): those rules are
// checked here, each with the words Prometheus's documentation uses. Offsets are relative to the expression.
import { parser } from '@prometheus-io/lezer-promql';

export type ValueType = 'scalar' | 'vector' | 'matrix' | 'string';

export interface PNode {
  type: string;
  from: number;
  to: number;
  kids: PNode[];
  parent?: PNode;
}

export interface PromProblem {
  from: number;
  to: number;
  message: string;
}

export interface ParsedExpr {
  text: string;
  root: PNode;
  /** The expression under the root (undefined when the text holds only comments or nothing). */
  expr?: PNode;
  /** The first syntax error, if any. */
  syntax?: PromProblem;
  /** What Prometheus refuses after parsing (only computed when there is no syntax error). */
  semantic: PromProblem[];
}

/** Node types that are expressions (the grammar's `expr` alternatives). */
export const EXPR_TYPES = new Set([
  'AggregateExpr', 'BinaryExpr', 'FunctionCall', 'MatrixSelector', 'NumberDurationLiteral', 'OffsetExpr', 'AnchoredExpr',
  'SmoothedExpr', 'ParenExpr', 'StringLiteral', 'SubqueryExpr', 'UnaryExpr', 'VectorSelector', 'StepInvariantExpr',
]);

const COMPARISON = new Set(['Eql', 'Neq', 'Lss', 'Lte', 'Gtr', 'Gte']);
const SET_OPS = new Set(['And', 'Or', 'Unless']);
const ARITHMETIC = new Set(['Pow', 'Mul', 'Div', 'Mod', 'Add', 'Sub', 'Atan2']);
export const BINARY_OPS = new Set([...COMPARISON, ...SET_OPS, ...ARITHMETIC]);
const OP_TEXT: Record<string, string> = {
  Eql: '==', Neq: '!=', Lss: '<', Lte: '<=', Gtr: '>', Gte: '>=', And: 'and', Or: 'or', Unless: 'unless',
  Pow: '^', Mul: '*', Div: '/', Mod: '%', Add: '+', Sub: '-', Atan2: 'atan2',
};

/** Longest expression text parsed (a real rule's expr is a few hundred characters). */
export const MAX_EXPR_CHARS = 16 * 1024;
/** Deepest expression tree walked (deeper ones are reported, never recursed into). */
export const MAX_DEPTH = 200;

export function isComparison(op: string | undefined): boolean {
  return !!op && COMPARISON.has(op);
}
export function isSetOp(op: string | undefined): boolean {
  return !!op && SET_OPS.has(op);
}
export function opText(op: string): string {
  return OP_TEXT[op] ?? op;
}

function build(text: string): { root: PNode; error?: PNode; depth: number } {
  const tree = parser.parse(text);
  const cursor = tree.cursor();
  const root: PNode = { type: cursor.type.name, from: cursor.from, to: cursor.to, kids: [] };
  let error: PNode | undefined;
  let depth = 0;
  const stack: PNode[] = [root];
  // Iterative walk over lezer's cursor: no recursion, so a deeply nested text cannot exhaust the stack.
  if (cursor.firstChild()) {
    for (;;) {
      const parent = stack[stack.length - 1];
      const node: PNode = { type: cursor.type.isError ? '⚠' : cursor.type.name, from: cursor.from, to: cursor.to, kids: [], parent };
      parent.kids.push(node);
      if (node.type === '⚠' && (!error || node.from < error.from)) error = node;
      if (cursor.firstChild()) {
        stack.push(node);
        depth = Math.max(depth, stack.length);
        continue;
      }
      while (!cursor.nextSibling()) {
        if (!cursor.parent() || stack.length === 1) return { root, error, depth };
        stack.pop();
      }
    }
  }
  return { root, error, depth };
}

/** Postfix forms that bind to the selector right before them in Prometheus's grammar. */
const POSTFIX = new Set(['OffsetExpr', 'StepInvariantExpr', 'MatrixSelector', 'SubqueryExpr', 'AnchoredExpr', 'SmoothedExpr']);

/**
 * Lezer's grammar attaches `offset`, `@`, `[5m]` and `[5m:1m]` to a whole binary (or signed) expression before
 * them (`a - b offset 1h` reads as `(a - b) offset 1h`), while Prometheus's parser attaches them to the operand
 * right before: `a - (b offset 1h)`. Rotates such nodes into Prometheus's shape; returns the node that now
 * stands where `post` stood.
 */
function rotate(post: PNode): PNode {
  const at = post.kids.findIndex((k) => EXPR_TYPES.has(k.type));
  const operand = post.kids[at];
  if (!operand || (operand.type !== 'BinaryExpr' && operand.type !== 'UnaryExpr')) return post;
  const ops = exprKids(operand);
  const last = ops[ops.length - 1];
  if (!last) return post;
  post.kids[at] = last;
  last.parent = post;
  post.from = last.from;
  const moved = rotate(post);
  operand.kids[operand.kids.indexOf(last)] = moved;
  moved.parent = operand;
  operand.to = moved.to;
  return operand;
}

function rebalance(root: PNode): void {
  // Post-order, so nested postfix forms (`a - b[5m] offset 1m`) are rotated innermost first.
  const order: PNode[] = [];
  const stack: Array<[PNode, boolean]> = [[root, false]];
  while (stack.length) {
    const [n, done] = stack.pop() as [PNode, boolean];
    if (done) order.push(n);
    else {
      stack.push([n, true]);
      for (let i = n.kids.length - 1; i >= 0; i--) stack.push([n.kids[i], false]);
    }
  }
  for (const n of order) {
    if (!POSTFIX.has(n.type) || !n.parent) continue;
    const parent = n.parent;
    const i = parent.kids.indexOf(n);
    if (i < 0) continue;
    const top = rotate(n);
    if (top !== n) {
      parent.kids[i] = top;
      top.parent = parent;
    }
  }
}

export function exprKids(n: PNode): PNode[] {
  return n.kids.filter((k) => EXPR_TYPES.has(k.type));
}

export function kid(n: PNode | undefined, type: string): PNode | undefined {
  return n?.kids.find((k) => k.type === type);
}

export function textOf(p: ParsedExpr, n: PNode): string {
  return p.text.slice(n.from, n.to);
}

/** Parses one expression; never throws. */
export function parsePromQL(text: string): ParsedExpr {
  if (text.length > MAX_EXPR_CHARS) {
    const root: PNode = { type: 'PromQL', from: 0, to: text.length, kids: [] };
    return { text, root, syntax: { from: 0, to: 0, message: `the expression is ${Math.round(text.length / 1024)} KB long, more than the ${MAX_EXPR_CHARS / 1024} KB this lab reads` }, semantic: [] };
  }
  const { root, error, depth } = build(text);
  if (!error && depth <= MAX_DEPTH) rebalance(root);
  const expr = exprKids(root)[0];
  const p: ParsedExpr = { text, root, expr, semantic: [] };
  if (error) {
    p.syntax = syntaxProblem(p, error);
    return p;
  }
  if (!expr) {
    p.syntax = { from: 0, to: 0, message: 'the expression is empty (comments only)' };
    return p;
  }
  if (depth > MAX_DEPTH) {
    p.syntax = { from: 0, to: 0, message: `the expression is nested more than ${MAX_DEPTH} levels deep` };
    return p;
  }
  p.semantic = semanticProblems(p);
  return p;
}

/** Words for the first error node lezer recovered from. */
function syntaxProblem(p: ParsedExpr, err: PNode): PromProblem {
  const { text } = p;
  const at = err.from;
  // `foo(bar)`: an identifier followed by "(" that the grammar does not know as a function.
  const before = err.parent?.kids[err.parent.kids.indexOf(err) - 1];
  if (text[at] === '(' && before?.type === 'Identifier' && before.to === at) {
    const name = text.slice(before.from, before.to);
    if (name === 'holt_winters') {
      return { from: before.from, to: before.to, message: 'holt_winters() is gone since Prometheus 3, renamed double_exponential_smoothing() and only available with --enable-feature=promql-experimental-functions' };
    }
    return { from: before.from, to: before.to, message: `${name}() is not a PromQL function` };
  }
  if (at >= text.trimEnd().length) {
    return { from: Math.max(0, text.trimEnd().length), to: Math.max(0, text.trimEnd().length), message: 'the expression ends too early (an operand, a closing bracket or a quote is missing)' };
  }
  let end = err.to > at ? err.to : at + 1;
  const word = /^[A-Za-z_:][A-Za-z0-9_:]*|^[0-9.]+[a-z]*|^\S/.exec(text.slice(at));
  if (word) end = at + word[0].length;
  const shown = text.slice(at, end);
  if (shown === '=' && text[at + 1] !== '=' && text[at + 1] !== '~') {
    return { from: at, to: end, message: 'a single "=" only matches labels inside {…}; to compare values write "=="' };
  }
  return { from: at, to: end, message: `unexpected ${JSON.stringify(shown)}` };
}

// ---- types and Prometheus's checks after parsing -------------------------------------------

interface Signature {
  args: ValueType[];
  /** Arguments at the end that may be left out. */
  optional: number;
  /** The last argument type repeats any number of times. */
  repeat: boolean;
  ret: ValueType;
}

const CODES: Record<string, ValueType> = { v: 'vector', s: 'scalar', m: 'matrix', t: 'string' };

/**
 * Function signatures from Prometheus's documentation (querying/functions): `v` instant vector, `m` range vector,
 * `s` scalar, `t` string; `?` marks an argument that may be left out, `*` one that repeats. The return type is an
 * instant vector unless given after `=`. Functions missing here are not type-checked.
 */
const SIGNATURES_SPEC = `abs:v absent:v absent_over_time:m acos:v acosh:v asin:v asinh:v atan:v atanh:v avg_over_time:m ceil:v
changes:m clamp:v,s,s clamp_max:v,s clamp_min:v,s cos:v cosh:v count_over_time:m days_in_month:v? day_of_month:v?
day_of_week:v? day_of_year:v? deg:v delta:m deriv:m exp:v first_over_time:m floor:v histogram_avg:v histogram_count:v
histogram_sum:v histogram_stddev:v histogram_stdvar:v histogram_fraction:s,s,v histogram_quantile:s,v
double_exponential_smoothing:m,s,s hour:v? idelta:m increase:m irate:m label_replace:v,t,t,t,t label_join:v,t,t,t*
last_over_time:m ln:v log10:v log2:v mad_over_time:m max_over_time:m min_over_time:m ts_of_first_over_time:m
ts_of_max_over_time:m ts_of_min_over_time:m ts_of_last_over_time:m minute:v? month:v? pi:=s predict_linear:m,s
present_over_time:m quantile_over_time:s,m rad:v rate:m resets:m round:v,s? scalar:v=s sgn:v sin:v sinh:v sort:v
sort_desc:v sort_by_label:v,t* sort_by_label_desc:v,t* sqrt:v stddev_over_time:m stdvar_over_time:m sum_over_time:m
tan:v tanh:v time:=s timestamp:v vector:s year:v?`;

export const SIGNATURES: ReadonlyMap<string, Signature> = new Map(
  SIGNATURES_SPEC.split(/\s+/).filter(Boolean).map((entry) => {
    const [name, spec] = entry.split(':');
    const [argSpec, ret] = spec.split('=');
    const parts = argSpec ? argSpec.split(',') : [];
    const sig: Signature = {
      args: parts.map((a) => CODES[a[0]]),
      optional: parts.filter((a) => a.endsWith('?')).length,
      repeat: parts.some((a) => a.endsWith('*')),
      ret: ret ? CODES[ret] : 'vector',
    };
    return [name, sig];
  }),
);

const TYPE_WORDS: Record<ValueType, string> = { scalar: 'a scalar (a number)', vector: 'an instant vector', matrix: 'a range vector', string: 'a string' };
export function typeWords(t: ValueType): string {
  return TYPE_WORDS[t];
}

/** The function name of a FunctionCall node. */
export function functionName(p: ParsedExpr, n: PNode): string {
  const id = kid(n, 'FunctionIdentifier');
  return id ? p.text.slice(id.from, id.to) : '';
}

/** The aggregation operator of an AggregateExpr node (lower case: PromQL reads `SUM` as `sum`). */
export function aggregateOp(p: ParsedExpr, n: PNode): string {
  const op = kid(n, 'AggregateOp');
  return op ? p.text.slice(op.from, op.to).toLowerCase() : '';
}

/** The arguments of a FunctionCall or AggregateExpr (inside its FunctionCallBody). */
export function callArgs(n: PNode): PNode[] {
  const body = kid(n, 'FunctionCallBody');
  return body ? exprKids(body) : [];
}

/** The operator node of a BinaryExpr. */
export function binaryOp(n: PNode): PNode | undefined {
  return n.kids.find((k) => BINARY_OPS.has(k.type));
}

/** The operand wrapped by a ParenExpr, OffsetExpr, StepInvariantExpr, Anchored/SmoothedExpr or UnaryExpr. */
export function inner(n: PNode): PNode | undefined {
  return exprKids(n)[0];
}

/** Skips parentheses. */
export function unparen(n: PNode | undefined): PNode | undefined {
  let cur = n;
  while (cur && cur.type === 'ParenExpr') cur = inner(cur);
  return cur;
}

export function typeOf(p: ParsedExpr, n: PNode | undefined): ValueType | undefined {
  if (!n) return undefined;
  switch (n.type) {
    case 'NumberDurationLiteral':
      return 'scalar';
    case 'StringLiteral':
      return 'string';
    case 'VectorSelector':
    case 'AggregateExpr':
      return 'vector';
    case 'MatrixSelector':
    case 'SubqueryExpr':
      return 'matrix';
    case 'ParenExpr':
    case 'OffsetExpr':
    case 'StepInvariantExpr':
    case 'AnchoredExpr':
    case 'SmoothedExpr':
    case 'UnaryExpr':
      return typeOf(p, inner(n));
    case 'BinaryExpr': {
      const [a, b] = exprKids(n);
      const ta = typeOf(p, a);
      const tb = typeOf(p, b);
      if (ta === 'scalar' && tb === 'scalar') return 'scalar';
      if (ta === undefined || tb === undefined) return undefined;
      return 'vector';
    }
    case 'FunctionCall':
      return SIGNATURES.get(functionName(p, n))?.ret;
    default:
      return undefined;
  }
}

const PARAM_AGGREGATIONS: Record<string, ValueType> = { topk: 'scalar', bottomk: 'scalar', quantile: 'scalar', limitk: 'scalar', limit_ratio: 'scalar', count_values: 'string' };

const allCache = new WeakMap<PNode, PNode[]>();

/** Every node of the tree, parents before children (iterative; cached per node, do not mutate the result). */
export function allNodes(root: PNode): PNode[] {
  const hit = allCache.get(root);
  if (hit) return hit;
  const out: PNode[] = [];
  allCache.set(root, out);
  const stack = [root];
  while (stack.length) {
    const n = stack.pop() as PNode;
    out.push(n);
    for (let i = n.kids.length - 1; i >= 0; i--) stack.push(n.kids[i]);
  }
  return out;
}

function semanticProblems(p: ParsedExpr): PromProblem[] {
  const out: PromProblem[] = [];
  const add = (n: PNode, message: string) => out.push({ from: n.from, to: n.to, message });
  for (const n of allNodes(p.root)) {
    switch (n.type) {
      case 'FunctionCall': {
        const name = functionName(p, n);
        const sig = SIGNATURES.get(name);
        if (!sig) break;
        const args = callArgs(n);
        const min = sig.args.length - sig.optional - (sig.repeat ? 1 : 0);
        const max = sig.repeat ? Infinity : sig.args.length;
        if (args.length < min || args.length > max) {
          const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
          add(n, `${name}() takes ${want} argument${want === '1' ? '' : 's'}, and ${args.length} ${args.length === 1 ? 'is' : 'are'} given`);
          break;
        }
        args.forEach((a, i) => {
          const want = sig.args[Math.min(i, sig.args.length - 1)];
          const got = typeOf(p, a);
          if (got && got !== want) {
            const hint = want === 'matrix' && got === 'vector' ? `: give it a time window, e.g. ${textOf(p, a).trim()}[5m]` : '';
            add(a, `argument ${i + 1} of ${name}() must be ${typeWords(want)}, and ${textOf(p, a).trim().slice(0, 60)} is ${typeWords(got)}${hint}`);
          }
        });
        break;
      }
      case 'AggregateExpr': {
        const op = aggregateOp(p, n);
        const args = callArgs(n);
        const param = PARAM_AGGREGATIONS[op];
        const want = param ? 2 : 1;
        if (args.length !== want) {
          add(n, `${op}() takes ${want === 2 ? `a parameter and an instant vector (${op}(${param === 'string' ? '"label"' : '5'}, …))` : 'exactly one instant vector'}, and ${args.length} argument${args.length === 1 ? ' is' : 's are'} given`);
          break;
        }
        if (param) {
          const t = typeOf(p, args[0]);
          if (t && t !== param) add(args[0], `the first argument of ${op}() must be ${typeWords(param)}, and it is ${typeWords(t)}`);
        }
        const body = args[args.length - 1];
        const t = typeOf(p, body);
        if (t && t !== 'vector') add(body, `${op}() aggregates an instant vector, and ${textOf(p, body).trim().slice(0, 60)} is ${typeWords(t)}${t === 'matrix' ? ': apply a function such as rate() to the range first' : ''}`);
        break;
      }
      case 'BinaryExpr': {
        const [a, b] = exprKids(n);
        const opNode = binaryOp(n);
        const op = opNode?.type;
        if (!a || !b || !op || !opNode) break;
        const ta = typeOf(p, a);
        const tb = typeOf(p, b);
        for (const [side, t] of [[a, ta], [b, tb]] as const) {
          if (t === 'matrix' || t === 'string') add(side, `the operands of ${opText(op)} must be numbers or instant vectors, and ${textOf(p, side).trim().slice(0, 60)} is ${typeWords(t)}`);
        }
        if ((ta === 'matrix' || ta === 'string') || (tb === 'matrix' || tb === 'string')) break;
        const hasBool = !!kid(n, 'BoolModifier');
        const matching = kid(n, 'MatchingModifierClause');
        if (hasBool && !COMPARISON.has(op)) add(kid(n, 'BoolModifier') as PNode, `bool only goes after a comparison operator (==, !=, <, <=, >, >=), not after ${opText(op)}`);
        if (ta === 'scalar' && tb === 'scalar') {
          if (COMPARISON.has(op) && !hasBool) add(opNode, `comparing two numbers needs the bool modifier (${opText(op)} bool), since there is no series to filter`);
          if (SET_OPS.has(op)) add(opNode, `${opText(op)} works on two instant vectors, not on numbers`);
        } else if ((ta === 'scalar' || tb === 'scalar') && SET_OPS.has(op) && ta && tb) {
          add(opNode, `${opText(op)} works on two instant vectors, and one side here is a number`);
        }
        if (matching && (ta === 'scalar' || tb === 'scalar') && ta && tb) add(matching, 'on(), ignoring() and group_left/group_right only apply between two instant vectors');
        if (matching && SET_OPS.has(op) && (kid(matching, 'GroupLeft') || kid(matching, 'GroupRight'))) add(matching, `group_left and group_right do not apply to ${opText(op)}, which matches many-to-many by itself`);
        break;
      }
      case 'UnaryExpr': {
        const t = typeOf(p, inner(n));
        if (t === 'matrix' || t === 'string') add(n, `a sign applies to numbers and instant vectors, not to ${typeWords(t)}`);
        break;
      }
      case 'MatrixSelector': {
        const sel = exprKids(n)[0];
        if (sel && sel.type !== 'VectorSelector') add(n, `a range such as [5m] goes right after a metric selector; for any other expression write a subquery, e.g. (${textOf(p, sel).trim().slice(0, 40)})[5m:1m]`);
        break;
      }
      case 'SubqueryExpr': {
        const t = typeOf(p, inner(n));
        if (t && t !== 'vector') add(n, `a subquery ([range:step]) runs an instant-vector expression over time, and ${textOf(p, inner(n) as PNode).trim().slice(0, 60)} is ${typeWords(t)}`);
        break;
      }
      case 'OffsetExpr':
      case 'StepInvariantExpr': {
        const target = inner(n);
        const ok = ['VectorSelector', 'MatrixSelector', 'SubqueryExpr', 'OffsetExpr', 'StepInvariantExpr'];
        const word = n.type === 'OffsetExpr' ? 'offset' : '@';
        if (target && !ok.includes(target.type)) add(n, `${word} must follow a metric selector, a range selector or a subquery; move it inside, next to the selector`);
        break;
      }
      case 'VectorSelector':
        out.push(...selectorProblems(p, n));
        break;
      default:
        break;
    }
  }
  return out;
}

// ---- selectors ------------------------------------------------------------------------------

export interface Matcher {
  label: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
  node: PNode;
}

export interface Selector {
  node: PNode;
  /** Metric name (from the identifier, a quoted name or a __name__ equality), '' when none. */
  name: string;
  matchers: Matcher[];
}

/** Unquotes a PromQL string literal ("…", '…' or `…`); undefined when an escape is not understood. */
export function unquote(raw: string): string | undefined {
  if (raw.length < 2) return undefined;
  const q = raw[0];
  const body = raw.slice(1, -1);
  if (q === '`') return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };
    if (e in simple) out += simple[e];
    else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else return undefined;
  }
  return out;
}

export function selectorOf(p: ParsedExpr, n: PNode): Selector {
  const id = kid(n, 'Identifier');
  let name = id ? p.text.slice(id.from, id.to) : '';
  const matchers: Matcher[] = [];
  const list = kid(n, 'LabelMatchers');
  for (const m of list?.kids ?? []) {
    if (m.type === 'QuotedLabelName') {
      const s = kid(m, 'StringLiteral');
      const v = s ? unquote(p.text.slice(s.from, s.to)) : undefined;
      if (v !== undefined && !name) name = v;
      continue;
    }
    if (m.type !== 'UnquotedLabelMatcher' && m.type !== 'QuotedLabelMatcher') continue;
    const labelNode = kid(m, 'LabelName') ?? kid(kid(m, 'QuotedLabelName'), 'StringLiteral');
    const opNode = kid(m, 'MatchOp');
    const valueNode = m.kids.filter((k) => k.type === 'StringLiteral').at(-1);
    if (!labelNode || !opNode || !valueNode) continue;
    const rawLabel = p.text.slice(labelNode.from, labelNode.to);
    const label = labelNode.type === 'StringLiteral' ? unquote(rawLabel) ?? rawLabel : rawLabel;
    const value = unquote(p.text.slice(valueNode.from, valueNode.to));
    if (value === undefined) continue;
    const op = p.text.slice(opNode.from, opNode.to) as Matcher['op'];
    matchers.push({ label, op, value, node: m });
    if (label === '__name__' && op === '=' && !name) name = value;
  }
  return { node: n, name, matchers };
}

/** Whether a matcher certainly matches the empty string (undefined when a regex cannot be judged here). */
function matchesEmpty(m: Matcher): boolean | undefined {
  if (m.op === '=') return m.value === '';
  if (m.op === '!=') return m.value !== '';
  // Prometheus anchors label regexes (RE2). Only a few shapes are judged; others are left alone.
  if (/^(\.\*|\.\*\?|)$/.test(m.value)) return m.op === '=~';
  if (/^\.\+$/.test(m.value)) return m.op === '!~';
  return undefined;
}

function selectorProblems(p: ParsedExpr, n: PNode): PromProblem[] {
  const sel = selectorOf(p, n);
  const out: PromProblem[] = [];
  const id = kid(n, 'Identifier');
  const nameMatchers = sel.matchers.filter((m) => m.label === '__name__');
  const quotedNames = (kid(n, 'LabelMatchers')?.kids ?? []).filter((k) => k.type === 'QuotedLabelName').length;
  if ((id ? 1 : 0) + quotedNames + nameMatchers.length > 1 && (id || quotedNames)) {
    out.push({ from: n.from, to: n.to, message: 'the metric name is given twice (before the braces and again inside them); keep one' });
  }
  if (!sel.name && sel.matchers.length > 0 && sel.matchers.every((m) => matchesEmpty(m) === true)) {
    out.push({ from: n.from, to: n.to, message: 'a selector without a metric name needs at least one matcher that cannot match an empty value (e.g. job="model-server"); Prometheus refuses one that would select every series' });
  } else if (!sel.name && sel.matchers.length === 0) {
    out.push({ from: n.from, to: n.to, message: 'an empty selector {} selects nothing Prometheus accepts: give a metric name or a matcher such as job="model-server"' });
  }
  return out;
}

// ---- durations ------------------------------------------------------------------------------

const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };

/** Seconds of a PromQL duration such as `5m`, `1h30m` or `90` (seconds); undefined when not a plain duration. */
export function durationSeconds(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const re = /(\d+)(ms|s|m|h|d|w|y)/gy;
  let total = 0;
  let pos = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    total += Number(m[1]) * UNIT_SECONDS[m[2]];
    pos = re.lastIndex;
  }
  return pos === t.length && pos > 0 ? total : undefined;
}

/** The range of a MatrixSelector or SubqueryExpr, in seconds, with its node (undefined when computed). */
export function rangeOf(p: ParsedExpr, n: PNode): { seconds?: number; node: PNode } | undefined {
  const d = kid(n, 'DurationExpr');
  if (!d) return undefined;
  return { seconds: durationSeconds(p.text.slice(d.from, d.to)), node: d };
}

/** Writes a number of seconds the way PromQL does (5m, 1h30m, 45s). */
export function formatDuration(seconds: number): string {
  let s = Math.round(seconds);
  if (s === 0) return '0s';
  let out = '';
  for (const [u, v] of [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    if (s >= v) {
      out += `${Math.floor(s / v)}${u}`;
      s %= v;
    }
  }
  return out;
}
