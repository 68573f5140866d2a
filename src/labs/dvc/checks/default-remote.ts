// dvc.default-remote (lab): this lab asks for a default remote in .dvc/config whose URL uses a storage type
// DVC supports. Projects without a remote, or naming it on each `dvc push -r`, are not wrong in general.
import type { Finding, TextFix } from '../../types';
import { DVC_CONFIG } from '../context';
import { remoteName, type IniEntry, type IniSection } from '../ini';
import { fileFinding } from '../positions';
import { q, type CheckFn, type DvcCheck } from './common';

const SCHEMES = ['s3', 'gs', 'gcs', 'azure', 'ssh', 'hdfs', 'webhdfs', 'http', 'https', 'webdav', 'webdavs', 'gdrive', 'oss', 'remote', 'file'];

function entry(section: IniSection | undefined, key: string): IniEntry | undefined {
  return section?.entries.find((e) => e.key === key);
}

export const run: CheckFn = (ctx) => {
  const c = ctx.config;
  if (!c.ok) return [c.finding];
  const src = c.src;
  const ini = c.value;
  const out: Finding[] = ini.problems.map((p) => src.finding(p.start, p.end, `.dvc/config line ${p.line}: ${p.message}`));
  const remotes = ini.sections.filter((s) => remoteName(s) !== undefined);
  const core = ini.sections.find((s) => s.name === 'core');
  const def = entry(core, 'remote');
  const eol = src.eol;
  if (remotes.length === 0) {
    out.push(
      fileFinding(DVC_CONFIG, `This lab asks for a default remote, and no remote is defined in .dvc/config: without one, \`dvc push\` has nowhere to store data and models. Add one and make it the default: \`dvc remote add -d storage s3://bucket/path\`.`),
    );
    return out;
  }
  if (!def || def.value.trim() === '') {
    const name = remoteName(remotes[0]) as string;
    let fix: TextFix;
    if (core) {
      const indent = core.entries[0] ? src.text.slice(core.entries[0].lineStart, core.entries[0].keyStart) : '    ';
      const at = def ? def.lineStart : core.lineEndWithBreak;
      const endAt = def ? def.lineEndWithBreak : at;
      const needsBreak = at === src.text.length && at > 0 && !src.text.endsWith('\n');
      fix = src.fix(at, endAt, `${needsBreak ? eol : ''}${indent}remote = ${name}${eol}`, `Make ${name} the default remote`);
    } else {
      fix = src.fix(0, 0, `[core]${eol}    remote = ${name}${eol}`, `Make ${name} the default remote`);
    }
    const msg = `This lab asks for a default remote: ${q('[core]')} has no ${q('remote = ...')}, so \`dvc push\` and \`dvc pull\` fail unless every call names a remote (\`-r\`). Set it with \`dvc remote default ${name}\`.`;
    out.push(core ? src.finding(core.start, core.end, msg, fix) : { ...fileFinding(DVC_CONFIG, msg), fix });
    return out;
  }
  const target = remotes.find((s) => remoteName(s) === def.value);
  if (!target) {
    const names = remotes.map((s) => remoteName(s) as string);
    const fix = names.length === 1 ? src.fix(def.valueStart, def.valueEnd, names[0], `Use remote ${names[0]}`) : undefined;
    out.push(
      src.finding(def.valueStart, def.valueEnd, `The default remote "${def.value}" is not defined: the remotes in .dvc/config are ${names.map((x) => `"${x}"`).join(', ')}. Point ${q('remote')} at one of them.`, fix),
    );
    return out;
  }
  const url = entry(target, 'url');
  if (!url || url.value.trim() === '') {
    out.push(src.finding(target.start, target.end, `Remote "${def.value}" has no ${q('url')}: add where the data lives, e.g. ${q('url = s3://bucket/path')}.`));
    return out;
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url.value);
  if (scheme && !SCHEMES.includes(scheme[1].toLowerCase())) {
    out.push(
      src.finding(url.valueStart, url.valueEnd, `DVC has no ${q(`${scheme[1]}://`)} remotes: use s3://, gs://, azure://, ssh://, hdfs://, http(s)://, webdav://, gdrive://, oss:// or a local folder path.`),
    );
  }
  return out;
};

export const definition: DvcCheck['definition'] = {
  id: 'dvc.default-remote',
  title: 'A default remote is configured',
  why: 'The remote is where DVC stores data and models for the team and for CI. This lab asks for a default one: without it, `dvc push` and `dvc pull` need a remote name (`-r`) on every call, and CI jobs that run them plainly fail. Its URL must use a storage type DVC supports.',
  lesson: 'data-versioning',
  scope: 'lab',
  hints: [
    'Look at the [core] section of .dvc/config.',
    'Add `remote = <name>` under [core], where <name> is a remote defined in a [\'remote "<name>"\'] section (`dvc remote default <name>` does it).',
  ],
};
