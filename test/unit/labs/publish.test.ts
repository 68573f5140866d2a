// What the Problems panel and the quick-fix menu show: plain text (no markdown backticks), one quick fix per
// edit, and no finding pointed at a file that does not exist.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { diagnosticPlace, fixKey, mergeFixes, plainMessage } from '../../../src/labs/publish';
import { graders } from '../../../src/labs/registry';
import type { CheckResult, Finding, ProjectFiles } from '../../../src/labs/types';
import { caseFiles, CASES_BY_LAB, solutionFiles } from '../../cases/labCases';
import { readLabFiles } from '../../../src/labs/labFiles';
import { textInput } from '../../../src/labs/projectFiles';

const CONTENT = join(__dirname, '..', '..', '..', '..', 'content');

/** Every project the examples describe, per lab: the starter, the solution, and each accepted and rejected example. */
async function projects(): Promise<Array<{ labId: string; name: string; files: ProjectFiles }>> {
  const out: Array<{ labId: string; name: string; files: ProjectFiles }> = [];
  for (const labId of graders.keys()) {
    const starter = await readLabFiles(CONTENT, labId, 'starter');
    out.push({ labId, name: 'starter', files: new Map(starter.map((f) => [f.path, textInput(new TextDecoder().decode(f.bytes), f.path)])) });
    out.push({ labId, name: 'solution', files: solutionFiles(CONTENT, labId) });
    for (const [checkId, cases] of Object.entries(CASES_BY_LAB[labId] ?? {})) {
      for (const c of [...cases.valid, ...cases.invalid]) out.push({ labId, name: `${checkId}: ${c.name}`, files: caseFiles(solutionFiles(CONTENT, labId), c) });
    }
  }
  return out;
}

describe('publishing findings (Problems panel, quick fixes)', () => {
  let all: Array<{ labId: string; name: string; files: ProjectFiles; results: CheckResult[] }>;
  before(async () => {
    all = (await projects()).map((p) => ({ ...p, results: graders.get(p.labId)!.grade(p.files) }));
  });

  it('plainMessage turns code spans into quotes and leaves other text alone', () => {
    assert.equal(plainMessage('stage `train` declares no `params`'), "stage 'train' declares no 'params'");
    assert.equal(plainMessage("use `it's` here"), 'use "it\'s" here');
    assert.equal(plainMessage('an odd ` tick'), "an odd ' tick");
    assert.equal(plainMessage('FROM python:latest uses "latest"'), 'FROM python:latest uses "latest"');
  });

  it('no message shown in the Problems panel or the Testing view holds a backtick (every check, every example)', () => {
    let withTicks = 0;
    let findings = 0;
    for (const p of all) {
      for (const r of p.results) {
        for (const f of r.findings) {
          findings++;
          if (f.message.includes('`')) withTicks++;
          assert.ok(!plainMessage(f.message).includes('`'), `${p.labId} ${p.name} ${r.id}: ${plainMessage(f.message)}`);
        }
      }
    }
    assert.ok(findings > 500, `${findings} findings looked at`);
    assert.ok(withTicks > 0, 'the examples include messages with code spans, so the conversion is exercised');
  });

  it('no two quick fixes offered together make the same edit (every check, every example)', () => {
    let merged = 0;
    for (const p of all) {
      const order = new Map(graders.get(p.labId)!.checks.map((c, i) => [c.id, i]));
      // VS Code asks for the actions of every diagnostic on the line under the cursor.
      const byLine = new Map<string, Array<{ f: Finding; checkId: string }>>();
      for (const r of p.results) for (const f of r.findings) {
        const k = `${f.file}:${f.line}`;
        byLine.set(k, [...(byLine.get(k) ?? []), { f, checkId: r.id }]);
      }
      for (const [line, list] of byLine) {
        const offers = list.filter((x) => x.f.fix).map((x) => ({ fix: x.f.fix!, order: order.get(x.checkId)!, diagnostic: x.checkId }));
        const actions = mergeFixes(offers);
        const keys = actions.map((a) => fixKey(a.fix));
        assert.equal(new Set(keys).size, keys.length, `${p.labId} ${p.name} ${line}`);
        assert.equal(actions.reduce((n, a) => n + a.diagnostics.length, 0), offers.length, 'every diagnostic keeps a fix');
        if (actions.length < offers.length) merged++;
      }
    }
    assert.ok(merged > 0, 'some examples do offer the same edit twice, so merging is exercised');
  });

  it('the starter Dockerfile\'s FROM python:latest gets one fix, for both the pinned-base and the slim-final finding', () => {
    const p = all.find((x) => x.labId === 'containerize-model-server' && x.name === 'starter')!;
    const order = new Map(graders.get(p.labId)!.checks.map((c, i) => [c.id, i]));
    const onLine1 = p.results.flatMap((r) => r.findings.filter((f) => f.file === 'Dockerfile' && f.line === 1 && f.fix).map((f) => ({ fix: f.fix!, order: order.get(r.id)!, diagnostic: r.id })));
    assert.ok(onLine1.some((o) => o.diagnostic === 'docker.pinned-base') && onLine1.some((o) => o.diagnostic === 'docker.slim-final'));
    const actions = mergeFixes(onLine1);
    assert.equal(actions.length, onLine1.length - 1, actions.map((a) => a.fix.title).join(' | '));
    const both = actions.filter((a) => a.diagnostics.length > 1);
    assert.equal(both.length, 1);
    assert.equal(both[0].fix.title, 'Pin to python:3.12-slim');
    assert.deepEqual(both[0].diagnostics.sort(), ['docker.pinned-base', 'docker.slim-final']);
    assert.ok(!actions.some((a) => a.fix.title === 'Use python:3.12-slim'));
  });

  it('a finding on a missing file is shown on line 1 of the main file, or not at all when that is missing too', () => {
    const f: Finding = { file: 'app/main.py', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'Create app/main.py' };
    assert.deepEqual(diagnosticPlace(f, 'Dockerfile', new Set()), { file: 'app/main.py', range: f });
    assert.deepEqual(diagnosticPlace(f, 'Dockerfile', new Set(['app/main.py'])), { file: 'Dockerfile', range: { line: 1, column: 1, endLine: 1, endColumn: 1 } });
    assert.equal(diagnosticPlace(f, 'Dockerfile', new Set(['app/main.py', 'Dockerfile'])), undefined);
  });
});
