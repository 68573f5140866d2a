// The checks of the "Containerize the model server" lab. Each takes the shared context and returns its findings;
// no findings means the check passes.
import { validate, ValidationSeverity, type ValidatorSettings } from 'dockerfile-utils';
import type { Healthcheck, Instruction, Property } from 'dockerfile-ast';
import { Arg, Env, Healthcheck as HealthcheckClass } from 'dockerfile-ast';
import type { Finding, Range } from '../types';
import type { CheckId } from './definitions';
import { DOCKERFILE, DOCKERIGNORE, MAIN_PY, REQUIREMENTS, readText, type Context } from './context';
import { isIgnored, parseDockerignore } from './dockerignore';
import {
  aptCommand,
  argumentsRange,
  commands,
  copySources,
  finalStage,
  flags,
  hasFlag,
  isExecForm,
  keywordRange,
  normalizePath,
  pipInstall,
  programWords,
  rangeOf,
  resolveAt,
  resolveImage,
  type Command,
  type ParsedDockerfile,
  type Stage,
  type Word,
} from './parse';
import { at, finding, fromLsp, textFix, type LspRange } from './positions';
import { parseRequirements, scanModelPath, scanPort } from './python';

type CheckFn = (ctx: Context) => Finding[];

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

const NO_SOURCE_IMAGE = 20;

// ---------------------------------------------------------------- shared helpers

function needsDockerfile(): Finding[] {
  return [finding(DOCKERFILE, at(1), 'This check needs a Dockerfile it can read: see "Dockerfile is valid" first.')];
}

function noFrom(): Finding {
  return finding(DOCKERFILE, at(1), 'The Dockerfile has no FROM instruction, so there is no image to check: start it with a base image, e.g. FROM python:3.12-slim.');
}

/** Runs `fn` with the parsed Dockerfile, or reports that the check needs one. */
function withDocker(fn: (p: ParsedDockerfile, ctx: Context) => Finding[]): CheckFn {
  return (ctx) => (ctx.docker ? fn(ctx.docker, ctx) : needsDockerfile());
}

function withFinal(fn: (p: ParsedDockerfile, final: Stage, ctx: Context) => Finding[]): CheckFn {
  return withDocker((p, ctx) => {
    const final = finalStage(p);
    return final ? fn(p, final, ctx) : [noFrom()];
  });
}

interface ImageRef {
  name: string;
  tag: string | null;
  digest: string | null;
}

/** Splits an image reference `[registry/]name[:tag][@digest]` (one isolated value). */
function parseImageRef(s: string): ImageRef {
  const atIdx = s.indexOf('@');
  const digest = atIdx >= 0 ? s.slice(atIdx + 1) : null;
  const rest = atIdx >= 0 ? s.slice(0, atIdx) : s;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { name: rest, tag: null, digest };
}

function isPythonImage(name: string): boolean {
  return ['python', 'library/python', 'docker.io/python', 'docker.io/library/python'].includes(name.toLowerCase());
}

/** Stage names defined before stage `index` (FROM can build on them). */
/** Each stage name (lower case) -> index of the first stage with that name; one pass, so n stages cost O(n). */
function firstStageIndex(p: ParsedDockerfile): Map<string, number> {
  const first = new Map<string, number>();
  p.stages.forEach((s, i) => {
    const n = s.from.getBuildStage()?.toLowerCase();
    if (n && !first.has(n)) first.set(n, i);
  });
  return first;
}

/** The stages the final image is made of: the final stage and, when it is `FROM <earlier stage>`, that stage's chain. */
function finalChain(p: ParsedDockerfile): Stage[] {
  const chain: Stage[] = [];
  let idx = p.stages.length - 1;
  const seen = new Set<number>();
  while (idx >= 0 && !seen.has(idx)) {
    seen.add(idx);
    const stage = p.stages[idx];
    chain.unshift(stage);
    const image = (stage.from.getImage() ?? '').toLowerCase();
    let parent = -1;
    for (let i = idx - 1; i >= 0; i--) {
      if ((p.stages[i].from.getBuildStage() ?? '').toLowerCase() === image && image !== '') { parent = i; break; }
    }
    idx = parent;
  }
  return chain;
}

function chainInstructions(p: ParsedDockerfile): Instruction[] {
  return finalChain(p).flatMap((s) => s.body);
}

/** The base image reference the final image really starts from (following `FROM <stage>`), resolved. */
function finalBase(p: ParsedDockerfile): ImageRef | null {
  const root = finalChain(p)[0];
  const image = root ? root.from.getImage() : null;
  const resolved = image ? resolveImage(p, image) : null;
  return resolved ? parseImageRef(resolved.toLowerCase()) : null;
}

const of = (ins: readonly Instruction[], kw: string) => ins.filter((i) => i.getKeyword() === kw);

/** The first instruction in `list` with one of `keywords`; new lines are inserted before it. */
function insertionPoint(list: readonly Instruction[], keywords: string[]): Instruction | undefined {
  return list.find((i) => keywords.includes(i.getKeyword()));
}

function lineStart(ins: Instruction): Range {
  return at(ins.getRange().start.line + 1, 1);
}

