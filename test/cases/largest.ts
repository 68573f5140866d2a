// The largest inputs the graders still grade (just under their size limits), shared by the limits unit test
// (they are graded, not refused) and `npm run bench` (how long they take).
export function largestInputs(): Array<{ labId: string; label: string; files: Record<string, string> }> {
  let stages = 'stages:\n';
  for (let i = 0; stages.length < 64 * 1024 - 100; i++) stages += `  s${i}:\n    cmd: x\n    deps: [a]\n    outs: [a/${i}]\n`;
  let rules = 'groups:\n  - name: generated\n    rules:\n';
  for (let i = 0; rules.length < 128 * 1024 - 400; i++) {
    rules += `      - alert: Generated${i}\n        expr: sum by (job) (rate(model_errors_total{job="model-server",shard="${i}"}[5m])) / sum by (job) (rate(model_requests_total{job="model-server",shard="${i}"}[5m])) > 0.05\n        for: 5m\n        labels:\n          severity: warning\n        annotations:\n          summary: "{{ $labels.job }} shard ${i} fails {{ $value | humanizePercentage }}"\n          runbook_url: https://runbooks.example.com/model-server/errors\n`;
  }
  return [
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
