// The checks of the CI lab, each over the parsed workflow model.
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Finding, TextFix } from '../types';
import type { CheckId } from './definitions';
import { type Job, type Step, type Workflow, deref, getMap, getNode, getPair, getText, rangeOf, scalarText } from './parse';
import { insertBeforeKeyFix, replaceFix, withFix } from './positions';
import * as sh from './shell';

type Check = (wf: Workflow) => Finding[];

/** Current major versions of common actions; older majors are flagged. */
export const CURRENT_MAJOR: Readonly<Record<string, number>> = {
  'actions/checkout': 4,
  'actions/setup-python': 5,
  'actions/cache': 4,
  'actions/upload-artifact': 4,
  'docker/login-action': 3,
  'docker/build-push-action': 6,
  'docker/setup-buildx-action': 3,
};

const SHA_EXPR = /github\.sha|GITHUB_SHA/;

// ---------- helpers ----------

function actionName(s: Step): string {
  const v = s.usesValue;
  const at = v.indexOf('@');
  return (at >= 0 ? v.slice(0, at) : v).toLowerCase();
}

function usesAction(s: Step, name: string): boolean {
  return actionName(s) === name;
}

function allSteps(wf: Workflow): Step[] {
  return wf.jobs.flatMap((j) => j.steps);
}

/** Where to point when something is missing from the whole workflow. */
function anchor(wf: Workflow): unknown {
  if (wf.jobsKey) return wf.jobsKey;
  const first = wf.root.items[0];
  return isPair(first) ? first.key : undefined;
}

function missing(wf: Workflow, message: string): Finding {
  return wf.pos.nodeFinding(anchor(wf), message);
}

function stepNode(s: Step): unknown {
  return s.uses ?? s.run ?? getPair(s.node, 'name')?.key ?? s.node;
}

function stepLabel(wf: Workflow, s: Step): string {
  const name = getText(wf.doc, s.node, 'name');
  return name ? `step "${name}"` : `step ${s.index + 1} of job \`${s.job.id}\``;
}

/** Transitive `needs` of a job (cycle-safe). */
function ancestors(wf: Workflow, job: Job): Set<string> {
  const seen = new Set<string>();
  const stack = [...job.needs];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const j = wf.byId.get(id);
    if (j) stack.push(...j.needs);
  }
  return seen;
}

const isLint = (s: Step) => sh.runsLinter(s.runText) || /ruff-action|flake8/.test(actionName(s));
const isTest = (s: Step) => sh.runsTests(s.runText);
const isTrain = (s: Step) => sh.runsTraining(s.runText);
const isValidate = (s: Step) => sh.runsDataValidation(s.runText);
const isGate = (s: Step) => sh.runsQualityGate(s.runText);
const isBuild = (s: Step) => usesAction(s, 'docker/build-push-action') || sh.runsDockerBuild(s.runText);

type Role = 'lint' | 'test' | 'train' | 'build';
const ROLE_TESTS: Record<Role, (s: Step) => boolean> = { lint: isLint, test: isTest, train: isTrain, build: isBuild };
const ROLE_NAMES: Record<Role, string> = {
  lint: 'the linter',
  test: 'the unit tests',
  train: 'training',
  build: 'the image build',
};

function rolesOf(job: Job): Role[] {
  return (Object.keys(ROLE_TESTS) as Role[]).filter((r) => job.steps.some(ROLE_TESTS[r]));
}

/** The job playing a role: the first one, preferring jobs that do only that. */
function roleJob(wf: Workflow, role: Role): Job | undefined {
  const cands = wf.jobs.filter((j) => j.steps.some(ROLE_TESTS[role]));
  const dedicated = cands.find((j) => rolesOf(j).length === 1);
  return dedicated ?? cands[0];
}

function trainStep(wf: Workflow): Step | undefined {
  return roleJob(wf, 'train')?.steps.find(isTrain);
}

