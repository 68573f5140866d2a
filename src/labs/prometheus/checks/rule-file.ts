// prom.rule-file (general): the file has the shape Prometheus's rule loader accepts (model/rulefmt): a
// top-level `groups:` list; each group a `name` (unique, not empty) and `rules`; each rule exactly one of
// `record`/`alert` with an `expr`; durations in Prometheus's format; no `for`, `keep_firing_for` or
// `annotations` on recording rules; no unknown keys (Prometheus reads rule files strictly); label and
// annotation templates of alerts that parse. Prometheus refuses the whole file on any of these.
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { Finding } from '../../types';
import { editDistance } from '../../dvc/paths';
import { deref, nodeEnd, nodeFinding, nodeStart, ruleFinding, scalarString, type KeyValue, type Rule, type RulesModel } from '../model';
import { templateProblems } from '../template';
import { q, type Context, type PromCheck } from './common';

const GROUP_KEYS = ['name', 'interval', 'query_offset', 'limit', 'rules', 'labels'];
const RULE_KEYS = ['record', 'alert', 'expr', 'for', 'keep_firing_for', 'labels', 'annotations'];
/** Keys people write for a rule or group field Prometheus names differently. */
const ALIASES: Record<string, string> = {
  annotation: 'annotations', label: 'labels', expression: 'expr', query: 'expr', duration: 'for', name: 'alert',
  evaluation_interval: 'interval', rule: 'rules', alerts: 'rules', description: 'annotations', summary: 'annotations', severity: 'labels',
};

/** Prometheus's duration format (common/model ParseDuration): units y w d h m s ms, largest first, each once. */
const DURATION = /^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$/;

export function isPromDuration(s: string): boolean {
  return s === '0' || (s !== '' && DURATION.test(s));
}

/** Seconds of a valid Prometheus duration. */
export function promDurationSeconds(s: string): number | undefined {
  if (!isPromDuration(s)) return undefined;
  if (s === '0') return 0;
  const m = DURATION.exec(s) as RegExpExecArray;
  const n = (i: number) => Number(m[i] ?? 0);
  return n(2) * 31536000 + n(4) * 604800 + n(6) * 86400 + n(8) * 3600 + n(10) * 60 + n(12) + n(14) / 1000;
}

function suggest(key: string, allowed: readonly string[]): string | undefined {
  const alias = ALIASES[key.toLowerCase()];
  if (alias && allowed.includes(alias)) return alias;
  let best: string | undefined;
  let bestD = 3;
  for (const a of allowed) {
    const d = editDistance(key.toLowerCase(), a);
    if (d < bestD) {
      best = a;
      bestD = d;
    }
  }
  return best;
}

function describe(node: Node | null | undefined): string {
  if (isAlias(node)) return `an alias (*${node.source})`;
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return 'empty';
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  return `${JSON.stringify(String((node as { value?: unknown }).value)).slice(0, 40)}`;
}

function durationProblem(m: RulesModel, kv: KeyValue, where: string): Finding | undefined {
  const s = scalarString(kv.value);
  if (kv.value === null || (isScalar(kv.value) && kv.value.value === null)) return undefined; // empty: Prometheus reads 0
  if (s !== undefined && isPromDuration(s)) return undefined;
  const example = s && /^\d+$/.test(s) ? ` (a bare number has no unit: write ${q(`${s}s`)} or ${q(`${s}m`)})` : s && /^\d+\.\d+[a-z]+$/.test(s) ? ' (no decimals: write 90s, not 1.5m)' : '';
  return nodeFinding(m.src, kv.value ?? kv.key, `${q(`${kv.name}: ${s ?? describe(kv.value)}`)} in ${where} is not a Prometheus duration${example}: use whole numbers with units from largest to smallest, e.g. 5m, 1h30m, 90s. Prometheus refuses the file.`);
}

