import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { diskSource } from '../../../src/course/diskSource';
import { findExamples } from '../../../src/course/examples';
import { loadCourse } from '../../../src/course/load';
import { checkLessonExamples, EXAMPLE_LABS } from '../../../src/labs/lessonExamples';
import { renderMarkdown } from '../../../src/lessons/render';

const contentDir = join(__dirname, '..', '..', '..', '..', 'content');

const ROOT_DOCKERFILE = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY serve.py .\nCMD ["python", "serve.py"]\n';
/** A lesson body whose Example section holds `fence` (a whole fenced block) and `after` (the next paragraph). */
const body = (fence: string, after = 'Build it with `docker build`.') => `## The idea\n\nx\n\n## Example\n\n${fence}\n${after}\n`;
const fenced = (info: string, code: string) => `\`\`\`${info}\n${code}\`\`\`\n`;
const check = (b: string) => checkLessonExamples('lessons/t.md', b, 5);

describe('lesson examples graded by the labs', () => {
  it('every Dockerfile, workflow and dvc.yaml example in the lessons passes its lab\'s general checks, or says what it omits', async () => {
    const course = await loadCourse(diskSource(contentDir));
    const kinds = new Set<string>();
    const problems: string[] = [];
    for (const l of course.lessons.values()) {
      const r = checkLessonExamples(l.file, l.body, l.bodyLine);
      problems.push(...r.problems.map((p) => `${p.file}:${p.line}: ${p.message}`));
      for (const g of r.graded) {
        kinds.add(g.example.kind);
        assert.ok(g.results.length > 0, `${l.file}:${g.example.line} was graded by ${g.labId}`);
      }
    }
    assert.deepEqual(problems, []);
    // The course has at least one example of each kind (the Docker, CI/CD and lifecycle lessons).
    assert.deepEqual([...kinds].sort(), ['dockerfile', 'dvc', 'workflow']);
  });

  it('the Docker, CI and lifecycle lessons\' examples are graded by the matching labs', async () => {
    const course = await loadCourse(diskSource(contentDir));
    const labOf = (id: string) => {
      const l = course.lessons.get(id)!;
      return checkLessonExamples(l.file, l.body, l.bodyLine).graded.map((g) => g.labId);
    };
    assert.deepEqual(labOf('containerization'), [EXAMPLE_LABS.dockerfile]);
    assert.deepEqual(labOf('ci-cd-for-ml'), [EXAMPLE_LABS.workflow]);
    assert.deepEqual(labOf('mlops-lifecycle-stages'), [EXAMPLE_LABS.dvc]);
  });

  it('a Dockerfile that runs as root fails docker.non-root-user, reported at the lesson line of the fence', () => {
    const r = check(body(fenced('dockerfile', ROOT_DOCKERFILE)));
    assert.equal(r.graded.length, 1);
    assert.deepEqual(r.graded[0].failingGeneral, ['docker.non-root-user']);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].line, 5 + 6 + 1); // the fence is on body line 6 (0-based); the finding on Dockerfile line 1
    assert.match(r.problems[0].message, /fails docker\.non-root-user .*omits=docker\.non-root-user/);
  });

  it('omits= plus an omission said in words accepts the failing check', () => {
    const r = check(body(fenced('dockerfile omits=docker.non-root-user', ROOT_DOCKERFILE), 'The non-root `USER` is omitted here to keep the example short.'));
    assert.deepEqual(r.problems, []);
  });

  it('omits= without words after the block, of a passed check, of a lab-only or unknown check, is a problem', () => {
    const silent = check(body(fenced('dockerfile omits=docker.non-root-user', ROOT_DOCKERFILE), 'Build it.'));
    assert.equal(silent.problems.length, 1);
    assert.match(silent.problems[0].message, /say so in words/);
    const stale = check(body(fenced('dockerfile omits=docker.non-root-user,docker.pinned-base', ROOT_DOCKERFILE), 'USER is omitted.'));
    assert.deepEqual(stale.problems.map((p) => p.message.replace(/:.*/, '')), ['omits=docker.pinned-base']);
    assert.match(stale.problems[0].message, /passes this check/);
    const labOnly = check(body(fenced('dockerfile omits=docker.non-root-user,docker.healthcheck', ROOT_DOCKERFILE), 'USER is omitted.'));
    assert.match(labOnly.problems.map((p) => p.message).join('\n'), /omits=docker\.healthcheck: a lab-only check/);
    const unknown = check(body(fenced('dockerfile omits=docker.non-root-user,docker.no-such', ROOT_DOCKERFILE), 'USER is omitted.'));
    assert.match(unknown.problems.map((p) => p.message).join('\n'), /omits=docker\.no-such: lab containerize-model-server has no such check/);
  });

  it('readers see only the fence language, never file=, omits= or fragment', () => {
    const html = renderMarkdown(`${fenced('yaml file=dvc.yaml', 'stages: {}\n')}\n${fenced('dockerfile omits=docker.non-root-user', 'FROM x\n')}\n${fenced('dockerfile fragment', 'RUN x\n')}`);
    assert.deepEqual([...html.matchAll(/class="([^"]*)"/g)].map((m) => m[1]), ['language-yaml', 'language-dockerfile', 'language-dockerfile']);
    assert.doesNotMatch(html, /file=|omits=|fragment/);
  });

  it('a fragment is skipped explicitly, not graded', () => {
    const scan = findExamples(body(fenced('dockerfile fragment', 'RUN pip install --no-cache-dir -r requirements.txt\n')), 5, 'lessons/t.md');
    assert.deepEqual(scan.examples, []);
    assert.deepEqual(scan.fragments, [{ line: 11, lang: 'dockerfile' }]);
    assert.deepEqual(scan.problems, []);
  });

  it('a YAML block that looks like a whole workflow or dvc.yaml must say which it is', () => {
    const wf = findExamples(body(fenced('yaml', 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n')), 5, 'lessons/t.md');
    assert.match(wf.problems[0].message, /looks like a whole GitHub workflow: add file=\.github\/workflows/);
    const dvc = findExamples(body(fenced('yaml', 'stages:\n  train:\n    cmd: python train.py\n')), 5, 'lessons/t.md');
    assert.match(dvc.problems[0].message, /looks like a whole dvc\.yaml/);
    const other = findExamples(body(fenced('yaml', 'apiVersion: v1\nkind: Service\n')), 5, 'lessons/t.md');
    assert.deepEqual([other.examples, other.problems], [[], []]);
  });

  it('a marked workflow is graded as the CI lab\'s workflow; a bad marker is a problem', () => {
    const wf = 'name: ci\non:\n  push:\n    branches: [main]\n  pull_request:\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.12"\n      - run: pip install -r requirements.txt\n      - run: pytest\n';
    const ok = check(body(fenced('yaml file=.github/workflows/ci.yml', wf)));
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.graded[0].labId, 'ci-for-ml');
    const noPerms = check(body(fenced('yaml file=.github/workflows/ci.yml', wf.replace('permissions:\n  contents: read\n', ''))));
    assert.match(noPerms.problems[0].message, /fails ci\.permissions/);
    const bad = findExamples(body(fenced('yaml file=k8s/deploy.yaml colour=red', 'a: 1\n')), 5, 'lessons/t.md');
    assert.deepEqual(bad.problems.map((p) => p.message.slice(0, 30)), ['unknown word "colour=red" afte', 'file=k8s/deploy.yaml is not a ']);
  });

  it('a dvc.yaml example is graded with stand-ins for params.yaml, .gitignore and scripts it does not show', () => {
    const dvc = 'stages:\n  train:\n    cmd: python src/train.py\n    deps: [src/train.py, data/clean]\n    params: [train.epochs]\n    outs: [models/model.pkl]\n';
    assert.deepEqual(check(body(fenced('yaml file=dvc.yaml', dvc))).problems, []);
    const undeclared = check(body(fenced('yaml file=dvc.yaml', dvc.replace('deps: [src/train.py, data/clean]', 'deps: [data/clean]'))));
    assert.match(undeclared.problems.map((p) => p.message).join('\n'), /fails dvc\.script-deps/);
  });
});
