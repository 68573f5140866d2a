// docker.valid-syntax: what Docker (BuildKit) would refuse to build, from dockerfile-utils' validator, minus the
// rules where the validator is stricter than BuildKit.
import { validate, ValidationCode, ValidationSeverity, type ValidatorSettings } from 'dockerfile-utils';
import type { Finding } from '../../types';
import { DOCKERFILE } from '../context';
import { fromLsp, finding } from '../positions';
import { needsDockerfile, type CheckFn, type DockerCheck } from './shared';

/** Settings for dockerfile-utils: all keys given, or omitted ones are silently ignored. Problems other
 * checks report (WORKDIR, duplicate CMD/ENTRYPOINT/HEALTHCHECK) are turned off here to avoid double reports;
 * lowercase instructions are legal Docker, so casing is not a syntax problem. */
const VALIDATOR_SETTINGS: Required<ValidatorSettings> = {
  deprecatedMaintainer: ValidationSeverity.WARNING,
  directiveCasing: ValidationSeverity.IGNORE,
  emptyContinuationLine: ValidationSeverity.WARNING,
  instructionCasing: ValidationSeverity.IGNORE,
  instructionCmdMultiple: ValidationSeverity.IGNORE,
  instructionEntrypointMultiple: ValidationSeverity.IGNORE,
  instructionHealthcheckMultiple: ValidationSeverity.IGNORE,
  instructionJSONInSingleQuotes: ValidationSeverity.WARNING,
  instructionWorkdirRelative: ValidationSeverity.IGNORE,
};

/** Flags current Dockerfile frontends accept that the validator (dockerfile-utils) does not know yet. */
const NEWER_FLAGS: Record<number, string[]> = {
  [ValidationCode.UNKNOWN_ADD_FLAG]: ['unpack', 'exclude', 'parents', 'link', 'chmod', 'chown', 'checksum', 'keep-git-dir'],
  [ValidationCode.UNKNOWN_COPY_FLAG]: ['exclude', 'parents', 'link', 'chmod', 'chown', 'from'],
  [ValidationCode.UNKNOWN_FROM_FLAG]: ['platform'],
  [ValidationCode.UNKNOWN_HEALTHCHECK_FLAG]: ['start-interval', 'start-period', 'interval', 'timeout', 'retries'],
};

/** BuildKit treats these destinations as folders, so several sources are fine (`COPY a b .`). */
function folderLike(dest: string): boolean {
  const d = dest.replace(/^["']|["']$/g, '');
  return d === '.' || d === '..' || d.endsWith('/') || d.endsWith('/.') || d.endsWith('\\');
}

const run: CheckFn = (ctx) => {
  if (!ctx.docker) return [ctx.dockerProblem ?? needsDockerfile()[0]];
  const p = ctx.docker;
  const out: Finding[] = [];
  for (const d of validate(p.text, VALIDATOR_SETTINGS)) {
    const range = fromLsp(d.range);
    const text = String(typeof d.message === 'string' ? d.message : d.message.value).replace(/\.$/, '');
    if (d.code === ValidationCode.NO_SOURCE_IMAGE) {
      out.push(finding(DOCKERFILE, range, 'The Dockerfile has no FROM instruction: every image starts from a base, e.g. FROM python:3.12-slim.'));
      continue;
    }
    const newer = NEWER_FLAGS[Number(d.code)];
    if (newer && newer.some((f) => new RegExp(`\\b${f}\\b`).test(text))) continue;
    if (d.code === ValidationCode.INVALID_DESTINATION) {
      const ins = p.instructions.find((i) => i.getRange().start.line <= d.range.start.line && d.range.start.line <= i.getRange().end.line);
      const args = ins?.getArguments() ?? [];
      const dest = args.length > 0 ? args[args.length - 1].getValue() : '';
      if (folderLike(dest)) continue;
      out.push(finding(DOCKERFILE, range, `With more than one source, ${ins?.getKeyword() ?? 'COPY'} copies into a folder: end the destination with / (${dest}/) so it is one; Docker's classic builder rejects this line as written.`));
      continue;
    }
    out.push(finding(DOCKERFILE, range, `${d.severity === 1 ? 'Docker would reject this' : 'Docker warns about this'}: ${text}.`));
  }
  return out;
};

export const validSyntax: DockerCheck = {
  definition: {
    id: 'docker.valid-syntax',
    title: 'Dockerfile is valid',
    scope: 'general',
    why: 'A Dockerfile that Docker cannot parse never builds, and some mistakes (a misspelt instruction, a CMD array in single quotes) build but do something other than what you wrote. Catching them in the editor is far cheaper than in a failed CI build.',
    lesson: 'containerization',
    hints: [
      'Look at the lines marked in the Problems panel: each one names what Docker objects to.',
      'Every Dockerfile starts with FROM, and every instruction is one of Docker\'s keywords (FROM, RUN, COPY, WORKDIR, ...).',
      'JSON arrays in CMD, ENTRYPOINT and RUN need double quotes: CMD ["uvicorn", "app.main:app"].',
    ],
  },
  run,
};