function endOf(r: LspRange): Range {
  return at(r.end.line + 1, r.end.character + 1);
}

function runs(p: ParsedDockerfile): { ins: Instruction; cmds: Command[] }[] {
  return of(p.instructions, 'RUN').map((ins) => ({ ins, cmds: commands(ins) }));
}

function words(cmd: Command): string[] {
  return cmd.words.map((w) => w.value);
}

function hasCacheMount(ins: Instruction, targetPrefix?: string): boolean {
  return flags(ins).some((f) => {
    if (f.name !== 'mount' || f.options.get('type') !== 'cache') return false;
    if (!targetPrefix) return true;
    const target = f.options.get('target') ?? f.options.get('dst') ?? f.options.get('destination') ?? '';
    return target.startsWith(targetPrefix);
  });
}

const TRUTHY_OFF = new Set(['', '0', 'false', 'no']);

// ---------------------------------------------------------------- the checks

const validSyntax: CheckFn = (ctx) => {
  if (!ctx.docker) return [ctx.dockerProblem ?? needsDockerfile()[0]];
  const diags = validate(ctx.docker.text, VALIDATOR_SETTINGS);
  return diags.map((d) => {
    const message =
      d.code === NO_SOURCE_IMAGE
        ? 'The Dockerfile has no FROM instruction: every image starts from a base, e.g. FROM python:3.12-slim.'
        : `${d.severity === 1 ? 'Docker would reject this' : 'Docker warns about this'}: ${String(typeof d.message === 'string' ? d.message : d.message.value).replace(/\.$/, '')}.`;
    return finding(DOCKERFILE, fromLsp(d.range), message);
  });
};

const SLIM_TAG_FOR_PYTHON = '3.12-slim';

const pinnedBase = withDocker((p) => {
  if (p.stages.length === 0) return [noFrom()];
  const out: Finding[] = [];
  const stageIndex = firstStageIndex(p);
  p.stages.forEach((stage, i) => {
    const from = stage.from;
    const image = from.getImage();
    const imageRange = from.getImageRange();
    if (!image || !imageRange) return; // reported by "Dockerfile is valid"
    if ((stageIndex.get(image.toLowerCase()) ?? i) < i) return; // builds on an earlier stage
    const range = fromLsp(imageRange);
    const resolved = resolveImage(p, image);
    if (resolved === null) {
      out.push(finding(DOCKERFILE, range, `"${image}" uses a build argument with no default declared before FROM, so nobody can tell which image is built: give it a pinned default, e.g. ARG PYTHON_TAG=${SLIM_TAG_FOR_PYTHON}.`));
      return;
    }
    const ref = parseImageRef(resolved);
    if (ref.name.toLowerCase() === 'scratch' || ref.digest) return;
    const python = isPythonImage(ref.name) && !image.includes('$');
    if (ref.tag === null) {
      const nameRange = from.getImageNameRange();
      const fix = python && nameRange ? textFix(`Pin to ${ref.name}:${SLIM_TAG_FOR_PYTHON}`, DOCKERFILE, endOf(nameRange), `:${SLIM_TAG_FOR_PYTHON}`) : undefined;
      out.push(finding(DOCKERFILE, range, `FROM ${image} has no tag, so Docker pulls :latest, which changes over time: pin a version, e.g. ${ref.name}:${SLIM_TAG_FOR_PYTHON}.`, fix));
    } else if (ref.tag.toLowerCase() === 'latest') {
      const tagRange = from.getImageTagRange();
      const fix = python && tagRange ? textFix(`Pin to ${ref.name}:${SLIM_TAG_FOR_PYTHON}`, DOCKERFILE, fromLsp(tagRange), SLIM_TAG_FOR_PYTHON) : undefined;
      out.push(finding(DOCKERFILE, range, `${image} is a moving target: "latest" points to a new Python whenever one is released. Pin a version tag, e.g. ${ref.name}:${SLIM_TAG_FOR_PYTHON}.`, fix));
    }
  });
  return out;
});

function isSlimRef(ref: ImageRef): boolean {
  const name = ref.name.toLowerCase();
  if (name === 'scratch' || name.includes('distroless') || name.includes('chainguard')) return true;
  return ref.tag !== null && /(^|[-.])(slim|alpine)/i.test(ref.tag);
}

const slimFinal = withFinal((p, final) => {
  if (p.stages.length >= 2) return [];
  const from = final.from;
  const image = from.getImage();
  const imageRange = from.getImageRange();
  if (!image || !imageRange) return [finding(DOCKERFILE, keywordRange(from), 'This FROM names no image: give the final stage a slim base such as python:3.12-slim.')];
  const resolved = resolveImage(p, image);
  const ref = resolved ? parseImageRef(resolved) : null;
  if (ref && isSlimRef(ref)) return [];
  let fix;
  if (ref && isPythonImage(ref.name) && !image.includes('$') && !ref.digest) {
    const tag = ref.tag === null || ref.tag.toLowerCase() === 'latest' ? SLIM_TAG_FOR_PYTHON : slimVariant(ref.tag);
    const tagRange = from.getImageTagRange();
    const nameRange = from.getImageNameRange();
    if (tag && tagRange) fix = textFix(`Use ${ref.name}:${tag}`, DOCKERFILE, fromLsp(tagRange), tag);
    else if (tag && !ref.tag && nameRange) fix = textFix(`Use ${ref.name}:${tag}`, DOCKERFILE, endOf(nameRange), `:${tag}`);
  }
  const what = ref?.digest && !ref.tag ? 'a digest alone does not say which variant it is' : 'this is the full image, about 1 GB of build tools the server never uses';
  return [finding(DOCKERFILE, fromLsp(imageRange), `The final image is built FROM ${image}: ${what}. Use a -slim (or distroless) base, or a multi-stage build that copies only what the server needs.`, fix)];
});

