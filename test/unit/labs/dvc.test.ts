import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { CheckResult, FileInput, Finding, TextFix } from '../../../src/labs/types';
import { grader } from '../../../src/labs/dvc/grader';
import { applyFix } from '../../../src/labs/dvc/positions';
import { insideProject, readGraderFiles } from '../../../src/labs/projectFiles';

const ROOT = join(__dirname, '..', '..', '..', '..');
const LAB = join(ROOT, 'content', 'labs', 'dvc-pipeline');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'labs', 'dvc');
const DVC = 'dvc.yaml';
const CONFIG = '.dvc/config';
const IGNORE = '.gitignore';
const PARAMS = 'params.yaml';
const IDS = grader.checks.map((c) => c.id);

type Files = Map<string, FileInput>;

function readTree(dir: string, out: Files = new Map(), base = dir): Files {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) readTree(p, out, base);
    else {
      const rel = relative(base, p).split('\\').join('/').replace(/(^|\/)(gitignore|dvcignore)$/, '$1.$2');
      out.set(rel, { kind: 'text', text: readFileSync(p, 'utf8') });
    }
  }
  return out;
}

/** What the editor hands the grader: exactly grader.files, absent ones marked missing. */
function restrict(all: Files): Files {
  return new Map(grader.files.map((f) => [f, all.get(f) ?? { kind: 'missing' }]));
}

const starter = (): Files => restrict(readTree(join(LAB, 'starter')));
const solution = (): Files => restrict(readTree(join(LAB, 'solution'), readTree(join(LAB, 'starter'))));
const text = (files: Files, path: string): string => {
  const f = files.get(path);
  assert.ok(f && f.kind === 'text', `${path} is text`);
  return f.text;
};
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** The solution project with some files replaced (a string is the text; a FileInput as is). */
function withFiles(over: Record<string, string | FileInput>, base: Files = solution()): Files {
  const m = new Map(base);
  for (const [k, v] of Object.entries(over)) m.set(k, typeof v === 'string' ? { kind: 'text', text: v } : v);
  return m;
}

function result(results: CheckResult[], id: string): CheckResult {
  const r = results.find((x) => x.id === id);
  assert.ok(r, `no result for ${id}`);
  return r;
}
const failing = (results: CheckResult[]) => results.filter((r) => r.status === 'fail').map((r) => r.id);
const lines = (r: CheckResult) => r.findings.map((f) => f.line);

function lineCount(files: Files, path: string): number {
  const f = files.get(path);
  return f && f.kind === 'text' ? f.text.split('\n').length : 1;
}

function assertWellFormed(results: CheckResult[], files: Files) {
  assert.deepEqual(
    results.map((r) => r.id),
    IDS,
  );
  for (const r of results) {
    assert.ok(r.status === 'pass' || r.status === 'fail');
    assert.equal(r.status === 'pass', r.findings.length === 0, `${r.id}: status matches findings`);
    for (const f of r.findings) {
      const n = lineCount(files, f.file);
      assert.ok(grader.files.includes(f.file), `${r.id}: finding in a graded file (${f.file})`);
      assert.ok(f.line >= 1 && f.line <= n + 1, `${r.id} line ${f.line} of ${n}`);
      assert.ok(f.endLine >= f.line && f.endLine <= n + 1, `${r.id} endLine`);
      assert.ok(f.column >= 1 && f.endColumn >= 1);
      assert.ok(f.endLine > f.line || f.endColumn >= f.column, `${r.id} range ordered`);
      assert.ok(f.message.length > 20, `${r.id} message`);
      assert.ok(!/could not run/.test(f.message), `${r.id} crashed: ${f.message}`);
    }
  }
}

function grade(files: Files): CheckResult[] {
  const results = grader.grade(files);
  assertWellFormed(results, files);
  return results;
}

/** Apply a finding's fix to its file in the project. */
function applied(files: Files, fix: TextFix | undefined): Files {
  assert.ok(fix, 'finding has a fix');
  return withFiles({ [fix.file]: applyFix(text(files, fix.file), fix) }, files);
}

function only(r: CheckResult): Finding {
  assert.equal(r.findings.length, 1, `${r.id}: ${JSON.stringify(r.findings.map((f) => f.message))}`);
  return r.findings[0];
}

const SOLUTION_DVC = () => text(solution(), DVC);

