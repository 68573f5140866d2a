// docker.copy-not-add: ADD only where its extra powers are meant (unpacking a local archive, a verified download).
import type { Finding } from '../../types';
import { DOCKERFILE } from '../context';
import { copySources, flags, hasFlag, keywordRange } from '../parse';
import { finding, textFix } from '../positions';
import { of, withDocker, type DockerCheck } from './shared';

const URL_SOURCE = /^(https?|git|ssh):\/\/|^git@/i;
const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
const ADD_ONLY_FLAGS = ['checksum', 'keep-git-dir', 'unpack'];

const run = withDocker((p) => {
  const out: Finding[] = [];
  for (const ins of of(p.instructions, 'ADD')) {
    const sources = copySources(ins);
    const urls = sources.filter((s) => URL_SOURCE.test(s.value));
    const archives = sources.filter((s) => !URL_SOURCE.test(s.value) && ARCHIVE.test(s.value));
    const plain = sources.filter((s) => !URL_SOURCE.test(s.value) && !ARCHIVE.test(s.value));
    if (!hasFlag(ins, 'checksum')) {
      for (const u of urls) {
        const git = /\.git(#|$)|^git@|^git:\/\//i.test(u.value);
        if (git && /#[0-9a-f]{40}$/i.test(u.value)) continue; // a commit id pins the content
        out.push(finding(DOCKERFILE, u.range, `ADD downloads ${u.value} without checking what it got: add --checksum=sha256:<hash> so a changed or tampered file fails the build${git ? ' (for a Git source, a commit id after #)' : ''}, or download it in a RUN that verifies it.`));
      }
    }
    if (plain.length > 0 || sources.length === 0) {
      const mechanical = urls.length === 0 && archives.length === 0 && !flags(ins).some((f) => ADD_ONLY_FLAGS.includes(f.name));
      const fix = mechanical ? textFix('Replace ADD with COPY', DOCKERFILE, keywordRange(ins), 'COPY') : undefined;
      const what = plain.length > 0 ? plain.map((s) => s.value).join(', ') : 'inline content';
      out.push(finding(DOCKERFILE, keywordRange(ins), `ADD is used to copy local files (${what}): use COPY, which only copies. ADD also unpacks archives and fetches URLs, so what lands in the image depends on the file type.`, fix));
    }
  }
  return out;
});

export const copyNotAdd: DockerCheck = {
  definition: {
    id: 'docker.copy-not-add',
    title: 'COPY is used instead of ADD',
    scope: 'general',
    why: 'ADD silently unpacks archives and fetches URLs, so what ends up in the image depends on the file type and the network. COPY does one predictable thing, which is what you want for your own code and model files; a remote download with ADD is only safe with --checksum.',
    lesson: 'containerization',
    hints: [
      'Which instruction only copies files from the build context, and nothing else?',
      'Replace ADD with COPY for local files and folders.',
      'If you really download a file with ADD, pin its content with `ADD --checksum=sha256:<hash> <url> <dest>`.',
    ],
  },
  run,
};
