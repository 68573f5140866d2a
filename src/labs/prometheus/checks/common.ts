// What the checks of the alerting-rules lab share: the check shape, the grading context (the rules file read
// once), and the facts this lab assumes about the model server it monitors.
import type { CheckDefinition, Finding, ProjectFiles } from '../../types';
import { loadRules, type Loaded, type RulesModel, RULES_FILE } from '../model';
import { fileFinding } from '../../dvc/positions';

export interface PromCheck {
  definition: CheckDefinition & { scope: 'general' | 'lab' };
  run: (ctx: Context) => Finding[];
}

export const q = (s: string) => `\`${s}\``;

/** The model server this lab monitors (the FastAPI service of the other labs, instrumented as in the lesson). */
export const LAB = {
  job: 'model-server',
  /** Assumed scrape interval of the model server (the lab's prometheus.yml; Prometheus's own default is 1m). */
  scrapeSeconds: 15,
  latencyHistogram: 'model_request_latency_seconds',
  requests: 'model_requests_total',
  errors: 'model_errors_total',
  predictions: 'model_predictions_total',
  psi: 'model_feature_psi',
  /** Shortest `for:` this lab accepts on an alert. */
  minForSeconds: 120,
  severities: ['critical', 'warning', 'info'],
  /** Largest finite bucket bound of prometheus_client's default histogram buckets, in seconds. */
  largestDefaultBucket: 10,
} as const;

/** The model server's own metrics (what the absent() alert may watch). */
export const SERVER_METRICS = [
  LAB.requests, LAB.errors, LAB.predictions, `${LAB.latencyHistogram}_bucket`, `${LAB.latencyHistogram}_count`, `${LAB.latencyHistogram}_sum`,
];

export class Context {
  private loaded: Loaded | undefined;

  constructor(readonly files: ProjectFiles) {}

  get rules(): Loaded {
    this.loaded ??= loadRules(this.files);
    return this.loaded;
  }

  /** The model, when the file parses as YAML without errors. */
  get model(): RulesModel | undefined {
    const l = this.rules;
    return l.ok && l.yamlErrors.length === 0 ? l.model : undefined;
  }

  /** Why a check that needs the rules cannot run: the file's own problem, or a pointer to prom.rule-file. */
  get unavailable(): Finding[] {
    const l = this.rules;
    if (!l.ok) return l.findings;
    return [fileFinding(RULES_FILE, `This check needs ${RULES_FILE} to be valid YAML; fix the problems reported by "The file is a rules file Prometheus loads" first.`)];
  }
}