/** `3.11` -> `3.11-slim`, `3.11-bookworm` -> `3.11-slim-bookworm`; other tags: no mechanical fix. */
function slimVariant(tag: string): string | null {
  const m = /^(\d+(?:\.\d+)*)(?:-(bookworm|bullseye|buster|trixie))?$/.exec(tag);
  if (!m) return null;
  return m[2] ? `${m[1]}-slim-${m[2]}` : `${m[1]}-slim`;
}

const URL_SOURCE = /^(https?|git|ssh):\/\/|^git@/i;
const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
const ADD_ONLY_FLAGS = ['checksum', 'keep-git-dir', 'unpack'];

const copyNotAdd = withDocker((p) => {
  const out: Finding[] = [];
  for (const ins of of(p.instructions, 'ADD')) {
    const sources = copySources(ins);
    const urls = sources.filter((s) => URL_SOURCE.test(s.value));
    const archives = sources.filter((s) => !URL_SOURCE.test(s.value) && ARCHIVE.test(s.value));
    const plain = sources.filter((s) => !URL_SOURCE.test(s.value) && !ARCHIVE.test(s.value));
    if (!hasFlag(ins, 'checksum')) {
      for (const u of urls) {
        out.push(finding(DOCKERFILE, u.range, `ADD downloads ${u.value} without checking what it got: add --checksum=sha256:<hash> so a changed or tampered file fails the build, or download it in a RUN that verifies it.`));
      }
    }
    if (plain.length > 0 || sources.length === 0) {
      const mechanical = urls.length === 0 && archives.length === 0 && !flags(ins).some((f) => ADD_ONLY_FLAGS.includes(f.name));
      const fix = mechanical ? textFix('Replace ADD with COPY', DOCKERFILE, keywordRange(ins), 'COPY') : undefined;
      const what = plain.length > 0 ? plain.map((s) => s.value).join(', ') : 'inline content';
      out.push(finding(DOCKERFILE, keywordRange(ins), `ADD is used to copy local files (${what}): use COPY, which only copies. ADD also unpacks archives and fetches URLs, which makes the result depend on the file type.`, fix));
    }
  }
  return out;
});

const MANIFEST = /^(requirements[\w.-]*\.(txt|in)|constraints[\w.-]*\.txt|pyproject\.toml|poetry\.lock|uv\.lock|Pipfile(\.lock)?|setup\.(py|cfg))$/i;

function isManifest(src: string): boolean {
  const n = normalizePath(src);
  const b = n.slice(n.lastIndexOf('/') + 1);
  return MANIFEST.test(b) || n.startsWith('requirements/');
}

function requirementFiles(rest: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < rest.length; i++) {
    const v = rest[i].value;
    if ((v === '-r' || v === '--requirement') && rest[i + 1]) out.push(rest[++i]);
    else if (v.startsWith('--requirement=')) out.push({ ...rest[i], value: v.slice('--requirement='.length) });
    else if (v.startsWith('-r') && v.length > 2 && !v.startsWith('--')) out.push({ ...rest[i], value: v.slice(2) });
  }
  return out;
}

