// A small .gitignore matcher for the patterns projects use: comments, `!` negation,
// a leading or inner `/` anchoring to the root, a trailing `/` for directories, `*`, `?`, `[...]`, `**`.

interface Rule {
  negate: boolean;
  dirOnly: boolean;
  anchored: boolean;
  re: RegExp;
  line: number;
}

function globToRegExp(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          if (i + 2 === glob.length) re += '.*';
          else {
            re += '(?:.*/)?';
            i++; // skip the slash after **
          }
          i++;
          continue;
        }
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let cls = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (cls.startsWith('!')) cls = `^${cls.slice(1)}`;
        re += `[${cls}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      re += glob[i + 1].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      i++;
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return re;
}

export class GitIgnore {
  private readonly rules: Rule[] = [];

  constructor(text: string) {
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
      let p = lines[n].replace(/\r$/, '');
      if (p.trim() === '' || p.startsWith('#')) continue;
      p = p.replace(/(?<!\\)\s+$/, '');
      let negate = false;
      if (p.startsWith('!')) {
        negate = true;
        p = p.slice(1);
      } else if (p.startsWith('\\!') || p.startsWith('\\#')) p = p.slice(1);
      let dirOnly = false;
      if (p.endsWith('/')) {
        dirOnly = true;
        p = p.replace(/\/+$/, '');
      }
      const anchored = p.includes('/');
      p = p.replace(/^\//, '');
      if (p === '') continue;
      try {
        const body = globToRegExp(p);
        this.rules.push({ negate, dirOnly, anchored, re: new RegExp(anchored ? `^${body}$` : `(?:^|/)${body}$`), line: n + 1 });
      } catch {
        // An unusable pattern ignores nothing, as in git.
      }
    }
  }

  /** Whether one path (no parent considered) matches, last rule winning. */
  private matchOne(path: string, isDir: boolean): boolean | undefined {
    let result: boolean | undefined;
    for (const r of this.rules) {
      if (r.dirOnly && !isDir) continue;
      if (r.re.test(path)) result = !r.negate;
    }
    return result;
  }

  /**
   * Whether git ignores `path` (a file, or a directory when `isDir`), given its parents:
   * once a parent directory is ignored, nothing inside can be re-included.
   */
  ignores(path: string, isDir: boolean): boolean {
    const parts = path.split('/').filter((s) => s !== '');
    for (let i = 1; i < parts.length; i++) {
      if (this.matchOne(parts.slice(0, i).join('/'), true) === true) return true;
    }
    // An output may be a file or a directory: a directory-only pattern counts when it is one.
    return this.matchOne(parts.join('/'), isDir) === true;
  }
}
