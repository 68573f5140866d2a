// ci.data-validation (lab): the data is validated before the model is trained.
import type { CheckDefinition } from '../../types';
import { type Check, LAB, allSteps, isValidate, noTraining, runsBefore, stepNode, trainStep } from './common';

export const definition: CheckDefinition = {
  id: 'ci.data-validation',
  title: 'Data validated before training',
  scope: 'lab',
  why:
    'Training happily fits a model on a file with a renamed column, missing values or labels out of range; the problem shows up weeks later in production. ' +
    'Validating the schema and value ranges first makes bad data fail the pipeline loudly, before any compute is spent on it.',
  lesson: 'ci-cd-for-ml',
  hints: [
    'What should the pipeline check about the data before it trusts it for training?',
    "Run the project's data-validation script (or a tool such as Great Expectations or pandera) before the training step.",
    'In the train job, before training: `run: python scripts/validate_data.py data/sample.csv`.',
  ],
};

export const run: Check = (wf) => {
  const ts = trainStep(wf);
  if (!ts) return [noTraining(wf, 'data validation')];
  const validations = allSteps(wf).filter(isValidate);
  if (validations.some((v) => runsBefore(wf, v, ts))) return [];
  if (validations.length === 0) {
    return [
      wf.pos.nodeFinding(
        stepNode(ts),
        `Nothing validates the data before this training step. ${LAB} a validation step before it, e.g. \`python scripts/validate_data.py data/sample.csv\` (Great Expectations or pandera count too).`,
      ),
    ];
  }
  return validations.map((v) =>
    wf.pos.nodeFinding(
      stepNode(v),
      v.job === ts.job
        ? `This data validation runs after training, when the model is already fit on the data. ${LAB} validation before training: move it before the training step.`
        : `This data validation is in job \`${v.job.id}\`, which the training job \`${ts.job.id}\` does not wait for, so training may start on data that fails it. ${LAB} validation before training: add \`${v.job.id}\` to \`needs:\` of \`${ts.job.id}\`.`,
    ),
  );
};
