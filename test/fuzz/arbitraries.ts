// Text generators for the fuzzer: random strings and bytes, YAML-ish token soup, deep nesting,
// and mutations of real files. Every generator is a fast-check arbitrary, so failures shrink.
import fc from 'fast-check';

/** Tokens that stress YAML parsers (and, mixed with keywords, the graders behind them). */
export const YAML_TOKENS = [
  ':', ': ', '-', '- ', '&a ', '*a', '&b ', '*b', '{', '}', '[', ']', ',', '|', '|-', '>', '>+', '#', ' # c', '\t', '\r\n', '\n', '\r',
  '  ', '    ', '"', "'", '\\', '!!str ', '!!map ', '!tag ', '%YAML 1.2\n', '---\n', '...\n', '? ', '<<: *a', '~', 'null', 'true', 'no',
  '0x1F', '1e309', '-.inf', '.nan', '0o17', '12:30', '2024-01-01', '\uFEFF', '\0', '\u2028', '\uFFFD', '\ud800', '😀', 'é', 'a', 'key', 'x',
];

export const DOCKER_TOKENS = [
  'FROM ', 'python:3.12-slim', ' AS build', 'RUN ', 'COPY ', 'ADD ', 'ENV ', 'ARG ', 'USER ', 'WORKDIR ', 'EXPOSE ', 'CMD ', 'ENTRYPOINT ',
  'HEALTHCHECK ', 'LABEL ', 'ONBUILD ', 'SHELL ', 'STOPSIGNAL ', 'VOLUME ', '--from=build ', '--chown=1000:1000 ', '--mount=type=cache,target=/root/.cache ',
  'pip install -r requirements.txt', 'apt-get install -y curl', ' && ', ' \\\n', '\\', '["uvicorn", "app.main:app"]', '[', ']', '"', "'", '$', '${A}',
  '${A:-b}', '$(', '`', '@sha256:', '<<EOF\n', 'EOF\n', '# syntax=docker/dockerfile:1\n', '# escape=`\n', '8000', '.', '/app', '\n', '\r\n', '\t', ' ',
];

export const WORKFLOW_TOKENS = [
  'on:', ' push', 'pull_request:', 'branches: [main]', 'jobs:', 'test:', 'train:', 'runs-on: ubuntu-latest', 'needs: ', 'steps:', '- uses: ',
  'actions/checkout@v4', 'actions/setup-python@v5', '@0123456789abcdef0123456789abcdef01234567', '- run: ', 'pytest', 'with:', 'env:', 'if: ',
  '${{ ', ' }}', 'secrets.TOKEN', 'github.event', 'permissions:', 'write-all', 'contents: read', 'timeout-minutes: 30', 'strategy:', 'matrix:',
  'continue-on-error: true', 'name: ', 'workflow_dispatch', 'pull_request_target', 'password: hunter2',
];

/** Words of Kubernetes and Argo Rollouts manifests (the k8s lab's files). */
export const K8S_TOKENS = [
  'apiVersion: ', 'argoproj.io/v1alpha1', 'apps/v1', 'policy/v1', 'policy/v1beta1', 'v1', 'kind: ', 'Rollout', 'Deployment', 'Service', 'PodDisruptionBudget', 'AnalysisTemplate',
  'metadata:', 'name: ', 'labels:', 'app: churn-model', 'spec:', 'replicas: ', 'selector:', 'matchLabels:', 'matchExpressions:', 'template:', 'containers:', '- name: server',
  'image: ', 'registry.example.com/churn-model:latest', '@sha256:', 'ports:', 'containerPort: ', 'targetPort: ', 'port: ', 'http', '8000', '80', 'resources:', 'requests:', 'limits:',
  'cpu: ', '250m', 'memory: ', '256Mi', 'readinessProbe:', 'livenessProbe:', 'startupProbe:', 'httpGet:', 'path: /health', 'tcpSocket:', 'exec:', 'command: ["sleep", "5"]',
  'securityContext:', 'runAsNonRoot: true', 'runAsUser: 0', 'allowPrivilegeEscalation: false', 'readOnlyRootFilesystem: true', 'lifecycle:', 'preStop:', 'terminationGracePeriodSeconds: ',
  'strategy:', 'canary:', 'blueGreen:', 'steps:', '- setWeight: ', '- pause: {duration: 10m}', 'pause: {}', 'analysis:', 'templates:', '- templateName: ', 'clusterScope: true', 'args:',
  'workloadRef:', 'trafficRouting:', 'metrics:', 'failureCondition: result[0] > 0.01', 'provider:', 'prometheus:', 'query: ', '{{args.x}}', 'maxUnavailable: ', 'minAvailable: ', '100%',
  '---\n', '\n', '  ', '- ', ': ', '{', '}', '[', ']', '"', "'", '&a ', '*a', '<<: ', '#',
];

