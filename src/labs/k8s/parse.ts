// Reading the lab's manifest files: multi-document YAML with positions (yaml + LineCounter), one object per
// document, each keeping its YAML nodes so every finding points at the exact key or value.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit } from 'yaml';
import type { Document, Node, Scalar } from 'yaml';
import type { FileInput, Finding, ProjectFiles } from '../types';
import { fileFinding, Source } from '../dvc/positions';
import { flowTooDeep, MAX_FLOW_DEPTH } from '../../course/yamlNodes';

/** Larger files are refused with a finding: a real manifest file is a few KB. */
export const MAX_CHARS = 128 * 1024;
/** Documents read per file at most (a generated file could hold thousands). */
export const MAX_DOCS = 200;

export type Path = ReadonlyArray<string | number>;

/** One Kubernetes object: a YAML document whose root is a mapping. */
export interface K8sObject {
  file: string;
  src: Source;
  /** 0-based index of the document in its file. */
  doc: number;
  root: Node;
  /** Plain data (toJS of the document). */
  data: Record<string, unknown>;
  apiVersion: string;
  kind: string;
  name: string;
}

export interface ManifestFile {
  file: string;
  /** Why the file cannot be read (missing, unreadable, too large); undefined when it is text. */
  unreadable?: { missing: boolean; finding: Finding };
  src?: Source;
  objects: K8sObject[];
  /** YAML errors and documents that are not objects, as findings. */
  errors: Finding[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function readManifest(files: ProjectFiles, file: string): ManifestFile {
  const input: FileInput | undefined = files.get(file);
  if (!input || input.kind === 'missing') return { file, unreadable: { missing: true, finding: fileFinding(file, `${file} does not exist.`) }, objects: [], errors: [] };
  if (input.kind === 'unreadable') return { file, unreadable: { missing: false, finding: fileFinding(file, `${file} cannot be graded: ${input.reason}`) }, objects: [], errors: [] };
  if (typeof input.text !== 'string') return { file, unreadable: { missing: false, finding: fileFinding(file, `${file} cannot be graded: it is not text.`) }, objects: [], errors: [] };
  if (input.text.length > MAX_CHARS) {
    const kb = Math.round(input.text.length / 1024);
    return { file, unreadable: { missing: false, finding: fileFinding(file, `${file} is ${kb} KB; it is too large to grade (limit ${MAX_CHARS / 1024} KB). Manifests this size are usually generated: grade the source they come from.`) }, objects: [], errors: [] };
  }
  return parseManifest(file, input.text);
}

export function parseManifest(file: string, text: string): ManifestFile {
  // Flow collections nested hundreds deep take yaml's parser seconds (the fuzzer found 32 KB taking 2.7 s):
  // its own lexer finds them in microseconds, and no manifest nests `{…}` or `[…]` anywhere near 64 deep.
  const deepAt = flowTooDeep(text);
  if (deepAt) {
    const src = new Source(file, text);
    const at = src.lineStart(deepAt);
    return { file, src, objects: [], errors: [src.finding(at, at, `${file} could not be parsed: it is nested too deeply to read (flow collections \`{…}\` or \`[…]\` more than ${MAX_FLOW_DEPTH} deep at line ${deepAt}).`)] };
  }
  const lines = new LineCounter();
  let docs: Array<Document.Parsed>;
  // yaml builds an Error (with a stack trace) for every problem it meets; broken input can hold thousands, and
  // capturing their stacks was most of the time of the fuzzer's slowest case. Nobody reads those stacks.
  const stackLimit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 0;
    docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, merge: true }) as Array<Document.Parsed>;
    if (!Array.isArray(docs)) docs = [];
  } catch (e) {
    const src = new Source(file, text);
    const why = e instanceof RangeError ? 'it is nested too deeply to read' : String((e as Error)?.message ?? e);
    return { file, src, objects: [], errors: [src.finding(0, 0, `${file} could not be parsed: ${why}.`)] };
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
  const src = new Source(file, text, lines);
  const out: ManifestFile = { file, src, objects: [], errors: [] };
  for (const [i, doc] of docs.slice(0, MAX_DOCS).entries()) {
    const errs = yamlErrors(src, doc);
    if (errs.length) {
      out.errors.push(...errs);
      continue;
    }
    const root = doc.contents;
    if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) continue; // an empty document (`---` at the end)
    if (!isMap(root)) {
      out.errors.push(src.finding(nodeStart(root), nodeEnd(root), `Document ${i + 1} of ${file} is ${isSeq(root) ? 'a list' : 'a single value'}, not a Kubernetes object: each document must be a mapping with apiVersion, kind and metadata.`));
      continue;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      const msg = String((e as Error)?.message ?? e);
      const why = /alias/i.test(msg) ? 'it expands YAML aliases too many times; write the values out instead' : e instanceof RangeError ? 'it is nested too deeply' : msg;
      out.errors.push(src.finding(nodeStart(root), nodeStart(root), `Document ${i + 1} of ${file} could not be read: ${why}.`));
      continue;
    }
    const d = (data ?? {}) as Record<string, unknown>;
    const meta = d.metadata && typeof d.metadata === 'object' ? (d.metadata as Record<string, unknown>) : {};
    out.objects.push({ file, src, doc: i, root, data: d, apiVersion: str(d.apiVersion), kind: str(d.kind), name: str(meta.name) });
  }
  if (docs.length > MAX_DOCS) out.errors.push(src.finding(text.length, text.length, `${file} has ${docs.length} documents; only the first ${MAX_DOCS} are graded.`));
  return out;
}

