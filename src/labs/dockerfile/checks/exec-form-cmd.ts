// docker.exec-form-cmd: the final image's start command is one CMD/ENTRYPOINT in exec form (a JSON array).
// A base known to start the app itself (e.g. tiangolo/uvicorn-gunicorn-fastapi) may leave CMD out.
import type { Instruction } from 'dockerfile-ast';
import type { Finding } from '../../types';
import { DOCKERFILE } from '../context';
import { baseFacts, chainInstructions, finalBase, isPythonImage } from '../model';
import { argumentsRange, execStrings, isExecForm, rangeOf, type ParsedDockerfile } from '../parse';
import { finding, textFix } from '../positions';
import { shellOf } from '../shell';
import { of, withFinal, type DockerCheck } from './shared';

const SHELL_SYNTAX = /[$`;&|<>*?(){}~[\]'"\\]|^#/;

function execFix(p: ParsedDockerfile, ins: Instruction): Finding['fix'] {
  const args = ins.getArguments();
  if (args.length === 0 || args.some((a) => SHELL_SYNTAX.test(a.getValue()) || a.getRange().start.line !== a.getRange().end.line)) return undefined;
  const cmds = shellOf(p, ins).commands;
  if (cmds.length !== 1 || cmds[0].assigns.size > 0) return undefined;
  const values = cmds[0].words.map((w) => w.text);
  if (values.length !== args.length) return undefined;
  return textFix('Convert to exec form', DOCKERFILE, argumentsRange(ins), `[${values.map((v) => JSON.stringify(v)).join(', ')}]`);
}

/**
 * `["sh", "-c", "uvicorn ..."]`: dash (Debian's /bin/sh) runs the command as its child and stays PID 1, which is
 * shell form again; `exec uvicorn ...` inside the string hands PID 1 over. (bash execs a lone command by itself.)
 */
function shellWithoutExec(p: ParsedDockerfile, ins: Instruction): string | null {
  const cmds = shellOf(p, ins).commands;
  const words = cmds[0]?.words ?? [];
  const prog = words[0] ? words[0].text.slice(words[0].text.lastIndexOf('/') + 1) : '';
  if ((prog !== 'sh' && prog !== 'dash') || words[1]?.text !== '-c' || cmds.length < 2) return null;
  const base = finalBase(p);
  if (base && /alpine/.test(base.tag ?? '')) return null; // busybox sh: not checked
  if (cmds.slice(1).some((c) => c.words[0]?.text === 'exec')) return null;
  return `${ins.getKeyword()} starts the server through sh -c without exec, so /bin/sh (dash on Debian-based images) stays PID 1 and does not pass SIGTERM on: docker stop waits 10 seconds and then kills the server. Put exec before the server command inside the string (sh -c "exec uvicorn ...").`;
}

/** The SHELL instruction in effect for `ins` (shell-form CMD/ENTRYPOINT run through it), if the Dockerfile sets one. */
function shellBefore(chain: Instruction[], ins: Instruction): { words: string[]; line: number } | null {
  const shells = of(chain.slice(0, chain.indexOf(ins)), 'SHELL');
  const last = shells[shells.length - 1];
  const words = last ? execStrings(last) : null;
  return last && words && words.length > 0 ? { words, line: last.getRange().start.line + 1 } : null;
}

const run = withFinal((p, final) => {
  const chain = chainInstructions(p);
  const out: Finding[] = [];
  const cmds = of(chain, 'CMD');
  const eps = of(chain, 'ENTRYPOINT');
  if (cmds.length === 0 && eps.length === 0) {
    const base = finalBase(p);
    if (baseFacts(base).startsApp) return [];
    const example = base && isPythonImage(base) ? 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]' : 'a CMD with the server\'s start command as a JSON array';
    return [finding(DOCKERFILE, rangeOf(final.from), `The final image has no CMD or ENTRYPOINT, so the container runs the base image's default command instead of the server: add ${example}.`)];
  }
  for (const group of [cmds, eps]) {
    if (group.length === 0) continue;
    const last = group[group.length - 1];
    // An earlier stage's CMD is what that stage runs when built with --target, so only repeats within the final stage mislead.
    for (const ins of group.slice(0, -1).filter((i) => final.body.includes(i))) {
      out.push(finding(DOCKERFILE, rangeOf(ins), `Only the last ${ins.getKeyword()} takes effect (line ${last.getRange().start.line + 1}): remove this one so the Dockerfile says what really runs.`));
    }
    if (!isExecForm(last) && !baseFacts(finalBase(p)).shell) {
      const b = finalBase(p);
      out.push(finding(DOCKERFILE, argumentsRange(last), `${last.getKeyword()} is in shell form, so Docker runs it through /bin/sh -c, and ${b?.name}${b?.tag ? ':' + b.tag : ''} has no /bin/sh: the container cannot start. Write it as a JSON array of double-quoted strings.`, execFix(p, last)));
    } else if (isExecForm(last)) {
      const problem = shellWithoutExec(p, last);
      if (problem) out.push(finding(DOCKERFILE, argumentsRange(last), problem));
    } else if (!isExecForm(last)) {
      const shell = shellBefore(chain, last);
      const message = shell
        ? `${last.getKeyword()} is in shell form, so Docker runs it through ${shell.words.join(' ')} "..." (the SHELL on line ${shell.line}), and whether the server or that shell ends up as PID 1, the process docker stop sends SIGTERM to, depends on the shell, its version and how the command is written. Write it as a JSON array of double-quoted strings, or end the command with exec <server> so the server takes over PID 1.`
        : `${last.getKeyword()} is in shell form, so Docker runs it as /bin/sh -c "...", and where that shell stays PID 1 (dash, the /bin/sh of Debian-based images such as python:3.12-slim, does) it does not pass SIGTERM on: docker stop waits 10 seconds and then kills the server mid-request. Write it as a JSON array of double-quoted strings.`;
      out.push(finding(DOCKERFILE, argumentsRange(last), message, execFix(p, last)));
    }
  }
  return out;
});

export const execFormCmd: DockerCheck = {
  definition: {
    id: 'docker.exec-form-cmd',
    title: 'One CMD or ENTRYPOINT, in exec form',
    scope: 'general',
    why: 'In shell form (`CMD uvicorn ...`) Docker starts the server under /bin/sh -c, and a shell as PID 1 does not forward SIGTERM, so `docker stop` waits ten seconds and then kills it mid-request. Exec form (a JSON array) makes the server PID 1 and lets it shut down cleanly; and only the last CMD counts, so extra ones only mislead.',
    lesson: 'containerization',
    hints: [
      'What receives the stop signal when the container is stopped: your server or a shell?',
      'Write the start command as a JSON array of strings, and keep a single CMD in the final stage.',
      'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]',
    ],
  },
  run,
};