export const DVC_TOKENS = [
  'stages:', 'prepare:', 'train:', 'evaluate:', 'cmd: ', 'python src/train.py', '--epochs 10', 'deps:', 'outs:', 'params:', 'metrics:', 'plots:',
  'cache: false', 'persist: true', 'wdir: ', 'foreach: ', 'do:', '${item}', '${key}', 'vars:', 'frozen: true', 'data/raw', 'data/prepared',
  'models/model.pkl', 'eval/metrics.json', 'train.epochs', 'params.yaml:', '../', '/', '*', '**', '!',
];

export const PROMQL_TOKENS = [
  'groups:', '- name: ', 'rules:', '- alert: ', '- record: ', 'expr: ', 'for: ', '5m', 'labels:', 'annotations:', 'severity: ', 'summary: ', 'runbook_url: ',
  'rate(', 'irate(', 'increase(', 'histogram_quantile(0.95, ', 'sum by (le) (', 'sum(', ') by (job)', 'without (instance)', 'absent(', 'absent_over_time(',
  'model_requests_total', 'model_errors_total', 'model_request_latency_seconds_bucket', 'model_feature_psi', 'up', '{job="model-server"}', '[5m]', '[30s]',
  '[5m:1m]', ' offset 1h', ' @ end()', ' > ', ' == ', ' = ', ' / ', ' and ', ' unless ', ' on (job) ', ' group_left ', ' bool ', '0.5', '0.05', '0.25', '(', ')',
  '{{ $labels.job }}', '{{ $value | humanize }}', '{{ if ', '{{ end }}', '|', '>-', '"', "'", '\\', '#', 'job:model_errors:ratio_rate5m',
];

export const INI_TOKENS = ['[core]', "['remote \"s3\"']", '[remote "s3"]', 'remote = ', 'url = ', 's3://bucket/path', 'gs://b', 'azure://c', 'ssh://h/p',
  'access_key_id = ', 'secret_access_key = ', 'password = ', '=', ';', '#', '[', ']', '"', "'", '\n', '\r\n', ' ', 'autostage = true'];

export const MARKDOWN_TOKENS = ['---\n', '## ', 'The idea', 'Why it matters in production', 'Example', '```', '~~~', '](lesson:', 'what-is-mlops', ')',
  '[', '# ', 'id: ', 'title: ', 'summary: ', 'minutes: ', 'related: ', '\n', '\r\n', ' ', '<b>', '<!--'];

/** Characters worth inserting: control characters, line breaks, BOM, lone surrogates, astral characters, syntax. */
const charArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('\0', '\t', '\r', '\n', '\uFEFF', '\uFFFD', '\u2028', '\u0085', '\ud800', '\udfff', '😀', ':', '-', '#', '"', "'", '\\', '{', '}',
    '[', ']', '&', '*', '!', '|', '>', '%', '@', '`', '$', ' ', '=', ','),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

/** Text made of tokens (any of `tokens` plus the YAML ones), so it is close to real syntax. */
export function tokenText(tokens: readonly string[]): fc.Arbitrary<string> {
  const all = [...new Set([...tokens, ...YAML_TOKENS])];
  return fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...all) }, { weight: 1, arbitrary: charArb }), { maxLength: 120 }).map((t) => t.join(''));
}

export type NestKind = 'flow-seq' | 'flow-map' | 'block-seq' | 'block-map' | 'mixed-flow' | 'alias-bomb' | 'anchor-chain';