function stringMapProblems(m: RulesModel, kv: KeyValue, where: string, what: 'label' | 'annotation'): Finding[] {
  const out: Finding[] = [];
  if (kv.value === null || (isScalar(kv.value) && kv.value.value === null)) return out;
  if (!isMap(kv.value)) {
    out.push(nodeFinding(m.src, kv.value, `${q(kv.name)} in ${where} must be a mapping of names to text (e.g. ${what === 'label' ? 'severity: warning' : 'summary: …'}), but it is ${describe(kv.value)}. Prometheus refuses the file.`));
    return out;
  }
  for (const item of kv.value.items) {
    const k = isScalar(item.key) ? String(item.key.value ?? '') : undefined;
    if (k === undefined) {
      out.push(nodeFinding(m.src, item.key ?? kv.value, `A ${what} name in ${where} must be plain text. Prometheus refuses the file.`));
      continue;
    }
    if (k === '' || (what === 'label' && k === '__name__')) {
      out.push(nodeFinding(m.src, item.key, `${k === '' ? 'An empty name' : q('__name__')} is not a valid ${what} name in ${where}${k === '__name__' ? ' (it is the metric name, which a rule cannot set this way)' : ''}. Prometheus refuses the file.`));
    }
    const v = item.value as Node | null;
    if (v !== null && v !== undefined && !isScalar(v)) {
      out.push(nodeFinding(m.src, v, `The ${what} ${q(k)} in ${where} must be text, but it is ${describe(v)}. Prometheus refuses the file.`));
    }
  }
  return out;
}

function templateFindings(m: RulesModel, kv: KeyValue, what: 'label' | 'annotation', where: string): Finding[] {
  if (!isMap(kv.value)) return [];
  const out: Finding[] = [];
  for (const item of kv.value.items) {
    const v = item.value;
    if (!isScalar(v) || typeof v.value !== 'string' || !v.value.includes('{{')) continue;
    const problems = templateProblems(v.value);
    if (!problems.length) continue;
    const name = isScalar(item.key) ? String(item.key.value) : '?';
    out.push(nodeFinding(m.src, v, `The ${what} ${q(name)} of ${where} is not a valid template: ${problems[0].message}. Prometheus parses these templates when it loads the file and refuses it.`));
  }
  return out;
}

function unknownKeys(m: RulesModel, keys: KeyValue[], allowed: readonly string[], where: string, kind: 'group' | 'rule'): Finding[] {
  const out: Finding[] = [];
  for (const kv of keys) {
    if (allowed.includes(kv.name)) continue;
    const better = suggest(kv.name, allowed);
    const moved = (kv.name === 'summary' || kv.name === 'description' || kv.name === 'runbook_url') && kind === 'rule'
      ? ` ${q(kv.name)} belongs under ${q('annotations:')}.`
      : kv.name === 'severity' && kind === 'rule'
        ? ` ${q('severity')} belongs under ${q('labels:')}.`
        : better
          ? ` Did you mean ${q(better)}?`
          : '';
    // A misspelt key is renamed by the fix (not one that belongs elsewhere, such as summary under annotations).
    const fix = !moved.includes('belongs') && better && kv.key.type === 'PLAIN' && !keys.some((k) => k.name === better)
      ? m.src.fix(nodeStart(kv.key), nodeEnd(kv.key), better, `Rename ${kv.name} to ${better}`)
      : undefined;
    out.push(nodeFinding(m.src, kv.key, `Unknown key ${q(kv.name)} in ${where}: a ${kind} accepts ${allowed.join(', ')}, and Prometheus refuses a rules file with any other key.${moved}`, fix));
  }
  return out;
}

function ruleWhere(r: Rule): string {
  return r.name ? `${r.kind === 'record' ? 'recording rule' : 'alert'} ${q(r.name)}` : `rule ${r.index + 1} of group ${r.group.name ? q(r.group.name) : r.group.index + 1}`;
}

