// A grading as JUnit XML (the test report every CI shows): one test case per check, one failure per finding. Pure.
// The shape is the common one (Ant, Jenkins, GitLab, Azure): testsuites > testsuite > testcase > failure.
import { checkMap, placeOf, plainMessage, severityOf, type GradingReport, type Tool } from './subject';

/**
 * Text safe in XML 1.0 content and attribute values: the five special characters escaped, and characters
 * XML 1.0 cannot hold at all (most control characters, lone surrogates, U+FFFE/U+FFFF) written as [U+XXXX]
 * so nothing is lost silently. Tabs and line breaks in attributes become character references, so a parser
 * gives them back instead of normalizing them to spaces.
 */
export function xmlEscape(text: string, attribute = false): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&apos;';
    else if (attribute && (ch === '\n' || ch === '\r' || ch === '\t')) out += `&#x${cp.toString(16).toUpperCase()};`;
    else if (!attribute && ch === '\r') out += '&#xD;';
    else if (isXmlChar(cp)) out += ch;
    else out += `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;
  }
  return out;
}

/** XML 1.0's Char production. */
export function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

export function junitReport(report: GradingReport, tool: Tool): string {
  const checks = checkMap(report);
  const a = (v: string | number) => `"${xmlEscape(String(v), true)}"`;
  const failed = report.results.filter((r) => r.status === 'fail').length;
  const tests = report.results.length;
  const suiteName = `${report.labTitle} (${report.labId})`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name=${a(tool.name)} tests=${a(tests)} failures=${a(failed)} errors=${a(report.problem ? 1 : 0)}>`,
    `  <testsuite name=${a(suiteName)} tests=${a(tests)} failures=${a(failed)} errors=${a(report.problem ? 1 : 0)} skipped="0">`,
    '    <properties>',
    `      <property name="lab" value=${a(report.labId)}/>`,
    `      <property name="tool" value=${a(`${tool.name} ${tool.version}`)}/>`,
    '    </properties>',
  ];
  for (const r of report.results) {
    const c = checks.get(r.id);
    const name = c ? `${c.title} [${r.id}]` : r.id;
    const open = `    <testcase name=${a(name)} classname=${a(`mlops-lab.${report.labId}`)}`;
    if (r.status === 'pass' || !r.findings.length) {
      lines.push(`${open}/>`);
      continue;
    }
    lines.push(`${open}>`);
    const type = severityOf(c?.scope ?? 'general') === 'note' ? 'lab-requirement' : 'general-practice';
    for (const f of r.findings) {
      const place = placeOf(f, report);
      const where = place.range ? `${place.file}:${place.range.line}:${place.range.column}` : place.file;
      const message = plainMessage(f.message);
      lines.push(`      <failure message=${a(message)} type=${a(type)}>${xmlEscape(`${where}: ${message}`)}</failure>`);
    }
    lines.push('    </testcase>');
  }
  if (report.problem) lines.push(`    <system-err>${xmlEscape(report.problem)}</system-err>`);
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
