// Shared by the report-format tests: a small grading to render, the SARIF schema validator, a strict XML reader.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import type { GradingReport } from '../../../../src/labs/formats/subject';
import type { CheckDefinition, CheckResult } from '../../../../src/labs/types';

/** The repository: the nearest folder above this (bundled) test holding package.json and test/fixtures. */
export const repoRoot = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'test', 'fixtures'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no repository above ${__dirname}`);
    dir = up;
  }
  return dir;
})();

const check = (id: string, scope: 'general' | 'lab', extra: Partial<CheckDefinition> = {}): CheckDefinition => ({
  id, title: `Title of ${id}`, why: `Why \`${id}\` matters.`, lesson: 'containerization', scope, hints: ['Vague hint.', 'Use `COPY`.'], ...extra,
});

/** Two checks that fail (one general, one of this lab), one that passes; a finding on a missing file; a fix. */
export function sampleReport(over: Partial<GradingReport> = {}): GradingReport {
  const checks = [check('docker.pinned-base', 'general'), check('docker.expose-port', 'lab'), check('docker.valid-syntax', 'general')];
  const results: CheckResult[] = [
    {
      id: 'docker.pinned-base', status: 'fail', findings: [
        { file: 'Dockerfile', line: 1, column: 6, endLine: 1, endColumn: 19, message: 'FROM `python:latest` moves.', fix: { title: 'Pin to `python:3.12-slim`', file: 'Dockerfile', range: { line: 1, column: 6, endLine: 1, endColumn: 19 }, newText: 'python:3.12-slim' } },
        { file: 'sub dir/app.py', line: 3, column: 1, endLine: 5, endColumn: 4, message: 'Spans three lines.' },
      ],
    },
    { id: 'docker.expose-port', status: 'fail', findings: [{ file: '.dockerignore', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'Create `.dockerignore`.' }] },
    { id: 'docker.valid-syntax', status: 'pass', findings: [] },
  ];
  return {
    labId: 'containerize-model-server', labTitle: 'Containerize the model server', checks, results,
    missing: new Set(['.dockerignore']), pathPrefix: '', lessonTitles: new Map([['containerization', 'Containerizing models']]), ...over,
  };
}

export const TOOL = { name: 'MLOps Lab', version: '9.8.7' };

let validator: ReturnType<Ajv['compile']> | undefined;
/** Errors of `log` against the vendored SARIF 2.1.0 schema (test/fixtures/sarif), [] when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    // unicodeRegExp off: the schema's `language` pattern has a stray ']' that JavaScript rejects only under the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  return validator(log) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses XML with saxes (a strict XML 1.0 parser): throws on anything not well-formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (t) => {
    const el: XmlElement = { name: t.name, attributes: Object.fromEntries(Object.entries(t.attributes).map(([k, v]) => [k, String(v)])), children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (error) throw error;
  if (!root) throw new Error('no root element');
  return root;
}
