// A small reader for DVC's config format (configobj-style INI): `[section]` headers
// (DVC quotes remote sections as ['remote "name"']), `key = value` lines, `#`/`;` comments.
// It keeps the offsets of every name and value so findings can point at them.

export interface IniEntry {
  key: string;
  value: string;
  line: number;
  /** Offsets in the file text. */
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  lineStart: number;
  /** Offset just after the line break (or the end of the text). */
  lineEndWithBreak: number;
}

export interface IniSection {
  /** Name without brackets and quotes, e.g. `core`, `remote "storage"`. */
  name: string;
  line: number;
  start: number;
  end: number;
  lineEndWithBreak: number;
  entries: IniEntry[];
}

export interface IniProblem {
  line: number;
  start: number;
  end: number;
  message: string;
}

export interface Ini {
  sections: IniSection[];
  /** Keys before any section header. */
  top: IniEntry[];
  problems: IniProblem[];
}

function unquote(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

export function parseIni(text: string): Ini {
  const sections: IniSection[] = [];
  const top: IniEntry[] = [];
  const problems: IniProblem[] = [];
  let current: IniSection | undefined;
  let offset = 0;
  let lineNo = 0;
  while (offset <= text.length) {
    lineNo++;
    const nl = text.indexOf('\n', offset);
    const lineEndWithBreak = nl < 0 ? text.length : nl + 1;
    let raw = text.slice(offset, nl < 0 ? text.length : nl);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    const start = offset + lead;
    const end = start + body.length;
    if (body === '' || body.startsWith('#') || body.startsWith(';')) {
      // blank or comment
    } else if (body.startsWith('[')) {
      const close = body.lastIndexOf(']');
      const inner = close > 0 ? body.slice(1, close).replace(/^\[+/, '').replace(/\]+$/, '') : '';
      const rest = close > 0 ? body.slice(close + 1).trim() : '';
      if (close < 0 || inner.trim() === '' || (rest !== '' && !rest.startsWith('#') && !rest.startsWith(';'))) {
        problems.push({ line: lineNo, start, end, message: `"${body}" is not a valid section header; write it as [core] or ['remote "name"'].` });
        current = undefined;
      } else {
        const name = unquote(inner).replace(/\s+/g, ' ');
        if (sections.some((s) => s.name === name)) {
          problems.push({ line: lineNo, start, end, message: `Section [${name}] appears twice; DVC refuses a config with duplicate sections. Merge the two.` });
        }
        current = { name, line: lineNo, start, end, lineEndWithBreak, entries: [] };
        sections.push(current);
      }
    } else {
      const eq = body.indexOf('=');
      if (eq <= 0) {
        problems.push({ line: lineNo, start, end, message: `"${body}" is neither a [section] header nor a key = value line.` });
      } else {
        const keyRaw = body.slice(0, eq).trimEnd();
        let valueRaw = body.slice(eq + 1);
        const valueLead = valueRaw.length - valueRaw.trimStart().length;
        valueRaw = valueRaw.trim();
        const q = valueRaw[0];
        if (q === '"' || q === "'") {
          const close = valueRaw.indexOf(q, 1);
          if (close > 0) valueRaw = valueRaw.slice(0, close + 1);
        } else {
          // An unquoted value ends at an inline comment ( # ...).
          const hash = valueRaw.search(/\s[#;]/);
          if (hash >= 0) valueRaw = valueRaw.slice(0, hash).trimEnd();
        }
        const valueStart = start + eq + 1 + valueLead;
        const entry: IniEntry = {
          key: unquote(keyRaw),
          value: unquote(valueRaw),
          line: lineNo,
          keyStart: start,
          keyEnd: start + keyRaw.length,
          valueStart,
          valueEnd: valueStart + valueRaw.length,
          lineStart: offset,
          lineEndWithBreak,
        };
        const list = current ? current.entries : top;
        if (list.some((e) => e.key === entry.key)) {
          problems.push({ line: lineNo, start, end, message: `Key "${entry.key}" appears twice in the same section; DVC refuses duplicate keys.` });
        }
        list.push(entry);
      }
    }
    if (nl < 0) break;
    offset = nl + 1;
  }
  return { sections, top, problems };
}

/** The name of a remote section (`remote "storage"` -> `storage`), or undefined. */
export function remoteName(section: IniSection): string | undefined {
  const m = /^remote\s+"(.*)"$/.exec(section.name) ?? /^remote\s+'(.*)'$/.exec(section.name);
  return m ? m[1] : undefined;
}