/** Insert `key: value` text after a single-line value, as a sibling key at `keyNode`'s column. */
function insertAfterValueFix(wf: Workflow, keyNode: unknown, valueNode: unknown, keyText: string, title: string): TextFix | undefined {
  const k = rangeOf(keyNode);
  const v = rangeOf(valueNode);
  if (!k || !v) return undefined;
  const a = wf.pos.lineCol(k[0]);
  const b = wf.pos.lineCol(v[1]);
  if (a.line !== b.line) return undefined;
  const lineStart = k[0] - (a.col - 1);
  if (!/^[ -]*$/.test(wf.pos.text.slice(lineStart, k[0]))) return undefined;
  const indent = ' '.repeat(a.col - 1);
  const body = keyText
    .split('\n')
    .map((l) => indent + l)
    .join('\n');
  return replaceFix(wf.pos, v[1], v[1], `\n${body}`, title);
}

function firstKey(map: unknown): unknown {
  if (!isMap(map) || map.flow) return undefined;
  const first = map.items[0];
  return isPair(first) ? first.key : undefined;
}

function isMainCondition(expr: string): boolean {
  if (/!=|\|\|/.test(expr)) return false;
  return (/github\.ref\b/.test(expr) && /refs\/heads\/main\b/.test(expr)) || (/github\.ref_name/.test(expr) && /'main'|"main"/.test(expr));
}

