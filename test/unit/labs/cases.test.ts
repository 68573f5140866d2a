// Every check against its own accepted and rejected examples (src/labs/<lab>/checks/*.cases.ts):
// each accepted example passes its check, each rejected one fails it (at the given lines, when given).
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { graders } from '../../../src/labs/registry';
import { caseFiles, CASES_BY_LAB, solutionFiles } from '../../cases/labCases';

const CONTENT = join(__dirname, '..', '..', '..', '..', 'content');
const MIN_VALID = 3;
const MIN_INVALID = 2;

describe('check examples (accepted / rejected, beside each check)', () => {
  let totalValid = 0;
  for (const grader of graders.values()) {
    const labCases = CASES_BY_LAB[grader.labId] ?? {};
    describe(grader.labId, () => {
      for (const def of grader.checks) {
        const cases = labCases[def.id];
        describe(def.id, () => {
          it(`says whether it is general practice or a requirement of this lab, and has at least ${MIN_VALID} accepted and ${MIN_INVALID} rejected examples`, () => {
            assert.ok(def.scope === 'general' || def.scope === 'lab', `${def.id}: scope is ${def.scope}`);
            assert.ok(cases, `${def.id} has no examples`);
            assert.ok(cases.valid.length >= MIN_VALID, `${def.id}: ${cases.valid.length} accepted examples`);
            assert.ok(cases.invalid.length >= MIN_INVALID, `${def.id}: ${cases.invalid.length} rejected examples`);
          });
          if (!cases) return;
          totalValid += cases.valid.length;
          const grade = (files: ReturnType<typeof caseFiles>) => {
            const r = grader.grade(files).find((x) => x.id === def.id);
            assert.ok(r, `no result for ${def.id}`);
            return r;
          };
          for (const c of cases.valid) {
            it(`accepts: ${c.name}`, () => {
              const r = grade(caseFiles(solutionFiles(CONTENT, grader.labId), c));
              assert.equal(r.status, 'pass', r.findings.map((f) => `${f.file}:${f.line}: ${f.message}`).join('\n'));
            });
          }
          for (const c of cases.invalid) {
            it(`rejects: ${c.name}`, () => {
              const r = grade(caseFiles(solutionFiles(CONTENT, grader.labId), c));
              assert.equal(r.status, 'fail', 'the check passed a wrong solution');
              if (c.lines) assert.deepEqual([...new Set(r.findings.map((f) => f.line))].sort((a, b) => a - b), [...c.lines].sort((a, b) => a - b));
            });
          }
        });
      }
    });
  }
  it('at least 150 accepted examples in all', () => {
    assert.ok(totalValid >= 150, `${totalValid} accepted examples`);
  });
});
