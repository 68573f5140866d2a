// Parses ci.yml once: GitHub's @actions/workflow-parser reads the document through its YamlObjectReader, which
// parses with `yaml`; we take that same document for positions and our own checks, then let GitHub's template
// reader validate it (schema errors). Builds a small model of jobs and steps.
import { NoOperationTraceWriter, convertWorkflowTemplate } from '@actions/workflow-parser';
import { ErrorPolicy } from '@actions/workflow-parser/model/convert';
import { TemplateContext, TemplateValidationErrors } from '@actions/workflow-parser/templates/template-context';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type { TokenRange } from '@actions/workflow-parser/templates/tokens/token-range';
import { readTemplate } from '@actions/workflow-parser/templates/template-reader';
import { WORKFLOW_ROOT } from '@actions/workflow-parser/workflows/workflow-constants';
import { getWorkflowSchema } from '@actions/workflow-parser/workflows/workflow-schema';
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader';
import {
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
} from 'yaml';
import type { FileInput, Finding } from '../types';
import { type Pos, finding } from './positions';

/** Real workflows are a few kilobytes; larger files are refused (GitHub's parser is slow on them). */
export const MAX_BYTES = 128 * 1024;
export const MAX_DEPTH = 64;
const MAX_ALIAS_COUNT = 100;
const MAX_PARSER_FINDINGS = 30;

export interface Step {
  job: Job;
  index: number;
  node: YAMLMap;
  uses?: Scalar;
  usesValue: string;
  run?: Scalar;
  runText: string;
  with?: YAMLMap;
  env?: YAMLMap;
  ifText: string;
}

export interface Job {
  id: string;
  key: Node;
  node: YAMLMap;
  needs: string[];
  needsNode?: Node;
  ifText: string;
  steps: Step[];
}

export interface Workflow {
  pos: Pos;
  doc: Document;
  root: YAMLMap;
  jobsKey?: Node;
  jobs: Job[];
  byId: Map<string, Job>;
}

export type Loaded =
  | { ok: true; wf: Workflow; parserFindings: Finding[] }
  | { ok: false; findings: Finding[]; reason: string };

/** Resolves an alias one level (never expands recursively). */
export function deref(doc: Document, node: unknown): unknown {
  if (isAlias(node)) {
    try {
      return node.resolve(doc);
    } catch {
      return undefined;
    }
  }
  return node;
}

export function getPair(map: YAMLMap | undefined, key: string): Pair | undefined {
  if (!map) return undefined;
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return item;
  }
  return undefined;
}

export function getNode(doc: Document, map: YAMLMap | undefined, key: string): unknown {
  const pair = getPair(map, key);
  return pair ? deref(doc, pair.value) : undefined;
}

export function getMap(doc: Document, map: YAMLMap | undefined, key: string): YAMLMap | undefined {
  const n = getNode(doc, map, key);
  return isMap(n) ? n : undefined;
}

export function scalarText(node: unknown): string {
  if (!isScalar(node)) return '';
  const v = node.value;
  return v === null || v === undefined ? '' : String(v);
}

export function getText(doc: Document, map: YAMLMap | undefined, key: string): string {
  return scalarText(getNode(doc, map, key));
}

/** Iterative depth measure (aliases are not followed). */
function maxDepth(root: unknown): number {
  const stack: Array<[unknown, number]> = [[root, 1]];
  let max = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > MAX_DEPTH) return max;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) {
          stack.push([item.key, depth + 1]);
          stack.push([item.value, depth + 1]);
        } else stack.push([item, depth + 1]);
      }
    }
  }
  return max;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function buildModel(pos: Pos, doc: Document, root: YAMLMap): Workflow {
  const jobsPair = getPair(root, 'jobs');
  const jobsMap = jobsPair ? deref(doc, jobsPair.value) : undefined;
  const jobs: Job[] = [];
  const byId = new Map<string, Job>();
  if (isMap(jobsMap)) {
    for (const item of jobsMap.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const node = deref(doc, item.value);
      if (!isMap(node)) continue;
      const id = String(item.key.value);
      const needsNode = getNode(doc, node, 'needs');
      const needs: string[] = [];
      if (isScalar(needsNode)) needs.push(scalarText(needsNode));
      else if (isSeq(needsNode)) for (const n of needsNode.items) needs.push(scalarText(deref(doc, n)));
      const job: Job = {
        id,
        key: item.key as Node,
        node,
        needs: needs.filter((n) => n !== ''),
        needsNode: getPair(node, 'needs')?.value as Node | undefined,
        ifText: getText(doc, node, 'if'),
        steps: [],
      };
      const steps = getNode(doc, node, 'steps');
      if (isSeq(steps)) {
        steps.items.forEach((s, index) => {
          const sn = deref(doc, s);
          if (!isMap(sn)) return;
          const uses = getNode(doc, sn, 'uses');
          const run = getNode(doc, sn, 'run');
          job.steps.push({
            job,
            index,
            node: sn,
            uses: isScalar(uses) ? uses : undefined,
            usesValue: scalarText(uses).trim(),
            run: isScalar(run) ? run : undefined,
            runText: scalarText(run),
            with: getMap(doc, sn, 'with'),
            env: getMap(doc, sn, 'env'),
            ifText: getText(doc, sn, 'if'),
          });
        });
      }
      jobs.push(job);
      if (!byId.has(id)) byId.set(id, job);
    }
  }
  return { pos, doc, root, jobsKey: jobsPair?.key as Node | undefined, jobs, byId };
}