function listText(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// ---------- checks ----------

const triggers: Check = (wf) => {
  const pair = getPair(wf.root, 'on');
  const fixText = 'on:\n  push:\n    branches: [main]\n  pull_request:\n    branches: [main]';
  if (!pair) {
    const first = wf.root.items[0];
    return [
      withFix(
        missing(wf, 'The workflow has no `on:` block, so nothing starts it. Add `on:` with `pull_request` and `push` to main.'),
        insertBeforeKeyFix(wf.pos, isPair(first) ? first.key : undefined, fixText, 'Run on pull requests and pushes to main'),
      ),
    ];
  }
  const on = deref(wf.doc, pair.value);
  const events = new Map<string, unknown>();
  if (isScalar(on)) events.set(scalarText(on), undefined);
  else if (isSeq(on)) for (const it of on.items) events.set(scalarText(deref(wf.doc, it)), undefined);
  else if (isMap(on)) for (const it of on.items) if (isPair(it) && isScalar(it.key)) events.set(String(it.key.value), deref(wf.doc, it.value));

  // A mechanical fix when `on:` is a single event or a list: rewrite it as a mapping.
  let fix: TextFix | undefined;
  const kr = rangeOf(pair.key);
  const vr = rangeOf(on);
  if (!isMap(on) && kr && vr && wf.pos.lineCol(kr[0]).col === 1) {
    const others = [...events.keys()].filter((e) => e && e !== 'push' && e !== 'pull_request').map((e) => `\n  ${e}:`);
    fix = replaceFix(wf.pos, kr[0], vr[1], fixText + others.join(''), 'Run on pull requests and pushes to main');
  }

  const out: Finding[] = [];
  const branchList = (cfg: unknown, key: string): string[] | undefined => {
    if (!isMap(cfg)) return undefined;
    const n = getNode(wf.doc, cfg, key);
    if (n === undefined) return undefined;
    if (isSeq(n)) return n.items.map((i) => scalarText(deref(wf.doc, i)));
    return [scalarText(n)];
  };
  const coversMain = (cfg: unknown): boolean => {
    const inc = branchList(cfg, 'branches');
    const exc = branchList(cfg, 'branches-ignore');
    if (exc && exc.some((b) => b === 'main' || b === '*' || b === '**')) return false;
    return !inc || inc.some((b) => b === 'main' || b === '*' || b === '**');
  };
  const where = (event: string): unknown => {
    if (isMap(on)) {
      const p = getPair(on, event);
      return p ? p.key : pair.key;
    }
    return on ?? pair.key;
  };
  if (!events.has('pull_request')) {
    out.push(
      withFix(
        wf.pos.nodeFinding(
          pair.key,
          events.has('pull_request_target')
            ? '`pull_request_target` runs with write access and secrets on code from forks; use `pull_request` to test pull requests.'
            : 'The workflow does not run on pull requests, so changes are only tested after they land. Add a `pull_request` trigger.',
        ),
        fix,
      ),
    );
  } else if (!coversMain(events.get('pull_request'))) {
    out.push(wf.pos.nodeFinding(where('pull_request'), 'The `pull_request` trigger does not include pull requests into `main`. Add `main` to its `branches`.'));
  }
  if (!events.has('push')) {
    out.push(withFix(wf.pos.nodeFinding(pair.key, 'The workflow does not run on pushes to `main`. Add a `push` trigger for the main branch.'), out.length ? undefined : fix));
  } else if (!coversMain(events.get('push'))) {
    out.push(wf.pos.nodeFinding(where('push'), 'The `push` trigger excludes `main`. List `main` under `branches:`.'));
  } else if (!branchList(events.get('push'), 'branches')) {
    out.push(
      withFix(
        wf.pos.nodeFinding(where('push'), 'The `push` trigger runs on every branch, and with `pull_request` each PR commit runs twice. Limit `push` to `branches: [main]`.'),
        out.length ? undefined : fix,
      ),
    );
  }
  return out;
};

const permissions: Check = (wf) => {
  const out: Finding[] = [];
  const pair = getPair(wf.root, 'permissions');
  const readFix = (node: unknown): TextFix | undefined => {
    const r = rangeOf(node);
    return r ? replaceFix(wf.pos, r[0], r[1], '{ contents: read }', 'Allow only reading the repository') : undefined;
  };
  if (!pair) {
    out.push(
      withFix(
        missing(wf, 'No top-level `permissions:`: every job gets the default token, which may write to the repository. Add `permissions:` with `contents: read`.'),
        insertBeforeKeyFix(wf.pos, wf.jobsKey, 'permissions:\n  contents: read', 'Add read-only permissions'),
      ),
    );
  } else {
    const v = deref(wf.doc, pair.value);
    if (isScalar(v)) {
      const t = scalarText(v);
      if (t === 'write-all')
        out.push(withFix(wf.pos.nodeFinding(v, '`write-all` gives every job write access to everything. Use `contents: read` here and grant more per job.'), readFix(v)));
      else if (t === 'read-all')
        out.push(withFix(wf.pos.nodeFinding(v, '`read-all` is broader than this workflow needs. List only `contents: read`.'), readFix(v)));
    } else if (isMap(v)) {
      for (const it of v.items) {
        if (!isPair(it) || scalarText(deref(wf.doc, it.value)) !== 'write') continue;
        const r = rangeOf(it.value);
        out.push(
          withFix(
            wf.pos.nodeFinding(
              it.value,
              `Top-level \`${scalarText(it.key)}: write\` applies to every job. Keep the top level read-only and grant write only in the job that needs it.`,
            ),
            r ? replaceFix(wf.pos, r[0], r[1], 'read', 'Make it read-only') : undefined,
          ),
        );
      }
    }
  }
  for (const job of wf.jobs) {
    const jp = deref(wf.doc, getNode(wf.doc, job.node, 'permissions'));
    if (isScalar(jp) && scalarText(jp) === 'write-all') {
      out.push(wf.pos.nodeFinding(jp, `Job \`${job.id}\` asks for \`write-all\`. List only the scopes it needs, e.g. \`contents: read\` and \`packages: write\`.`));
    }
    // Pushing to ghcr.io with the workflow token needs packages: write on that job.
    const ghcr = job.steps.find(
      (s) =>
        (usesAction(s, 'docker/login-action') && /ghcr\.io/.test(getText(wf.doc, s.with, 'registry'))) ||
        sh.scriptLines(s.runText).some((w) => w[0] === 'docker' && w.includes('login') && w.some((x) => /ghcr\.io/.test(x))),
    );
    if (ghcr && pair) {
      const granted = isMap(jp) && getText(wf.doc, jp, 'packages') === 'write';
      const topGranted = isMap(deref(wf.doc, pair.value)) && getText(wf.doc, getMap(wf.doc, wf.root, 'permissions'), 'packages') === 'write';
      if (!granted && !topGranted) {
        out.push(
          withFix(
            wf.pos.nodeFinding(job.key, `Job \`${job.id}\` logs in to ghcr.io with the workflow token but does not declare \`packages: write\`, so the push will be refused. Add job-level permissions.`),
            jp === undefined ? insertBeforeKeyFix(wf.pos, firstKey(job.node), 'permissions:\n  contents: read\n  packages: write', 'Grant this job packages: write') : undefined,
          ),
        );
      }
    }
  }
  return out;
};

const pinnedActions: Check = (wf) => {
  const out: Finding[] = [];
  const usesNodes: Array<{ node: unknown; value: string }> = [];
  for (const job of wf.jobs) {
    const ju = getNode(wf.doc, job.node, 'uses');
    if (isScalar(ju)) usesNodes.push({ node: ju, value: scalarText(ju).trim() });
    for (const s of job.steps) if (s.uses) usesNodes.push({ node: s.uses, value: s.usesValue });
  }
  for (const { node, value } of usesNodes) {
    if (!value || value.startsWith('./') || value.startsWith('docker://')) continue;
    const r = rangeOf(node);
    const src = r ? wf.pos.text.slice(r[0], r[1]) : '';
    const at = value.lastIndexOf('@');
    const name = (at >= 0 ? value.slice(0, at) : value).toLowerCase();
    const current = CURRENT_MAJOR[name];
    if (at < 0) {
      const i = src.indexOf(value);
      const fix =
        current && r && i >= 0
          ? replaceFix(wf.pos, r[0] + i + value.length, r[0] + i + value.length, `@v${current}`, `Pin to @v${current}`)
          : undefined;
      out.push(withFix(wf.pos.nodeFinding(node, `\`${value}\` has no version, so it runs whatever the default branch holds today. Add \`@<tag>\` or \`@<commit-sha>\`.`), fix));
      continue;
    }
    const ref = value.slice(at + 1);
    const i = src.lastIndexOf(`@${ref}`);
    const refFix = (title: string) =>
      current && r && i >= 0 ? replaceFix(wf.pos, r[0] + i + 1, r[0] + i + 1 + ref.length, `v${current}`, title) : undefined;
    const refFinding = (msg: string, title: string) => {
      const f = r && i >= 0 ? wf.pos.offsetFinding(r[0] + i + 1, r[0] + i + 1 + ref.length, msg) : wf.pos.nodeFinding(node, msg);
      return withFix(f, refFix(title));
    };
    if (/^[0-9a-f]{40}$/i.test(ref)) continue;
    const m = /^v?(\d+)(\.\d+){0,2}$/.exec(ref);
    if (!m) {
      out.push(
        refFinding(
          `\`@${ref}\` is a branch (or not a release), so \`${name}\` can change under you. Pin it to a release tag${current ? ` such as \`@v${current}\`` : ''} or a commit SHA.`,
          `Pin to @v${current}`,
        ),
      );
      continue;
    }
    const major = Number(m[1]);
    if (current && major < current) {
      out.push(refFinding(`\`${name}@${ref}\` is an old major version (current: v${current}); old majors run on retired Node versions. Upgrade to \`@v${current}\`.`, `Upgrade to @v${current}`));
    }
  }
  return out;
};

