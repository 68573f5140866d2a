// docker.apt-clean: apt-get installs work in a non-interactive build and leave no package lists in the image.
//
// In every stage: apt-get update runs in the same RUN as the install (a separate, cached update layer goes stale),
// and the install says -y (without it apt stops at its prompt and the build fails). Only in stages whose layers are
// the final image: --no-install-recommends, and the lists removed in the same RUN (or kept in a cache mount).
import type { Finding } from '../../types';
import { DOCKERFILE } from '../context';
import { reachesImage, stageIndexOf } from '../model';
import { flags, isExecForm } from '../parse';
import { at, finding, textFix } from '../positions';
import { progName, programOf, shellOf, type DCommand, type DWord } from '../shell';
import { of, withDocker, type DockerCheck } from './shared';

interface Apt { cmd: DCommand; index: number; sub: DWord; opts: string[] }

function aptOf(cmd: DCommand, index: number): Apt | null {
  const w = programOf(cmd);
  const prog = progName(w);
  if (prog !== 'apt-get' && prog !== 'apt') return null;
  let i = 1;
  const opts: string[] = [];
  while (i < w.length && w[i].text.startsWith('-')) {
    opts.push(w[i].text);
    if (w[i].text === '-o' && w[i + 1]) opts.push(w[++i].text);
    i++;
  }
  if (i >= w.length) return null;
  return { cmd, index, sub: w[i], opts: [...opts, ...w.slice(i + 1).map((x) => x.text)] };
}

const YES = /^(-[a-zA-Z]*y[a-zA-Z]*|--yes|--assume-yes|APT::Get::Assume-Yes=(true|1|yes))$/;

const run = withDocker((p) => {
  const out: Finding[] = [];
  for (const ins of of(p.instructions, 'RUN')) {
    const shell = shellOf(p, ins);
    const apts = shell.commands.map((c, i) => aptOf(c, i)).filter((x): x is Apt => x !== null);
    const installs = apts.filter((a) => a.sub.text === 'install' || a.sub.text === 'upgrade' || a.sub.text === 'dist-upgrade');
    if (installs.length === 0) continue;
    const stage = stageIndexOf(p, ins);
    const shipped = reachesImage(p, stage, '/var/lib/apt/lists');
    const plainShell = !isExecForm(ins) && !shell.heredoc;
    const cacheMounts = flags(ins).filter((f) => f.name === 'mount' && f.options.get('type') === 'cache').map((f) => (f.options.get('target') ?? f.options.get('dst') ?? '').replace(/\/+$/, ''));
    for (const a of installs) {
      const sub = a.sub.range;
      const updated = apts.some((x) => x.index < a.index && x.sub.text === 'update');
      if (!updated && a.sub.text === 'install') {
        const prog = programOf(a.cmd)[0];
        const fix = plainShell && prog ? textFix('Run apt-get update in the same RUN', DOCKERFILE, at(prog.range.line, prog.range.column), 'apt-get update && ') : undefined;
        out.push(finding(DOCKERFILE, sub, 'apt-get install runs without apt-get update in the same RUN, so it uses the package lists of an older cached layer (or none, in a slim image): run apt-get update && apt-get install ... in one RUN.', fix));
      }
      if (!a.opts.some((o) => YES.test(o)) && !a.cmd.assigns.has('APT_GET_ASSUME_YES')) {
        out.push(finding(DOCKERFILE, sub, `apt-get ${a.sub.text} without -y waits for a yes at its prompt, and a build cannot answer, so the build fails whenever apt asks: add -y.`, textFix('Add -y', DOCKERFILE, at(sub.endLine, sub.endColumn), ' -y')));
      }
      if (shipped && a.sub.text === 'install' && !a.opts.includes('--no-install-recommends') && !a.opts.some((o) => /^APT::Install-Recommends=(false|0|no)$/i.test(o))) {
        out.push(finding(DOCKERFILE, sub, 'apt-get install also pulls in "recommended" packages you did not ask for, and this layer is part of the final image: add --no-install-recommends.', textFix('Add --no-install-recommends', DOCKERFILE, at(sub.endLine, sub.endColumn), ' --no-install-recommends')));
      }
    }
    if (!shipped) continue;
    const cleaned =
      cacheMounts.some((t) => t === '/var/lib/apt' || t === '/var/lib/apt/lists') ||
      shell.commands.some((c) => {
        const w = programOf(c);
        const prog = progName(w);
        if (prog === 'rm') return w.some((x) => /^\/var\/lib\/apt\/lists(\/\*?)?$/.test(x.text) || x.text === '/var/lib/apt/lists/*');
        if (prog === 'find') return w.some((x) => x.text.startsWith('/var/lib/apt/lists')) && w.some((x) => x.text === '-delete');
        return false;
      });
    if (!cleaned) {
      const end = ins.getRange().end;
      const fix = plainShell ? textFix('Remove the apt lists in the same RUN', DOCKERFILE, at(end.line + 1, end.character + 1), ` ${p.escape}\n    && rm -rf /var/lib/apt/lists/*`) : undefined;
      out.push(finding(DOCKERFILE, installs[0].sub.range, 'The package lists apt-get update downloaded stay in this layer of the final image: end the same RUN with && rm -rf /var/lib/apt/lists/* (or keep them in a cache mount on /var/lib/apt).', fix));
    }
  }
  return out;
});

export const aptClean: DockerCheck = {
  definition: {
    id: 'docker.apt-clean',
    title: 'apt-get installs are lean and cleaned up',
    scope: 'general',
    why: 'Each RUN makes a layer, and files deleted in a later layer still ship in the earlier one. Running apt-get update, install and cleanup in one RUN avoids stale package lists and leaves no index files behind, and --no-install-recommends stops apt pulling in packages you never asked for. Only layers that reach the final image matter for size: a builder stage whose files are not copied over can stay as it is.',
    lesson: 'containerization',
    hints: [
      'What does apt-get leave behind in /var/lib/apt/lists, and which layer is it stored in?',
      'Update, install and clean up in a single RUN, and ask apt not to install recommended extras.',
      'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    ],
  },
  run,
};
