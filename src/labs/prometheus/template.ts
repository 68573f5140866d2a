// The part of Go's text/template parsing that Prometheus runs on every label and annotation of an alert when
// it loads a rules file (rulefmt: each value is parsed after defining $labels, $externalLabels, $externalURL
// and $value). Only errors that are certain are reported: an action left open, an undefined variable, and
// if/range/with/define/block without their {{ end }} (or an {{ end }} / {{ else }} with nothing to close). Pure.

export interface TemplateProblem {
  /** Offsets in the template text. */
  from: number;
  to: number;
  message: string;
}

const PREDEFINED = new Set(['$', '$labels', '$externalLabels', '$externalURL', '$value']);
const OPENERS = new Set(['if', 'range', 'with', 'define', 'block']);

/** The end of the action that starts at `start` (just after `{{`): the index of its `}}`, or -1. */
function actionEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === '`' || c === "'") {
      const close = c;
      i++;
      while (i < text.length && text[i] !== close) {
        if (close !== '`' && text[i] === '\\') i++;
        if (close !== '`' && text[i] === '\n') return -1;
        i++;
      }
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      if (e < 0) return -1;
      i = e + 2;
      continue;
    }
    if (c === '}' && text[i + 1] === '}') return i;
    i++;
  }
  return -1;
}

/** Problems Prometheus would report for one label or annotation value; [] when it parses. */
export function templateProblems(text: string): TemplateProblem[] {
  const out: TemplateProblem[] = [];
  const declared = new Set(PREDEFINED);
  const open: Array<{ word: string; from: number; to: number }> = [];
  let i = 0;
  while (i < text.length && out.length === 0) {
    const start = text.indexOf('{{', i);
    if (start < 0) break;
    const bodyStart = start + 2;
    const end = actionEnd(text, bodyStart);
    if (end < 0) {
      out.push({ from: start, to: Math.min(text.length, start + 2), message: 'the action opened by {{ is never closed with }}' });
      break;
    }
    let body = text.slice(bodyStart, end);
    body = body.replace(/^-\s/, ' ').replace(/\s-$/, ' ');
    const trimmed = body.trim();
    const withoutStrings = trimmed.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)*'/g, '""');
    const word = /^[A-Za-z_]+/.exec(withoutStrings)?.[0] ?? '';
    if (!withoutStrings.startsWith('/*')) {
      // Declarations first ({{ $x := … }}, {{ range $i, $v := … }}), so the names count from here on.
      for (const m of withoutStrings.matchAll(/(\$[A-Za-z0-9_]*)\s*(?:,\s*(\$[A-Za-z0-9_]*)\s*)?:=/g)) {
        declared.add(m[1]);
        if (m[2]) declared.add(m[2]);
      }
      for (const m of withoutStrings.matchAll(/\$[A-Za-z0-9_]*/g)) {
        if (declared.has(m[0])) continue;
        const at = text.indexOf(m[0], bodyStart);
        const hint = m[0] === '$label' ? ' (did you mean $labels?)' : m[0] === '$values' ? ' (did you mean $value?)' : '';
        out.push({ from: at < 0 ? start : at, to: at < 0 ? end + 2 : at + m[0].length, message: `undefined variable ${m[0]}${hint}: alert templates know $labels, $value, $externalLabels and $externalURL` });
        break;
      }
      if (OPENERS.has(word)) open.push({ word, from: start, to: end + 2 });
      else if (word === 'end') {
        if (!open.pop()) out.push({ from: start, to: end + 2, message: '{{ end }} closes nothing: there is no open if, range or with before it' });
      } else if (word === 'else' && open.length === 0) {
        out.push({ from: start, to: end + 2, message: '{{ else }} outside an if, range or with' });
      }
    }
    i = end + 2;
  }
  if (out.length === 0 && open.length) {
    const o = open[open.length - 1];
    out.push({ from: o.from, to: o.to, message: `{{ ${o.word} … }} is never closed with {{ end }}` });
  }
  return out;
}