const pythonSetup: Check = (wf) => {
  const out: Finding[] = [];
  const setups = allSteps(wf).filter((s) => usesAction(s, 'actions/setup-python'));
  if (setups.length === 0) {
    return [missing(wf, 'No step uses `actions/setup-python`, so jobs run whatever Python the runner image has. Set up Python with a fixed `python-version` and `cache: pip`.')];
  }
  for (const s of setups) {
    const w = s.with;
    const pv = getText(wf.doc, w, 'python-version') || getText(wf.doc, w, 'python-version-file');
    const cachePair = getPair(w, 'cache');
    const cache = getText(wf.doc, w, 'cache');
    const wantLines: string[] = [];
    if (!pv) wantLines.push('python-version: "3.11"');
    if (!cachePair) wantLines.push('cache: pip');
    if (wantLines.length > 0) {
      const what = [!pv ? '`python-version`' : '', !cachePair ? '`cache: pip`' : ''].filter(Boolean).join(' and ');
      let fix: TextFix | undefined;
      if (!w && !getPair(s.node, 'with')) {
        fix = insertAfterValueFix(wf, getPair(s.node, 'uses')?.key, s.uses, `with:\n  ${wantLines.join('\n  ')}`, 'Set the Python version and pip cache');
      } else if (w) {
        fix = insertBeforeKeyFix(wf.pos, firstKey(w), wantLines.join('\n'), 'Set the Python version and pip cache');
      }
      out.push(withFix(wf.pos.nodeFinding(s.uses, `This setup-python step has no ${what}. Pin the version your project uses and cache pip downloads.`), fix));
    }
    if (cachePair && cache !== 'pip') {
      const r = rangeOf(cachePair.value);
      out.push(
        withFix(
          wf.pos.nodeFinding(cachePair.value ?? cachePair.key, `\`cache: ${cache}\` does not cache pip downloads. This project installs with pip: use \`cache: pip\`.`),
          r ? replaceFix(wf.pos, r[0], r[1], 'pip', 'Use cache: pip') : undefined,
        ),
      );
    }
  }
  for (const job of wf.jobs) {
    if (job.steps.some((s) => usesAction(s, 'actions/setup-python'))) continue;
    if (job.steps.some((s) => sh.runsPython(s.runText))) {
      out.push(wf.pos.nodeFinding(job.key, `Job \`${job.id}\` runs Python but never sets it up: each job is a fresh machine. Add an \`actions/setup-python\` step to it.`));
    }
  }
  return out;
};

