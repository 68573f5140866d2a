// Every check's accepted and rejected examples, by check id (see ../cases.ts). Tests and `npm run cases` only.
import type { LabCases } from '../cases';
import { cases as absentAlert } from './checks/absent-alert.cases';
import { cases as alertCondition } from './checks/alert-condition.cases';
import { cases as alertFor } from './checks/alert-for.cases';
import { cases as alertMetadata } from './checks/alert-metadata.cases';
import { cases as counterRate } from './checks/counter-rate.cases';
import { cases as driftAlert } from './checks/drift-alert.cases';
import { cases as errorRatio } from './checks/error-ratio.cases';
import { cases as histogramQuantile } from './checks/histogram-quantile.cases';
import { cases as latencyAlert } from './checks/latency-alert.cases';
import { cases as promqlValid } from './checks/promql-valid.cases';
import { cases as rateWindow } from './checks/rate-window.cases';
import { cases as recordingNames } from './checks/recording-names.cases';
import { cases as ruleFile } from './checks/rule-file.cases';

export const cases: LabCases = {
  'prom.rule-file': ruleFile,
  'prom.promql-valid': promqlValid,
  'prom.counter-rate': counterRate,
  'prom.rate-window': rateWindow,
  'prom.histogram-quantile': histogramQuantile,
  'prom.alert-condition': alertCondition,
  'prom.latency-alert': latencyAlert,
  'prom.error-ratio': errorRatio,
  'prom.absent-alert': absentAlert,
  'prom.drift-alert': driftAlert,
  'prom.alert-for': alertFor,
  'prom.alert-metadata': alertMetadata,
  'prom.recording-names': recordingNames,
};
