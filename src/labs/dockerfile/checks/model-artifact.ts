// docker.model-artifact (lab): the model this lab's server loads (app/main.py's models/... path) is copied into the
// final image explicitly: by a COPY in a stage that reaches the final image, or a verified ADD download.
import { Env, type Instruction } from 'dockerfile-ast';
import { DOCKERFILE, DOCKERIGNORE, MAIN_PY, type Context } from '../context';
import { isIgnored, parseDockerignore } from '../dockerignore';
import { baseFacts, chainOf, copyFromStage, finalBase, finalChain, parseImageRef, shippedStages, stageIndexOf } from '../model';
import { copySources, execStrings, normalizePath, rangeOf, resolveAt, resolveImage, type ParsedDockerfile } from '../parse';
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

/** `a` joined with `b` the POSIX way (`b` absolute wins), with `.` and `..` resolved. */
function joinPath(a: string, b: string): string {
  const parts: string[] = [];
  for (const seg of (b.startsWith('/') ? b : `${a}/${b}`).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return '/' + parts.join('/');
}

function destinationOf(ins: Instruction): string | null {
  const exec = execStrings(ins);
  if (exec) return exec.length >= 2 ? exec[exec.length - 1] : null;
  const args = ins.getArguments();
  return args.length >= 2 ? args[args.length - 1].getValue().replace(/^["']|["']$/g, '') : null;
}

/**
 * Where the model lands, for each COPY/ADD of the final stages that brings it (null: cannot tell), and where the
 * server looks for it (its working directory + the path app/main.py loads, or an absolute MODEL_PATH).
 */
function placement(p: ParsedDockerfile, modelPath: string): { landings: { ins: Instruction; at: string | null }[]; expected: string; workdir: string; fromEnv: boolean } {
  const modelFile = modelPath.slice(modelPath.lastIndexOf('/') + 1);
  let workdir = baseFacts(finalBase(p)).workdir ?? '/';
  const landings: { ins: Instruction; at: string | null }[] = [];
  let modelEnv: string | null = null;
  for (const ins of finalChain(p).flatMap((st) => st.body)) {
    const kw = ins.getKeyword();
    const line = ins.getRange().start.line;
    if (kw === 'WORKDIR') {
      const v = resolveAt(p, (ins.getArgumentsContent() ?? '').trim(), line);
      if (v) workdir = joinPath(workdir, v);
      continue;
    }
    if (ins instanceof Env) {
      const v = ins.getProperties().find((q) => q.getName() === 'MODEL_PATH')?.getValue();
      if (v) modelEnv = resolveAt(p, v, line) ?? v;
      continue;
    }
    if ((kw !== 'COPY' && kw !== 'ADD') || (ins.getArgumentsContent() ?? '').includes('--from')) continue;
    const sources = copySources(ins);
    const rawDest = destinationOf(ins);
    if (rawDest === null) continue;
    const destRaw = resolveAt(p, rawDest, line) ?? rawDest;
    const dest = joinPath(workdir, destRaw);
    const folder = destRaw.endsWith('/') || destRaw === '.' || sources.length > 1;
    for (const src of sources) {
      const url = /^https?:\/\//.test(src.value);
      const n = normalizePath(src.value);
      let at: string | null | undefined;
      if (/[*?[]/.test(n)) at = null;
      else if (url) at = src.value.includes(modelFile) ? (folder ? `${dest}/${modelFile}` : dest) : undefined;
      else if (n === modelPath) at = folder ? `${dest}/${modelFile}` : dest;
      else if (n === '.') at = joinPath(dest, modelPath);
      else if (modelPath.startsWith(n + '/')) at = joinPath(dest, modelPath.slice(n.length + 1));
      if (at !== undefined) landings.push({ ins, at });
    }
  }
  const wanted = modelEnv ?? modelPath;
  return { landings, expected: joinPath(workdir, wanted), workdir, fromEnv: modelEnv !== null };
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
  if (brings) {
    const { landings, expected, workdir, fromEnv } = placement(p, modelPath);
    const explicit = landings.filter((l) => !copySources(l.ins).some((s) => normalizePath(s.value) === '.'));
    if (explicit.length === 0 || explicit.some((l) => l.at === null || l.at === expected)) return [];
    const first = explicit[0];
    const how = fromEnv ? 'MODEL_PATH (set by ENV)' : `${modelPath} relative to its working directory ${workdir}`;
    return [finding(DOCKERFILE, rangeOf(first.ins), `This copies the model to ${first.at}, but this lab's server (${MAIN_PY}) loads ${how}, that is ${expected}, so it would not find it at start-up: copy the model there (e.g. COPY models/ ./models/ after WORKDIR /app).`)];
  }
  // A broad copy only puts the model in the image when it is in the final stages themselves.
  const chain = new Set(finalChain(p).flatMap((st) => st.body));
  const broad = fromContext.find((c) => chain.has(c) && copySources(c).some((s) => ['.', '*'].includes(normalizePath(s.value))));
  const before = insertionPoint(final.body, ['USER', 'EXPOSE', 'HEALTHCHECK', 'CMD', 'ENTRYPOINT']);
  const fix = before ? textFix('Copy the models/ folder', DOCKERFILE, lineStart(before), 'COPY models/ ./models/\n') : undefined;
  if (broad) {
    const di = ctx.files.get(DOCKERIGNORE);
    const rule = di && di.kind === 'text' ? isIgnored(parseDockerignore(di.text), modelPath) : null;
    if (rule && rule.ignored) {
      return [finding(DOCKERFILE, rangeOf(broad), `${modelPath}, which this lab's server loads at start-up, is excluded by .dockerignore (line ${rule.rule?.line ?? '?'}), so this broad copy leaves it out and the server cannot start: copy the model explicitly and keep it out of .dockerignore.`, fix)];
    }
    return [finding(DOCKERFILE, rangeOf(broad), `This lab asks for the model to be copied explicitly: ${modelPath} reaches the image here only as part of a broad copy, which a later .dockerignore line can silently drop. Add COPY models/ ./models/ so the Dockerfile shows which model it ships.`, fix)];
  }
  const carried = broadCopyCarriedOver(p);
  if (carried) {
    const stage = p.stages[carried.stage].from.getBuildStage() ?? String(carried.stage);
    return [finding(DOCKERFILE, rangeOf(carried.ins), `This lab asks for the model to be copied explicitly: ${modelPath} reaches the final image only inside this broad copy in stage "${stage}", which line ${carried.line} copies over. Add COPY models/ ./models/ to the final stage so the Dockerfile shows which model it ships.`, fix)];
  }
  return [finding(DOCKERFILE, rangeOf(final.from), `This lab's server (${MAIN_PY}) loads its model from ${modelPath}, and nothing copies it into the final image, so the server cannot start: add COPY models/ ./models/.`, fix)];
});

/** The working directory in effect at `ins` of stage `si` (the base image's, then each WORKDIR of its stages). */
function workdirAt(p: ParsedDockerfile, si: number, ins: Instruction): string {
  const chain = chainOf(p, si);
  const image = p.stages[chain[0]].from.getImage();
  const resolved = image ? resolveImage(p, image) : null;
  let dir = (resolved ? baseFacts(parseImageRef(resolved)).workdir : undefined) ?? '/';
  for (const w of chain.flatMap((i) => p.stages[i].body)) {
    if (w === ins) break;
    if (w.getKeyword() !== 'WORKDIR') continue;
    const v = resolveAt(p, (w.getArgumentsContent() ?? '').trim(), w.getRange().start.line);
    if (v) dir = joinPath(dir, v);
  }
  return dir;
}

/**
 * A broad copy of the build context (`COPY . /app`) in an earlier stage whose destination the final image copies
 * over (`COPY --from=builder /app /app`): the model rides along inside it. Null when there is none.
 */
function broadCopyCarriedOver(p: ParsedDockerfile): { ins: Instruction; stage: number; line: number } | null {
  const shipped = shippedStages(p);
  for (const [si, paths] of shipped) {
    if (paths === 'all') continue;
    for (const ins of p.stages[si].body) {
      if ((ins.getKeyword() !== 'COPY' && ins.getKeyword() !== 'ADD') || (ins.getArgumentsContent() ?? '').includes('--from')) continue;
      if (!copySources(ins).some((s) => ['.', '*'].includes(normalizePath(s.value)))) continue;
      const raw = destinationOf(ins);
      if (raw === null) continue;
      const dest = joinPath(workdirAt(p, si, ins), resolveAt(p, raw, ins.getRange().start.line) ?? raw);
      if (!paths.some((src) => src === '/' || dest === src || dest.startsWith(src + '/'))) continue;
      const over = finalChain(p).flatMap((st) => st.body).find((c) => (c.getKeyword() === 'COPY' || c.getKeyword() === 'ADD') && chainOf(p, copyFromStage(p, c, stageIndexOf(p, c))).includes(si));
      return { ins, stage: si, line: over ? over.getRange().start.line + 1 : ins.getRange().start.line + 1 };
    }
  }
  return null;
}

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
