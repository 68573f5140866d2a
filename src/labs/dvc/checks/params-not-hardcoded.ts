// dvc.params-not-hardcoded (lab): this lab asks the training stage to take its hyperparameters from
// params.yaml (listed under `params`, or interpolated from params.yaml as `${train.epochs}`)
// rather than as numbers typed into its command.
import { isSeq } from 'yaml';
import type { Finding } from '../../types';
import type { Stage } from '../parse';
import { numericFlags, scriptsOf } from '../paths';
import { nodeFinding, q, wordRange, type CheckFn, type DvcCheck } from './common';

/** Options that size the run or the machine, not the model: a number there is not a hyperparameter. */
const NOT_HYPERPARAMETERS = new Set([
  'workers', 'num_workers', 'n_workers', 'jobs', 'j', 'n_jobs', 'threads', 'num_threads', 'nproc', 'nproc_per_node', 'nnodes',
  'gpus', 'gpu', 'devices', 'device', 'cuda', 'local_rank', 'rank', 'world_size', 'port', 'verbose', 'verbosity', 'v', 'log_level',
  'log_interval', 'log_every', 'log_steps', 'save_every', 'eval_every', 'print_freq', 'num_proc', 'u', 'W', 'o',
]);

function mentionsTrain(s: Stage): boolean {
  return /train/i.test(s.name) || s.cmds.some((c) => scriptsOf(c.text, s.wdir).some((sc) => /train/i.test(sc.path.split('/').pop() ?? '')));
}

/** A data step named after what it produces (`train_test_split`, `prepare_train_data`) is not the training. */
const DATA_STEP = /split|prepar|download|ingest|load|fetch|clean|preprocess|feature|data|manifest|export/i;

/** The training stages: those named or scripted `train`, less the data steps among them (unless all are). */
function trainStages(stages: Stage[]): Stage[] {
  const named = stages.filter(mentionsTrain);
  const training = named.filter((s) => !DATA_STEP.test(s.name));
  return training.length > 0 ? training : named;
}

/** `${train.epochs}` in a command: DVC records the interpolated params.yaml values as the stage's params. */
function interpolatesParams(s: Stage): boolean {
  return s.cmds.some((c) => /\$\{\s*[A-Za-z_][\w.-]*\s*\}/.test(c.text.replace(/\$\{\s*item[\w.]*\s*\}|\$\{\s*key\s*\}/g, '')));
}

export const run: CheckFn = (ctx) => {
  const m = ctx.model;
  if (!m) return ctx.modelUnavailable ?? [];
  const src = m.yaml.src;
  const trains = trainStages(m.stages);
  if (trains.length === 0) {
    return [nodeFinding(src, m.stagesPair.key, `This lab asks for a training stage: name the stage that trains the model ${q('train')} (or run a train script such as src/train.py in it).`)];
  }
  const out: Finding[] = [];
  // Only data steps mention training (`export_training_manifest`): name the stage without calling it the training.
  const unsure = trains.every((s) => DATA_STEP.test(s.name));
  for (const s of trains) {
    const declared = s.params.length > 0 || (s.paramsPair && isSeq(s.paramsPair.value) && s.paramsPair.value.items.length > 0);
    if (!declared && !interpolatesParams(s)) {
      out.push(
        nodeFinding(
          src,
          s.paramsPair?.key ?? s.keyNode,
          `This lab asks the training stage to list the params.yaml keys it reads, and stage ${q(s.name)}${unsure ? ', the only stage named after training,' : ''} declares no ${q('params')}. Listed (e.g. ${q('params: [train.n_estimators]')}), DVC re-runs the stage when one of them changes and ${q('dvc params diff')} compares them between runs.`,
        ),
      );
    }
    for (const c of s.cmds) {
      for (const f of numericFlags(c.text)) {
        const name = f.flag.replace(/^-+/, '').replace(/-/g, '_');
        if (NOT_HYPERPARAMETERS.has(name) || NOT_HYPERPARAMETERS.has(name.toLowerCase())) continue;
        const [a, b] = wordRange(src, c.node, c.text, { text: '', start: f.start, end: f.end });
        out.push(
          src.finding(
            a,
            b,
            `This lab asks for hyperparameters in params.yaml, and ${q(c.text.slice(f.start, f.end))} is typed into the command: DVC sees it only as part of the command text, so ${q('dvc params diff')} and ${q('dvc exp show')} cannot compare it and ${q('dvc exp run --set-param')} cannot change it. Move it to params.yaml (e.g. ${q(`${name}: ${f.value}`)} under ${q('train:')}), read it in the script, and list ${q(`train.${name}`)} under ${q('params')}.`,
          ),
        );
      }
    }
  }
  return out;
};

export const definition: DvcCheck['definition'] = {
  id: 'dvc.params-not-hardcoded',
  title: 'Training hyperparameters come from params.yaml',
  why: 'A hyperparameter typed into the command (`--epochs 10`) is only text to DVC: `dvc params diff` and `dvc exp show` cannot compare it between runs and `dvc exp run --set-param` cannot change it. This lab asks for the values in params.yaml with their keys under the training stage\'s `params`, which makes every model traceable to the exact settings that produced it.',
  lesson: 'why-versioning',
  scope: 'lab',
  hints: [
    "Look at the train stage's `cmd`: are there numbers in it?",
    "Move the numbers into params.yaml, read them in the script, and list their keys under the stage's `params`.",
  ],
};
