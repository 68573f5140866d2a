// Shared by the unit test of every check's examples and by `npm run cases`: the lab's reference project
// (solution over starter, as a learner who finished the lab has it) with a case's files laid over it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckCase, LabCases } from '../../src/labs/cases';
import { cases as dockerfile } from '../../src/labs/dockerfile/cases';
import { cases as dvc } from '../../src/labs/dvc/cases';
import { cases as k8s } from '../../src/labs/k8s/cases';
import { scaffoldName } from '../../src/labs/labFiles';
import { cases as prometheus } from '../../src/labs/prometheus/cases';
import type { FileInput } from '../../src/labs/types';
import { cases as workflow } from '../../src/labs/workflow/cases';

export const CASES_BY_LAB: Readonly<Record<string, LabCases>> = {
  'containerize-model-server': dockerfile,
  'ci-for-ml': workflow,
  'dvc-pipeline': dvc,
  'prometheus-alerts': prometheus,
  'k8s-canary-rollout': k8s,
};

function readTree(dir: string, into: Map<string, FileInput>, rel = ''): void {
  let names: string[];
  try {
    names = readdirSync(join(dir, rel)).sort();
  } catch {
    return;
  }
  for (const n of names) {
    const r = rel ? `${rel}/${n}` : n;
    if (statSync(join(dir, r)).isDirectory()) readTree(dir, into, r);
    else into.set(scaffoldName(r), { kind: 'text', text: readFileSync(join(dir, r), 'utf8') });
  }
}

const solutions = new Map<string, ReadonlyMap<string, FileInput>>();

/** The lab's finished project: starter files, then solution files over them. */
export function solutionFiles(contentRoot: string, labId: string): ReadonlyMap<string, FileInput> {
  let s = solutions.get(labId);
  if (!s) {
    const m = new Map<string, FileInput>();
    readTree(join(contentRoot, 'labs', labId, 'starter'), m);
    readTree(join(contentRoot, 'labs', labId, 'solution'), m);
    solutions.set(labId, (s = m));
  }
  return s;
}

export function caseFiles(base: ReadonlyMap<string, FileInput>, c: CheckCase): Map<string, FileInput> {
  const m = new Map(base);
  for (const [path, text] of Object.entries(c.files)) m.set(path, text === null ? { kind: 'missing' } : { kind: 'text', text });
  return m;
}
