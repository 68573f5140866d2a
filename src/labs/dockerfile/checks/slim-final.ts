// docker.slim-final: the final image does not start from the full variant of a language image (python:3.12,
// node:22, ...), which carries compilers and build tools; multi-stage builds are judged by their final stage.
import { DOCKERFILE } from '../context';
import { finalChain, isPythonImage, parseImageRef, shortName, type ImageRef } from '../model';
import { resolveImage } from '../parse';
import { finding, fromLsp, textFix } from '../positions';
import { endOf, PYTHON_SLIM_TAG, withFinal, type DockerCheck } from './shared';

/** Official images whose default variant is built on buildpack-deps (compilers, headers, VCS tools). */
const FULL_IMAGES: Record<string, string> = {
  python: 'about 1 GB',
  node: 'about 1 GB',
  golang: 'about 800 MB',
  ruby: 'about 1 GB',
  rust: 'about 1.5 GB',
  'buildpack-deps': 'about 800 MB',
};

/** Why `ref` is the full variant, or null when it is not known to be. */
export function fullVariant(ref: ImageRef): string | null {
  const name = shortName(ref.name);
  const size = FULL_IMAGES[name];
  if (!size) return null;
  const tag = (ref.tag ?? 'latest').toLowerCase();
  if (/slim|alpine|windowsservercore|nanoserver/.test(tag)) return null;
  if (ref.digest && !ref.tag) return null; // a digest alone does not say which variant it is
  return size;
}

/** `3.11` -> `3.11-slim`, `3.11-bookworm` -> `3.11-slim-bookworm`; other tags: no mechanical fix. */
function slimVariant(tag: string): string | null {
  const m = /^(\d+(?:\.\d+)*)(?:-(bookworm|bullseye|buster|trixie))?$/.exec(tag);
  if (!m) return null;
  return m[2] ? `${m[1]}-slim-${m[2]}` : `${m[1]}-slim`;
}

const run = withFinal((p) => {
  const root = finalChain(p)[0];
  const from = root.from;
  const image = from.getImage();
  const imageRange = from.getImageRange();
  if (!image || !imageRange) return []; // reported by "Dockerfile is valid"
  const resolved = resolveImage(p, image);
  if (!resolved) return [];
  const ref = parseImageRef(resolved);
  const size = fullVariant(ref);
  if (!size) return [];
  let fix;
  if (isPythonImage(ref) && !image.includes('$')) {
    const tag = ref.tag === null || ref.tag.toLowerCase() === 'latest' ? PYTHON_SLIM_TAG : slimVariant(ref.tag);
    const tagRange = from.getImageTagRange();
    const nameRange = from.getImageNameRange();
    if (tag && ref.tag && tagRange) fix = textFix(`Use ${ref.name}:${tag}`, DOCKERFILE, fromLsp(tagRange), tag);
    else if (tag && !ref.tag && nameRange) fix = textFix(`Use ${ref.name}:${tag}`, DOCKERFILE, endOf(nameRange), `:${tag}`);
  }
  const multi = p.stages.length > 1 ? ' Build in an earlier stage if you need the tools, and copy only the result into a slim final stage.' : ' Use its -slim variant, or build in one stage and copy the result into a slim one.';
  const shown = image.includes('$') ? `${image} (${resolved})` : image;
  return [finding(DOCKERFILE, fromLsp(imageRange), `The final image starts from ${shown}, the full variant (${size}, with compilers and build tools a server does not run).${multi}`, fix)];
});

export const slimFinal: DockerCheck = {
  definition: {
    id: 'docker.slim-final',
    title: 'The final image starts from a slim base',
    scope: 'general',
    why: 'The full Debian-based Python image weighs around a gigabyte, most of it compilers and tools the server never uses. A slim (or distroless) final image, or a multi-stage build whose final stage is slim, pulls faster, starts faster when autoscaling and has far fewer packages to patch.',
    lesson: 'containerization',
    hints: [
      'How much of the base image does a small FastAPI server actually need at run time?',
      'Use a `-slim` variant for the final stage; a multi-stage build only helps if its last FROM is small.',
      'Change the final FROM to a slim tag such as `python:3.12-slim`.',
    ],
  },
  run,
};
