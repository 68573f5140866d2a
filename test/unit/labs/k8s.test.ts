import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { CheckResult, FileInput, Finding } from '../../../src/labs/types';
import { grader } from '../../../src/labs/k8s/grader';
import { basicCanaryShare, pauseSeconds } from '../../../src/labs/k8s/checks/canary-steps';
import { parseQuantity } from '../../../src/labs/k8s/checks/resources';
import { imageParts } from '../../../src/labs/k8s/checks/image-pinned';
import { preStopPause } from '../../../src/labs/k8s/checks/graceful-shutdown';
import { unknownFields, validateObject } from '../../../src/labs/k8s/schema';
import { gradeSafely } from '../../../src/labs/registry';
import { applyFix } from '../../../src/labs/dvc/positions';

const ROOT = join(__dirname, '..', '..', '..', '..');
const LAB = join(ROOT, 'content', 'labs', 'k8s-canary-rollout');
const ROLLOUT = 'k8s/rollout.yaml';
const SERVICE = 'k8s/service.yaml';
const PDB = 'k8s/pdb.yaml';
const ANALYSIS = 'k8s/analysis.yaml';
const IDS = grader.checks.map((c) => c.id);

type Files = Map<string, FileInput>;

function readTree(dir: string, out: Files = new Map(), base = dir): Files {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) readTree(p, out, base);
    else out.set(relative(base, p).split('\\').join('/'), { kind: 'text', text: readFileSync(p, 'utf8') });
  }
  return out;
}

/** What the editor hands the grader: exactly grader.files, absent ones marked missing. */
const restrict = (all: Files): Files => new Map(grader.files.map((f) => [f, all.get(f) ?? { kind: 'missing' }]));
const starter = (): Files => restrict(readTree(join(LAB, 'starter')));
const solution = (): Files => restrict(readTree(join(LAB, 'solution'), readTree(join(LAB, 'starter'))));
const text = (files: Files, path: string): string => {
  const f = files.get(path);
  assert.ok(f && f.kind === 'text', `${path} is text`);
  return f.text;
};

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

function assertWellFormed(results: CheckResult[], files: Files) {
  assert.deepEqual(results.map((r) => r.id), IDS);
  for (const r of results) {
    assert.equal(r.status === 'pass', r.findings.length === 0, `${r.id}: status matches findings`);
    for (const f of r.findings) {
      const input = files.get(f.file);
      const n = input && input.kind === 'text' ? input.text.split('\n').length : 1;
      assert.ok(grader.files.includes(f.file), `${r.id}: finding in a graded file (${f.file})`);
      assert.ok(f.line >= 1 && f.line <= n + 1 && f.endLine >= f.line && f.endLine <= n + 1, `${r.id} lines ${f.line}-${f.endLine} of ${n}`);
      assert.ok(f.endLine > f.line || f.endColumn >= f.column, `${r.id} range ordered`);
      assert.ok(f.message.length > 20, `${r.id} message`);
      assert.ok(!/could not run|undefined|\[object Object\]|NaN/.test(f.message), `${r.id}: ${f.message}`);
    }
  }
}

function grade(files: Files): CheckResult[] {
  const results = grader.grade(files);
  assertWellFormed(results, files);
  return results;
}

function only(r: CheckResult): Finding {
  assert.equal(r.findings.length, 1, `${r.id}: ${JSON.stringify(r.findings.map((f) => f.message))}`);
  return r.findings[0];
}