describe('dvc lab grader', () => {
  describe('definitions and content', () => {
    const lab = parse(readFileSync(join(LAB, 'lab.yaml'), 'utf8')) as Record<string, unknown>;
    const course = parse(readFileSync(join(ROOT, 'content', 'course.yaml'), 'utf8')) as {
      topics: Array<{ id: string; lessons: string[] }>;
    };
    const lessons = new Set(course.topics.flatMap((t) => t.lessons));

    it('has stable, unique, prefixed ids with a why, a lesson and 2-3 hints', () => {
      assert.equal(new Set(IDS).size, IDS.length);
      for (const c of grader.checks) {
        assert.match(c.id, /^dvc\.[a-z]+(-[a-z]+)*$/);
        assert.ok(c.title.length > 5 && c.title.length < 70, c.id);
        assert.ok(c.why.length > 80, c.id);
        assert.ok(lessons.has(c.lesson), `${c.id}: lesson ${c.lesson} in course.yaml`);
        assert.ok(c.hints.length >= 2 && c.hints.length <= 3, c.id);
      }
    });

    it('matches lab.yaml', () => {
      assert.equal(lab.id, grader.labId);
      assert.equal(lab.mainFile, grader.files[0]);
      assert.deepEqual(lab.files, grader.files);
      assert.equal(lab.topic, 'cicd');
      assert.ok(course.topics.some((t) => t.id === lab.topic));
      for (const l of lab.lessons as string[]) assert.ok(lessons.has(l), l);
      for (const id of lab.starterFails as string[]) assert.ok(IDS.includes(id), id);
    });

    it('instructions link only to existing lessons and use no raw HTML', () => {
      const md = readFileSync(join(LAB, 'instructions.md'), 'utf8');
      const links = [...md.matchAll(/\]\(lesson:([a-z0-9-]+)\)/g)].map((m) => m[1]);
      assert.ok(links.length >= 2);
      for (const l of links) assert.ok(lessons.has(l), l);
      assert.doesNotMatch(md, /<[a-z][^>]*>/i);
    });

    it('the starter fails exactly starterFails and the solution passes everything', () => {
      assert.deepEqual(failing(grade(starter())), lab.starterFails);
      assert.deepEqual(failing(grade(solution())), []);
    });

    it('stores the solution as only the files that differ from the starter', () => {
      const s = readTree(join(LAB, 'starter'));
      for (const [path, f] of readTree(join(LAB, 'solution'))) {
        assert.notEqual((s.get(path) as { text: string } | undefined)?.text, (f as { text: string }).text, path);
      }
    });
  });

  describe('dvc.schema-valid', () => {
    const id = 'dvc.schema-valid';
    it('flags the unknown key and the YAML 1.1 boolean of the starter, with fixes', () => {
      const files = starter();
      const r = result(grade(files), id);
      assert.equal(r.status, 'fail');
      assert.deepEqual(lines(r), [23, 29]);
      assert.equal(r.findings[0].column, 5);
      assert.match(r.findings[0].message, /dependencies.*Did you mean `deps`/);
      assert.equal(r.findings[1].column, 18);
      assert.match(r.findings[1].message, /string "no".*YAML 1\.2/);
      let fixed = applied(files, r.findings[0].fix);
      fixed = applied(fixed, result(grade(fixed), id).findings[0].fix);
      assert.equal(result(grade(fixed), id).status, 'pass');
    });

    it('passes the solution', () => {
      assert.equal(result(grade(solution()), id).status, 'pass');
    });

    it('reports a stage without cmd at its name, and stages outside `stages:`', () => {
      const r1 = result(grade(withFiles({ [DVC]: 'stages:\n  train:\n    deps: [src/train.py]\n' })), id);
      assert.equal(only(r1).line, 2);
      assert.match(r1.findings[0].message, /no `cmd`/);
      const r2 = result(grade(withFiles({ [DVC]: 'train:\n  cmd: python src/train.py\n' })), id);
      assert.deepEqual(lines(r2), [1]);
      assert.match(r2.findings.map((f) => f.message).join(' '), /looks like a stage/);
    });

    it('reports wrong types, duplicates and invalid YAML at their line', () => {
      const r = result(grade(withFiles({ [DVC]: fixture('yaml11-and-types.dvc.yaml') })), id);
      assert.deepEqual(lines(r), [4, 7, 8, 9, 10, 25]);
      assert.match(r.findings[0].message, /must be a list/);
      assert.match(r.findings[3].message, /no `cmd`/);
      assert.match(r.findings[4].message, /`command`.*Did you mean `cmd`/);
      assert.match(r.findings[5].message, /`frozen`.*true or false/);
      const dup = result(grade(withFiles({ [DVC]: 'stages:\n  a:\n    cmd: x\n    deps: [a.txt, a.txt]\n' })), id);
      assert.match(only(dup).message, /same entry twice/);
      const bad = result(grade(withFiles({ [DVC]: 'stages:\n  a:\n    cmd: "unterminated\n' })), id);
      assert.ok(bad.findings.length >= 1);
      assert.match(bad.findings[0].message, /not valid YAML/);
      const dupKey = result(grade(withFiles({ [DVC]: 'stages:\n  a:\n    cmd: x\n  a:\n    cmd: y\n' })), id);
      assert.equal(only(dupKey).line, 4);
    });
  });

  describe('dvc.schema-valid edge cases', () => {
    const id = 'dvc.schema-valid';
    it('points at the key of an empty value and accepts YAML merge keys', () => {
      const r = result(grade(withFiles({ [DVC]: 'stages:\n  a:\n    cmd: python src/a.py\n    deps:\n' })), id);
      assert.deepEqual([only(r).line, r.findings[0].column], [4, 5]);
      assert.match(r.findings[0].message, /must be a list, but it is empty/);
      const m = result(grade(withFiles({ [DVC]: 'stages:\n  a: &a\n    cmd: python src/a.py\n  b:\n    <<: *a\n' })), id);
      assert.equal(m.status, 'pass');
    });
    it('says a deeply nested file is nested too deeply', () => {
      const r = result(grade(withFiles({ [DVC]: `stages: ${'['.repeat(30000)}${']'.repeat(30000)}\n` })), id);
      assert.match(only(r).message, /nested too deeply/);
    });
  });

  describe('dvc.stage-names', () => {
    const id = 'dvc.stage-names';
    it('passes plain names', () => {
      assert.equal(result(grade(solution()), id).status, 'pass');
    });
    // A space used to be flagged too, but `dvc stage add` accepts it (DVC refuses only punctuation but - and _).
    it('flags punctuation DVC refuses (not spaces, which DVC accepts), and the fix renames', () => {
      const files = withFiles({ [DVC]: fixture('bad-names.dvc.yaml') });
      const r = result(grade(files), id);
      assert.deepEqual(lines(r), [9]);
      assert.equal(r.findings[0].column, 3);
      assert.match(r.findings[0].message, /`dvc stage add` refuses `@`/);
      assert.equal(r.findings[0].fix?.newText, 'train_v2');
      assert.equal(result(grade(applied(files, r.findings[0].fix)), id).status, 'pass');
    });
  });

  describe('dvc.pipeline-graph', () => {
    const id = 'dvc.pipeline-graph';
    it('passes a connected three-stage pipeline', () => {
      assert.equal(result(grade(solution()), id).status, 'pass');
    });
    it('flags the disconnected evaluate stage of the starter and names what its cmd reads', () => {
      const f = only(result(grade(starter()), id));
      assert.equal(f.line, 21);
      assert.equal(f.column, 3);
      assert.match(f.message, /This lab asks.*`evaluate` is linked to no other.*models\/model\.pkl \(an output of `train`\)/);
    });
    it('flags a cycle', () => {
      const r = result(grade(withFiles({ [DVC]: fixture('cycle.dvc.yaml') })), id);
      assert.equal(only(r).line, 2);
      assert.match(r.findings[0].message, /cycle/);
    });
    it('flags fewer than three stages at `stages:`', () => {
      const r = result(grade(withFiles({ [DVC]: fixture('two-stages-overlap.dvc.yaml') })), id);
      assert.equal(only(r).line, 1);
      assert.match(r.findings[0].message, /This lab asks.*dvc\.yaml has 2/);
    });
  });

  describe('dvc.script-deps', () => {
    const id = 'dvc.script-deps';
    it('passes when every stage lists its script', () => {
      assert.equal(result(grade(solution()), id).status, 'pass');
    });
    it('flags the scripts missing from deps, at the script in cmd', () => {
      const files = starter();
      const r = result(grade(files), id);
      assert.deepEqual(lines(r), [13, 22]);
      assert.deepEqual(
        r.findings.map((f) => f.column),
        [17, 17],
      );
      assert.match(r.findings[1].message, /under `dependencies`/);
      const fixed = applied(files, r.findings[0].fix);
      assert.match(text(fixed, DVC), /- data\/prepared\n {6}- src\/train\.py\n/);
      assert.deepEqual(lines(result(grade(fixed), id)), [23]);
    });
    it('adds a deps list when the stage has none, and a flow list item', () => {
      const base = 'stages:\n  a:\n    cmd: python src/prepare.py\n    outs:\n      - data/prepared\n';
      const files = withFiles({ [DVC]: base });
      const fixed = applied(files, only(result(grade(files), id)).fix);
      assert.equal(result(grade(fixed), id).status, 'pass');
      const flow = withFiles({ [DVC]: 'stages:\n  a:\n    cmd: python src/prepare.py\n    deps: [data/raw]\n' });
      const fixed2 = applied(flow, only(result(grade(flow), id)).fix);
      assert.match(text(fixed2, DVC), /deps: \[data\/raw, src\/prepare\.py\]/);
      assert.equal(result(grade(fixed2), id).status, 'pass');
    });
    it('flags a script that does not exist in the project', () => {
      const files = withFiles({ 'src/train.py': { kind: 'missing' } });
      const f = only(result(grade(files), id));
      assert.equal(f.line, 13);
      assert.match(f.message, /does not exist/);
    });
  });

  describe('dvc.outputs-unique', () => {
    const id = 'dvc.outputs-unique';
    it('passes separate outputs', () => {
      assert.equal(result(grade(solution()), id).status, 'pass');
    });
    it('flags nested outputs and a stage writing its own input', () => {
      const r = result(grade(withFiles({ [DVC]: fixture('two-stages-overlap.dvc.yaml') })), id);
      assert.deepEqual(lines(r), [18, 6]);
      assert.match(r.findings[0].message, /data\/model\.pkl overlaps data, an output of stage `prepare`/);
      assert.match(r.findings[1].message, /both a dependency and an output/);
    });
    it('flags the same path written by two stages', () => {
      const dvc = SOLUTION_DVC().replace('      - eval/metrics.json:\n', '      - models/model.pkl:\n');
      const r = result(grade(withFiles({ [DVC]: dvc })), id);
      assert.ok(r.findings.some((f) => f.line === 33 && /already an output of stage `train` \(line 23\)/.test(f.message)));
    });
  });

  describe('dvc.params-exist', () => {
    const id = 'dvc.params-exist';
    it('passes when every key is in params.yaml', () => {
      assert.equal(result(grade(solution()), id).status, 'pass');
    });
    it('flags a key missing from params.yaml, listing its siblings', () => {
      const f = only(result(grade(starter()), id));
      assert.equal(f.line, 17);
      assert.equal(f.column, 9);
      assert.match(f.message, /`train\.lr` is not in params\.yaml \(train has: n_estimators, learning_rate/);
    });
    it('asks for params.yaml when it is missing, and reports it when invalid', () => {
      const f = only(result(grade(withFiles({ [PARAMS]: { kind: 'missing' } })), id));
      assert.equal(f.file, PARAMS);
      assert.match(f.message, /^Create params\.yaml/);
      const g = only(result(grade(withFiles({ [PARAMS]: 'train: [1, 2\n' })), id));
      assert.equal(g.file, PARAMS);
      assert.match(g.message, /not valid YAML/);
    });
  });

  describe('dvc.params-not-hardcoded', () => {
    const id = 'dvc.params-not-hardcoded';
    it('passes a train stage that reads params', () => {
      assert.equal(result(grade(solution()), id).status, 'pass');
    });
    it('flags a numeric flag in the train cmd at the flag', () => {
      const f = only(result(grade(starter()), id));
      assert.deepEqual([f.line, f.column, f.endColumn], [13, 61, 79]);
      assert.match(f.message, /This lab asks.*`--n-estimators 200` is typed into the command/);
    });
    it('flags a train stage without params and `--flag=value`', () => {
      const r = result(grade(withFiles({ [DVC]: fixture('unignored-output.dvc.yaml') })), id);
      assert.deepEqual(lines(r), [9, 10]);
      assert.match(r.findings[0].message, /declares no `params`/);
      assert.match(r.findings[1].message, /--learning-rate=0\.1/);
    });
    it('asks for a training stage when there is none', () => {
      const dvc = SOLUTION_DVC().replace('  train:', '  fit:').replace('src/train.py', 'src/fit.py').replace('src/train.py', 'src/fit.py');
      const f = only(result(grade(withFiles({ [DVC]: dvc })), id));
      assert.equal(f.line, 1);
      assert.match(f.message, /This lab asks for a training stage/);
    });
  });

  describe('dvc.metrics-uncached', () => {
    const id = 'dvc.metrics-uncached';
    it('passes metrics with cache: false', () => {
      assert.equal(result(grade(solution()), id).status, 'pass');
    });
    it('flags `cache: no` with a fix', () => {
      const files = starter();
      const f = only(result(grade(files), id));
      assert.deepEqual([f.line, f.column], [29, 18]);
      assert.equal(result(grade(applied(files, f.fix)), id).status, 'pass');
    });
    it('flags a plain metrics path and fixes it into a flagged entry', () => {
      const files = withFiles({ [DVC]: fixture('yaml11-and-types.dvc.yaml') });
      const f = only(result(grade(files), id));
      assert.deepEqual([f.line, f.column], [24, 9]);
      const fixed = applied(files, f.fix);
      assert.match(text(fixed, DVC), / {6}- eval\/metrics\.json:\n {10}cache: false\n/);
      assert.equal(result(grade(fixed), id).status, 'pass');
    });
    it('inserts cache: false into existing flags, and asks for metrics when none exist', () => {
      const dvc = SOLUTION_DVC().replace('          cache: false', '          persist: true');
      const files = withFiles({ [DVC]: dvc });
      const f = only(result(grade(files), id));
      assert.equal(f.line, 33);
      assert.equal(result(grade(applied(files, f.fix)), id).status, 'pass');
      const none = SOLUTION_DVC().replace('    metrics:\n      - eval/metrics.json:\n          cache: false\n', '    outs:\n      - eval/metrics.json\n');
      const g = only(result(grade(withFiles({ [DVC]: none })), id));
      assert.equal(g.line, 1);
      assert.match(g.message, /This lab asks.*no stage declares one/);
    });
  });

  describe('dvc.outputs-gitignored', () => {
    const id = 'dvc.outputs-gitignored';
    it('passes when every cached output is ignored', () => {
      assert.equal(result(grade(solution()), id).status, 'pass');
    });
    it('flags an output git would commit, and the fix appends it to .gitignore', () => {
      const files = withFiles({ [DVC]: fixture('unignored-output.dvc.yaml') });
      const f = only(result(grade(files), id));
      assert.deepEqual([f.file, f.line, f.column], [DVC, 15, 9]);
      assert.equal(f.fix?.file, IGNORE);
      const fixed = applied(files, f.fix);
      assert.match(text(fixed, IGNORE), /\n\/artifacts\/model\.pkl\n$/);
      assert.equal(result(grade(fixed), id).status, 'pass');
    });
    it('honours negation, directory patterns and globs', () => {
      const check = (ignore: string) => result(grade(withFiles({ [IGNORE]: ignore })), id).status;
      assert.equal(check('data/\nmodels/*.pkl\n'), 'pass');
      assert.equal(check('**/prepared\n/models\n'), 'pass');
      assert.equal(check('/data/prepared\n/models\n!/models/model.pkl\n'), 'pass');
      assert.equal(check('/data/prepared\n/models/*\n!/models/model.pkl\n'), 'fail');
      assert.equal(check('/data\n!/data/prepared\n/models\n'), 'pass');
      assert.equal(check('prepared.csv\nmodels\n'), 'fail');
    });
    // Without a root .gitignore the outputs may still be ignored by the ones DVC writes in their folders,
    // so a missing root file is no longer a finding by itself: each unignored output is.
    it('reports each unignored output when .gitignore is missing, and accepts the nested files DVC writes', () => {
      const r = result(grade(withFiles({ [IGNORE]: { kind: 'missing' } })), id);
      assert.deepEqual(r.findings.map((f) => [f.file, f.line]), [[DVC, 11], [DVC, 23]]);
      assert.match(r.findings[0].message, /adds it to data\/\.gitignore.*\(create the file\)/);
      assert.equal(r.findings[0].fix, undefined);
      const nested = withFiles({ [IGNORE]: { kind: 'missing' }, 'data/.gitignore': '/prepared\n', 'models/.gitignore': '/model.pkl\n' });
      assert.equal(result(grade(nested), id).status, 'pass');
    });
    it('asks the caller for the .gitignore of each folder above an output', () => {
      assert.deepEqual(grader.moreFiles?.(solution()), ['data/.gitignore', 'models/.gitignore', 'eval/.gitignore']);
    });
    it('the project reader reads those files too, so a nested .gitignore counts', async () => {
      const disk = new Map(solution());
      disk.set(IGNORE, { kind: 'text', text: '__pycache__/\n' });
      disk.set('data/.gitignore', { kind: 'text', text: '/prepared\n' });
      disk.set('models/.gitignore', { kind: 'text', text: '/model.pkl\n' });
      const asked: string[] = [];
      const files = await readGraderFiles(grader, async (p) => {
        asked.push(p);
        return disk.get(p) ?? { kind: 'missing' };
      });
      assert.deepEqual(asked.slice(grader.files.length), ['data/.gitignore', 'models/.gitignore', 'eval/.gitignore']);
      assert.equal(result(grade(new Map(files)), id).status, 'pass');
      assert.equal(result(grade(withFiles({ [IGNORE]: '__pycache__/\n' })), id).status, 'fail');
    });
    it('the project reader never reads outside the project, whatever paths a grader asks for', async () => {
      const asked: string[] = [];
      const sneaky = { files: ['dvc.yaml'], moreFiles: () => ['../../etc/.gitignore', '/etc/.gitignore', 'a/../../.gitignore', 'C:/x/.gitignore', 'data/.gitignore'] };
      await readGraderFiles(sneaky, async (p) => {
        asked.push(p);
        return { kind: 'missing' };
      });
      assert.deepEqual(asked, ['dvc.yaml', 'data/.gitignore']);
      assert.equal(insideProject('data/x/.gitignore'), true);
      assert.equal(insideProject('..\\x'), false);
    });
    it('says a root .gitignore it cannot read is too large, rather than asking to create it', () => {
      const f = only(result(grade(withFiles({ [IGNORE]: '/data/*\n'.repeat(10000) })), id));
      assert.equal(f.file, IGNORE);
      assert.match(f.message, /too large to grade/);
    });
  });

  describe('dvc.default-remote', () => {
    const id = 'dvc.default-remote';
    it('passes a default remote that exists (also git-style sections and local paths)', () => {
      assert.equal(result(grade(solution()), id).status, 'pass');
      assert.equal(result(grade(withFiles({ [CONFIG]: fixture('git-style.config') })), id).status, 'pass');
    });
    it('flags a missing core.remote at [core], and the fix adds it', () => {
      const files = starter();
      const f = only(result(grade(files), id));
      assert.deepEqual([f.file, f.line, f.column, f.endColumn], [CONFIG, 1, 1, 7]);
      const fixed = applied(files, f.fix);
      assert.match(text(fixed, CONFIG), /^\[core\]\n {4}remote = storage\n {4}autostage = true\n/);
      assert.equal(result(grade(fixed), id).status, 'pass');
    });
    it('flags a default naming no remote, and an unsupported scheme', () => {
      const f = only(result(grade(withFiles({ [CONFIG]: fixture('missing-remote.config') })), id));
      assert.deepEqual([f.line, f.column, f.endColumn], [2, 14, 20]);
      assert.match(f.message, /"origin" is not defined/);
      const g = only(result(grade(withFiles({ [CONFIG]: fixture('unknown-scheme.config') })), id));
      assert.deepEqual([g.line, g.column], [4, 11]);
      assert.match(g.message, /`ftp:\/\/`/);
    });
    it('adds a [core] section when there is none, and asks for the file when missing', () => {
      const files = withFiles({ [CONFIG]: "['remote \"storage\"']\n    url = /tmp/dvc-store\n" });
      const fixed = applied(files, only(result(grade(files), id)).fix);
      assert.equal(result(grade(fixed), id).status, 'pass');
      const m = only(result(grade(withFiles({ [CONFIG]: { kind: 'missing' } })), id));
      assert.deepEqual([m.file, m.line], [CONFIG, 1]);
      assert.match(m.message, /^Create \.dvc\/config/);
    });
  });

  describe('dvc.no-credentials', () => {
    const id = 'dvc.no-credentials';
    it('passes a config without secrets, and a missing config (nothing can leak)', () => {
      assert.equal(result(grade(solution()), id).status, 'pass');
      assert.equal(result(grade(withFiles({ [CONFIG]: { kind: 'missing' } })), id).status, 'pass');
    });
    it('flags each credential line, and the fixes delete them', () => {
      let files = starter();
      const r = result(grade(files), id);
      assert.deepEqual(lines(r), [5, 6]);
      assert.equal(r.findings[1].column, 5);
      assert.match(r.findings[1].message, /config\.local/);
      files = applied(files, r.findings[1].fix);
      files = applied(files, result(grade(files), id).findings[0].fix);
      assert.equal(result(grade(files), id).status, 'pass');
      assert.doesNotMatch(text(files, CONFIG), /access_key/);
    });
    it('flags passwords, connection strings and passwords inside URLs', () => {
      assert.deepEqual(lines(result(grade(withFiles({ [CONFIG]: fixture('unknown-scheme.config') })), id)), [5]);
      assert.deepEqual(lines(result(grade(withFiles({ [CONFIG]: fixture('missing-remote.config') })), id)), [8]);
      const url = "[core]\n    remote = s\n['remote \"s\"']\n    url = https://alice:pa55@dav.example.com/dvc\n";
      assert.deepEqual(lines(result(grade(withFiles({ [CONFIG]: url })), id)), [4]);
    });
  });

  describe('fixture corpus', () => {
    const cases: Array<[string, Record<string, string>, string[]]> = [
      ['four-stages-good', { [DVC]: 'four-stages-good.dvc.yaml', [IGNORE]: 'four-stages-good.gitignore' }, []],
      ['foreach-wdir', { [DVC]: 'foreach-wdir.dvc.yaml' }, []],
      ['cycle', { [DVC]: 'cycle.dvc.yaml' }, ['dvc.pipeline-graph']],
      ['two-stages-overlap', { [DVC]: 'two-stages-overlap.dvc.yaml' }, ['dvc.pipeline-graph', 'dvc.outputs-unique', 'dvc.outputs-gitignored']],
      ['bad-names', { [DVC]: 'bad-names.dvc.yaml' }, ['dvc.stage-names']],
      ['yaml11-and-types', { [DVC]: 'yaml11-and-types.dvc.yaml' }, ['dvc.schema-valid', 'dvc.script-deps', 'dvc.metrics-uncached', 'dvc.outputs-gitignored']],
      ['unignored-output', { [DVC]: 'unignored-output.dvc.yaml' }, ['dvc.params-exist', 'dvc.params-not-hardcoded', 'dvc.outputs-gitignored']],
      ['git-style config', { [CONFIG]: 'git-style.config' }, []],
      ['unknown-scheme config', { [CONFIG]: 'unknown-scheme.config' }, ['dvc.default-remote', 'dvc.no-credentials']],
      ['missing-remote config', { [CONFIG]: 'missing-remote.config' }, ['dvc.default-remote', 'dvc.no-credentials']],
    ];
    for (const [name, over, expected] of cases) {
      it(`${name} fails ${expected.length ? expected.join(', ') : 'nothing'}`, () => {
        const files = withFiles(Object.fromEntries(Object.entries(over).map(([k, v]) => [k, fixture(v)])));
        assert.deepEqual(failing(grade(files)), expected);
      });
    }
  });

  describe('bad input', () => {
    const cases: Array<[string, string]> = [
      ['empty', ''],
      ['comments only', '# nothing here yet\n# stages:\n'],
      ['binary', 'PK\u0003\u0004\u0000\u0000\u00ff\u00fe\u0000stages\u0000\u0001'],
      ['replacement chars', '\ufffd\ufffd stages:\n  \ufffd: {cmd: x}\n'],
      ['tabs', 'stages:\n\tprepare:\n\t\tcmd: python src/prepare.py\n'],
      ['alias bomb', `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`).join('\n')}\nstages: *j\n`],
      ['deep nesting', `stages: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
      ['deep block nesting', `stages:\n${Array.from({ length: 400 }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n')}\n`],
      ['a list', '- prepare\n- train\n'],
      ['a scalar', 'just some words\n'],
      ['stages is a list', 'stages:\n  - cmd: python src/train.py\n'],
    ];
    for (const [name, input] of cases) {
      it(`dvc.yaml ${name}: no throw, one result per check, a finding on the main check`, () => {
        const files = withFiles({ [DVC]: input });
        const results = grade(files);
        assert.equal(result(results, 'dvc.schema-valid').status, 'fail');
        // Checks that need the stages say so; config checks still grade .dvc/config.
        assert.equal(result(results, 'dvc.default-remote').status, 'pass');
      });
    }

    it('names the alias bomb and the empty file', () => {
      const bomb = cases.find((c) => c[0] === 'alias bomb')?.[1] as string;
      assert.match(only(result(grade(withFiles({ [DVC]: bomb })), 'dvc.schema-valid')).message, /alias/);
      assert.match(only(result(grade(withFiles({ [DVC]: '' })), 'dvc.schema-valid')).message, /empty/);
      const f = only(result(grade(withFiles({ [DVC]: '' })), 'dvc.pipeline-graph'));
      assert.match(f.message, /needs a dvc\.yaml that parses/);
    });

    it('grades CRLF files like LF files, with the same lines', () => {
      const crlf = (files: Files) =>
        new Map([...files].map(([k, v]) => [k, v.kind === 'text' ? { kind: 'text' as const, text: v.text.replace(/\n/g, '\r\n') } : v]));
      assert.deepEqual(failing(grade(crlf(solution()))), []);
      const lf = grade(starter());
      const cr = grade(crlf(starter()));
      assert.deepEqual(failing(cr), failing(lf));
      assert.deepEqual(
        cr.map((r) => lines(r)),
        lf.map((r) => lines(r)),
      );
      const f = result(cr, 'dvc.no-credentials').findings[0];
      const files = crlf(starter());
      assert.doesNotMatch(applyFix(text(files, CONFIG), f.fix as TextFix), /access_key_id/);
    });

    it('refuses a 10 MB dvc.yaml with a clear finding (its speed: npm run bench)', () => {
      const big = `stages:\n${'  # padding line of a generated file..........................\n'.repeat(160000)}`;
      assert.ok(big.length > 10_000_000);
      const results = grade(withFiles({ [DVC]: big, [CONFIG]: big, [IGNORE]: big, [PARAMS]: big }));
      assert.match(only(result(results, 'dvc.schema-valid')).message, /too large/);
      assert.match(only(result(results, 'dvc.default-remote')).message, /too large/);
    });

    it('reports missing and unreadable files with their reason', () => {
      const miss = grade(withFiles({ [DVC]: { kind: 'missing' } }));
      for (const r of miss.slice(0, 9)) {
        assert.equal(r.status, 'fail', r.id);
        assert.match(r.findings[0].message, /^Create dvc\.yaml/);
      }
      const unr = grade(withFiles({ [DVC]: { kind: 'unreadable', reason: 'it is not UTF-8 text' }, [CONFIG]: { kind: 'unreadable', reason: 'binary file' } }));
      assert.match(only(result(unr, 'dvc.schema-valid')).message, /not UTF-8/);
      assert.match(only(result(unr, 'dvc.no-credentials')).message, /binary file/);
    });

    it('survives garbage in the other files', () => {
      const junk = '\u0000\u0001[[[\n= = =\n[core\n!\n\\\n**/[\n';
      const results = grade(withFiles({ [CONFIG]: junk, [IGNORE]: junk, [PARAMS]: junk }));
      assert.equal(result(results, 'dvc.default-remote').status, 'fail');
      assert.equal(result(results, 'dvc.params-exist').status, 'fail');
    });
  });

  describe('properties', () => {
    it('random texts never break the grader', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(DVC, CONFIG, IGNORE, PARAMS), (s, file) => {
          grade(withFiles({ [file]: s }));
        }),
        { numRuns: 200 },
      );
    });

    it('random mutations of the solution never break the grader', () => {
      const base = SOLUTION_DVC().split('\n');
      const mutation = fc.oneof(
        fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
        fc.record({ op: fc.constant('dup' as const), at: fc.nat() }),
        fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
        fc.record({ op: fc.constant('insert' as const), at: fc.nat(), col: fc.nat(), s: fc.string({ maxLength: 4, unit: 'grapheme-ascii' }) }),
        fc.record({ op: fc.constant('indent' as const), at: fc.nat(), s: fc.constantFrom(' ', '  ', '\t', '- ') }),
      );
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (muts) => {
          const ls = [...base];
          for (const m of muts) {
            const i = m.at % ls.length;
            if (m.op === 'delete' && ls.length > 1) ls.splice(i, 1);
            else if (m.op === 'dup') ls.splice(i, 0, ls[i]);
            else if (m.op === 'swap') {
              const j = m.to % ls.length;
              [ls[i], ls[j]] = [ls[j], ls[i]];
            } else if (m.op === 'insert') {
              const c = m.col % (ls[i].length + 1);
              ls[i] = ls[i].slice(0, c) + m.s + ls[i].slice(c);
            } else if (m.op === 'indent') ls[i] = m.s + ls[i];
          }
          const results = grade(withFiles({ [DVC]: ls.join('\n') }));
          for (const r of results) for (const f of r.findings) if (f.fix) applyFix(text(withFiles({ [DVC]: ls.join('\n') }), f.fix.file), f.fix);
        }),
        { numRuns: 200 },
      );
    });
  });

});