const requirementsFirst = withDocker((p) => {
  const out: Finding[] = [];
  const reported = new Set<number>();
  let found = false;
  let byName: Word | null = null;
  for (const stage of p.stages) {
    // COPY/ADD (not --from) seen so far in this stage, built up as we go to stay linear.
    const copies: Instruction[] = [];
    stage.body.forEach((ins) => {
      const kw = ins.getKeyword();
      if ((kw === 'COPY' || kw === 'ADD') && !hasFlag(ins, 'from')) copies.push(ins);
      if (kw !== 'RUN') return;
      for (const cmd of commands(ins)) {
        const pip = pipInstall(cmd);
        if (!pip) continue;
        const reqs = requirementFiles(pip.rest);
        if (reqs.length === 0) { byName ??= pip.install; continue; }
        found = true;
        for (const c of copies) {
          const line = c.getRange().start.line;
          const broad = copySources(c).filter((s) => !isManifest(s.value));
          if (broad.length === 0 || reported.has(line)) continue;
          reported.add(line);
          const shown = `${c.getKeyword()} ${(c.getArgumentsContent() ?? '').trim()}`;
          out.push(finding(DOCKERFILE, rangeOf(c), `"${shown}" copies more than the dependency list before pip install runs (line ${ins.getRange().start.line + 1}), so every change to those files re-runs pip install. Copy requirements.txt on its own first, install, then copy the app code.`));
        }
        const bound = flags(ins).some((f) => f.name === 'mount' && (f.options.get('type') ?? 'bind') === 'bind');
        for (const r of reqs) {
          const name = normalizePath(resolveAt(p, r.value, r.range.start.line) ?? r.value);
          const baseName = name.slice(name.lastIndexOf('/') + 1);
          const copied = copies.some((c) => copySources(c).some((s) => {
            const n = normalizePath(s.value);
            return n === '.' || n === '*' || n === name || n.endsWith('/' + baseName) || n === baseName || name.startsWith(n + '/');
          }));
          if (!copied && !bound) {
            out.push(finding(DOCKERFILE, fromLsp(r.range), `${r.value} is not in the image yet when this RUN installs from it: add COPY ${r.value} . before this line.`));
          }
        }
      }
    });
  }
  if (!found) {
    if (byName) {
      const w = byName as Word;
      out.push(finding(DOCKERFILE, fromLsp(w.range), 'pip installs packages by name here, not from requirements.txt, so the image ignores the pinned versions: install with pip install -r requirements.txt.'));
    } else {
      const final = finalStage(p);
      const r = final ? keywordRange(final.from) : at(1);
      out.push(finding(DOCKERFILE, r, 'Nothing installs the Python dependencies: COPY requirements.txt into the image and RUN pip install -r requirements.txt before copying the app code.'));
    }
  }
  return out;
});

/** Whether any ARG or ENV declares `name` (looked up before the costlier per-line resolution). */
function declares(p: ParsedDockerfile, name: string): boolean {
  return p.instructions.some((ins) =>
    (ins instanceof Arg && ins.getProperty()?.getName() === name) || (ins instanceof Env && ins.getProperties().some((q) => q.getName() === name)));
}

const pipNoCache = withDocker((p) => {
  const out: Finding[] = [];
  const declared = { pip: declares(p, 'PIP_NO_CACHE_DIR'), uv: declares(p, 'UV_NO_CACHE') };
  for (const { ins, cmds } of runs(p)) {
    if (hasCacheMount(ins)) continue; // the cache lives in a BuildKit cache mount, not in the layer
    const line = ins.getRange().start.line;
    const envOff = (name: string) => {
      if (!(name === 'UV_NO_CACHE' ? declared.uv : declared.pip)) return false;
      const v = p.df.resolveVariable(name, line);
      return typeof v === 'string' && !TRUTHY_OFF.has(v.toLowerCase());
    };
    for (const cmd of cmds) {
      const pip = pipInstall(cmd);
      if (!pip) continue;
      const opts = pip.rest.map((w) => w.value);
      if (opts.includes('--no-cache-dir') || (pip.uv && (opts.includes('--no-cache') || opts.includes('-n')))) continue;
      const inline = pip.env.get(pip.uv ? 'UV_NO_CACHE' : 'PIP_NO_CACHE_DIR');
      if (inline !== undefined && !TRUTHY_OFF.has(inline.toLowerCase())) continue;
      if (envOff(pip.uv ? 'UV_NO_CACHE' : 'PIP_NO_CACHE_DIR')) continue;
      const flag = pip.uv ? '--no-cache' : '--no-cache-dir';
      const fix = textFix(`Add ${flag}`, DOCKERFILE, endOf(pip.install.range), cmd.json ? `, "${flag}"` : ` ${flag}`);
      out.push(finding(DOCKERFILE, fromLsp(pip.install.range), `pip install keeps every downloaded wheel in its cache, which stays in this layer for nothing: add ${flag}.`, fix));
    }
  }
  return out;
});

const pinnedRequirements: CheckFn = (ctx) => {
  const r = readText(ctx.files, REQUIREMENTS, 'list the server\'s Python dependencies there, one `name==version` a line.');
  if (!r.ok) return [r.problem];
  return parseRequirements(r.text)
    .filter((q) => !q.pinned)
    .map((q) => {
      const range = { line: q.line, column: q.column, endLine: q.line, endColumn: q.endColumn };
      const fix = q.lowerBound ? textFix(`Pin to ${q.head}==${q.lowerBound}`, REQUIREMENTS, range, `${q.head}==${q.lowerBound}`) : undefined;
      const spec = q.spec === '' ? 'has no version' : `allows a range (${q.spec})`;
      return finding(REQUIREMENTS, range, `${q.name} ${spec}, so each build may install a different release: pin one exact version, e.g. ${q.name}==<version you tested>.`, fix);
    });
};

