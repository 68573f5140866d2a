// The rules file read once per grading: YAML with positions (the `yaml` package with a LineCounter), the
// groups and rules Prometheus would load, each expression parsed as PromQL, and the way back from a position
// inside an expression to the file's line and column. Pure: no I/O, no vscode.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { FileInput, Finding, ProjectFiles, TextFix } from '../types';
import { fileFinding, Source } from '../dvc/positions';
import { allNodes, functionName, parsePromQL, selectorOf, type ParsedExpr, type PNode, type Selector } from './promql';
import { valueOffsets } from './scalarMap';

export const RULES_FILE = 'monitoring/alerts.yaml';

/** Larger files are refused with a finding (YAML parsing costs about 1 s per MB; real rules files are a few KB to about 100 KB). */
export const MAX_CHARS = 128 * 1024;
/** YAML errors reported one by one; the rest are counted in one finding. */
export const MAX_YAML_ERRORS = 20;

export interface KeyValue {
  pair: Pair<Scalar, Node | null>;
  key: Scalar;
  /** The key as text. */
  name: string;
  value: Node | null;
}

export interface Rule {
  index: number;
  group: Group;
  node: YAMLMap;
  /** `alert` or `record` (when both or neither are set, the first found or undefined). */
  kind?: 'alert' | 'record';
  /** The alert or record name ('' when missing). */
  name: string;
  nameNode?: Node | null;
  keys: KeyValue[];
  exprPair?: KeyValue;
  /** The expression's scalar (an alias resolved to its anchor). */
  exprNode?: Scalar;
  exprText?: string;
  forPair?: KeyValue;
  labels: KeyValue[];
  labelsPair?: KeyValue;
  annotations: KeyValue[];
  annotationsPair?: KeyValue;
}

export interface Group {
  index: number;
  node: Node | null;
  name: string;
  nameNode?: Node | null;
  keys: KeyValue[];
  rulesPair?: KeyValue;
  rules: Rule[];
}

export interface RulesModel {
  src: Source;
  doc: Document.Parsed;
  groupsPair?: KeyValue;
  groups: Group[];
  rules: Rule[];
}

export type Loaded =
  | { ok: true; model: RulesModel; yamlErrors: Finding[] }
  | { ok: false; findings: Finding[] };

export function nodeStart(node: unknown): number {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return r ? r[0] : 0;
}

export function nodeEnd(node: unknown): number {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return r ? r[1] : 0;
}

export function keyValues(map: unknown): KeyValue[] {
  if (!isMap(map)) return [];
  const out: KeyValue[] = [];
  for (const p of map.items) {
    if (!isPair(p) || !isScalar(p.key)) continue;
    out.push({ pair: p as Pair<Scalar, Node | null>, key: p.key, name: String(p.key.value), value: (p.value as Node | null) ?? null });
  }
  return out;
}

export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : undefined;
}

function readRule(doc: Document.Parsed, group: Group, node: YAMLMap, index: number): Rule {
  const keys = keyValues(node);
  const get = (k: string) => keys.find((x) => x.name === k);
  const alert = get('alert');
  const record = get('record');
  const kind = alert && record ? (nodeStart(alert.key) < nodeStart(record.key) ? 'alert' : 'record') : alert ? 'alert' : record ? 'record' : undefined;
  const namePair = kind === 'alert' ? alert : kind === 'record' ? record : undefined;
  const exprPair = get('expr');
  let exprNode: Scalar | undefined;
  let v: unknown = exprPair?.value;
  if (isAlias(v)) {
    try {
      v = v.resolve(doc);
    } catch {
      v = undefined;
    }
  }
  if (isScalar(v) && typeof v.value === 'string') exprNode = v;
  else if (isScalar(v) && (typeof v.value === 'number' || typeof v.value === 'boolean')) exprNode = v;
  const labelsPair = get('labels');
  const annotationsPair = get('annotations');
  return {
    index,
    group,
    node,
    kind,
    name: scalarString(namePair?.value) ?? '',
    nameNode: namePair?.value,
    keys,
    exprPair,
    exprNode,
    exprText: exprNode ? String(exprNode.value) : undefined,
    forPair: get('for'),
    labels: keyValues(labelsPair?.value),
    labelsPair,
    annotations: keyValues(annotationsPair?.value),
    annotationsPair,
  };
}

/** An alias resolved to the node it names (Prometheus's YAML reader expands aliases); other nodes as they are. */
export function deref(doc: Document.Parsed, node: unknown): unknown {
  if (!isAlias(node)) return node;
  try {
    return node.resolve(doc) ?? node;
  } catch {
    return node;
  }
}

