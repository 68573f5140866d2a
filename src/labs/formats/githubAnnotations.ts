// A grading as GitHub Actions workflow commands: one annotation per finding, shown on the line in the run
// summary and in a pull request's changed files. Pure.
import { checkMap, placeOf, plainMessage, severityOf, type GradingReport } from './subject';

// Escaping as GitHub's runner decodes it (actions/toolkit packages/core/src/command.ts, escapeData and
// escapeProperty): the message escapes %, CR and LF; property values also escape : and , (their separators).
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::warning` for general practice and `::notice` for a requirement of this lab, as the extension shows them
 * (nothing is an error). A finding without a line (its file is missing) names the file only.
 */
export function githubAnnotations(report: GradingReport): string[] {
  const checks = checkMap(report);
  const lines: string[] = [];
  for (const r of report.results) {
    if (r.status === 'pass') continue;
    const c = checks.get(r.id);
    const command = severityOf(c?.scope ?? 'general') === 'note' ? 'notice' : 'warning';
    for (const f of r.findings) {
      const place = placeOf(f, report);
      const props: Array<[string, string | number]> = [['file', place.file]];
      if (place.range) {
        const { line, column, endLine, endColumn } = place.range;
        props.push(['line', line]);
        if (endLine > line) props.push(['endLine', endLine]);
        props.push(['col', column]);
        // Columns only make a span on one line; ours end after the last character, GitHub's on it.
        if (endLine === line && endColumn > column + 1) props.push(['endColumn', endColumn - 1]);
      }
      props.push(['title', `${c ? plainMessage(c.title) : r.id} (${r.id})`]);
      lines.push(`::${command} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(plainMessage(f.message))}`);
    }
  }
  if (report.problem) lines.push(`::error title=${escapeProperty('MLOps Lab could not grade')}::${escapeData(report.problem)}`);
  return lines;
}
