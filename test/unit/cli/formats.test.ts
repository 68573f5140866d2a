// `mlops-lab check --format …` and `--report …` on every lab's starter: the same grading in four formats.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli';
import { testPython } from '../labs/python/pythonForTests';
import { parseXml, sarifSchemaErrors } from '../labs/formats/formatHelpers';

const contentDir = join(__dirname, '..', '..', '..', '..', 'content');
const LABS = readdirSync(join(contentDir, 'labs')).filter((n) => existsSync(join(contentDir, 'labs', n, 'lab.yaml'))).sort();
process.env.MLOPS_LAB_CONTENT = contentDir;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

type JsonReport = { checks: Array<{ id: string; status: string; findings: Array<{ file: string; line: number }> }> };
type Sarif = { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }> }> }> };

describe('mlops-lab check --format and --report', () => {
  for (const lab of LABS) {
    it(`${lab}: the starter's grading in json, sarif, junit and github agrees, and the SARIF is schema-valid`, async function () {
      this.timeout(120_000); // the Python labs run their tests once
      const work = mkdtempSync(join(tmpdir(), 'mlops-formats-'));
      const dir = join(work, 'project');
      try {
        assert.equal((await cli('scaffold', lab, dir)).code, 0);
        const file = (f: string) => join(work, 'reports', f);
        const r = await cli('check', lab, dir, '--python', testPython, '--format', 'github',
          '--report', `sarif=${file('r.sarif')}`, '--report', `junit=${file('r.xml')}`, '--report', `json=${file('r.json')}`);
        assert.equal(r.code, 1, `the starter fails some checks\n${r.err}`);
        const json = JSON.parse(readFileSync(file('r.json'), 'utf8')) as JsonReport;
        const findings = json.checks.flatMap((c) => c.findings);
        assert.ok(findings.length > 0);

        const sarif = JSON.parse(readFileSync(file('r.sarif'), 'utf8')) as Sarif;
        assert.deepEqual(sarifSchemaErrors(sarif), []);
        assert.deepEqual(sarif.runs[0].tool.driver.rules.map((x) => x.id), json.checks.map((c) => c.id));
        assert.deepEqual(sarif.runs[0].results.map((x) => x.ruleId), json.checks.flatMap((c) => c.findings.map(() => c.id)));

        const junit = parseXml(readFileSync(file('r.xml'), 'utf8'));
        const cases = junit.children[0].children.filter((c) => c.name === 'testcase');
        assert.equal(cases.length, json.checks.length);
        assert.deepEqual(cases.map((c) => c.children.filter((f) => f.name === 'failure').length), json.checks.map((c) => c.findings.length));

        const lines = r.out.split('\n');
        assert.equal(lines.filter((l) => /^::(warning|notice) file=/.test(l)).length, findings.length);
        assert.match(lines[lines.length - 1], new RegExp(`^\\d+/${json.checks.length} checks pass \\(${lab}\\)$`));
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  }

  it('a missing file: SARIF names the artifact without a region, GitHub without a line; both stay valid', async () => {
    const work = mkdtempSync(join(tmpdir(), 'mlops-formats-'));
    try {
      const dir = join(work, 'empty');
      assert.equal((await cli('scaffold', 'containerize-model-server', join(work, 'unused'))).code, 0);
      mkdirSync(dir);
      const s = await cli('check', 'containerize-model-server', dir, '--format', 'sarif');
      assert.equal(s.code, 1);
      const sarif = JSON.parse(s.out) as Sarif;
      assert.deepEqual(sarifSchemaErrors(sarif), []);
      const onDockerfile = sarif.runs[0].results.filter((x) => x.locations[0].physicalLocation.artifactLocation.uri === 'Dockerfile');
      assert.ok(onDockerfile.length > 0);
      for (const x of onDockerfile) assert.equal(x.locations[0].physicalLocation.region, undefined);
      const g = await cli('check', 'containerize-model-server', dir, '--format', 'github');
      assert.ok(g.out.split('\n').some((l) => l.startsWith('::warning file=Dockerfile,title=')), g.out);
      assert.ok(!g.out.includes('file=Dockerfile,line='));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('--json is --format json; unknown formats and options are usage errors (exit 2)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'mlops-formats-'));
    try {
      const dir = join(work, 'p');
      await cli('scaffold', 'ci-for-ml', dir);
      const a = await cli('check', 'ci-for-ml', dir, '--json');
      const b = await cli('check', 'ci-for-ml', dir, '--format=json');
      assert.equal(a.code, 1);
      assert.equal(b.code, 1);
      assert.equal(a.out, b.out);
      assert.equal((await cli('check', 'ci-for-ml', dir, '--format', 'text')).out, (await cli('check', 'ci-for-ml', dir)).out);
      const bad = await cli('check', 'ci-for-ml', dir, '--format', 'yaml');
      assert.equal(bad.code, 2);
      assert.match(bad.err, /Unknown format "yaml": use one of json, sarif, junit, github, or text \(the default\)/);
      assert.equal((await cli('check', 'ci-for-ml', dir, '--format')).code, 2);
      assert.equal((await cli('check', 'ci-for-ml', dir, '--json', '--format', 'sarif')).code, 2);
      assert.equal((await cli('check', 'ci-for-ml', dir, '--report', 'sarif')).code, 2);
      assert.equal((await cli('check', 'ci-for-ml', dir, '--report', 'xml=out.xml')).code, 2);
      assert.equal((await cli('check', 'ci-for-ml', dir, '--watch', '--format', 'github')).code, 2);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('--relative-to puts the lab folder\'s path in front of every file, as a repository root needs', async () => {
    const work = mkdtempSync(join(tmpdir(), 'mlops-formats-'));
    try {
      const dir = join(work, 'labs', 'docker lab');
      await cli('scaffold', 'containerize-model-server', dir);
      const s = await cli('check', 'containerize-model-server', dir, '--format', 'sarif', '--relative-to', work);
      const sarif = JSON.parse(s.out) as Sarif & { runs: Array<{ originalUriBaseIds: Record<string, { uri: string }> }> };
      assert.deepEqual(sarifSchemaErrors(sarif), []);
      assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'labs/docker%20lab/Dockerfile');
      assert.equal(Object.values(sarif.runs[0].originalUriBaseIds)[0].uri, `file://${work.replace(/ /g, '%20')}/`);
      const g = await cli('check', 'containerize-model-server', dir, '--format', 'github', '--relative-to', work);
      assert.match(g.out, /^::warning file=labs\/docker lab\/Dockerfile,line=1,/m);
      const outside = await cli('check', 'containerize-model-server', dir, '--format', 'github', '--relative-to', join(work, 'elsewhere'));
      assert.equal(outside.code, 2);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