/** YAML errors reported per document at most: one broken line can yield thousands (the fuzzer's 1,000 duplicate keys). */
export const MAX_YAML_ERRORS = 50;

function yamlErrors(src: Source, doc: Document.Parsed): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const err of doc.errors) {
    if (out.length >= MAX_YAML_ERRORS) break;
    const [a, b] = err.pos ?? [0, 0];
    let first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    if (/call stack/i.test(first)) first = 'it is nested too deeply to read';
    const line = src.pos(a).line;
    if (seen.has(`${line}:${first}`)) continue;
    seen.add(`${line}:${first}`);
    out.push(src.finding(a, Math.max(a, b), `${src.file} is not valid YAML: ${first} (line ${line}).`));
  }
  if (out.length) return out;
  try {
    visit(doc, {
      Map(_, map) {
        const seen = new Set<string>();
        for (const p of map.items) {
          if (!isScalar(p.key)) continue;
          const k = String(p.key.value);
          if (k === '<<') continue;
          if (seen.has(k) && out.length < MAX_YAML_ERRORS) {
            out.push(src.finding(nodeStart(p.key), nodeEnd(p.key), `The key "${k}" appears twice in the same mapping (line ${src.pos(nodeStart(p.key)).line}): kubectl refuses the file (strict decoding); keep one.`));
          }
          seen.add(k);
        }
      },
    });
  } catch {
    out.push(src.finding(0, 0, `${src.file} could not be read: it is nested too deeply.`));
  }
  return out;
}

// ---- nodes --------------------------------------------------------------------------------

export function nodeStart(node: unknown): number {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return r ? r[0] : 0;
}

export function nodeEnd(node: unknown): number {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return r ? r[1] : 0;
}

function keyText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : v === null ? '' : undefined;
}

/**
 * The node at a path inside an object, with the key node of its last mapping step. When the path does not exist,
 * the deepest node that does (and its key), so a finding about something missing points at its parent.
 */
export function nodeAtPath(root: Node, path: Path): { node: unknown; key?: Scalar; found: boolean } {
  let node: unknown = root;
  let key: Scalar | undefined;
  for (const seg of path) {
    if (isAlias(node)) return { node, key, found: false };
    if (isMap(node) && typeof seg === 'string') {
      // the last pair wins, as in toJS
      let hit: { key: unknown; value: unknown } | undefined;
      for (const it of node.items) if (isPair(it) && keyText(it.key) === seg) hit = it;
      if (!hit) return { node, key, found: false };
      key = isScalar(hit.key) ? hit.key : undefined;
      node = hit.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      if (seg < 0 || seg >= node.items.length) return { node, key, found: false };
      node = node.items[seg];
      key = undefined;
    } else return { node, key, found: false };
  }
  return { node, key, found: true };
}

/** Range of the value at a path (or of its key when the value is empty); for a missing path, its deepest parent's key. */
export function rangeAt(obj: K8sObject, path: Path, preferKey = false): [number, number] {
  const { node, key, found } = nodeAtPath(obj.root, path);
  const empty = !node || (isScalar(node) && node.value === null && nodeEnd(node) === nodeStart(node));
  const at = (preferKey || !found || empty) && key ? key : node;
  if (!at || (at === obj.root && !found)) return keyRangeOfRoot(obj);
  if (!found && !key) return keyRangeOfRoot(obj);
  // a mapping or list: point at its first line only
  const a = nodeStart(at);
  let b = nodeEnd(at);
  if ((isMap(at) || isSeq(at)) && b > a) {
    const nl = obj.src.text.indexOf('\n', a);
    if (nl > a && nl < b) b = obj.src.text[nl - 1] === '\r' ? nl - 1 : nl;
  }
  return [a, b];
}

/** The `kind:` value of an object (or its first key): where object-level findings go. */
function keyRangeOfRoot(obj: K8sObject): [number, number] {
  const k = nodeAtPath(obj.root, ['kind']);
  if (k.found && k.node) return [nodeStart(k.node), nodeEnd(k.node)];
  const first = isMap(obj.root) ? obj.root.items[0] : undefined;
  if (first && isPair(first) && first.key) return [nodeStart(first.key), nodeEnd(first.key)];
  return [nodeStart(obj.root), nodeStart(obj.root)];
}

export function findingAt(obj: K8sObject, path: Path, message: string, preferKey = false): Finding {
  const [a, b] = rangeAt(obj, path, preferKey);
  return obj.src.finding(a, b, message);
}

/** Plain data at a path. */
export function get(data: unknown, path: Path): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (Array.isArray(cur)) {
      if (typeof seg !== 'number') return undefined;
      cur = cur[seg];
    } else {
      if (typeof seg !== 'string' || !Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
      cur = (cur as Record<string, unknown>)[seg];
    }
  }
  return cur;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function asRecord(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {};
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** `kind name` as people write it, e.g. "Rollout churn-model". */
export function describeObject(o: K8sObject): string {
  return `${o.kind || 'object'}${o.name ? ` ${o.name}` : ''}`;
}

/** Path written as kubectl writes it: spec.template.spec.containers[0].image. */
export function pathText(path: Path): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}