/** The reader's own document and line counter (TypeScript-private fields of GitHub's YamlObjectReader). */
interface ReaderInternals {
  doc: Document;
  lineCounter: LineCounter;
}

function workflowParserFindings(pos: Pos, reader: YamlObjectReader): Finding[] {
  const out: Finding[] = [];
  // What parseWorkflow does, on the reader we already built (so the file is parsed once).
  const context = new TemplateContext(new TemplateValidationErrors(), getWorkflowSchema(), new NoOperationTraceWriter());
  // GitHub's converter records a JavaScript exception of its own (e.g. "raw.indexOf is not a function" on a
  // numeric key, found by fuzzing) as an error of the workflow. That is a bug of the parser, not something
  // GitHub says about the file: keep it out of the findings ("GitHub would reject this" must be true).
  // Such an exception becomes a neutral finding at its token instead.
  const record = context.error.bind(context) as (token: TemplateToken | undefined, err: unknown, range?: TokenRange) => void;
  const internal: Finding[] = [];
  (context as { error: unknown }).error = (token: TemplateToken | undefined, err: unknown, range?: TokenRange) => {
    if (!(err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError)) return record(token, err, range);
    const r = range ?? token?.range;
    const message = 'This part could not be checked against GitHub\'s workflow schema: the parser used here stopped on it. Check that every key is a plain name and every value has the type GitHub expects.';
    internal.push(r ? pos.lineColFinding(r.start.line, r.start.column, r.end.line, r.end.column, message) : pos.lineColFinding(1, 1, 1, 1, message));
  };
  const fileId = context.getFileId('ci.yml');
  (reader as unknown as { fileId?: number }).fileId = fileId;
  const value = readTemplate(context, WORKFLOW_ROOT, reader, fileId);
  const result = { context, value };
  if (result.value) {
    // With fetchReusableWorkflowDepth 0 the conversion never awaits: its errors land in
    // the context synchronously, before the returned promise settles. TryConversion converts even after
    // the schema found errors, so independent mistakes (a trigger typo and a `needs:` naming no job)
    // are reported together, as actionlint does, instead of one per save.
    convertWorkflowTemplate(result.context, result.value, undefined, { fetchReusableWorkflowDepth: 0, errorPolicy: ErrorPolicy.TryConversion }).catch(() => undefined);
  }
  const seen = new Set<string>();
  for (const err of result.context.errors.getErrors()) {
    if (out.length >= MAX_PARSER_FINDINGS) break;
    const msg = firstLine(err.rawMessage || err.message);
    const r = err.range;
    const f = r
      ? pos.lineColFinding(r.start.line, r.start.column, r.end.line, r.end.column, `GitHub would reject this workflow: ${msg}`)
      : pos.lineColFinding(1, 1, 1, 1, `GitHub would reject this workflow: ${msg}`);
    const k = `${f.line}:${f.column}:${msg}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  if (out.length === 0) out.push(...internal.slice(0, 1));
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * YAML reads a key such as `0o17` or `3.10` as a number, and GitHub's reader then fails on it (it expects
 * every key to be a string, as GitHub's own service reads them). Keys become the text they were written as.
 */
function keysAsWritten(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (isScalar(key) && key.value !== null && typeof key.value !== 'string') key.value = key.source ?? String(key.value);
    },
  });
}

export function loadWorkflow(file: string, input: FileInput | undefined): Loaded {
  if (!input || input.kind === 'missing') {
    return {
      ok: false,
      reason: `${file} does not exist yet`,
      findings: [finding(file, 1, 1, 1, 1, `Create ${file}: GitHub runs the workflows it finds in .github/workflows/.`)],
    };
  }
  if (input.kind === 'unreadable') {
    return {
      ok: false,
      reason: `${file} could not be read`,
      findings: [finding(file, 1, 1, 1, 1, `${file} could not be read: ${input.reason}`)],
    };
  }
  const text = input.text;
  if (text.length > MAX_BYTES) {
    return {
      ok: false,
      reason: `${file} is too large`,
      findings: [
        finding(file, 1, 1, 1, 1, `${file} is ${Math.round(text.length / 1024)} KB; a workflow is a few kilobytes. Files over ${MAX_BYTES / 1024} KB are not graded: split it or remove generated content.`),
      ],
    };
  }
  const reader = new YamlObjectReader(undefined, text);
  const { doc, lineCounter: lc } = reader as unknown as ReaderInternals;
  const pos = new PosImpl(file, text, lc);
  const yamlErrors = doc.errors;
  // yaml reports a stack overflow on deeply nested input as an error; say what it means (found by fuzzing).
  if (yamlErrors.some((e) => /call stack/i.test(e.message))) return tooDeep(file);
  if (yamlErrors.length > 0) {
    const findings = yamlErrors.slice(0, 10).map((e) => {
      const [a, b] = e.pos;
      return pos.offsetFinding(a, Math.max(a, b), `ci.yml is not valid YAML: ${firstLine(e.message)} at line ${lc.linePos(a).line}. Fix this first.`);
    });
    return { ok: false, reason: 'ci.yml is not valid YAML', findings };
  }
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ''))) {
    return {
      ok: false,
      reason: 'ci.yml is empty',
      findings: [finding(file, 1, 1, 1, 1, 'ci.yml has no content: write a workflow with an `on:` block (the events) and a `jobs:` block.')],
    };
  }
  if (maxDepth(doc.contents) > MAX_DEPTH) return tooDeep(file);
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT, mapAsMap: true });
  } catch (e) {
    return {
      ok: false,
      reason: 'ci.yml uses too many aliases',
      findings: [finding(file, 1, 1, 1, 1, `ci.yml could not be expanded: ${firstLine(String((e as Error)?.message ?? e))}. Avoid chains of YAML aliases.`)],
    };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    const r = (root as Node).range;
    return {
      ok: false,
      reason: 'the top level of ci.yml is not a mapping',
      findings: [
        r
          ? pos.offsetFinding(r[0], r[1], 'The top level of ci.yml must be a mapping with keys such as `on:` and `jobs:`, not a list or a single value.')
          : finding(file, 1, 1, 1, 1, 'The top level of ci.yml must be a mapping with keys such as `on:` and `jobs:`.'),
      ],
    };
  }
  let parserFindings: Finding[];
  try {
    keysAsWritten(doc);
    parserFindings = workflowParserFindings(pos, reader);
  } catch (e) {
    parserFindings = [finding(file, 1, 1, 1, 1, `The workflow could not be validated: ${firstLine(String((e as Error)?.message ?? e))}`)];
  }
  return { ok: true, wf: buildModel(pos, doc, root), parserFindings };
}

function tooDeep(file: string): Loaded {
  return {
    ok: false,
    reason: 'ci.yml is nested too deeply',
    findings: [finding(file, 1, 1, 1, 1, `ci.yml is nested more than ${MAX_DEPTH} levels deep; a workflow never needs that. Flatten the structure.`)],
  };
}

// Position helper bound to one file's text and line counter.
class PosImpl implements Pos {
  constructor(
    readonly file: string,
    readonly text: string,
    readonly lc: LineCounter,
  ) {}
  private clamp(off: number): number {
    return Math.max(0, Math.min(this.text.length, off));
  }
  lineCol(off: number): { line: number; col: number } {
    return this.lc.linePos(this.clamp(off));
  }
  offsetFinding(start: number, end: number, message: string): Finding {
    const a = this.lineCol(start);
    const b = this.lineCol(Math.max(start, end));
    return finding(this.file, a.line, a.col, b.line, b.col, message);
  }
  lineColFinding(line: number, col: number, endLine: number, endCol: number, message: string): Finding {
    const maxLine = this.lc.lineStarts.length;
    const l = Math.max(1, Math.min(maxLine, line || 1));
    const el = Math.max(l, Math.min(maxLine, endLine || l));
    return finding(this.file, l, Math.max(1, col || 1), el, Math.max(1, endCol || 1), message);
  }
  nodeFinding(node: unknown, message: string): Finding {
    const r = rangeOf(node);
    return r ? this.offsetFinding(r[0], r[1], message) : finding(this.file, 1, 1, 1, 1, message);
  }
  offsetRange(start: number, end: number) {
    const a = this.lineCol(start);
    const b = this.lineCol(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }
}

export function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  if (!r || typeof r[0] !== 'number') return undefined;
  return [r[0], r[1]];
}
