// docker.pip-no-cache: pip's download cache does not stay in a layer that reaches the final image.
//
// Accepted ways: --no-cache-dir (or an unambiguous abbreviation pip accepts, such as --no-cache), PIP_NO_CACHE_DIR
// set by ENV/ARG or on the command, a BuildKit cache mount on the cache folder, removing the cache (rm -rf
// ~/.cache/pip, pip cache purge) later in the same RUN; for `uv pip`, --no-cache/-n, UV_NO_CACHE or a cache mount.
// Installs in a stage whose files never reach the final image (a builder stage the final image only copies a
// venv or /install out of) are not checked: their cache is thrown away with the stage.
import { Arg, Env, type Instruction } from 'dockerfile-ast';
import type { Finding } from '../../types';
import { DOCKERFILE } from '../context';
import { pipInstall } from '../installs';
import { baseFacts, chainOf, parseImageRef, reachesImage, stageIndexOf } from '../model';
import { flags, resolveImage, type ParsedDockerfile } from '../parse';
import { finding, textFix } from '../positions';
import { progName, programOf, shellOf } from '../shell';
import { of, withDocker, type DockerCheck } from './shared';

/** Values pip's PIP_NO_CACHE_DIR accepts; pip turns the cache off for all of them, even "false" (kept for compatibility). */
const PIP_BOOL = /^(y|yes|t|true|on|1|n|no|f|false|off|0)$/i;
const UV_TRUE = /^(1|true|yes|on|y|t)$/i;

function declares(p: ParsedDockerfile, name: string): boolean {
  return p.instructions.some((ins) =>
    (ins instanceof Arg && ins.getProperty()?.getName() === name) || (ins instanceof Env && ins.getProperties().some((q) => q.getName() === name)));
}

function cacheMountTargets(ins: Instruction): string[] {
  return flags(ins)
    .filter((f) => f.name === 'mount' && f.options.get('type') === 'cache')
    .map((f) => f.options.get('target') ?? f.options.get('dst') ?? f.options.get('destination') ?? '')
    .map((t) => t.replace(/\/+$/, ''));
}

/**
 * The current user's home at this instruction: from the last USER before it in the stage (or the stages it builds
 * FROM), else from the base image (root's, unless the base is known to run as its own user, e.g. ray).
 */
function homeAt(p: ParsedDockerfile, ins: Instruction, stage: number): string {
  const line = ins.getRange().start.line;
  const chain = chainOf(p, stage);
  const body = chain.flatMap((i) => p.stages[i].body);
  const users = of(body, 'USER').filter((u) => chain.indexOf(stageIndexOf(p, u)) < chain.length - 1 || u.getRange().start.line < line);
  const last = users[users.length - 1];
  if (!last) {
    const image = p.stages[chain[0]]?.from.getImage();
    const resolved = image ? resolveImage(p, image) : null;
    return (resolved ? baseFacts(parseImageRef(resolved)).home : undefined) ?? '/root';
  }
  const name = (last.getArgumentsContent() ?? '').trim().split(':')[0];
  return name === 'root' || name === '0' || name === '' ? '/root' : `/home/${name}`;
}

const run = withDocker((p) => {
  const out: Finding[] = [];
  const declared = { pip: declares(p, 'PIP_NO_CACHE_DIR'), uv: declares(p, 'UV_NO_CACHE') };
  for (const ins of of(p.instructions, 'RUN')) {
    const shell = shellOf(p, ins);
    const installs = shell.commands.map((c, i) => ({ i, pip: pipInstall(c) })).filter((x) => x.pip !== null);
    if (installs.length === 0) continue;
    const stage = stageIndexOf(p, ins);
    const home = homeAt(p, ins, stage);
    const mounts = cacheMountTargets(ins);
    const line = ins.getRange().start.line;
    for (const { i, pip } of installs) {
      const uv = pip!.tool === 'uv';
      const cacheDir = uv ? `${home}/.cache/uv` : `${home}/.cache/pip`;
      if (!reachesImage(p, stage, cacheDir)) continue;
      if (mounts.some((t) => t !== '' && (cacheDir === t || cacheDir.startsWith(t + '/') || t.endsWith(uv ? '/uv' : '/pip') || t.endsWith('/.cache')))) continue;
      const opts = [...pip!.global, ...pip!.rest].map((w) => w.text);
      if (!uv && opts.some((o) => o.length >= '--no-ca'.length && '--no-cache-dir'.startsWith(o))) continue;
      if (uv && opts.some((o) => o === '--no-cache' || o === '-n')) continue;
      const envName = uv ? 'UV_NO_CACHE' : 'PIP_NO_CACHE_DIR';
      const ok = (v: string | null | undefined) => typeof v === 'string' && (uv ? UV_TRUE : PIP_BOOL).test(v.trim());
      if (ok(pip!.assigns.get(envName))) continue;
      if ((uv ? declared.uv : declared.pip) && ok(p.df.resolveVariable(envName, line))) continue;
      // The cache removed later in the same RUN never reaches the layer.
      const removed = shell.commands.slice(i + 1).some((k) => {
        const w = programOf(k);
        const prog = progName(w);
        if (prog === 'rm') return w.slice(1).some((x) => /(^|\/)\.cache(\/(pip|uv))?\/?\*?$/.test(x.text.replace(/^(~|\$HOME|\$\{HOME\})/, home)));
        if ((prog === 'pip' || prog === 'pip3') && w[1]?.text === 'cache' && w[2]?.text === 'purge') return !uv;
        if (prog === 'uv' && w[1]?.text === 'cache' && (w[2]?.text === 'clean' || w[2]?.text === 'prune')) return uv;
        return false;
      });
      if (removed) continue;
      const flag = uv ? '--no-cache' : '--no-cache-dir';
      const json = shell.commands[0]?.json === true;
      const r = pip!.install.range;
      const fix = textFix(`Add ${flag}`, DOCKERFILE, { line: r.endLine, column: r.endColumn, endLine: r.endLine, endColumn: r.endColumn }, json ? `, "${flag}"` : ` ${flag}`);
      const what = uv ? 'uv keeps every downloaded package in its cache' : 'pip keeps every downloaded wheel in its cache';
      out.push(finding(DOCKERFILE, r, `${what} (${cacheDir}), which stays in this layer of the final image for nothing: add ${flag}, or use a BuildKit cache mount (RUN --mount=type=cache,target=${cacheDir} ...).`, fix));
    }
  }
  return out;
});

export const pipNoCache: DockerCheck = {
  definition: {
    id: 'docker.pip-no-cache',
    title: 'pip install uses --no-cache-dir',
    scope: 'general',
    why: 'pip keeps a cache of every downloaded wheel, and inside an image build that cache is never used again: it is dead weight baked into the layer, often hundreds of megabytes for ML libraries. Turning it off (or keeping it in a BuildKit cache mount, or in a builder stage the final image does not copy it from) keeps the image lean.',
    lesson: 'containerization',
    hints: [
      'Where does pip store the wheels it downloads, and does the running container ever need them?',
      'pip has an option to skip its download cache; BuildKit can also keep the cache outside the image.',
      'Write `pip install --no-cache-dir -r requirements.txt` (or set ENV PIP_NO_CACHE_DIR=1, or RUN --mount=type=cache,target=/root/.cache/pip ...).',
    ],
  },
  run,
};
