// Glue: grading a Python lab in this window. Runs the learner's code only when the workspace is trusted,
// only for a folder on this machine's disk, with a deadline, and only when the learner asked (Start Lab,
// a save, Grade now, the Testing view): never on its own.
import * as vscode from 'vscode';
import { lazyBundle } from '../../util/lazy';
import type { LabDefinition } from '../definition';
import type { CheckResult } from '../types';
import type { PythonHost } from './pythonHost';
import type { TestOutcome } from './runner';

type Registry = typeof import('../registry');

export interface PythonRun {
  results: CheckResult[];
  /** Why nothing (or not everything) was graded; learner-facing. */
  problem?: string;
  /** The run was replaced by a newer one: publish nothing. */
  cancelled?: boolean;
  details?: Map<string, TestOutcome[]>;
  output?: string;
  /** e.g. "/usr/bin/python3 (Python 3.11.2)". */
  interpreter?: string;
}

export const RESTRICTED_MESSAGE = 'Restricted Mode: a Python lab runs your code and its tests, so it runs only in a trusted workspace. Trust this folder (Manage Workspace Trust) to run them.';

export class PythonGrading {
  private readonly running = new Map<string, AbortController>();
  private readonly explained = new Set<string>();

  constructor(private readonly host: PythonHost, private readonly contentRoot: string, private readonly runnerDir: string) {}

  /** Stops the lab's run in progress, if any (a newer save replaces it). */
  cancel(labId: string): void {
    this.running.get(labId)?.abort();
  }

  async grade(lab: LabDefinition, folder: vscode.Uri): Promise<PythonRun> {
    if (!vscode.workspace.isTrusted) return { results: [], problem: RESTRICTED_MESSAGE };
    if (folder.scheme !== 'file') return { results: [], problem: `A Python lab runs Python, so its folder must be on this machine's disk; ${folder.toString()} is not. Start the lab in a local folder.` };
    const python = await this.host.resolve(folder);
    if (!python.ok) {
      if (!this.explained.has(python.message)) {
        this.explained.add(python.message);
        void this.host.explain(python);
      }
      return { results: [], problem: python.message };
    }
    this.cancel(lab.id);
    const ac = new AbortController();
    this.running.set(lab.id, ac);
    try {
      const g = await lazyBundle<Registry>('graders').gradePythonFolder(lab, folder.fsPath, {
        contentRoot: this.contentRoot, runnerDir: this.runnerDir, python: python.python, timeoutMs: this.host.timeoutMs(), signal: ac.signal,
      });
      if (g.problem?.kind === 'cancelled') return { results: [], cancelled: true };
      return { results: g.results, problem: g.problem?.message, details: g.details, output: g.output, interpreter: `${python.python} (Python ${python.version})` };
    } finally {
      if (this.running.get(lab.id) === ac) this.running.delete(lab.id);
    }
  }
}