const aptClean = withDocker((p) => {
  const out: Finding[] = [];
  for (const { ins, cmds } of runs(p)) {
    const apts = cmds.map((c, i) => ({ c, i, apt: aptCommand(c) })).filter((x) => x.apt !== null);
    const installs = apts.filter((x) => x.apt!.sub.value === 'install');
    if (installs.length === 0) continue;
    const shell = !isExecForm(ins) && !(ins.getArguments()[0]?.getValue() ?? '').startsWith('<<');
    for (const { c, i, apt } of installs) {
      const a = apt!;
      const sub = fromLsp(a.sub.range);
      const opts = a.all.map((w) => w.value);
      const updated = apts.some((x) => x.i < i && x.apt!.sub.value === 'update');
      if (!updated) {
        const prog = programWords(c).words[0];
        const fix = shell && prog ? textFix('Run apt-get update in the same RUN', DOCKERFILE, at(prog.range.start.line + 1, prog.range.start.character + 1), 'apt-get update && ') : undefined;
        out.push(finding(DOCKERFILE, sub, 'apt-get install runs without apt-get update in the same RUN, so it uses a package list cached in an older layer (or none): run apt-get update && apt-get install ... in one RUN.', fix));
      }
      if (!opts.some((o) => /^(-[a-z]*y[a-z]*|--yes|--assume-yes)$/.test(o))) {
        out.push(finding(DOCKERFILE, sub, 'apt-get install without -y stops to ask for confirmation, which fails a non-interactive build: add -y.', textFix('Add -y', DOCKERFILE, endOf(a.sub.range), ' -y')));
      }
      if (!opts.includes('--no-install-recommends') && !opts.some((o) => /^APT::Install-Recommends=(false|0)$/i.test(o))) {
        out.push(finding(DOCKERFILE, sub, 'apt-get install also pulls in "recommended" packages you did not ask for: add --no-install-recommends.', textFix('Add --no-install-recommends', DOCKERFILE, endOf(a.sub.range), ' --no-install-recommends')));
      }
    }
    const cleaned =
      hasCacheMount(ins, '/var/lib/apt') ||
      cmds.some((c) => {
        const w = programWords(c).words.map((x) => x.value);
        return w[0] === 'rm' && w.some((x) => x.startsWith('/var/lib/apt/lists'));
      });
    if (!cleaned) {
      const fix = shell ? textFix('Remove the apt lists in the same RUN', DOCKERFILE, endOf(ins.getRange() as LspRange), ' \\\n    && rm -rf /var/lib/apt/lists/*'.replace('\\', p.escape)) : undefined;
      out.push(finding(DOCKERFILE, fromLsp(installs[0].apt!.sub.range), 'The package lists apt-get update downloaded stay in this layer: end the same RUN with && rm -rf /var/lib/apt/lists/*.', fix));
    }
  }
  return out;
});

const absoluteWorkdir = withFinal((p, final) => {
  const out: Finding[] = [];
  for (const ins of of(p.instructions, 'WORKDIR')) {
    const raw = ins.getArgumentsContent();
    if (raw === null) continue; // reported by "Dockerfile is valid"
    const value = raw.trim();
    const resolved = resolveAt(p, value, ins.getRange().start.line);
    if (resolved === null || resolved.startsWith('/') || /^[A-Za-z]:[\\/]/.test(resolved)) continue;
    const fix = value.includes('$') ? undefined : textFix(`Use /${value}`, DOCKERFILE, argumentsRange(ins), `/${value}`);
    out.push(finding(DOCKERFILE, argumentsRange(ins), `WORKDIR ${value} is relative, so where it points depends on the base image's working directory: use an absolute path such as /${value}.`, fix));
  }
  if (!chainInstructions(p).some((i) => i.getKeyword() === 'WORKDIR')) {
    out.push(finding(DOCKERFILE, rangeOf(final.from), 'The final stage sets no WORKDIR, so files are copied to and the server runs from the filesystem root: add WORKDIR /app after FROM.'));
  }
  return out;
});

const KNOWN_USERS = new Set(['nobody', 'nonroot', 'daemon', 'www-data', 'node']);

function userName(value: string): string {
  const i = value.indexOf(':');
  return (i >= 0 ? value.slice(0, i) : value).trim();
}

function createUserLine(base: ImageRef | null, name: string): string | null {
  if (!base) return `RUN useradd --create-home --uid 10001 ${name}\n`;
  if (base.name === 'scratch' || base.name.includes('distroless') || base.name.includes('chainguard')) return null;
  if (base.tag && /alpine/.test(base.tag)) return `RUN adduser -D -u 10001 ${name}\n`;
  return `RUN useradd --create-home --uid 10001 ${name}\n`;
}

const nonRootUser = withFinal((p, final) => {
  const chain = chainInstructions(p);
  const users = of(chain, 'USER');
  const base = finalBase(p);
  if (users.length === 0) {
    if (base && base.tag && /nonroot/.test(base.tag)) return [];
    const before = insertionPoint(final.body, ['EXPOSE', 'HEALTHCHECK', 'CMD', 'ENTRYPOINT']);
    let fix;
    if (before) {
      const distroless = base !== null && (base.name.includes('distroless') || base.name.includes('chainguard'));
      const create = createUserLine(base, 'appuser');
      const text = distroless ? 'USER nonroot\n' : create ? `${create}USER appuser\n` : 'USER 10001\n';
      fix = textFix('Create and switch to a non-root user', DOCKERFILE, lineStart(before), text);
    }
    return [finding(DOCKERFILE, rangeOf(final.from), 'The final stage never sets USER, so the model server runs as root: create an unprivileged user and switch to it with USER before CMD.', fix)];
  }
  const last = users[users.length - 1];
  const raw = (last.getArgumentsContent() ?? '').trim();
  const resolved = resolveAt(p, raw, last.getRange().start.line) ?? raw;
  const name = userName(resolved);
  if (name === '' ) return [];
  if (name === 'root' || name === '0') {
    return [finding(DOCKERFILE, argumentsRange(last), `USER ${raw} is the last USER, so the server still runs as root: switch to an unprivileged user after your root-only steps.`)];
  }
  if (/^\d+$/.test(name) || KNOWN_USERS.has(name)) return [];
  const created = chain.some((ins) => ins.getKeyword() === 'RUN' && commands(ins).some((c) => {
    const w = programWords(c).words.map((x) => x.value);
    return (w[0] === 'useradd' || w[0] === 'adduser') && w.slice(1).includes(name);
  }));
  if (created) return [];
  const create = createUserLine(base, name);
  const fix = create ? textFix(`Create user ${name}`, DOCKERFILE, lineStart(last), create) : undefined;
  return [finding(DOCKERFILE, argumentsRange(last), `USER ${name} is never created in this image, so the container would fail to start ("unable to find user"): add a RUN useradd (or adduser) for it before this line.`, fix)];
});