/** Builds deeply nested YAML (optionally unclosed) under an optional prefix key. */
export function nested(kind: NestKind, depth: number, close: boolean, prefix: string): string {
  switch (kind) {
    case 'flow-seq':
      return `${prefix}${'['.repeat(depth)}x${close ? ']'.repeat(depth) : ''}\n`;
    case 'flow-map':
      return `${prefix}${'{a: '.repeat(depth)}x${close ? '}'.repeat(depth) : ''}\n`;
    case 'mixed-flow':
      return `${prefix}${'[{a: '.repeat(depth)}x${close ? '}]'.repeat(depth) : ''}\n`;
    case 'block-seq':
      return `${prefix}${'- '.repeat(depth)}x\n`;
    case 'block-map': {
      const d = Math.min(depth, 600); // indentation grows quadratically
      let s = prefix;
      for (let i = 0; i < d; i++) s += `${' '.repeat(i)}k${i}:\n`;
      return `${s}${' '.repeat(d)}x\n`;
    }
    case 'alias-bomb': {
      const d = Math.min(depth, 12);
      let s = `${prefix}a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n`;
      for (let i = 1; i <= d; i++) s += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
      return s;
    }
    case 'anchor-chain': {
      const d = Math.min(depth, 3000);
      let s = `${prefix}a0: &a0 x\n`;
      for (let i = 1; i <= d; i++) s += `a${i}: &a${i} [*a${i - 1}]\n`;
      return s;
    }
  }
}

export function nestedArb(prefixes: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      kind: fc.constantFrom<NestKind>('flow-seq', 'flow-map', 'block-seq', 'block-map', 'mixed-flow', 'alias-bomb', 'anchor-chain'),
      depth: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 200, max: 12_000 })),
      close: fc.boolean(),
      prefix: fc.constantFrom('', ...prefixes),
    })
    .map(({ kind, depth, close, prefix }) => nested(kind, depth, close, prefix));
}

