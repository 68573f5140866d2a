// Every check's accepted and rejected examples, by check id (see ../cases.ts). Tests and `npm run cases` only.
import type { LabCases } from '../cases';
import { cases as defaultRemote } from './checks/default-remote.cases';
import { cases as metricsUncached } from './checks/metrics-uncached.cases';
import { cases as noCredentials } from './checks/no-credentials.cases';
import { cases as outputsGitignored } from './checks/outputs-gitignored.cases';
import { cases as outputsUnique } from './checks/outputs-unique.cases';
import { cases as paramsExist } from './checks/params-exist.cases';
import { cases as paramsNotHardcoded } from './checks/params-not-hardcoded.cases';
import { cases as pipelineGraph } from './checks/pipeline-graph.cases';
import { cases as schemaValid } from './checks/schema-valid.cases';
import { cases as scriptDeps } from './checks/script-deps.cases';
import { cases as stageNames } from './checks/stage-names.cases';

export const cases: LabCases = {
  'dvc.schema-valid': schemaValid,
  'dvc.stage-names': stageNames,
  'dvc.pipeline-graph': pipelineGraph,
  'dvc.script-deps': scriptDeps,
  'dvc.outputs-unique': outputsUnique,
  'dvc.params-exist': paramsExist,
  'dvc.params-not-hardcoded': paramsNotHardcoded,
  'dvc.metrics-uncached': metricsUncached,
  'dvc.outputs-gitignored': outputsGitignored,
  'dvc.default-remote': defaultRemote,
  'dvc.no-credentials': noCredentials,
};
