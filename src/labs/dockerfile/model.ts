// What the final image is made of: which stages it builds FROM, which it copies files from (and which paths), and
// what a known base image already provides. Pure: no I/O.
import type { Instruction } from 'dockerfile-ast';
import { copySources, flags, normalizePath, resolveImage, type ParsedDockerfile, type Stage } from './parse';

export interface ImageRef {
  /** Lower-cased repository, e.g. `python`, `gcr.io/distroless/python3-debian12`. */
  name: string;
  tag: string | null;
  digest: string | null;
}

/** Splits an image reference `[registry/]name[:tag][@digest]`. */
export function parseImageRef(s: string): ImageRef {
  const atIdx = s.indexOf('@');
  const digest = atIdx >= 0 ? s.slice(atIdx + 1) : null;
  const rest = atIdx >= 0 ? s.slice(0, atIdx) : s;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) return { name: rest.slice(0, colon).toLowerCase(), tag: rest.slice(colon + 1), digest };
  return { name: rest.toLowerCase(), tag: null, digest };
}

/** The repository without a Docker Hub prefix: `docker.io/library/python` → `python`. */
export function shortName(name: string): string {
  return name.replace(/^(docker\.io\/|index\.docker\.io\/|registry-1\.docker\.io\/)/, '').replace(/^library\//, '');
}

export function isPythonImage(ref: ImageRef): boolean {
  return shortName(ref.name) === 'python';
}

// ---------------------------------------------------------------- stages

function fromName(stage: Stage): string {
  return (stage.from.getImage() ?? '').toLowerCase();
}

const nameIndex = new WeakMap<ParsedDockerfile, Map<string, number[]>>();

/** Index of the stage called `ref` (a name or a number) defined before stage `before`, or -1. */
export function stageRef(p: ParsedDockerfile, ref: string, before: number): number {
  const r = ref.toLowerCase();
  if (/^\d+$/.test(r)) return Number(r) < before ? Number(r) : -1;
  let names = nameIndex.get(p);
  if (!names) {
    names = new Map();
    p.stages.forEach((s, i) => {
      const n = (s.from.getBuildStage() ?? '').toLowerCase();
      if (!n) return;
      const list = names!.get(n) ?? [];
      list.push(i);
      names!.set(n, list);
    });
    nameIndex.set(p, names);
  }
  const list = names.get(r);
  if (!list) return -1;
  for (let k = list.length - 1; k >= 0; k--) if (list[k] < before) return list[k];
  return -1;
}

/** The stage that stage `i` builds FROM, or -1 when it starts from an image. */
export function parentStage(p: ParsedDockerfile, i: number): number {
  const name = fromName(p.stages[i]);
  return name === '' ? -1 : stageRef(p, name, i);
}

/** Stage indexes from the root image to `i`, following `FROM <earlier stage>`. */
export function chainOf(p: ParsedDockerfile, i: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  while (i >= 0 && !seen.has(i)) {
    seen.add(i);
    out.unshift(i);
    i = parentStage(p, i);
  }
  return out;
}

export function finalChain(p: ParsedDockerfile): Stage[] {
  return p.stages.length === 0 ? [] : chainOf(p, p.stages.length - 1).map((i) => p.stages[i]);
}

export function chainInstructions(p: ParsedDockerfile): Instruction[] {
  return finalChain(p).flatMap((s) => s.body);
}

/** The stage a `COPY --from=X` (or ADD) copies from, or -1 for an external image / the build context. */
export function copyFromStage(p: ParsedDockerfile, ins: Instruction, stageIndex: number): number {
  const f = flags(ins).find((x) => x.name === 'from');
  if (!f || !f.value) return -1;
  return stageRef(p, f.value, stageIndex);
}

/** `all`: every layer of the stage ends up in the final image; otherwise the paths copied out of it. */
export type Shipped = 'all' | string[];

/** For each stage whose files reach the final image: everything (its layers) or the paths copied from it. */
export function shippedStages(p: ParsedDockerfile): Map<number, Shipped> {
  const cached = shippedCache.get(p);
  if (cached) return cached;
  const out = new Map<number, Shipped>();
  shippedCache.set(p, out);
  if (p.stages.length === 0) return out;
  for (const i of chainOf(p, p.stages.length - 1)) out.set(i, 'all');
  const paths = new Map<number, Set<string>>();
  // `COPY --from` only names earlier stages, so one pass from the last stage back sees every copy that matters.
  for (let i = p.stages.length - 1; i >= 0; i--) {
    if (!out.has(i)) continue;
    for (const ins of p.stages[i].body) {
      const kw = ins.getKeyword();
      if (kw !== 'COPY' && kw !== 'ADD') continue;
      const from = copyFromStage(p, ins, i);
      if (from < 0) continue;
      const sources = copySources(ins).map((s) => '/' + normalizePath(s.value).replace(/^\.$/, ''));
      for (const j of chainOf(p, from)) {
        if (out.get(j) === 'all') continue;
        const set = paths.get(j) ?? new Set<string>();
        for (const src of sources) set.add(src);
        paths.set(j, set);
        out.set(j, [...set]);
      }
    }
  }
  return out;
}
const shippedCache = new WeakMap<ParsedDockerfile, Map<number, Shipped>>();

/** Whether `path` (absolute, e.g. /root/.cache/pip) written in stage `i` ends up in the final image. */
export function reachesImage(p: ParsedDockerfile, i: number, path: string): boolean {
  const s = shippedStages(p).get(i);
  if (!s) return false;
  if (s === 'all') return true;
  return s.some((src) => {
    const glob = src.search(/[*?[]/);
    const prefix = (glob >= 0 ? src.slice(0, src.lastIndexOf('/', glob)) : src).replace(/\/+$/, '');
    return prefix === '' || path === prefix || path.startsWith(prefix + '/');
  });
}

const stageOfInstruction = new WeakMap<ParsedDockerfile, Map<Instruction, number>>();

export function stageIndexOf(p: ParsedDockerfile, ins: Instruction): number {
  let m = stageOfInstruction.get(p);
  if (!m) {
    m = new Map();
    p.stages.forEach((s, i) => { m!.set(s.from, i); for (const b of s.body) m!.set(b, i); });
    stageOfInstruction.set(p, m);
  }
  return m.get(ins) ?? -1;
}

/** The image the final stage really starts from (following `FROM <stage>`), with build arguments resolved. */
export function finalBase(p: ParsedDockerfile): ImageRef | null {
  const root = finalChain(p)[0];
  const image = root ? root.from.getImage() : null;
  const resolved = image ? resolveImage(p, image) : null;
  return resolved ? parseImageRef(resolved) : null;
}

// ---------------------------------------------------------------- what known base images provide

export interface BaseFacts {
  /** The base already runs as this non-root user. */
  nonRootUser?: string;
  /** That user's home folder, where pip and uv keep their caches. */
  home?: string;
  /** The base sets this WORKDIR. */
  workdir?: string;
  /** The base sets a CMD or ENTRYPOINT that starts the app. */
  startsApp?: boolean;
  /** User names that exist in the base (beyond root). */
  users: string[];
  curl: boolean;
  wget: boolean;
  /** The base has /bin/sh (distroless and scratch do not). */
  shell: boolean;
}

/** What a base image is known to provide; unknown images get the cautious defaults (a shell and tools). */
export function baseFacts(ref: ImageRef | null): BaseFacts {
  const unknown: BaseFacts = { users: ['nobody', 'daemon'], curl: true, wget: true, shell: true };
  if (!ref) return unknown;
  const name = shortName(ref.name);
  const tag = (ref.tag ?? '').toLowerCase();
  if (name === 'scratch') return { users: [], curl: false, wget: false, shell: false };
  if (name.startsWith('gcr.io/distroless/')) {
    const debug = tag.includes('debug');
    return { nonRootUser: tag.includes('nonroot') ? 'nonroot' : undefined, users: ['nonroot', 'nobody'], curl: false, wget: debug, shell: debug };
  }
  if (name.startsWith('cgr.dev/chainguard/')) {
    const dev = tag.includes('dev');
    return { nonRootUser: dev ? undefined : 'nonroot', users: ['nonroot'], curl: dev, wget: dev, shell: dev };
  }
  if (name === 'mambaorg/micromamba') return { nonRootUser: 'mambauser', home: '/home/mambauser', users: ['mambauser'], curl: false, wget: false, shell: true };
  // Ray's images (and Anyscale's, built on them) switch to the user ray (uid 1000) and WORKDIR /home/ray.
  if (/^(rayproject|anyscale)\/ray(-ml)?$/.test(name)) return { nonRootUser: 'ray', home: '/home/ray', workdir: '/home/ray', users: ['ray'], curl: true, wget: true, shell: true };
  if (name.startsWith('bitnami/')) return { nonRootUser: '1001', users: [], curl: true, wget: true, shell: true };
  if (name === 'nginxinc/nginx-unprivileged') return { nonRootUser: 'nginx', users: ['nginx'], curl: true, wget: true, shell: true };
  if (/^(quay\.io\/)?jupyter\//.test(name)) return { nonRootUser: 'jovyan', home: '/home/jovyan', workdir: '/home/jovyan', startsApp: true, users: ['jovyan'], curl: true, wget: true, shell: true };
  if (/^(public\.ecr\.aws\/lambda|amazon\/aws-lambda)-?/.test(name)) return { workdir: '/var/task', users: [], curl: true, wget: false, shell: true };
  if (/^tiangolo\/uvicorn-gunicorn/.test(name)) return { workdir: '/app', startsApp: true, users: ['nobody'], curl: true, wget: true, shell: true };
  if (name === 'pytorch/pytorch' || name === 'nvcr.io/nvidia/pytorch') return { workdir: '/workspace', users: ['nobody'], curl: true, wget: true, shell: true };
  const alpine = tag.includes('alpine') || name === 'alpine';
  const slim = tag.includes('slim');
  const users = ['nobody', 'daemon', 'www-data'];
  if (name === 'node') users.push('node');
  if (name === 'ubuntu') users.push('ubuntu');
  if (name.startsWith('mcr.microsoft.com/dotnet/')) users.push('app');
  if (alpine) return { users, curl: false, wget: true, shell: true };
  // The full python/node/... images are built on buildpack-deps (curl and wget included); slim Debian images have neither.
  if (['python', 'node', 'golang', 'ruby', 'rust', 'buildpack-deps'].includes(name) && !slim) return { users, curl: true, wget: true, shell: true };
  if (slim || ['python', 'debian', 'ubuntu'].includes(name)) return { users, curl: false, wget: false, shell: true };
  return { ...unknown, users };
}
