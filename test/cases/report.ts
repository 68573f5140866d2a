// `npm run cases`: grades every check's accepted and rejected examples with one build of the graders and
// prints, per lab, false alarms (accepted examples failing their check) against all failures of the checks
// on their examples, and misses (rejected examples passing). Run with the graders of another commit
// (`npm run cases -- --base <ref>`) for a before/after comparison on the same examples.
import { join } from 'node:path';
import type { LabGrader } from '../../src/labs/types';
import { caseFiles, CASES_BY_LAB, solutionFiles } from './labCases';

export interface LabTally {
  lab: string;
  valid: number;
  invalid: number;
  falseAlarms: number;
  failures: number;
  misses: number;
  /** "check-id: example" of each false alarm and miss. */
  details: string[];
}

export function tally(graders: ReadonlyMap<string, LabGrader>, contentRoot: string): LabTally[] {
  const out: LabTally[] = [];
  for (const [labId, labCases] of Object.entries(CASES_BY_LAB)) {
    const grader = graders.get(labId);
    if (!grader) continue;
    const t: LabTally = { lab: labId, valid: 0, invalid: 0, falseAlarms: 0, failures: 0, misses: 0, details: [] };
    const base = solutionFiles(contentRoot, labId);
    for (const [id, cases] of Object.entries(labCases)) {
      const status = (files: ReturnType<typeof caseFiles>) => {
        try {
          return grader.grade(files).find((r) => r.id === id)?.status ?? 'missing';
        } catch {
          return 'fail';
        }
      };
      for (const c of cases.valid) {
        t.valid++;
        if (status(caseFiles(base, c)) !== 'pass') {
          t.falseAlarms++;
          t.failures++;
          t.details.push(`false alarm  ${id}: ${c.name}`);
        }
      }
      for (const c of cases.invalid) {
        t.invalid++;
        if (status(caseFiles(base, c)) === 'pass') {
          t.misses++;
          t.details.push(`miss         ${id}: ${c.name}`);
        } else t.failures++;
      }
    }
    out.push(t);
  }
  return out;
}

export function main(gradersBundle: string, label: string, root: string, verbose: boolean): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { graders } = require(gradersBundle) as { graders: ReadonlyMap<string, LabGrader> };
  const rows = tally(graders, join(root, 'content'));
  console.log(`\n${label}`);
  console.log('| lab | accepted | rejected | false alarms / failures | misses / rejected |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    const pct = r.failures ? ` (${((100 * r.falseAlarms) / r.failures).toFixed(1)} %)` : '';
    console.log(`| ${r.lab} | ${r.valid} | ${r.invalid} | ${r.falseAlarms} / ${r.failures}${pct} | ${r.misses} / ${r.invalid} |`);
  }
  if (verbose) for (const r of rows) for (const d of r.details) console.log(`  ${r.lab}  ${d}`);
}
