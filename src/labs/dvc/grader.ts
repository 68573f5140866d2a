// Grader of the "Version data and pipeline with DVC" lab: dvc.yaml (the learner's file),
// with params.yaml, .dvc/config and .gitignore. Pure: reads only the given texts.
import type { CheckDefinition, CheckResult, Finding, LabGrader, ProjectFiles } from '../types';
import { fileFinding } from './positions';
import { Context, DVC_CONFIG, DVC_YAML, GITIGNORE, PARAMS_YAML } from './context';
import {
  defaultRemote,
  metricsUncached,
  noCredentials,
  outputsGitignored,
  outputsUnique,
  paramsExist,
  paramsNotHardcoded,
  pipelineGraph,
  schemaValid,
  scriptDeps,
  stageNames,
  type CheckFn,
} from './checks';

const checks: Array<CheckDefinition & { run: CheckFn }> = [
  {
    id: 'dvc.schema-valid',
    title: "dvc.yaml follows DVC's format",
    why: 'DVC refuses to run anything when dvc.yaml has an unknown key, a missing `cmd` or a value of the wrong type, and a misspelt key such as `dependencies` is not a harmless typo: the stage silently loses what it was meant to track. Catching these in the editor saves a failed `dvc repro` in CI.',
    lesson: 'data-versioning',
    hints: [
      'Compare each stage with the keys DVC documents for dvc.yaml.',
      'A stage accepts cmd, deps, params, outs, metrics, plots, wdir, desc, frozen, always_changed, meta and vars; flags such as `cache` take true or false.',
      'Rename unknown keys (e.g. `dependencies` → `deps`) and write `cache: false`, not `cache: no`.',
    ],
    run: schemaValid,
  },
  {
    id: 'dvc.stage-names',
    title: 'Stage names are valid',
    why: 'Stage names are how you address a step on the command line (`dvc repro train`) and in CI. DVC reserves `@`, `:` and `/` for its own addressing, and names with spaces or symbols break scripts that call DVC.',
    lesson: 'data-versioning',
    hints: [
      'Look at the keys directly under `stages:`.',
      'Use letters, digits, `_` and `-` only, e.g. `prepare`, `train`, `evaluate`.',
    ],
    run: stageNames,
  },
  {
    id: 'dvc.pipeline-graph',
    title: 'At least three stages form one connected pipeline',
    why: 'A pipeline split into stages lets DVC re-run only the steps whose inputs changed, which matters when data preparation takes hours. DVC orders stages by matching one stage\'s outputs with another\'s dependencies: a stage with no such link runs out of order or not at all, and a cycle cannot run.',
    lesson: 'data-versioning',
    hints: [
      'Draw the pipeline: which file does each stage read, and which stage writes it?',
      "Each stage after the first should list another stage's output under its `deps`.",
      'For example prepare writes data/prepared, train lists data/prepared in deps and writes models/model.pkl, evaluate lists models/model.pkl in deps.',
    ],
    run: pipelineGraph,
  },
  {
    id: 'dvc.script-deps',
    title: 'Each stage depends on its own script',
    why: 'DVC decides whether a stage is stale by hashing its dependencies. If the script a stage runs is not among them, changing the training code leaves the old model in place and `dvc repro` reports everything up to date: the classic "works on my machine" result nobody can reproduce.',
    lesson: 'why-versioning',
    hints: [
      'What does each stage run in its `cmd`?',
      'Add the script file (e.g. src/train.py) to the same stage\'s `deps`.',
    ],
    run: scriptDeps,
  },
  {
    id: 'dvc.outputs-unique',
    title: 'Outputs do not overlap',
    why: 'Each file in a pipeline must have exactly one producer so DVC knows which run made it. Two stages writing the same path, an output inside another output, or a stage overwriting its own input are refused by DVC, because the cache could no longer say which version is which.',
    lesson: 'data-versioning',
    hints: [
      'List every path under `outs`, `metrics` and `plots`: does any appear twice, or inside another?',
      'Give each stage its own output folder or file, and never list the same path under both deps and outs of a stage.',
    ],
    run: outputsUnique,
  },
  {
    id: 'dvc.params-exist',
    title: 'Declared params exist in params.yaml',
    why: 'DVC reads every key listed under `params` from params.yaml to decide whether the stage must re-run; a key that is not there stops `dvc repro` with an error. Keeping the two files in step is also what makes `dvc params diff` meaningful when comparing experiments.',
    lesson: 'why-versioning',
    hints: [
      'Open params.yaml next to dvc.yaml and compare the names.',
      'Keys are dotted paths into params.yaml: `train.epochs` means `epochs` under `train:`.',
    ],
    run: paramsExist,
  },
  {
    id: 'dvc.params-not-hardcoded',
    title: 'Training hyperparameters come from params.yaml',
    why: 'A hyperparameter typed into the command (`--epochs 10`) is invisible to DVC: changing it does not mark the stage stale, and `dvc params diff` or `dvc exp show` cannot compare it between runs. Declaring the keys under `params` makes every model traceable to the exact settings that produced it.',
    lesson: 'why-versioning',
    hints: [
      'Look at the train stage\'s `cmd`: are there numbers in it?',
      'Move the numbers into params.yaml, read them in the script, and list their keys under the stage\'s `params`.',
    ],
    run: paramsNotHardcoded,
  },
  {
    id: 'dvc.metrics-uncached',
    title: 'The evaluation stage writes uncached metrics',
    why: 'Metrics are small text files you want in git, next to the commit that produced them, so `dvc metrics diff` can compare any two versions and reviewers see the numbers in a pull request. With the default `cache: true` DVC moves them into its cache and git-ignores them.',
    lesson: 'model-registry',
    hints: [
      'Which stage measures the model, and does it declare `metrics`?',
      'Each metrics entry needs the flag `cache: false` under its path.',
      'Write it as `- eval/metrics.json:` followed, indented below, by `cache: false` (a real boolean, not `no`).',
    ],
    run: metricsUncached,
  },
  {
    id: 'dvc.outputs-gitignored',
    title: 'Data and model outputs are ignored by git',
    why: 'Cached outputs live in DVC\'s cache and remote; git should only hold the small dvc.lock entry that points at them. If git also tracks the files, the repository swells with every dataset and model version, and the two copies drift apart.',
    lesson: 'data-versioning',
    hints: [
      'Open .gitignore: which of your `outs` paths are missing?',
      'Add each cached output as an anchored pattern such as `/models/model.pkl` or `/data/prepared` to the root .gitignore.',
    ],
    run: outputsGitignored,
  },
  {
    id: 'dvc.default-remote',
    title: 'A default remote is configured',
    why: 'The remote is where DVC stores data and models for the team and for CI: without a default one, `dvc push` and `dvc pull` need a remote name on every call and CI jobs fail. Its URL must use a storage type DVC supports.',
    lesson: 'data-versioning',
    hints: [
      'Look at the [core] section of .dvc/config.',
      'Add `remote = <name>` under [core], where <name> is a remote defined in a [\'remote "<name>"\'] section (`dvc remote default <name>` does it).',
    ],
    run: defaultRemote,
  },
  {
    id: 'dvc.no-credentials',
    title: 'No credentials in .dvc/config',
    why: '.dvc/config is committed to git, so any key written there is shared with everyone who can read the repository, forever, in its history. DVC reads secrets from .dvc/config.local (git-ignored) or from the environment instead.',
    lesson: 'ci-cd-for-ml',
    hints: [
      'Look for keys, secrets, tokens or passwords in .dvc/config.',
      'Remove them and use `dvc remote modify --local <remote> <option> <value>`, which writes .dvc/config.local; in CI use environment variables.',
    ],
    run: noCredentials,
  },
];

export const grader: LabGrader = {
  labId: 'dvc-pipeline',
  files: [DVC_YAML, PARAMS_YAML, DVC_CONFIG, GITIGNORE, 'src/prepare.py', 'src/train.py', 'src/evaluate.py'],
  checks: checks.map(({ run: _run, ...def }) => def),
  grade(files: ProjectFiles): CheckResult[] {
    let ctx: Context | undefined;
    try {
      ctx = new Context(files);
    } catch {
      ctx = undefined;
    }
    return checks.map((c) => {
      let findings: Finding[];
      try {
        findings = ctx ? c.run(ctx) : [fileFinding(DVC_YAML, 'The project files could not be read.')];
      } catch (e) {
        findings = [fileFinding(DVC_YAML, `This check could not run (${String((e as Error)?.message ?? e)}); please report it.`)];
      }
      return { id: c.id, status: findings.length === 0 ? 'pass' : 'fail', findings };
    });
  },
};
