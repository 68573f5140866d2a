// ci.quality-gate (lab): after training, a step fails the run when the model is below the threshold.
import { isScalar } from 'yaml';
import type { CheckDefinition, Finding } from '../../types';
import { getNode, scalarText } from '../parse';
import * as sh from '../shell';
import { type Check, LAB, allSteps, ancestors, isBuild, noTraining, roleJob, runsBefore, stepNode, trainStep } from './common';

export const definition: CheckDefinition = {
  id: 'ci.quality-gate',
  title: 'Model-quality gate',
  scope: 'lab',
  why:
    'A pipeline that trains and ships without looking at the metrics will happily deploy a model that got worse. ' +
    'A gate compares the evaluation metric with a threshold and fails the run, so only models that meet the bar become images.',
  lesson: 'ci-cd-for-ml',
  hints: [
    'After training, what decides whether the new model is good enough to ship?',
    'Add a step after training that exits non-zero when a metric is below the threshold kept in `params.yaml`, and make the image build depend on it.',
    'After evaluating: `run: python scripts/check_metrics.py` (it reads `evaluate.min_accuracy` from params.yaml).',
  ],
};

export const run: Check = (wf) => {
  const ts = trainStep(wf);
  if (!ts) return [noTraining(wf, 'the quality gate')];
  const gates = allSteps(wf).flatMap((s) => sh.commands(s.runText).filter(sh.isGateCommand).map((c) => ({ s, c })));
  if (gates.length === 0) {
    return [
      wf.pos.nodeFinding(
        stepNode(ts),
        `Nothing checks the trained model before it ships. ${LAB} a step after training that fails below the threshold, e.g. \`python scripts/check_metrics.py\` (threshold in params.yaml).`,
      ),
    ];
  }
  const build = roleJob(wf, 'build');
  const problems: Finding[] = [];
  for (const { s: g, c } of gates) {
    let msg: string | undefined;
    const coe = getNode(wf.doc, g.node, 'continue-on-error');
    const trivial = sh.trivialThresholds(c);
    if (!runsBefore(wf, ts, g)) msg = `This quality gate does not run after training (job \`${ts.job.id}\`), so it checks no new model. ${LAB} a gate after training: run it after the training step.`;
    else if (trivial.length > 0) msg = `\`${trivial[0]}\` lets every model through, so this gate checks nothing. ${LAB} a real threshold: drop the option to use the one in params.yaml, or give a real minimum.`;
    else if (isScalar(coe) && (coe.value === true || scalarText(coe) === 'true'))
      msg = `\`continue-on-error: true\` lets the pipeline continue when the gate fails, so it gates nothing. ${LAB} a gate that stops the run: remove it.`;
    else if (sh.swallowsFailure(g.runText, c)) msg = `The script ignores the exit status of this gate (\`|| true\` or \`set +e\`), so a weak model still passes. ${LAB} a gate that stops the run: let its failure fail the step.`;
    else if (build && g.job !== ts.job && build !== g.job && !ancestors(wf, build).has(g.job.id))
      msg = `The image build job \`${build.id}\` does not wait for this gate in job \`${g.job.id}\`, so a model that fails it can still be built. ${LAB} the build to wait for the gate: add \`${g.job.id}\` to its \`needs:\`.`;
    else if (build && build === g.job) {
      const bi = g.job.steps.find(isBuild)?.index ?? Infinity;
      if (bi < g.index) msg = `The image is built before this gate runs. ${LAB} the gate first: move it before the build step.`;
    }
    if (!msg) return [];
    problems.push(wf.pos.nodeFinding(stepNode(g), msg));
  }
  return problems;
};
