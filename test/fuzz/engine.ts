// Runs one fuzz target: N generated cases, counting exceptions, broken invariants and slow cases,
// then (only when something failed) re-runs the same seed as a fast-check property so the
// failing input is shrunk to a small one.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import type { CaseOutcome, Target, Timer } from './targets';

export interface Failure {
  kind: 'exception' | 'violation';
  /** Index of the case in the run (0-based). */
  index: number;
  message: string;
  /** The input as generated. */
  input: unknown;
  /** The input after fast-check shrank it (undefined when shrinking did not reproduce it). */
  shrunk?: unknown;
  shrunkMessage?: string;
}

export interface TargetStats {
  target: string;
  cases: number;
  /** Thrown exceptions, plus exceptions the module caught itself and reported as "please report" findings. */
  exceptions: number;
  violations: number;
  /** Cases over the target's time bound. */
  slow: number;
  limitMs: number;
  slowestMs: number;
  medianMs: number;
  /** Most findings any one check returned (graders). */
  maxFindings?: number;
  seed: number;
  failures: Failure[];
  slowest?: { ms: number; input: unknown };
}

export interface RunOptions {
  runs: number;
  seed: number;
  /** Called before each case (to trace the input of a case that freezes). */
  onStart?: (index: number, input: unknown) => void;
  /** Called after each case (heartbeat for a watchdog). */
  onCase?: (index: number) => void;
  /** Skip shrinking (the unit sample only needs the counts). */
  noShrink?: boolean;
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 8).join('\n')}` : String(e);
}

async function runOne<T>(target: Target<T>, input: T): Promise<{ outcome?: CaseOutcome; error?: unknown; ms: number }> {
  let ms = 0;
  const time: Timer = (call) => {
    const t0 = performance.now();
    let r: ReturnType<typeof call>;
    try {
      r = call();
    } catch (e) {
      ms += performance.now() - t0;
      throw e;
    }
    if (r instanceof Promise) return r.finally(() => (ms += performance.now() - t0)) as typeof r;
    ms += performance.now() - t0;
    return r;
  };
  try {
    const outcome = await target.run(input, time);
    return { outcome, ms };
  } catch (error) {
    return { error, ms };
  }
}

function problemOf(r: { outcome?: CaseOutcome; error?: unknown }): { kind: Failure['kind']; message: string } | undefined {
  if (r.error !== undefined) return { kind: 'exception', message: `threw ${errorText(r.error)}` };
  if (r.outcome && r.outcome.caught.length > 0) return { kind: 'exception', message: `caught internally: ${r.outcome.caught.join(' | ')}` };
  if (r.outcome && r.outcome.violations.length > 0) return { kind: 'violation', message: r.outcome.violations.join('\n') };
  return undefined;
}

export async function runTarget<T>(target: Target<T>, opts: RunOptions): Promise<TargetStats> {
  const times: number[] = [];
  const stats: TargetStats = {
    target: target.name, cases: 0, exceptions: 0, violations: 0, slow: 0, limitMs: target.limitMs, slowestMs: 0, medianMs: 0, seed: opts.seed, failures: [],
  };
  let index = 0;
  // Collect pass: the property never fails, so every one of the `runs` cases is generated and measured.
  await fc.assert(
    fc.asyncProperty(target.arb, async (input) => {
      const i = index++;
      opts.onStart?.(i, input);
      const r = await runOne(target, input);
      times.push(r.ms);
      stats.cases++;
      if (r.ms > target.limitMs) stats.slow++;
      if (r.ms > stats.slowestMs) {
        stats.slowestMs = r.ms;
        stats.slowest = { ms: r.ms, input };
      }
      if (r.outcome?.maxFindings !== undefined) stats.maxFindings = Math.max(stats.maxFindings ?? 0, r.outcome.maxFindings);
      const p = problemOf(r);
      if (p) {
        if (p.kind === 'exception') stats.exceptions++;
        else stats.violations++;
        if (stats.failures.length < 5) stats.failures.push({ ...p, index: i, input });
      }
      opts.onCase?.(i);
      return true;
    }),
    { numRuns: opts.runs, seed: opts.seed, endOnFailure: true },
  );
  times.sort((a, b) => a - b);
  stats.medianMs = times.length ? times[Math.floor((times.length - 1) / 2)] : 0;

  // Shrink pass: same seed, failing property, stops at the first failure and shrinks it.
  const first = stats.failures[0];
  if (first && !opts.noShrink) {
    const details = await fc.check(
      fc.asyncProperty(target.arb, async (input) => {
        const p = problemOf(await runOne(target, input));
        if (p) throw new Error(p.message);
        return true;
      }),
      { numRuns: first.index + 1, seed: opts.seed, endOnFailure: false },
    );
    if (details.failed && details.counterexample) {
      first.shrunk = details.counterexample[0];
      first.shrunkMessage = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    }
  }
  return stats;
}