const lintJob: Check = (wf) =>
  allSteps(wf).some(isLint)
    ? []
    : [missing(wf, 'No job runs a linter. Add a `lint` job that runs `ruff check .` (or flake8/pylint/`black --check`).')];

const unitTestJob: Check = (wf) =>
  allSteps(wf).some(isTest) ? [] : [missing(wf, 'No job runs the unit tests in `tests/`. Add a `test` job that runs `pytest`.')];

const noTraining = (wf: Workflow) =>
  missing(wf, 'No step trains the model (e.g. `python src/train.py`), so this cannot be checked yet. Add a `train` job.');

const dataValidation: Check = (wf) => {
  const ts = trainStep(wf);
  if (!ts) return [noTraining(wf)];
  const before = ancestors(wf, ts.job);
  const validations = allSteps(wf).filter(isValidate);
  const ok = validations.some((v) => (v.job === ts.job && v.index < ts.index) || before.has(v.job.id));
  if (ok) return [];
  if (validations.length === 0) {
    return [
      wf.pos.nodeFinding(
        stepNode(ts),
        'Training runs on data nobody checked. Add a step before it that validates the data, e.g. `python scripts/validate_data.py data/sample.csv`.',
      ),
    ];
  }
  return validations.map((v) =>
    wf.pos.nodeFinding(
      stepNode(v),
      v.job === ts.job
        ? 'This data validation runs after training, when the model is already fit on the data. Move it before the training step.'
        : `This data validation is in job \`${v.job.id}\`, which the training job \`${ts.job.id}\` does not wait for. Add it to \`needs:\` of \`${ts.job.id}\` or move the step before training.`,
    ),
  );
};

const qualityGate: Check = (wf) => {
  const ts = trainStep(wf);
  if (!ts) return [noTraining(wf)];
  const gates = allSteps(wf).filter(isGate);
  if (gates.length === 0) {
    return [
      wf.pos.nodeFinding(
        stepNode(ts),
        'Nothing checks the trained model before it ships. After training, add a step that fails below a threshold, e.g. `python scripts/check_metrics.py --min-accuracy 0.85`.',
      ),
    ];
  }
  const build = roleJob(wf, 'build');
  const problems: Finding[] = [];
  for (const g of gates) {
    const after = (g.job === ts.job && g.index > ts.index) || ancestors(wf, g.job).has(ts.job.id);
    let msg: string | undefined;
    const coe = getNode(wf.doc, g.node, 'continue-on-error');
    if (!after) msg = `This quality gate does not run after training (job \`${ts.job.id}\`), so it checks no new model. Run it after the training step.`;
    else if (isScalar(coe) && (coe.value === true || scalarText(coe) === 'true'))
      msg = '`continue-on-error: true` lets the pipeline continue when the gate fails, so it gates nothing. Remove it.';
    else if (sh.swallowsFailure(g.runText)) msg = '`|| true` turns a failed gate into a success. Remove it so a weak model fails the run.';
    else if (build && g.job !== ts.job && build !== g.job && !ancestors(wf, build).has(g.job.id))
      msg = `The image build job \`${build.id}\` does not wait for this gate in job \`${g.job.id}\`. Add \`${g.job.id}\` to its \`needs:\`.`;
    else if (build && build === g.job) {
      const bi = g.job.steps.find(isBuild)?.index ?? Infinity;
      if (bi < g.index) msg = 'The image is built before this gate runs. Move the gate before the build step.';
    }
    if (!msg) return [];
    problems.push(wf.pos.nodeFinding(stepNode(g), msg));
  }
  return problems;
};

