// `npm run fuzz` entry (bundled and started by scripts/fuzz.mjs): runs every target, prints a table,
// writes test-artifacts/fuzz-results.json and, for each failing target, the shrunk failing input.
// Env: FUZZ_RUNS (cases per target, default 10000), FUZZ_SEED (default: random, printed), FUZZ_ONLY (substring of target names).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from './corpus';
import { runTarget, type TargetStats } from './engine';
import { targets } from './targets';

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function table(rows: TargetStats[]): string {
  const head = ['target', 'cases', 'exceptions', 'violations', 'over bound', 'bound ms', 'slowest ms', 'median ms', 'max findings/check'];
  const body = rows.map((r) => [
    r.target, String(r.cases), String(r.exceptions), String(r.violations), String(r.slow), String(r.limitMs), r.slowestMs.toFixed(1), r.medianMs.toFixed(2),
    r.maxFindings === undefined ? '-' : String(r.maxFindings),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  const runs = Number.parseInt(process.env.FUZZ_RUNS ?? '10000', 10);
  const seed = process.env.FUZZ_SEED ? Number.parseInt(process.env.FUZZ_SEED, 10) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const only = process.env.FUZZ_ONLY ?? '';
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive integer, got ${process.env.FUZZ_RUNS}`);
  const root = corpus().root;
  const artifacts = join(root, 'test-artifacts');
  mkdirSync(artifacts, { recursive: true });
  console.log(`fuzz: ${runs} cases per target, seed ${seed} (FUZZ_SEED=${seed} reproduces this run)`);

  const rows: TargetStats[] = [];
  for (const target of targets().filter((t) => t.name.includes(only))) {
    const started = Date.now();
    let lastBeat = 0;
    const stats = await runTarget(target, {
      runs,
      seed,
      // FUZZ_TRACE=1 writes every input before running it, to catch one that freezes (slow).
      onStart: process.env.FUZZ_TRACE
        ? (i, input) => writeFileSync(join(artifacts, 'fuzz-current.json'), JSON.stringify({ target: target.name, case: i, input: target.show(input) }, null, 2))
        : undefined,
      onCase: (i) => {
        const now = Date.now();
        if (now - lastBeat > 500) {
          lastBeat = now;
          process.send?.({ target: target.name, case: i });
        }
      },
    });
    rows.push(stats);
    console.log(`  ${target.name}: ${stats.cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, ${stats.exceptions} exceptions, ${stats.violations} violations, ${stats.slow} over ${stats.limitMs} ms`);
    for (const f of stats.failures) {
      const file = join(artifacts, `fuzz-failure-${slug(target.name)}.json`);
      writeFileSync(file, JSON.stringify({ target: target.name, seed, kind: f.kind, caseIndex: f.index, message: f.message, shrunkMessage: f.shrunkMessage,
        shrunkInput: f.shrunk === undefined ? undefined : target.show(f.shrunk), input: target.show(f.input) }, null, 2));
      console.log(`    ${f.kind} at case ${f.index}: ${f.message.split('\n')[0].slice(0, 300)}\n    smallest failing input: ${file}`);
      break; // the first (shrunk) failure is enough to act on; the counts say how many there were
    }
    if (stats.slow > 0 && stats.slowest) {
      const file = join(artifacts, `fuzz-slow-${slug(target.name)}.json`);
      writeFileSync(file, JSON.stringify({ target: target.name, seed, ms: stats.slowest.ms, input: target.show(stats.slowest.input) }, null, 2));
      console.log(`    slowest input (${stats.slowest.ms.toFixed(0)} ms): ${file}`);
    }
  }
  console.log(`\n${table(rows)}\n`);
  const results = {
    date: new Date().toISOString(), node: process.version, runs, seed,
    targets: rows.map(({ failures, slowest: _s, ...r }) => ({ ...r, failures: failures.map((f) => ({ kind: f.kind, caseIndex: f.index, message: f.message.slice(0, 2000) })) })),
  };
  writeFileSync(join(artifacts, 'fuzz-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`results: ${join(artifacts, 'fuzz-results.json')}`);
  const bad = rows.filter((r) => r.exceptions + r.violations + r.slow > 0);
  if (bad.length) console.log(`FAILED: ${bad.map((r) => r.target).join(', ')}`);
  return bad.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
