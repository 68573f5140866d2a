// docker.pinned-base: every base image names a release (a version tag) or a digest.
//
// The rule: a tag pins when it names a version number: for the python image major.minor (3.12, 3.12-slim,
// 3.12.8-slim-bookworm), because each Python 3.x minor release changes the language and the compiled wheels it
// can use; for other images any version number (node:22-slim, debian:12, ubuntu:24.04, nvidia/cuda:12.4.1-runtime-...).
// Debian and Ubuntu release names (debian:bookworm, ubuntu:noble) pin a release too, and so does the Debian
// release in a distroless image's name (gcr.io/distroless/python3-debian12:nonroot). An @sha256 digest always pins.
// No tag, `latest`, and tags without a version (`slim`, `alpine`, `3-slim` on python, `bookworm` on python,
// `nonroot`, `stable`, `lts`) move to new releases.
import type { Finding } from '../../types';
import { DOCKERFILE } from '../context';
import { isPythonImage, parseImageRef, shortName, stageRef, type ImageRef } from '../model';
import { resolveImage } from '../parse';
import { finding, fromLsp, textFix } from '../positions';
import { endOf, noFrom, PYTHON_SLIM_TAG, withDocker, type DockerCheck } from './shared';

const RELEASE_NAMES = new Set(['buster', 'bullseye', 'bookworm', 'trixie', 'focal', 'jammy', 'noble', 'oracular', 'plucky']);

/** Why the reference does not pin a release, or null when it does. */
export function unpinnedReason(ref: ImageRef): string | null {
  if (ref.digest || shortName(ref.name) === 'scratch') return null;
  // Distroless names carry the Debian release, and their Python is that release's (python3-debian12: 3.11).
  if (/^gcr\.io\/distroless\/.*-debian\d+$/.test(ref.name)) return null;
  const tag = ref.tag?.toLowerCase() ?? null;
  if (tag === null) return 'has no tag: Docker pulls :latest, which moves to each new release';
  if (tag === 'latest') return 'uses "latest", which moves to each new release';
  if (isPythonImage(ref)) {
    if (/^\d+\.\d+/.test(tag)) return null;
    if (/^\d+(-|$)/.test(tag)) return `names only Python ${tag.split('-')[0]}: it moves to each new Python ${tag.split('-')[0]}.x release, and minor releases change the language and which wheels install`;
    return `names no Python version ("${tag}" follows the newest Python)`;
  }
  if (/\d/.test(tag)) return null;
  const name = shortName(ref.name);
  if ((name === 'debian' || name === 'ubuntu') && RELEASE_NAMES.has(tag.replace(/-slim$/, ''))) return null;
  return `has the tag "${tag}", which names no version and moves to each new release`;
}

const run = withDocker((p) => {
  if (p.stages.length === 0) return [noFrom()];
  const out: Finding[] = [];
  p.stages.forEach((stage, i) => {
    const from = stage.from;
    const image = from.getImage();
    const imageRange = from.getImageRange();
    if (!image || !imageRange) return; // reported by "Dockerfile is valid"
    if (stageRef(p, image, i) >= 0) return; // builds on an earlier stage
    const range = fromLsp(imageRange);
    const resolved = resolveImage(p, image);
    if (resolved === null) {
      out.push(finding(DOCKERFILE, range, `"${image}" uses a build argument with no default declared before the first FROM, so the Dockerfile alone does not say which image is built: give the ARG a default that names a version.`));
      return;
    }
    const ref = parseImageRef(resolved);
    const why = unpinnedReason(ref);
    if (!why) return;
    const python = isPythonImage(ref) && !image.includes('$');
    const shown = image.includes('$') ? `${image} (${resolved})` : image;
    const example = isPythonImage(ref) ? `${ref.name}:${PYTHON_SLIM_TAG}` : `${ref.name}:<version>`;
    let fix;
    if (python && (ref.tag === null || ref.tag.toLowerCase() === 'latest')) {
      const tagRange = from.getImageTagRange();
      const nameRange = from.getImageNameRange();
      if (ref.tag === null && nameRange) fix = textFix(`Pin to ${ref.name}:${PYTHON_SLIM_TAG}`, DOCKERFILE, endOf(nameRange), `:${PYTHON_SLIM_TAG}`);
      else if (tagRange) fix = textFix(`Pin to ${ref.name}:${PYTHON_SLIM_TAG}`, DOCKERFILE, fromLsp(tagRange), PYTHON_SLIM_TAG);
    }
    out.push(finding(DOCKERFILE, range, `FROM ${shown} ${why}. The same Dockerfile can then build a different image next month: pin a version, e.g. ${example}, or a digest (@sha256:...).`, fix));
  });
  return out;
});

export const pinnedBase: DockerCheck = {
  definition: {
    id: 'docker.pinned-base',
    title: 'Base image is pinned to a version',
    scope: 'general',
    why: 'An untagged, `latest` or version-less tag (`python:slim`, `python:3-slim`) changes under you: the same Dockerfile builds a different Python next month and the model server breaks with no change on your side. A tag that names a version (major.minor for Python, e.g. 3.12-slim) keeps the language fixed, though it still moves to new patch releases and Debian updates; only an @sha256 digest names one exact image, so use it where a rebuild must be byte-for-byte the same.',
    lesson: 'why-versioning',
    hints: [
      'Which Python version will `FROM python:latest` (or `python:3-slim`) give you a year from now?',
      'Give every FROM a tag that names a version (for Python, major.minor such as 3.12), or an @sha256 digest.',
      'For this project `FROM python:3.12-slim` pins the Python version and keeps the image small.',
    ],
  },
  run,
};