describe('k8s lab grader', () => {
  describe('definitions and content', () => {
    const lab = parse(readFileSync(join(LAB, 'lab.yaml'), 'utf8')) as Record<string, unknown>;
    const course = parse(readFileSync(join(ROOT, 'content', 'course.yaml'), 'utf8')) as { topics: Array<{ id: string; lessons: string[]; labs?: string[] }> };
    const lessons = new Set(course.topics.flatMap((t) => t.lessons));

    it('has at least 10 checks with stable, unique, prefixed ids, a scope, a why, a lesson and 2-3 hints', () => {
      assert.ok(IDS.length >= 10);
      assert.equal(new Set(IDS).size, IDS.length);
      for (const c of grader.checks) {
        assert.match(c.id, /^k8s\.[a-z]+(-[a-z]+)*$/);
        assert.ok(c.scope === 'general' || c.scope === 'lab', c.id);
        assert.ok(c.title.length > 5 && c.title.length < 70, c.id);
        assert.ok(c.why.length > 80, c.id);
        assert.ok(lessons.has(c.lesson), `${c.id}: lesson ${c.lesson} in course.yaml`);
        assert.ok(['deployment-approaches', 'ab-testing', 'containerization'].includes(c.lesson), `${c.id} links a deployment lesson`);
        assert.ok(c.hints.length >= 2 && c.hints.length <= 3, c.id);
      }
    });

    it('matches lab.yaml and is listed under the deployment topic', () => {
      assert.equal(lab.id, grader.labId);
      assert.equal(lab.mainFile, grader.files[0]);
      assert.deepEqual(lab.files, grader.files);
      assert.equal(lab.topic, 'deployment');
      assert.ok(course.topics.find((t) => t.id === 'deployment')?.labs?.includes(grader.labId));
      for (const id of lab.starterFails as string[]) assert.ok(IDS.includes(id), id);
    });

    it('instructions link only to existing lessons, say why Argo Rollouts, and use no raw HTML', () => {
      const md = readFileSync(join(LAB, 'instructions.md'), 'utf8');
      const links = [...md.matchAll(/\]\(lesson:([a-z0-9-]+)\)/g)].map((m) => m[1]);
      assert.ok(links.length >= 2);
      for (const l of links) assert.ok(lessons.has(l), l);
      assert.match(md, /## Why Argo Rollouts/);
      assert.doesNotMatch(md, /<[a-z][^>]*>/i);
    });

    it('the starter fails exactly starterFails and the solution passes everything', () => {
      assert.deepEqual(failing(grade(starter())), lab.starterFails);
      assert.deepEqual(failing(grade(solution())), []);
    });

    it('lab-scope findings say this lab asks; general ones never do', () => {
      for (const r of grade(starter())) {
        const def = grader.checks.find((c) => c.id === r.id)!;
        for (const f of r.findings) {
          if (def.scope === 'lab' && !/^This (check|lab)/.test(f.message)) assert.match(f.message, /This lab/, `${r.id}: ${f.message}`);
          if (def.scope === 'general') assert.doesNotMatch(f.message, /This lab asks/, `${r.id}: ${f.message}`);
        }
      }
    });

    it('the field table is generated from kubernetes-models and the vendored Argo Rollouts declarations', () => {
      const out = execFileSync('node', [join(ROOT, 'scripts', 'gen-k8s-fields.mjs'), '--check'], { encoding: 'utf8' });
      assert.match(out, /is current/);
    });

    it('the vendored Argo Rollouts files are those scripts/vendor-argo-rollouts.mjs wrote, with their licence', () => {
      const dir = join(ROOT, 'src', 'labs', 'k8s', 'vendor', 'argo-rollouts');
      const source = JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8')) as { version: string; files: Record<string, string> };
      const listed = Object.keys(source.files).sort();
      const tree = (rel: string): string[] => readdirSync(join(dir, rel)).flatMap((n) => (statSync(join(dir, rel, n)).isDirectory() ? tree(join(rel, n)) : [join(rel, n)]));
      assert.deepEqual(tree('').filter((f) => !['LICENSE', 'README.md', 'source.json'].includes(f)).sort(), listed);
      for (const f of listed) assert.equal(createHash('sha256').update(readFileSync(join(dir, f))).digest('hex'), source.files[f], `${f} was edited by hand`);
      assert.match(readFileSync(join(dir, 'LICENSE'), 'utf8'), /^MIT License/);
      assert.ok(listed.length > 100);
    });
  });

  describe('findings on the starter', () => {
    const r = (id: string) => result(grade(starter()), id);
    it('reports the misspelt targetport at its key, suggesting targetPort', () => {
      const f = only(r('k8s.valid-objects'));
      assert.deepEqual([f.file, f.line, f.column], [SERVICE, 10, 7]);
      assert.match(f.message, /`targetport` is not a field of Service.*did you mean `targetPort`/);
      assert.ok(f.fix, 'a quick fix renames it');
      const fixed = withFiles({ [SERVICE]: applyFix(text(starter(), SERVICE), f.fix) }, starter());
      assert.match(text(fixed, SERVICE), /\n {6}targetPort: 8080\n/);
      assert.equal(result(grade(fixed), 'k8s.valid-objects').status, 'pass');
    });
    it('reports the selector that misses the pod labels, and the Service that selects nothing', () => {
      const res = r('k8s.selectors-match');
      assert.deepEqual(res.findings.map((f) => [f.file, f.line]), [[ROLLOUT, 9], [SERVICE, 6]]);
      assert.match(res.findings[0].message, /app=churn-model \(the pods have app=churn-api\)/);
    });
    it('reports the Service port that falls back to 80 while the server listens on 8000', () => {
      const f = only(r('k8s.service-port'));
      assert.equal(f.file, SERVICE);
      assert.match(f.message, /no targetPort, so it sends to 80.*declare \(8000\)/);
    });
    it('reports latest, the probe path and the unforgiving liveness probe', () => {
      assert.equal(only(r('k8s.image-pinned')).line, 19);
      const h = r('k8s.health-endpoint');
      assert.match(h.findings.map((f) => f.message).join('\n'), /readinessProbe that calls GET \/health[\s\S]*`\/healthz`[\s\S]*failureThreshold: 1/);
    });
    it('reports a single weight without a pause, and computes the real share', () => {
      const res = r('k8s.canary-steps');
      assert.deepEqual(lines(res), [31, 30]);
      assert.match(res.findings[0].message, /moves on to 100% at once/);
    });
  });

  describe('behaviour beyond the examples', () => {
    it('reads the pod template of a Deployment named by workloadRef, once', () => {
      const dep = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 0\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n        - name: web\n          image: nginx:latest\n          ports: [{containerPort: 80}]\n---\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: web}\nspec:\n  replicas: 4\n  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  strategy: {canary: {steps: [{setWeight: 25}, {pause: {}}, {setWeight: 50}, {pause: {}}]}}\n`;
      const res = grade(withFiles({ [ROLLOUT]: dep, [SERVICE]: { kind: 'missing' } }));
      assert.deepEqual(lines(result(res, 'k8s.image-pinned')), [12]);
      assert.equal(result(res, 'k8s.canary-steps').status, 'pass');
    });
    it('computes what a basic canary really sends', () => {
      assert.deepEqual(basicCanaryShare(4, 25), { canary: 1, stable: 3, share: 25 });
      assert.equal(Math.round(basicCanaryShare(2, 10).share), 33);
      assert.equal(basicCanaryShare(5, 20).share, 20);
      assert.equal(basicCanaryShare(1, 50).share, 50);
    });
    it('reads pause durations the way Argo Rollouts does', () => {
      assert.equal(pauseSeconds({ duration: '10m' }), 600);
      assert.equal(pauseSeconds({ duration: 30 }), 30);
      assert.equal(pauseSeconds({ duration: '1h30m' }), 5400);
      assert.equal(pauseSeconds({ duration: '45' }), 45);
      assert.equal(pauseSeconds({}), 0);
      assert.equal(pauseSeconds({ duration: '10 minutes' }), undefined);
      assert.equal(pauseSeconds({ duration: '1d' }), undefined);
    });
    it('parses quantities, image references and preStop pauses', () => {
      assert.equal(parseQuantity('250m'), 0.25);
      assert.equal(parseQuantity('256Mi'), 256 * 2 ** 20);
      assert.equal(parseQuantity('1e3'), 1000);
      assert.equal(parseQuantity('1G'), 1e9);
      assert.equal(parseQuantity('256 MB'), undefined);
      assert.deepEqual(imageParts('registry:5000/a/b'), { tag: undefined, digest: undefined });
      assert.deepEqual(imageParts('registry:5000/a/b:1.2@sha256:ab'), { tag: '1.2', digest: 'sha256:ab' });
      assert.equal(preStopPause({ exec: { command: ['sleep', '5'] } }), 5);
      assert.equal(preStopPause({ exec: { command: ['/bin/sh', '-c', 'sleep 10 && kill -TERM 1'] } }), 10);
      assert.equal(preStopPause({ sleep: { seconds: 7 } }), 7);
      assert.equal(preStopPause({ httpGet: { path: '/drain', port: 8000 } }), undefined);
    });
    it('validates with the Kubernetes schemas and finds unknown fields at any depth', () => {
      const dep = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 'two', selector: { matchLabels: { a: 'b' } }, template: { spec: { containers: [{ name: 'a', image: 'x:1', readinessprobe: {} }] } } } };
      assert.ok(validateObject('apps/v1', 'Deployment', dep).some((e) => e.instancePath === '/spec/replicas'));
      assert.deepEqual(unknownFields('Deployment', dep).map((u) => u.path.join('.')), ['spec.template.spec.containers.0.readinessprobe']);
      assert.deepEqual(validateObject('v1', 'Secret', {}), []);
    });
    it('validates a Rollout\'s pod template and an AnalysisTemplate\'s job with the Kubernetes schemas, errors at their full path', () => {
      const r = parse(text(solution(), ROLLOUT)) as { spec: { template: unknown; strategy: { canary: { steps: Array<Record<string, unknown>> } } } };
      assert.deepEqual(validateObject('argoproj.io/v1alpha1', 'Rollout', r), []);
      const c = (r.spec.template as { spec: { containers: Array<Record<string, unknown>> } }).spec.containers[0];
      c.lifecycle = { preStop: { sleep: { seconds: 'five' } } };
      r.spec.strategy.canary.steps[0].setWeight = 'x';
      const at = (o: unknown, kind: string) => validateObject('argoproj.io/v1alpha1', kind, o as Record<string, unknown>).map((e) => `${e.instancePath} ${e.keyword}`);
      assert.deepEqual(at(r, 'Rollout'), ['/spec/strategy/canary/steps/0/setWeight type', '/spec/template/spec/containers/0/lifecycle/preStop/sleep/seconds type']);
      for (const bad of ['a string', ['a list'], 7]) {
        r.spec.template = bad;
        assert.ok(at(r, 'Rollout').includes('/spec/template type'), JSON.stringify(bad));
      }
      const job = { apiVersion: 'argoproj.io/v1alpha1', kind: 'AnalysisTemplate', metadata: { name: 'j' }, spec: { metrics: [{ name: 'smoke', provider: { job: { spec: { backoffLimit: 'x', template: { spec: { containers: [{ name: 't', image: 'curl:8' }], restartPolicy: 'Never' } } } } } }] } };
      assert.deepEqual(at(job, 'AnalysisTemplate'), ['/spec/metrics/0/provider/job/spec/backoffLimit type']);
      assert.deepEqual(unknownFields('AnalysisTemplate', job), []);
    });
    it('reports YAML errors and duplicate keys at their line, and keeps grading the other files', () => {
      const res = grade(withFiles({ [SERVICE]: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  name: b\nspec: [\n' }));
      const v = result(res, 'k8s.valid-objects');
      assert.ok(v.findings.some((f) => f.file === SERVICE && /not valid YAML/.test(f.message)));
      assert.equal(result(res, 'k8s.canary-steps').status, 'pass');
      const dup = result(grade(withFiles({ [PDB]: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: a\n  name: b\nspec: {maxUnavailable: 1, selector: {matchLabels: {app.kubernetes.io/name: churn-model}}}\n' })), 'k8s.valid-objects');
      assert.deepEqual(dup.findings.map((f) => [f.file, f.line]), [[PDB, 5]]);
    });
    it('reports an object defined twice across files', () => {
      const res = result(grade(withFiles({ [PDB]: `${text(solution(), PDB)}---\n${text(solution(), SERVICE)}` })), 'k8s.valid-objects');
      assert.match(only(res).message, /Service churn-model is defined twice \(first in k8s\/service\.yaml/);
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, string]> = [
      ['empty', ''],
      ['comments only', '# nothing yet\n'],
      ['binary', 'PK\u0003\u0004\u0000\u0000\u00ff\u00fe\u0000kind\u0000\u0001'],
      ['a list', '- apiVersion: v1\n- kind: Service\n'],
      ['a scalar', 'just words\n'],
      ['tabs', 'apiVersion: v1\nkind: Service\n\tspec: {}\n'],
      ['deep nesting', `spec: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
      ['deep block nesting', `spec:\n${Array.from({ length: 400 }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n')}\n`],
      ['alias bomb', `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`).join('\n')}\nkind: Rollout\n`],
      ['many documents', '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n'.repeat(300)],
      ['wrong types everywhere', 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: 7\nspec:\n  replicas: many\n  selector: []\n  template: {spec: {containers: {name: x}}}\n  strategy: {canary: {steps: {setWeight: 10}}}\n'],
    ];
    for (const [name, input] of cases) {
      it(`k8s/rollout.yaml ${name}: no throw, one result per check, a finding on a check that needs the Rollout`, () => {
        const results = grade(withFiles({ [ROLLOUT]: input }));
        assert.equal(result(results, 'k8s.canary-steps').status, 'fail');
      });
    }
    it('refuses a file over 128 KB with a clear finding, and reports missing and unreadable files', () => {
      const big = `# ${'x'.repeat(200)}\n`.repeat(1000);
      assert.match(only(result(grade(withFiles({ [ROLLOUT]: big })), 'k8s.valid-objects')).message, /too large to grade/);
      const miss = grade(withFiles({ [ROLLOUT]: { kind: 'missing' } }));
      assert.match(only(result(miss, 'k8s.valid-objects')).message, /^Create k8s\/rollout\.yaml/);
      assert.match(only(result(miss, 'k8s.canary-steps')).message, /^Create k8s\/rollout\.yaml/);
      const unr = grade(withFiles({ [SERVICE]: { kind: 'unreadable', reason: 'it is not UTF-8 text' } }));
      assert.match(only(result(unr, 'k8s.valid-objects')).message, /not UTF-8/);
    });
    it('grades CRLF files like LF files, with the same lines', () => {
      const crlf = (files: Files) => new Map([...files].map(([k, v]) => [k, v.kind === 'text' ? { kind: 'text' as const, text: v.text.replace(/\n/g, '\r\n') } : v]));
      assert.deepEqual(failing(grade(crlf(solution()))), []);
      const lf = grade(starter());
      const cr = grade(crlf(starter()));
      assert.deepEqual(cr.map((r) => lines(r)), lf.map((r) => lines(r)));
    });
  });

  describe('properties', () => {
    it('random texts never break the grader', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(ROLLOUT, SERVICE, PDB, ANALYSIS), (s, file) => {
          grade(withFiles({ [file]: s }));
        }),
        { numRuns: 150 },
      );
    });
    it('random line edits of the solution never break the grader', () => {
      const base = text(solution(), ROLLOUT).split('\n');
      fc.assert(
        fc.property(fc.array(fc.record({ at: fc.nat(), op: fc.constantFrom('delete', 'dup', 'indent', 'dedent') }), { minLength: 1, maxLength: 6 }), (muts) => {
          const ls = [...base];
          for (const m of muts) {
            const i = m.at % ls.length;
            if (m.op === 'delete' && ls.length > 1) ls.splice(i, 1);
            else if (m.op === 'dup') ls.splice(i, 0, ls[i]);
            else if (m.op === 'indent') ls[i] = `  ${ls[i]}`;
            else ls[i] = ls[i].replace(/^ {2}/, '');
          }
          const files = withFiles({ [ROLLOUT]: ls.join('\n') });
          assertWellFormed(gradeSafely(grader, files), files);
        }),
        { numRuns: 150 },
      );
    });
  });
});