export type Mutation =
  | { op: 'deleteLine' | 'duplicateLine' | 'repeatLine' | 'truncateLine'; at: number }
  | { op: 'swapLines'; at: number; other: number }
  | { op: 'indentLine'; at: number; by: number; tab: boolean }
  | { op: 'insertChar' | 'replaceChar'; at: number; ch: string }
  | { op: 'deleteChars'; at: number; n: number }
  | { op: 'truncate'; at: number }
  | { op: 'insertText'; at: number; text: string }
  | { op: 'insertNul' | 'insertBom'; at: number }
  | { op: 'bomStart' | 'toCrlf' | 'toCr' | 'toLf' | 'stripTrailingNewline' };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('deleteLine' as const, 'duplicateLine' as const, 'repeatLine' as const, 'truncateLine' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('indentLine' as const), at: fc.nat(), by: fc.integer({ min: -8, max: 8 }), tab: fc.boolean() }),
  fc.record({ op: fc.constantFrom('insertChar' as const, 'replaceChar' as const), at: fc.nat(), ch: charArb }),
  fc.record({ op: fc.constant('deleteChars' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insertText' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...YAML_TOKENS, ...DOCKER_TOKENS, ...WORKFLOW_TOKENS, ...DVC_TOKENS), fc.string({ unit: 'binary', maxLength: 20 })) }),
  fc.record({ op: fc.constantFrom('insertNul' as const, 'insertBom' as const), at: fc.nat() }),
  fc.record({ op: fc.constantFrom('bomStart' as const, 'toCrlf' as const, 'toCr' as const, 'toLf' as const, 'stripTrailingNewline' as const) }),
);

/** Applies one mutation; positions are taken modulo the current size so every value is meaningful. */
export function mutate(text: string, m: Mutation): string {
  const lines = () => text.split('\n');
  const li = (n: number, ls: string[]) => n % Math.max(1, ls.length);
  const ci = (n: number) => n % (text.length + 1);
  switch (m.op) {
    case 'deleteLine': {
      const ls = lines();
      ls.splice(li(m.at, ls), 1);
      return ls.join('\n');
    }
    case 'duplicateLine': {
      const ls = lines();
      const i = li(m.at, ls);
      ls.splice(i, 0, ls[i]);
      return ls.join('\n');
    }
    case 'repeatLine': {
      const ls = lines();
      const i = li(m.at, ls);
      // 1000 times, unless that would pass 2 MB (a one-line file with CR line ends is one huge line).
      const n = Math.max(1, Math.min(1000, Math.floor(2_000_000 / (ls[i].length + 1))));
      for (let k = 0; k < n; k++) ls.splice(i, 0, ls[i]);
      return ls.join('\n');
    }
    case 'truncateLine': {
      const ls = lines();
      const i = li(m.at, ls);
      ls[i] = ls[i].slice(0, Math.floor(ls[i].length / 2));
      return ls.join('\n');
    }
    case 'swapLines': {
      const ls = lines();
      const a = li(m.at, ls);
      const b = li(m.other, ls);
      [ls[a], ls[b]] = [ls[b], ls[a]];
      return ls.join('\n');
    }
    case 'indentLine': {
      const ls = lines();
      const i = li(m.at, ls);
      ls[i] = m.by >= 0 ? (m.tab ? '\t' : ' ').repeat(m.by) + ls[i] : ls[i].replace(new RegExp(`^[ \\t]{0,${-m.by}}`), '');
      return ls.join('\n');
    }
    case 'insertChar':
    case 'insertText': {
      const at = ci(m.at);
      return text.slice(0, at) + ('ch' in m ? m.ch : m.text) + text.slice(at);
    }
    case 'replaceChar': {
      const at = ci(m.at);
      return text.slice(0, at) + m.ch + text.slice(at + 1);
    }
    case 'deleteChars': {
      const at = ci(m.at);
      return text.slice(0, at) + text.slice(at + m.n);
    }
    case 'truncate':
      return text.slice(0, ci(m.at));
    case 'insertNul':
    case 'insertBom': {
      const at = ci(m.at);
      return text.slice(0, at) + (m.op === 'insertNul' ? '\0' : '\uFEFF') + text.slice(at);
    }
    case 'bomStart':
      return `\uFEFF${text}`;
    case 'toCrlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'toCr':
      return text.replace(/\r?\n/g, '\r');
    case 'toLf':
      return text.replace(/\r\n?/g, '\n');
    case 'stripTrailingNewline':
      return text.replace(/[\r\n]+$/, '');
  }
}

/** A real file (picked by index) with 1 to 6 mutations applied in order. */
export function mutatedArb(sources: readonly string[]): fc.Arbitrary<string> {
  if (sources.length === 0) return fc.constant('');
  return fc
    .record({ pick: fc.nat({ max: sources.length - 1 }), muts: fc.array(mutationArb, { minLength: 1, maxLength: 6 }) })
    .map(({ pick, muts }) => muts.reduce(mutateCapped, sources[pick]));
}

/** Mutated texts stop growing here: over the 1 MB every reader refuses, more size only costs time. */
export const MAX_MUTATED = 1_500_000;

/** `mutate`, with the result capped at MAX_MUTATED characters (repeating a line twice makes 10^6 lines). */
export function mutateCapped(text: string, m: Mutation): string {
  const out = mutate(text, m);
  return out.length > MAX_MUTATED ? out.slice(0, MAX_MUTATED) : out;
}

export const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
/** Invalid sequences become U+FFFD, as VS Code's decoder does. */
export const utf8 = (b: Uint8Array): string => new TextDecoder('utf-8', { fatal: false }).decode(b);

/**
 * Text for one kind of file: mostly mutations of its real versions, then random strings, random bytes
 * decoded both ways, token soup, deep nesting, and other real files fed to the wrong parser.
 */
export function textArb(own: readonly string[], tokens: readonly string[], others: readonly string[], nestPrefixes: readonly string[] = []): fc.Arbitrary<string> {
  const arbs: Array<fc.WeightedArbitrary<string>> = [
    { weight: 10, arbitrary: mutatedArb(own) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 600 }).map(latin1) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 600 }).map(utf8) },
    { weight: 4, arbitrary: tokenText(tokens) },
    { weight: 2, arbitrary: nestedArb(nestPrefixes) },
    { weight: 1, arbitrary: mutatedArb(others) },
  ];
  if (own.length > 0) arbs.push({ weight: 1, arbitrary: fc.constantFrom(...own) });
  return fc.oneof(...arbs);
}