/** Reads the rules file; never throws. */
export function loadRules(files: ProjectFiles): Loaded {
  const input: FileInput | undefined = files.get(RULES_FILE);
  if (!input || input.kind === 'missing') {
    return { ok: false, findings: [fileFinding(RULES_FILE, `Create ${RULES_FILE}: it holds the rule groups Prometheus loads (list it under rule_files in prometheus.yml).`)] };
  }
  if (input.kind === 'unreadable') return { ok: false, findings: [fileFinding(RULES_FILE, `${RULES_FILE} cannot be graded: ${input.reason}`)] };
  if (typeof input.text !== 'string') return { ok: false, findings: [fileFinding(RULES_FILE, `${RULES_FILE} cannot be graded: it is not text.`)] };
  const text = input.text;
  if (text.length > MAX_CHARS) {
    return { ok: false, findings: [fileFinding(RULES_FILE, `${RULES_FILE} is ${Math.round(text.length / 1024)} KB; it is too large to grade (limit ${MAX_CHARS / 1024} KB). Split the groups over several rule files.`)] };
  }
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, merge: false });
  } catch (e) {
    const src = new Source(RULES_FILE, text);
    const why = e instanceof RangeError ? 'it is nested too deeply to read' : String((e as Error)?.message ?? e);
    return { ok: false, findings: [src.finding(0, 0, `${RULES_FILE} could not be parsed: ${why}.`)] };
  }
  const src = new Source(RULES_FILE, text, lines);
  const yamlErrors: Finding[] = [];
  const seen = new Set<string>();
  for (const err of doc.errors) {
    // The first errors say what is wrong; after a broken indentation the rest repeat it line after line.
    if (yamlErrors.length >= MAX_YAML_ERRORS) {
      yamlErrors.push(src.finding(0, 0, `${RULES_FILE} has ${doc.errors.length - MAX_YAML_ERRORS} more YAML errors; fix the ones above first, the rest often follow from them.`));
      break;
    }
    const [a, b] = err.pos ?? [0, 0];
    let first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    if (/call stack/i.test(first)) first = 'it is nested too deeply to read';
    if (/multiple documents/i.test(first)) first = 'it holds more than one YAML document (---); Prometheus reads only the first';
    const line = src.pos(a).line;
    const key = `${line}:${first}`;
    if (seen.has(key)) continue;
    seen.add(key);
    yamlErrors.push(src.finding(a, Math.max(a, b), `${RULES_FILE} is not valid YAML: ${first} (line ${line}).`));
  }
  if (yamlErrors.length === 0) duplicateKeys(src, doc, yamlErrors);
  const model: RulesModel = { src, doc, groups: [], rules: [] };
  const root = doc.contents;
  const groupsPair = keyValues(root).find((k) => k.name === 'groups');
  if (groupsPair) groupsPair.value = deref(doc, groupsPair.value) as Node | null;
  model.groupsPair = groupsPair;
  if (groupsPair && isSeq(groupsPair.value)) {
    groupsPair.value.items.forEach((item, gi) => {
      const g = deref(doc, item);
      const keys = keyValues(g);
      const namePair = keys.find((k) => k.name === 'name');
      const rulesPair = keys.find((k) => k.name === 'rules');
      if (rulesPair) rulesPair.value = deref(doc, rulesPair.value) as Node | null;
      const group: Group = { index: gi, node: (g as Node) ?? null, name: scalarString(namePair?.value) ?? '', nameNode: namePair?.value, keys, rulesPair, rules: [] };
      if (rulesPair && isSeq(rulesPair.value)) {
        rulesPair.value.items.forEach((item, ri) => {
          const r = deref(doc, item);
          if (isMap(r)) group.rules.push(readRule(doc, group, r, ri));
        });
      }
      model.groups.push(group);
      model.rules.push(...group.rules);
    });
  }
  return { ok: true, model, yamlErrors };
}

/** Duplicate keys, which Prometheus's YAML reader refuses (done here: yaml's own check is quadratic). */
function duplicateKeys(src: Source, doc: Document.Parsed, errors: Finding[]): void {
  try {
    visit(doc, {
      Map(_, map) {
        const seen = new Set<string>();
        for (const p of map.items) {
          if (!isScalar(p.key)) continue;
          const k = String(p.key.value);
          if (seen.has(k)) {
            errors.push(src.finding(nodeStart(p.key), nodeEnd(p.key), `${RULES_FILE} is not valid YAML for Prometheus: the key "${k}" appears twice in the same mapping (line ${src.pos(nodeStart(p.key)).line}); Prometheus refuses the file. Keep one.`));
          }
          seen.add(k);
        }
      },
    });
  } catch {
    errors.push(src.finding(0, 0, `${RULES_FILE} could not be read: it is nested too deeply.`));
  }
}

