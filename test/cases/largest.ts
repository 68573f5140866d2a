// The largest inputs the graders still grade (just under their size limits), shared by the limits unit test
// (they are graded, not refused) and `npm run bench` (how long they take).
export function largestInputs(): Array<{ labId: string; label: string; files: Record<string, string> }> {
  let stages = 'stages:\n';
  for (let i = 0; stages.length < 64 * 1024 - 100; i++) stages += `  s${i}:\n    cmd: x\n    deps: [a]\n    outs: [a/${i}]\n`;
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
  ];
}