function ruleProblems(m: RulesModel, r: Rule): Finding[] {
  const out: Finding[] = [];
  const where = ruleWhere(r);
  out.push(...unknownKeys(m, r.keys, RULE_KEYS, where, 'rule'));
  const alert = r.keys.find((k) => k.name === 'alert');
  const record = r.keys.find((k) => k.name === 'record');
  if (alert && record) {
    out.push(nodeFinding(m.src, record.key, `${where[0].toUpperCase()}${where.slice(1)} has both ${q('alert')} and ${q('record')}: a rule is one or the other. Prometheus refuses the file.`));
  } else if (!alert && !record) {
    out.push(ruleFinding(m.src, r, `Rule ${r.index + 1} of group ${r.group.name ? q(r.group.name) : r.group.index + 1} has neither ${q('alert:')} nor ${q('record:')}: Prometheus needs one to know what to do with the result, and refuses the file.`));
  }
  for (const kv of [alert, record]) {
    if (!kv) continue;
    const s = scalarString(kv.value);
    if (!isScalar(kv.value) || s === undefined || s.trim() === '') {
      out.push(nodeFinding(m.src, kv.value ?? kv.key, `${q(kv.name)} in ${where} must be a non-empty name, but it is ${describe(kv.value)}. Prometheus refuses the file.`));
    } else if (kv.name === 'record' && /[{}]/.test(s)) {
      out.push(nodeFinding(m.src, kv.value, `The recording rule name ${q(s)} contains braces: a PromQL selector belongs in ${q('expr')}, and the name is the new series' name (e.g. job:model_requests:rate5m). Prometheus refuses the file.`));
    }
  }
  if (!r.exprPair) {
    out.push(ruleFinding(m.src, r, `${where[0].toUpperCase()}${where.slice(1)} has no ${q('expr')}: every rule needs the PromQL expression it evaluates. Prometheus refuses the file.`));
  } else {
    const v = r.exprPair.value;
    const s = scalarString(v);
    if (!isScalar(v) && !(r.exprNode && r.exprText !== undefined)) {
      out.push(nodeFinding(m.src, v ?? r.exprPair.key, `${q('expr')} in ${where} must be a PromQL expression written as text, but it is ${describe(v)}. Prometheus refuses the file.`));
    } else if ((s === undefined || s.trim() === '') && r.exprText === undefined) {
      out.push(nodeFinding(m.src, r.exprPair.key, `${q('expr')} in ${where} is empty: write the PromQL expression the rule evaluates. Prometheus refuses the file.`));
    } else if (r.exprText !== undefined && r.exprText.trim() === '') {
      out.push(nodeFinding(m.src, r.exprPair.key, `${q('expr')} in ${where} is empty: write the PromQL expression the rule evaluates. Prometheus refuses the file.`));
    }
  }
  for (const name of ['for', 'keep_firing_for']) {
    const kv = r.keys.find((k) => k.name === name);
    if (!kv) continue;
    if (r.kind === 'record' && !(kv.value === null || (isScalar(kv.value) && (kv.value.value === null || kv.value.value === '0')))) {
      out.push(nodeFinding(m.src, kv.key, `${q(name)} on ${where} has no meaning: only alerts wait before firing. Prometheus refuses a recording rule with it; remove it.`));
      continue;
    }
    const d = durationProblem(m, kv, where);
    if (d) out.push(d);
  }
  if (r.labelsPair) out.push(...stringMapProblems(m, r.labelsPair, where, 'label'));
  if (r.annotationsPair) {
    if (r.kind === 'record' && isMap(r.annotationsPair.value) && r.annotationsPair.value.items.length > 0) {
      out.push(nodeFinding(m.src, r.annotationsPair.key, `${q('annotations')} on ${where} are not allowed: annotations describe alerts, and Prometheus refuses a recording rule with them. Remove them (labels are allowed).`));
    } else out.push(...stringMapProblems(m, r.annotationsPair, where, 'annotation'));
  }
  if (r.kind === 'alert' && !record) {
    if (r.labelsPair) out.push(...templateFindings(m, r.labelsPair, 'label', where));
    if (r.annotationsPair) out.push(...templateFindings(m, r.annotationsPair, 'annotation', where));
  }
  return out;
}