// ---- expressions ------------------------------------------------------------------------------

const parsedCache = new WeakMap<Rule, ParsedExpr>();

/** The rule's expression parsed as PromQL (undefined when the rule has no string expression). */
export function parsedExpr(rule: Rule): ParsedExpr | undefined {
  if (rule.exprText === undefined) return undefined;
  let p = parsedCache.get(rule);
  if (!p) {
    p = parsePromQL(rule.exprText);
    parsedCache.set(rule, p);
  }
  return p;
}

/** File offsets of a range inside a rule's expression. */
export function exprOffsets(src: Source, rule: Rule, from: number, to: number): [number, number] {
  const node = rule.exprNode;
  if (!node || rule.exprText === undefined) return [nodeStart(rule.node), nodeStart(rule.node)];
  const offsets = offsetsOf(src, rule);
  const a = offsets[Math.max(0, Math.min(from, rule.exprText.length))];
  let b = offsets[Math.max(0, Math.min(to, rule.exprText.length))];
  // End right after the last character of the range (not at the start of the next one).
  if (to > from && to <= rule.exprText.length) b = offsets[to - 1] + 1;
  return [a, Math.max(a, b)];
}

/** A finding at a range inside a rule's expression, placed at the file's line and column. */
export function exprFinding(src: Source, rule: Rule, from: number, to: number, message: string, fix?: TextFix): Finding {
  const [a, b] = exprOffsets(src, rule, from, to);
  return src.finding(a, b, message, fix);
}

const offsetCache = new WeakMap<Rule, number[]>();
function offsetsOf(src: Source, rule: Rule): number[] {
  let o = offsetCache.get(rule);
  if (!o) {
    const node = rule.exprNode as Scalar;
    o = valueOffsets(src.text, nodeStart(node), nodeEnd(node), node.type, rule.exprText as string);
    offsetCache.set(rule, o);
  }
  return o;
}

export function nodeFinding(src: Source, node: unknown, message: string, fix?: TextFix): Finding {
  return src.finding(nodeStart(node), nodeEnd(node), message, fix);
}

/** A finding at a rule's name (or its first key when it has none). */
export function ruleFinding(src: Source, rule: Rule, message: string): Finding {
  const at = rule.nameNode ?? rule.keys[0]?.key ?? rule.node;
  return nodeFinding(src, at, message);
}

/** The selectors of an expression (every VectorSelector node), with metric names. */
const selectorCache = new WeakMap<ParsedExpr, Selector[]>();
export function selectorsOf(p: ParsedExpr): Selector[] {
  let s = selectorCache.get(p);
  if (!s) {
    s = allNodes(p.root).filter((n) => n.type === 'VectorSelector').map((n) => selectorOf(p, n));
    selectorCache.set(p, s);
  }
  return s;
}

/** FunctionCall nodes calling one of `names`. */
export function callsOf(p: ParsedExpr, names: readonly string[]): PNode[] {
  return allNodes(p.root).filter((n) => n.type === 'FunctionCall' && names.includes(functionName(p, n)));
}

/** Whether `n` lies inside `ancestor` (or is it). */
export function within(n: PNode, ancestor: PNode): boolean {
  for (let c: PNode | undefined = n; c; c = c.parent) if (c === ancestor) return true;
  return false;
}

export const alerts = (m: RulesModel) => m.rules.filter((r) => r.kind === 'alert');
export const records = (m: RulesModel) => m.rules.filter((r) => r.kind === 'record');

/**
 * A rule's expression with recorded series expanded one level: an alert on `job:model_errors:ratio_rate5m`
 * is judged by what that recording rule computes. Returns the rules whose expressions make up the alert.
 */
export function withRecorded(m: RulesModel, rule: Rule): Rule[] {
  const out: Rule[] = [rule];
  const p = parsedExpr(rule);
  if (!p || p.syntax) return out;
  const byName = new Map(records(m).map((r) => [r.name, r]));
  const seen = new Set<Rule>([rule]);
  const queue = [p];
  while (queue.length && out.length < 20) {
    const cur = queue.shift() as ParsedExpr;
    for (const s of selectorsOf(cur)) {
      const r = byName.get(s.name);
      if (!r || seen.has(r)) continue;
      seen.add(r);
      out.push(r);
      const rp = parsedExpr(r);
      if (rp && !rp.syntax) queue.push(rp);
    }
  }
  return out;
}