const jobOrder: Check = (wf) => {
  const out: Finding[] = [];
  const roles: Role[] = ['lint', 'test', 'train', 'build'];
  const jobs = roles.map((r) => roleJob(wf, r));
  roles.forEach((r, i) => {
    if (!jobs[i]) out.push(missing(wf, `No job runs ${ROLE_NAMES[r]}, so the chain lint → test → train → build-image is incomplete.`));
  });
  const reported = new Set<string>();
  roles.forEach((_, i) => {
    const j = jobs[i];
    if (!j || reported.has(j.id)) return;
    const shared = roles.filter((__, k) => jobs[k] === j);
    if (shared.length > 1) {
      reported.add(j.id);
      out.push(
        wf.pos.nodeFinding(
          j.key,
          `Job \`${j.id}\` runs ${listText(shared.map((r) => ROLE_NAMES[r]))} in one job. Split them into separate jobs chained with \`needs:\` so a cheap failure stops the expensive stages.`,
        ),
      );
    }
  });
  for (let i = 1; i < roles.length; i++) {
    const prev = jobs[i - 1];
    const cur = jobs[i];
    if (!prev || !cur || prev === cur) continue;
    if (ancestors(wf, cur).has(prev.id)) continue;
    const target = cur.needsNode ?? cur.key;
    const fix = cur.needsNode === undefined ? insertBeforeKeyFix(wf.pos, firstKey(cur.node), `needs: ${prev.id}`, `Make ${cur.id} wait for ${prev.id}`) : undefined;
    out.push(
      withFix(
        wf.pos.nodeFinding(target, `Job \`${cur.id}\` (${ROLE_NAMES[roles[i]!]}) does not wait for \`${prev.id}\` (${ROLE_NAMES[roles[i - 1]!]}). Add \`${prev.id}\` to its \`needs:\`.`),
        fix,
      ),
    );
  }
  return out;
};

/** Steps that push an image, and the node whose value decides it. */
function pushSteps(wf: Workflow): Array<{ step: Step; pushNode?: unknown }> {
  const out: Array<{ step: Step; pushNode?: unknown }> = [];
  for (const s of allSteps(wf)) {
    if (usesAction(s, 'docker/build-push-action')) {
      const p = getPair(s.with, 'push');
      const v = deref(wf.doc, p?.value);
      const t = scalarText(v);
      if (p && t !== '' && t !== 'false') out.push({ step: s, pushNode: v });
    } else if (sh.runsDockerPush(s.runText)) out.push({ step: s });
  }
  return out;
}

const pushOnlyMain: Check = (wf) => {
  const pushes = pushSteps(wf);
  if (pushes.length === 0) {
    const b = allSteps(wf).find(isBuild);
    return [
      b
        ? wf.pos.nodeFinding(stepNode(b), 'The image is built but never pushed, so nothing can deploy it. Push it (only from main), e.g. `push: ${{ github.ref == \'refs/heads/main\' }}`.')
        : missing(wf, 'No step builds and pushes the Docker image. Add a build-image job (e.g. docker/build-push-action) that pushes only from main.'),
    ];
  }
  const out: Finding[] = [];
  for (const { step, pushNode } of pushes) {
    const expr = scalarText(pushNode);
    if (isMainCondition(step.ifText) || isMainCondition(step.job.ifText) || (pushNode !== undefined && isMainCondition(expr))) continue;
    if (pushNode !== undefined) {
      const r = rangeOf(pushNode);
      out.push(
        withFix(
          wf.pos.nodeFinding(pushNode, `\`push: ${expr}\` pushes from every branch and pull request. Push only when the ref is main.`),
          r ? replaceFix(wf.pos, r[0], r[1], "${{ github.ref == 'refs/heads/main' }}", 'Push only from main') : undefined,
        ),
      );
    } else {
      const fk = firstKey(step.node);
      const msg = '`docker push` runs on every branch and pull request. Add `if: github.ref == \'refs/heads/main\'` to this step.';
      const r = rangeOf(step.run);
      const m = r ? /docker\s+(buildx\s+build\b[^\n]*--push|push)\b/.exec(wf.pos.text.slice(r[0], r[1])) : null;
      out.push(
        withFix(
          r && m ? wf.pos.offsetFinding(r[0] + m.index, r[0] + m.index + m[0].length, msg) : wf.pos.nodeFinding(stepNode(step), msg),
          fk ? insertBeforeKeyFix(wf.pos, fk, "if: github.ref == 'refs/heads/main'", 'Push only from main') : undefined,
        ),
      );
    }
  }
  return out;
};

