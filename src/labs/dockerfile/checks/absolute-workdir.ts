// docker.absolute-workdir: WORKDIR paths are absolute, and the app is not copied into the filesystem root.
//
// A relative WORKDIR is resolved against the one before it (possibly the base image's), so it is flagged anywhere.
// No WORKDIR at all is only a problem when something is copied to `.` while the working directory is still `/`;
// copying to absolute paths (COPY app /app) without a WORKDIR is fine, and so is a base image that sets one.
import type { Finding } from '../../types';
import { DOCKERFILE } from '../context';
import { baseFacts, finalBase, finalChain } from '../model';
import { argumentsRange, execStrings, rangeOf, resolveAt } from '../parse';
import { finding, textFix } from '../positions';
import { withFinal, type DockerCheck } from './shared';

function destination(ins: import('dockerfile-ast').Instruction): string | null {
  const exec = execStrings(ins);
  if (exec) return exec.length >= 2 ? exec[exec.length - 1] : null;
  const args = ins.getArguments();
  if (args.length < 2 || args[0].getValue().startsWith('<<')) return null;
  return args[args.length - 1].getValue().replace(/^["']|["']$/g, '');
}

const run = withFinal((p) => {
  const out: Finding[] = [];
  for (const ins of p.instructions.filter((i) => i.getKeyword() === 'WORKDIR')) {
    const raw = ins.getArgumentsContent();
    if (raw === null) continue; // reported by "Dockerfile is valid"
    const value = raw.trim();
    const resolved = resolveAt(p, value, ins.getRange().start.line);
    if (resolved === null || resolved.startsWith('/') || /^[A-Za-z]:[\\/]/.test(resolved)) continue;
    const fix = value.includes('$') ? undefined : textFix(`Use /${value}`, DOCKERFILE, argumentsRange(ins), `/${value}`);
    out.push(finding(DOCKERFILE, argumentsRange(ins), `WORKDIR ${value} is relative, so where it points depends on the WORKDIR before it (or the base image's): use an absolute path such as /${value}.`, fix));
  }
  const chain = finalChain(p).flatMap((s) => s.body);
  if (chain.some((i) => i.getKeyword() === 'WORKDIR') || baseFacts(finalBase(p)).workdir) return out;
  for (const ins of chain) {
    if (ins.getKeyword() !== 'COPY' && ins.getKeyword() !== 'ADD') continue;
    const dest = destination(ins);
    if (dest === null) continue;
    const d = dest.replace(/\/+$/, '');
    if (d === '.' || d === '' || d === './' || d === './.') {
      out.push(finding(DOCKERFILE, rangeOf(ins), `No WORKDIR is set in the final image, so this ${ins.getKeyword()} copies into / (the filesystem root), next to the system folders, and the server starts there: add WORKDIR /app before it.`));
      break;
    }
  }
  return out;
});

export const absoluteWorkdir: DockerCheck = {
  definition: {
    id: 'docker.absolute-workdir',
    title: 'An absolute WORKDIR holds the app',
    scope: 'general',
    why: 'Without a WORKDIR, `COPY . .` puts your files in the filesystem root next to the system directories; a relative WORKDIR depends on whatever the base image or an earlier line set before it. An absolute WORKDIR makes every later COPY, RUN and CMD path unambiguous.',
    lesson: 'containerization',
    hints: [
      'Where do `COPY . .` and the CMD run if no working directory is set?',
      'Set a WORKDIR in the final stage before copying to `.`, and write it as a path starting with /.',
      'For example `WORKDIR /app`.',
    ],
  },
  run,
};