export function run(ctx: Context): Finding[] {
  const l = ctx.rules;
  if (!l.ok) return l.findings;
  if (l.yamlErrors.length) return l.yamlErrors;
  const m = l.model;
  const root = m.doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return []; // Prometheus loads an empty file (no groups)
  if (!isMap(root)) {
    return [nodeFinding(m.src, root, `A rules file is a mapping with a top-level ${q('groups:')} list, but this one is ${describe(root as Node)}. Prometheus refuses it.`)];
  }
  const out: Finding[] = [];
  const topKeys = (root.items ?? []).filter((p) => isScalar(p.key)).map((p) => ({ name: String((p.key as { value: unknown }).value), key: p.key as Node }));
  const isCrd = topKeys.some((k) => k.name === 'apiVersion' || k.name === 'kind') && topKeys.some((k) => k.name === 'spec');
  for (const k of topKeys) {
    if (k.name === 'groups') continue;
    out.push(
      nodeFinding(
        m.src,
        k.key,
        isCrd
          ? `Unknown top-level key ${q(k.name)}: this looks like a Kubernetes PrometheusRule object. Prometheus's rule_files take only what sits under its ${q('spec:')}: a file that starts with ${q('groups:')}.`
          : `Unknown top-level key ${q(k.name)}: a rules file has only ${q('groups:')}${suggest(k.name, ['groups']) ? ` (did you mean ${q('groups')}?)` : ''}, and Prometheus refuses any other key.`,
      ),
    );
  }
  const gp = m.groupsPair;
  if (gp && gp.value !== null && !(isScalar(gp.value) && gp.value.value === null) && !isSeq(gp.value)) {
    out.push(nodeFinding(m.src, gp.value, `${q('groups')} must be a list of groups (each item starts with ${q('- name:')}), but it is ${describe(gp.value)}. Prometheus refuses the file.`));
    return out;
  }
  const seenNames = new Map<string, number>();
  for (const g of m.groups) {
    const where = g.name ? `group ${q(g.name)}` : `group ${g.index + 1}`;
    if (!isMap(g.node)) {
      out.push(nodeFinding(m.src, g.node ?? gp?.key, `Group ${g.index + 1} must be a mapping with ${q('name:')} and ${q('rules:')}, but it is ${describe(g.node)}. Prometheus refuses the file.`));
      continue;
    }
    out.push(...unknownKeys(m, g.keys, GROUP_KEYS, where, 'group'));
    const nameKv = g.keys.find((k) => k.name === 'name');
    if (!nameKv || !g.name.trim()) {
      out.push(nodeFinding(m.src, nameKv?.key ?? g.keys[0]?.key ?? g.node, `Group ${g.index + 1} has no ${q('name')}: Prometheus needs a name for every group and refuses the file without one.`));
    } else if (seenNames.has(g.name)) {
      out.push(nodeFinding(m.src, nameKv.value, `Group name ${q(g.name)} is used twice in this file (first at line ${seenNames.get(g.name)}): Prometheus refuses repeated group names. Rename one.`));
    } else seenNames.set(g.name, m.src.pos(nodeStart(nameKv.value)).line);
    for (const name of ['interval', 'query_offset']) {
      const kv = g.keys.find((k) => k.name === name);
      const d = kv && durationProblem(m, kv, where);
      if (d) out.push(d);
    }
    const limit = g.keys.find((k) => k.name === 'limit');
    if (limit && limit.value !== null && !(isScalar(limit.value) && (limit.value.value === null || (typeof limit.value.value === 'number' && Number.isInteger(limit.value.value))))) {
      out.push(nodeFinding(m.src, limit.value, `${q('limit')} in ${where} must be a whole number (0 for no limit), but it is ${describe(limit.value)}. Prometheus refuses the file.`));
    }
    const labels = g.keys.find((k) => k.name === 'labels');
    if (labels) out.push(...stringMapProblems(m, labels, where, 'label'));
    const rp = g.rulesPair;
    if (rp && rp.value !== null && !(isScalar(rp.value) && rp.value.value === null) && !isSeq(rp.value)) {
      out.push(nodeFinding(m.src, rp.value, `${q('rules')} in ${where} must be a list of rules (each item starts with ${q('- alert:')} or ${q('- record:')}), but it is ${describe(rp.value)}. Prometheus refuses the file.`));
      continue;
    }
    if (rp && isSeq(rp.value)) {
      rp.value.items.forEach((raw, i) => {
        const item = deref(m.doc, raw) as Node | null;
        if (!isMap(item)) out.push(nodeFinding(m.src, item ?? rp.key, `Rule ${i + 1} of ${where} must be a mapping (${q('alert:')} or ${q('record:')}, ${q('expr:')}, …), but it is ${describe(item as Node)}. Prometheus refuses the file.`));
      });
    }
    for (const r of g.rules) out.push(...ruleProblems(m, r));
  }
  return out;
}

export const definition: PromCheck['definition'] = {
  id: 'prom.rule-file',
  title: 'The file is a rules file Prometheus loads',
  why: 'Prometheus reads rule files strictly: an unknown key, a rule that is both or neither an alert and a recording rule, a duration such as `for: 5` without a unit, or an alert template that does not parse, and it refuses the whole file. On a reload it keeps the old rules and logs an error; on a restart it does not start, so every alert in the file is gone, not only the broken one.',
  lesson: 'production-metrics',
  scope: 'general',
  hints: [
    'Compare each group and each rule with the keys Prometheus documents for rule files.',
    'A group has `name`, `rules` and optionally `interval`, `limit`, `query_offset` and `labels`; a rule has `alert` or `record`, `expr`, and for alerts `for`, `keep_firing_for`, `labels` and `annotations`.',
    'Run `promtool check rules monitoring/alerts.yaml` where Prometheus is installed: it reports the same problems.',
  ],
};