const SECRET_KEY = /password|passwd|token|secret|api[_-]?key|access[_-]?key/i;

const registrySecrets: Check = (wf) => {
  const out: Finding[] = [];
  const scanMap = (map: unknown, where: string) => {
    if (!isMap(map)) return;
    for (const it of map.items) {
      if (!isPair(it) || !isScalar(it.key)) continue;
      const key = String(it.key.value);
      if (!SECRET_KEY.test(key)) continue;
      const v = deref(wf.doc, it.value);
      const t = scalarText(v).trim();
      if (!isScalar(v) || t === '' || t.includes('${{')) continue;
      const r = rangeOf(v);
      const secret = /^pass(word|wd)$/i.test(key) ? 'REGISTRY_PASSWORD' : key.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
      out.push(
        withFix(
          wf.pos.nodeFinding(v, `\`${key}\` in ${where} is written in plain text: anyone who can read the repository can use it. Store it as a secret and use \`\${{ secrets.${secret} }}\`.`),
          r ? replaceFix(wf.pos, r[0], r[1], `\${{ secrets.${secret} }}`, 'Read it from a secret') : undefined,
        ),
      );
    }
  };
  scanMap(getNode(wf.doc, wf.root, 'env'), 'the workflow `env:`');
  for (const job of wf.jobs) {
    scanMap(getNode(wf.doc, job.node, 'env'), `job \`${job.id}\` \`env:\``);
    for (const s of job.steps) {
      scanMap(s.with, `the \`with:\` of ${stepLabel(wf, s)}`);
      scanMap(s.env, `the \`env:\` of ${stepLabel(wf, s)}`);
      if (usesAction(s, 'docker/login-action')) {
        const pw = getPair(s.with, 'password');
        if (!pw) out.push(wf.pos.nodeFinding(s.uses, 'This login step has no `password:`. Pass the registry token from a secret, e.g. `${{ secrets.GITHUB_TOKEN }}`.'));
      }
      for (const lit of sh.literalDockerPasswords(s.runText)) {
        const r = rangeOf(s.run);
        const src = r ? wf.pos.text.slice(r[0], r[1]) : '';
        const i = src.indexOf(lit);
        const msg = '`docker login` is given a literal password. Use a secret piped to `--password-stdin`, or docker/login-action with `password: ${{ secrets.… }}`.';
        out.push(r && i >= 0 ? wf.pos.offsetFinding(r[0] + i, r[0] + i + lit.length, msg) : wf.pos.nodeFinding(s.run, msg));
      }
    }
  }
  return out;
};

