import type { CheckCases } from '../../cases';
import { DVCLIVE, FLAGS, FOREACH, SOLUTION, VARS, WDIR } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { 'dvc.yaml': SOLUTION } },
    { name: 'dvclive: top-level metrics inside an uncached dvclive folder', files: { 'dvc.yaml': DVCLIVE } },
    { name: 'templated foreach metrics', files: { 'dvc.yaml': FOREACH } },
    { name: 'a metrics path from vars', files: { 'dvc.yaml': VARS } },
    { name: 'metrics relative to wdir', files: { 'dvc.yaml': WDIR } },
    { name: 'metrics beside uncached plots', files: { 'dvc.yaml': FLAGS } },
    { name: 'flow-style flags', files: { 'dvc.yaml': SOLUTION.replace('      - eval/metrics.json:\n          cache: false\n', '      - eval/metrics.json: {cache: false}\n') } },
    {
      name: 'top-level metrics written by a stage that lists no outputs',
      files: { 'dvc.yaml': `metrics:\n  - eval/metrics.json\n${SOLUTION.replace('    metrics:\n      - eval/metrics.json:\n          cache: false\n', '')}` },
    },
  ],
  invalid: [
    { name: '`cache: no`, which DVC reads as a string', files: { 'dvc.yaml': SOLUTION.replace('cache: false', 'cache: no') }, lines: [34] },
    { name: 'metrics cached by default', files: { 'dvc.yaml': SOLUTION.replace('      - eval/metrics.json:\n          cache: false\n', '      - eval/metrics.json\n') }, lines: [33] },
    { name: 'no metrics at all', files: { 'dvc.yaml': SOLUTION.replace('    metrics:\n      - eval/metrics.json:\n          cache: false\n', '    outs:\n      - eval/metrics.json\n') }, lines: [1] },
    {
      name: 'top-level metrics inside a cached output folder',
      files: { 'dvc.yaml': `metrics:\n  - eval/metrics.json\n${SOLUTION.replace('    metrics:\n      - eval/metrics.json:\n          cache: false\n', '    outs:\n      - eval\n')}` },
      lines: [2],
    },
  ],
};