interface PortInfo {
  port: number;
  source: string;
}

const PORT_FLAGS = ['--port', '-p', '--bind', '-b'];

function serverPort(p: ParsedDockerfile, ctx: Context): PortInfo {
  const chain = chainInstructions(p);
  const starts = [...of(chain, 'ENTRYPOINT').slice(-1), ...of(chain, 'CMD').slice(-1)];
  for (const ins of starts) {
    for (const cmd of commands(ins)) {
      const w = cmd.words;
      for (let i = 0; i < w.length; i++) {
        let value: string | null = null;
        const v = w[i].value;
        if (PORT_FLAGS.includes(v) && w[i + 1]) value = w[i + 1].value;
        else if (/^--(port|bind)=/.test(v)) value = v.slice(v.indexOf('=') + 1);
        if (value === null) continue;
        const resolved = resolveAt(p, value, ins.getRange().start.line) ?? value;
        const m = /(?:^|:)(\d{1,5})$/.exec(resolved);
        if (m) return { port: Number(m[1]), source: `${v} ${value} in the ${ins.getKeyword()} on line ${ins.getRange().start.line + 1}` };
      }
    }
  }
  const main = ctx.files.get(MAIN_PY);
  if (main && main.kind === 'text' && main.text.length <= 1_000_000) {
    const found = scanPort(main.text);
    if (found) return { port: found.port, source: `port=${found.port} in ${MAIN_PY} (line ${found.line})` };
  }
  return { port: 8000, source: 'uvicorn\'s default port' };
}

function exposeCovers(p: ParsedDockerfile, ins: Instruction, port: number): boolean {
  return ins.getArguments().some((a) => {
    const v = resolveAt(p, a.getValue(), ins.getRange().start.line) ?? a.getValue();
    const m = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/(tcp|udp|sctp))?$/i.exec(v.trim());
    if (!m) return false;
    const lo = Number(m[1]);
    const hi = m[2] ? Number(m[2]) : lo;
    return (m[3] ?? 'tcp').toLowerCase() === 'tcp' && port >= lo && port <= hi;
  });
}

const exposePort = withFinal((p, final, ctx) => {
  const { port, source } = serverPort(p, ctx);
  const exposes = of(chainInstructions(p), 'EXPOSE');
  if (exposes.some((e) => exposeCovers(p, e, port))) return [];
  if (exposes.length === 0) {
    const before = insertionPoint(final.body, ['HEALTHCHECK', 'CMD', 'ENTRYPOINT']);
    const fix = before ? textFix(`Add EXPOSE ${port}`, DOCKERFILE, lineStart(before), `EXPOSE ${port}\n`) : undefined;
    return [finding(DOCKERFILE, rangeOf(final.from), `The final stage has no EXPOSE: the server listens on ${port} (${source}), so add EXPOSE ${port}.`, fix)];
  }
  return exposes.map((e, i) => {
    const args = e.getArguments();
    let fix;
    if (i === 0) {
      fix = args.length === 1
        ? textFix(`Expose port ${port}`, DOCKERFILE, rangeOf(args[0]), String(port))
        : textFix(`Expose port ${port}`, DOCKERFILE, endOf(e.getRange() as LspRange), ` ${port}`);
    }
    const shown = (e.getArgumentsContent() ?? '').trim();
    return finding(DOCKERFILE, argumentsRange(e), `EXPOSE ${shown} does not match the port the server listens on, ${port} (${source}): expose ${port}.`, fix);
  });
});

function healthFix(p: ParsedDockerfile, final: Stage, port: number) {
  const base = finalBase(p);
  const before = insertionPoint(final.body, ['CMD', 'ENTRYPOINT']);
  if (!before || !base || !base.name.includes('python')) return undefined;
  const cmd = `python -c "import urllib.request; urllib.request.urlopen('http://localhost:${port}/health', timeout=2)"`;
  return textFix('Add a HEALTHCHECK on /health', DOCKERFILE, lineStart(before), `HEALTHCHECK --interval=30s --timeout=3s --start-period=10s CMD ${cmd}\n`);
}