const imageTagSha: Check = (wf) => {
  const builds = allSteps(wf).filter(isBuild);
  if (builds.length === 0) return [missing(wf, 'No step builds the Docker image, so there is no tag to check. Add a build-image job.')];
  const out: Finding[] = [];
  for (const b of builds) {
    let tagNode: unknown;
    let tags: string[];
    if (usesAction(b, 'docker/build-push-action')) {
      tagNode = getNode(wf.doc, b.with, 'tags');
      tags = [scalarText(tagNode)];
      if (isSeq(tagNode)) tags = tagNode.items.map((i) => scalarText(deref(wf.doc, i)));
      // Tags from docker/metadata-action count when it generates a sha tag.
      if (tags.some((t) => /steps\.[\w-]+\.outputs\.tags/.test(t))) {
        const meta = b.job.steps.find((s) => usesAction(s, 'docker/metadata-action') && /type=sha/.test(getText(wf.doc, s.with, 'tags')));
        if (meta) return [];
      }
    } else {
      tagNode = b.run;
      tags = sh.dockerTags(b.runText);
    }
    if (tags.some((t) => SHA_EXPR.test(t))) return [];
    const r = rangeOf(tagNode);
    const src = r ? wf.pos.text.slice(r[0], r[1]) : '';
    const i = src.indexOf(':latest');
    const fix =
      r && i >= 0 && src.indexOf(':latest', i + 1) < 0
        ? replaceFix(wf.pos, r[0] + i + 1, r[0] + i + 7, '${{ github.sha }}', 'Tag with the commit SHA')
        : undefined;
    const msg = tags.some((t) => t.endsWith(':latest') || (t !== '' && !t.includes(':')))
      ? 'The image is only tagged `latest`, which every build overwrites. Tag it with the commit SHA, `${{ github.sha }}`.'
      : 'The image is not tagged with the commit SHA. Add a tag ending in `:${{ github.sha }}`.';
    const f = r && i >= 0 ? wf.pos.offsetFinding(r[0] + i + 1, r[0] + i + 7, msg) : wf.pos.nodeFinding(tagNode ?? stepNode(b), msg);
    out.push(withFix(f, fix));
  }
  return out;
};

const UNTRUSTED = /github\.event\.|github\.head_ref/;

const scriptInjection: Check = (wf) => {
  const out: Finding[] = [];
  for (const s of allSteps(wf)) {
    const r = rangeOf(s.run);
    if (!r) continue;
    const src = wf.pos.text.slice(r[0], r[1]);
    const re = /\$\{\{([\s\S]*?)\}\}/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(src)) !== null) {
      const inner = m[1] ?? '';
      if (!UNTRUSTED.test(inner)) continue;
      const name = (/github\.(?:event\.)?([\w.-]+)/.exec(inner)?.[1] ?? 'value').split('.').pop()!.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
      out.push(
        wf.pos.offsetFinding(
          r[0] + m.index,
          r[0] + m.index + m[0].length,
          `\`${m[0]}\` is pasted into the shell script before it runs, and its text is controlled by whoever pushes or opens a PR: a crafted value runs commands on your runner. ` +
            `Pass it through \`env:\` (e.g. \`${name}: ${m[0]}\`) and use \`"$${name}"\` in the script.`,
        ),
      );
    }
  }
  return out;
};

const trainTimeout: Check = (wf) => {
  const ts = trainStep(wf);
  if (!ts) return [noTraining(wf)];
  const job = ts.job;
  const pair = getPair(job.node, 'timeout-minutes');
  if (!pair) {
    return [
      withFix(
        wf.pos.nodeFinding(job.key, `The training job \`${job.id}\` has no \`timeout-minutes\`: a hung run holds the runner for 6 hours. Set a limit a little above the normal duration.`),
        insertBeforeKeyFix(wf.pos, firstKey(job.node), 'timeout-minutes: 30', 'Add a 30-minute timeout'),
      ),
    ];
  }
  const v = deref(wf.doc, pair.value);
  const t = scalarText(v);
  if (t.includes('${{')) return [];
  const n = Number(t);
  if (!Number.isFinite(n) || n <= 0) return [wf.pos.nodeFinding(v ?? pair.key, `\`timeout-minutes: ${t}\` is not a positive number of minutes.`)];
  return [];
};

export const CHECKS: Record<Exclude<CheckId, 'ci.valid-workflow'>, Check> = {
  'ci.triggers': triggers,
  'ci.permissions': permissions,
  'ci.pinned-actions': pinnedActions,
  'ci.python-setup': pythonSetup,
  'ci.lint-job': lintJob,
  'ci.unit-test-job': unitTestJob,
  'ci.data-validation': dataValidation,
  'ci.quality-gate': qualityGate,
  'ci.job-order': jobOrder,
  'ci.push-only-main': pushOnlyMain,
  'ci.registry-secrets': registrySecrets,
  'ci.image-tag-sha': imageTagSha,
  'ci.script-injection': scriptInjection,
  'ci.train-timeout': trainTimeout,
};

