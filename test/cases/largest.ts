// The largest inputs the graders still grade (just under their size limits), shared by the limits unit test
// (they are graded, not refused) and `npm run bench` (how long they take).
export function largestInputs(): Array<{ labId: string; label: string; files: Record<string, string> }> {
  let stages = 'stages:\n';
  for (let i = 0; stages.length < 64 * 1024 - 100; i++) stages += `  s${i}:\n    cmd: x\n    deps: [a]\n    outs: [a/${i}]\n`;
  let rules = 'groups:\n  - name: generated\n    rules:\n';
  for (let i = 0; rules.length < 128 * 1024 - 400; i++) {
    rules += `      - alert: Generated${i}\n        expr: sum by (job) (rate(model_errors_total{job="model-server",shard="${i}"}[5m])) / sum by (job) (rate(model_requests_total{job="model-server",shard="${i}"}[5m])) > 0.05\n        for: 5m\n        labels:\n          severity: warning\n        annotations:\n          summary: "{{ $labels.job }} shard ${i} fails {{ $value | humanizePercentage }}"\n          runbook_url: https://runbooks.example.com/model-server/errors\n`;
  }
  // A Rollout whose container carries many environment variables, and as many documents as are graded.
  let env = '';
  for (let i = 0; env.length < 128 * 1024 - 4000; i++) env += `            - name: FEATURE_FLAG_${i}\n              value: "on"\n`;
  const rollout = `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: churn-model\nspec:\n  replicas: 4\n  selector:\n    matchLabels: {app: churn-model}\n  template:\n    metadata:\n      labels: {app: churn-model}\n    spec:\n      containers:\n        - name: server\n          image: registry.example.com/churn-model:1.4.0\n          env:\n${env}  strategy:\n    canary:\n      steps: [{setWeight: 25}, {pause: {}}]\n`;
  let configMaps = '';
  for (let i = 0; i < 200; i++) configMaps += `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: churn-model-${i}\ndata:\n  threshold: "0.${i}"\n`;
  return [
    {
      labId: 'k8s-canary-rollout',
      label: 'a 124 KB Rollout (2,000 env entries) and 200 ConfigMaps in the Service file',
      files: { 'k8s/rollout.yaml': rollout, 'k8s/service.yaml': configMaps },
    },
    {
      labId: 'containerize-model-server',
      label: 'Dockerfile of 24 KB (1,700 RUN lines)',
      files: { Dockerfile: `FROM python:3.12-slim\n${'RUN $A$B\n'.repeat(Math.floor((24 * 1024 - 30) / 9))}` },
    },
    {
      labId: 'dvc-pipeline',
      label: 'dvc.yaml of 64 KB (1,600 stages) and a 64 KB .gitignore',
      files: { 'dvc.yaml': stages, '.gitignore': '/data/*/x?[a-z]/**\n'.repeat(Math.floor((64 * 1024 - 10) / 19)) },
    },
    {
      labId: 'prometheus-alerts',
      label: 'rules file of 128 KB (about 300 alerts)',
      files: { 'monitoring/alerts.yaml': rules },
    },
  ];
}