const healthcheck = withFinal((p, final, ctx) => {
  const checks = of(chainInstructions(p), 'HEALTHCHECK') as Healthcheck[];
  if (checks.length === 0) {
    const fix = healthFix(p, final, serverPort(p, ctx).port);
    return [finding(DOCKERFILE, rangeOf(final.from), 'The final image has no HEALTHCHECK, so Docker only knows the process is running, not that it answers: add HEALTHCHECK CMD ... that requests /health.', fix)];
  }
  const out: Finding[] = [];
  const last = checks[checks.length - 1];
  for (const h of checks.slice(0, -1)) {
    out.push(finding(DOCKERFILE, rangeOf(h), `Only the last HEALTHCHECK takes effect (line ${last.getRange().start.line + 1}): remove this one.`));
  }
  const sub = last instanceof HealthcheckClass ? last.getSubcommand() : null;
  const kind = sub ? sub.getValue().toUpperCase() : '';
  if (kind === 'NONE') out.push(finding(DOCKERFILE, rangeOf(last), 'HEALTHCHECK NONE turns health checking off: replace it with HEALTHCHECK CMD ... that requests /health.'));
  else if (kind !== 'CMD' || last.getArguments().length < 2) out.push(finding(DOCKERFILE, rangeOf(last), 'This HEALTHCHECK has no command: write HEALTHCHECK [options] CMD <command that requests /health>.'));
  return out;
});

const SHELL_SYNTAX = /[$`;&|<>*?(){}~]|^#/;

function execFix(ins: Instruction): Finding['fix'] {
  const args = ins.getArguments();
  if (args.length === 0 || args.some((a) => SHELL_SYNTAX.test(a.getValue()) || a.getRange().start.line !== a.getRange().end.line)) return undefined;
  const values = commands(ins).flatMap(words);
  if (values.length !== args.length) return undefined;
  return textFix('Convert to exec form', DOCKERFILE, argumentsRange(ins), `[${values.map((v) => JSON.stringify(v)).join(', ')}]`);
}

const execFormCmd = withFinal((p, final) => {
  const chain = chainInstructions(p);
  const out: Finding[] = [];
  const cmds = of(chain, 'CMD');
  const eps = of(chain, 'ENTRYPOINT');
  if (cmds.length === 0 && eps.length === 0) {
    return [finding(DOCKERFILE, rangeOf(final.from), 'The final stage has no CMD or ENTRYPOINT, so the container runs the base image\'s default command instead of the server: add CMD ["uvicorn", "app.main:app", ...].')];
  }
  for (const group of [cmds, eps]) {
    if (group.length === 0) continue;
    const last = group[group.length - 1];
    for (const ins of group.slice(0, -1)) {
      out.push(finding(DOCKERFILE, rangeOf(ins), `Only the last ${ins.getKeyword()} takes effect (line ${last.getRange().start.line + 1}): remove this one so the Dockerfile says what really runs.`));
    }
    if (!isExecForm(last)) {
      out.push(finding(DOCKERFILE, argumentsRange(last), `${last.getKeyword()} is in shell form, so /bin/sh is PID 1 and the server never receives SIGTERM on docker stop: write it as a JSON array of double-quoted strings.`, execFix(last)));
    }
  }
  return out;
});

const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'PWD', 'SECRET', 'SECRETS', 'TOKEN', 'TOKENS', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS', 'PRIVATEKEY', 'ACCESSKEY', 'SECRETKEY']);
const KEY_PREFIXES = new Set(['API', 'ACCESS', 'PRIVATE', 'SECRET', 'SIGNING', 'ENCRYPTION', 'AUTH', 'CLIENT', 'MASTER', 'SSH']);
const REFERENCE_SUFFIXES = new Set(['FILE', 'PATH', 'DIR', 'NAME', 'ID']);

/** Whether an ARG/ENV name looks like it holds a secret (HF_TOKEN, AWS_SECRET_ACCESS_KEY, apiKey; not TOKENIZERS_PARALLELISM). */
function isSecretName(name: string): boolean {
  const parts = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  if (parts.length === 0) return false;
  // Names that point at a secret rather than hold one (MY_PASSWORD_FILE, SECRET_NAME) are fine.
  if (parts.length > 1 && REFERENCE_SUFFIXES.has(parts[parts.length - 1])) return false;
  if (parts.length === 1 && parts[0] === 'PWD') return false; // the shell's working directory
  for (let i = 0; i < parts.length; i++) {
    if (SECRET_WORDS.has(parts[i])) return true;
    if (parts[i].includes('PASSWORD') || parts[i].includes('SECRET')) return true;
    if (parts[i] === 'KEY' && i > 0 && KEY_PREFIXES.has(parts[i - 1])) return true;
  }
  return false;
}

const noSecrets = withDocker((p) => {
  const out: Finding[] = [];
  for (const ins of p.instructions) {
    let props: Property[] = [];
    if (ins instanceof Arg) { const prop = ins.getProperty(); props = prop ? [prop] : []; }
    else if (ins instanceof Env) props = ins.getProperties();
    else continue;
    for (const prop of props) {
      const name = prop.getName();
      if (!isSecretName(name)) continue;
      out.push(finding(DOCKERFILE, fromLsp(prop.getNameRange()), `${ins.getKeyword()} ${name} looks like a secret, and ${ins.getKeyword()} values are saved in the image's history for anyone who pulls it: pass it at run time (docker run -e / an orchestrator secret) or with RUN --mount=type=secret.`));
    }
  }
  return out;
});

