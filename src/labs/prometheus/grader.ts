// Grader of the "Alerting rules for a model service" lab: monitoring/alerts.yaml, a Prometheus rules file.
// Pure: reads only the given text. One check per module in checks/, each with its accepted and rejected
// examples beside it (checks/<name>.cases.ts). PromQL is read with Prometheus's own grammar (lezer-promql).
import type { CheckResult, Finding, LabGrader, ProjectFiles } from '../types';
import { fileFinding } from '../dvc/positions';
import { RULES_FILE } from './model';
import { Context, type PromCheck } from './checks/common';
import * as ruleFile from './checks/rule-file';
import * as promqlValid from './checks/promql-valid';
import * as counterRate from './checks/counter-rate';
import * as rateWindow from './checks/rate-window';
import * as histogramQuantile from './checks/histogram-quantile';
import * as alertCondition from './checks/alert-condition';
import * as latencyAlert from './checks/latency-alert';
import * as errorRatio from './checks/error-ratio';
import * as absentAlert from './checks/absent-alert';
import * as driftAlert from './checks/drift-alert';
import * as alertFor from './checks/alert-for';
import * as alertMetadata from './checks/alert-metadata';
import * as recordingNames from './checks/recording-names';

/** In the order the learner meets them: the file loads, the PromQL is sound, then this lab's alerts. */
export const checks: PromCheck[] = [
  ruleFile,
  promqlValid,
  counterRate,
  rateWindow,
  histogramQuantile,
  alertCondition,
  latencyAlert,
  errorRatio,
  absentAlert,
  driftAlert,
  alertFor,
  alertMetadata,
  recordingNames,
];

export const grader: LabGrader = {
  labId: 'prometheus-alerts',
  files: [RULES_FILE],
  checks: checks.map((c) => c.definition),
  grade(files: ProjectFiles): CheckResult[] {
    const ctx = new Context(files);
    return checks.map((c) => {
      let findings: Finding[];
      try {
        findings = c.run(ctx);
      } catch (e) {
        findings = [fileFinding(RULES_FILE, `This check could not run (${String((e as Error)?.message ?? e)}); please report it.`)];
      }
      return { id: c.definition.id, status: findings.length === 0 ? 'pass' : 'fail', findings };
    });
  },
};
