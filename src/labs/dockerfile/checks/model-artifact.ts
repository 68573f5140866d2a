// docker.model-artifact (lab): the model this lab's server loads (app/main.py's models/... path) is copied into the
// final image explicitly: by a COPY in a stage that reaches the final image, or a verified ADD download.
import type { Instruction } from 'dockerfile-ast';
import { DOCKERFILE, DOCKERIGNORE, MAIN_PY, type Context } from '../context';
import { isIgnored, parseDockerignore } from '../dockerignore';
import { shippedStages } from '../model';
import { copySources, normalizePath, rangeOf, type ParsedDockerfile } from '../parse';
import { finding, textFix } from '../positions';
import { scanModelPath } from '../python';
import { insertionPoint, lineStart, withFinal, type DockerCheck } from './shared';

export function modelPathOf(ctx: Context): string {
  const main = ctx.files.get(MAIN_PY);
  if (main && main.kind === 'text' && main.text.length <= 1_000_000) return scanModelPath(main.text) ?? 'models/model.json';
  return 'models/model.json';
}

/** The instructions of stages whose files reach the final image. */
function shippedInstructions(p: ParsedDockerfile): Instruction[] {
  return [...shippedStages(p).keys()].sort((a, b) => a - b).flatMap((i) => p.stages[i].body);
}

const run = withFinal((p, final, ctx) => {
  const modelPath = modelPathOf(ctx);
  const modelFile = modelPath.slice(modelPath.lastIndexOf('/') + 1);
  const copies = shippedInstructions(p).filter((i) => (i.getKeyword() === 'COPY' || i.getKeyword() === 'ADD'));
  const fromContext = copies.filter((c) => !(c.getArgumentsContent() ?? '').includes('--from'));
  const brings = fromContext.some((c) => copySources(c).some((s) => {
    const n = normalizePath(s.value);
    const b = n.slice(n.lastIndexOf('/') + 1);
    return n === 'models' || n.startsWith('models/') || n.endsWith('/models') || n.includes('/models/') || b === modelFile || /^https?:\/\//.test(s.value) && s.value.includes(modelFile);
  }));
  if (brings) return [];
  const broad = fromContext.find((c) => copySources(c).some((s) => ['.', '*'].includes(normalizePath(s.value))));
  const before = insertionPoint(final.body, ['USER', 'EXPOSE', 'HEALTHCHECK', 'CMD', 'ENTRYPOINT']);
  const fix = before ? textFix('Copy the models/ folder', DOCKERFILE, lineStart(before), 'COPY models/ ./models/\n') : undefined;
  if (broad) {
    const di = ctx.files.get(DOCKERIGNORE);
    const rule = di && di.kind === 'text' ? isIgnored(parseDockerignore(di.text), modelPath) : null;
    if (rule && rule.ignored) {
      return [finding(DOCKERFILE, rangeOf(broad), `${modelPath}, which the server loads at start-up, is excluded by .dockerignore (line ${rule.rule?.line ?? '?'}), so this broad copy leaves it out and the server cannot start: copy the model explicitly and keep it out of .dockerignore.`, fix)];
    }
    return [finding(DOCKERFILE, rangeOf(broad), `This lab asks for the model to be copied explicitly: ${modelPath} reaches the image here only as part of a broad copy, which a later .dockerignore line can silently drop. Add COPY models/ ./models/ so the Dockerfile shows which model it ships.`, fix)];
  }
  return [finding(DOCKERFILE, rangeOf(final.from), `Nothing copies the model (${modelPath}, loaded by ${MAIN_PY}) into the final image, so the server cannot start: add COPY models/ ./models/.`, fix)];
});

export const modelArtifact: DockerCheck = {
  definition: {
    id: 'docker.model-artifact',
    title: 'The model artifact is copied into the image',
    scope: 'lab',
    why: 'In this lab the image is the unit you deploy and roll back, so it carries the exact model it serves next to the code that serves it. Copying the model explicitly makes that visible in the Dockerfile instead of depending on whatever a broad `COPY . .` happens to include. (Other projects may instead download the model at start-up or mount it; this lab bakes it in.)',
    lesson: 'containerization',
    hints: [
      'Where does app/main.py load the model from, and how does that file get into the image?',
      'Add a COPY for the models/ folder (or the model file) next to the app code.',
      'COPY models/ ./models/',
    ],
  },
  run,
};