function modelPathOf(ctx: Context): string {
  const main = ctx.files.get(MAIN_PY);
  if (main && main.kind === 'text' && main.text.length <= 1_000_000) return scanModelPath(main.text) ?? 'models/model.json';
  return 'models/model.json';
}

const modelArtifact = withFinal((p, final, ctx) => {
  const modelPath = modelPathOf(ctx);
  const modelFile = modelPath.slice(modelPath.lastIndexOf('/') + 1);
  const copies = p.instructions.filter((i) => i.getKeyword() === 'COPY' || i.getKeyword() === 'ADD');
  const brings = copies.some((c) => copySources(c).some((s) => {
    const n = normalizePath(s.value);
    const b = n.slice(n.lastIndexOf('/') + 1);
    return n === 'models' || n.startsWith('models/') || n.endsWith('/models') || n.includes('/models/') || b === modelFile;
  }));
  if (brings) return [];
  const broad = copies.find((c) => copySources(c).some((s) => ['.', '*'].includes(normalizePath(s.value))));
  const before = insertionPoint(final.body, ['USER', 'EXPOSE', 'HEALTHCHECK', 'CMD', 'ENTRYPOINT']);
  const fix = before ? textFix('Copy the models/ folder', DOCKERFILE, lineStart(before), 'COPY models/ ./models/\n') : undefined;
  if (broad) {
    return [finding(DOCKERFILE, rangeOf(broad), `${modelPath} only gets into the image by accident of this broad copy (and a .dockerignore may drop it): copy the model explicitly, e.g. COPY models/ ./models/.`, fix)];
  }
  return [finding(DOCKERFILE, rangeOf(final.from), `Nothing copies the model (${modelPath}, loaded by ${MAIN_PY}) into the image, so the server cannot start: add COPY models/ ./models/.`, fix)];
});

const MUST_IGNORE: { label: string; paths: string[]; pattern: string }[] = [
  { label: 'the Git history', paths: ['.git'], pattern: '.git' },
  { label: 'the training data', paths: ['data', 'data/sample.csv'], pattern: 'data/' },
  { label: 'local virtualenvs', paths: ['.venv', 'venv'], pattern: '.venv/' },
];

const dockerignore: CheckFn = (ctx) => {
  const r = readText(ctx.files, DOCKERIGNORE, 'list what the image must not contain (.git, data/, .venv/, __pycache__/), one pattern a line.');
  if (!r.ok) return [r.problem];
  const rules = parseDockerignore(r.text);
  const out: Finding[] = [];
  const lastLine = r.lines.length;
  const endsOpen = r.text === '' || /[\r\n]$/.test(r.text);
  const insertAt = endsOpen ? at(lastLine, 1) : at(lastLine, r.lines[lastLine - 1].length + 1);
  for (const need of MUST_IGNORE) {
    if (need.paths.some((path) => isIgnored(rules, path).ignored)) continue;
    const text = endsOpen ? `${need.pattern}\n` : `\n${need.pattern}`;
    out.push(finding(DOCKERIGNORE, insertAt, `.dockerignore does not exclude ${need.label} (${need.paths.filter((x) => !x.includes('/')).join(' or ')}): add ${need.pattern} so it stays out of the build context and the image.`, textFix(`Exclude ${need.pattern}`, DOCKERIGNORE, insertAt, text)));
  }
  const modelPath = modelPathOf(ctx);
  for (const keep of [REQUIREMENTS, MAIN_PY, modelPath]) {
    const res = isIgnored(rules, keep);
    if (!res.ignored || !res.rule) continue;
    const line = res.rule.line;
    out.push(finding(DOCKERIGNORE, { line, column: 1, endLine: line, endColumn: (r.lines[line - 1] ?? '').length + 1 }, `This pattern (${res.rule.pattern}) also leaves out ${keep}, which the image needs, so COPY would fail or ship without it: narrow the pattern or add !${keep} after it.`));
  }
  return out;
};

export const CHECK_FUNCTIONS: Record<CheckId, CheckFn> = {
  'docker.valid-syntax': validSyntax,
  'docker.pinned-base': pinnedBase,
  'docker.slim-final': slimFinal,
  'docker.copy-not-add': copyNotAdd,
  'docker.requirements-first': requirementsFirst,
  'docker.pip-no-cache': pipNoCache,
  'docker.pinned-requirements': pinnedRequirements,
  'docker.apt-clean': aptClean,
  'docker.absolute-workdir': absoluteWorkdir,
  'docker.non-root-user': nonRootUser,
  'docker.expose-port': exposePort,
  'docker.healthcheck': healthcheck,
  'docker.exec-form-cmd': execFormCmd,
  'docker.no-secrets': noSecrets,
  'docker.model-artifact': modelArtifact,
  'docker.dockerignore': dockerignore,
};
