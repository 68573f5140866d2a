// A grading as SARIF 2.1.0 (the format GitHub code scanning and other CI viewers read). Pure.
// One rule per check (its title, why and hints), one result per finding with its region when it has one.
import type { Finding, Range } from '../types';
import { checkMap, helpMarkdown, helpText, placeOf, plainMessage, severityOf, type GradingReport, type Tool } from './subject';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Paths in results are relative to this base; `originalUriBaseIds` says where it is when the caller knows. */
export const SARIF_BASE_ID = '%SRCROOT%';

type Json = { [key: string]: unknown };

export interface SarifOptions {
  /** Absolute `file:` URI of the root the paths are relative to, ending in `/` (omitted when unknown). */
  rootUri?: string;
}

/** A project path as a relative URI reference: each segment percent-encoded, the slashes kept. */
export function pathToUri(path: string): string {
  return path.split('/').map((s) => encodeURIComponent(s)).join('/');
}

function region(r: Range): Json {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

export function sarifReport(report: GradingReport, tool: Tool, opts: SarifOptions = {}): Json {
  const checks = checkMap(report);
  const order = report.checks.map((c) => c.id);
  for (const r of report.results) if (!checks.has(r.id)) order.push(r.id); // a result without a definition still gets a rule
  const rules = order.map((id) => {
    const c = checks.get(id);
    if (!c) return { id, name: id, shortDescription: { text: id } };
    const lessonTitle = report.lessonTitles.get(c.lesson);
    return {
      id: c.id,
      name: c.title,
      shortDescription: { text: plainMessage(c.title) },
      fullDescription: { text: plainMessage(c.why) },
      help: { text: helpText(c, lessonTitle), markdown: helpMarkdown(c, lessonTitle) },
      defaultConfiguration: { level: severityOf(c.scope) },
      // No helpUri: the lessons ship inside the extension and have no public web address.
      properties: {
        tags: ['mlops-lab', report.labId, c.scope === 'lab' ? 'lab-requirement' : 'general-practice'],
        scope: c.scope,
        lesson: c.lesson,
        ...(lessonTitle ? { lessonTitle } : {}),
      },
    };
  });
  const location = (f: Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'> & { message?: string }): Json => {
    const place = placeOf({ message: '', ...f }, report);
    return {
      physicalLocation: {
        artifactLocation: { uri: pathToUri(place.file), uriBaseId: SARIF_BASE_ID },
        ...(place.range ? { region: region(place.range) } : {}),
      },
    };
  };
  const results: Json[] = [];
  for (const r of report.results) {
    if (r.status === 'pass') continue;
    const c = checks.get(r.id);
    const level = severityOf(c?.scope ?? 'general');
    for (const f of r.findings) {
      const fix = f.fix && !f.fix.create && !report.missing.has(f.fix.file)
        ? [{
          description: { text: plainMessage(f.fix.title) },
          artifactChanges: [{
            artifactLocation: { uri: pathToUri(`${report.pathPrefix}${f.fix.file}`), uriBaseId: SARIF_BASE_ID },
            replacements: [{ deletedRegion: region(f.fix.range), insertedContent: { text: f.fix.newText } }],
          }],
        }]
        : undefined;
      const text = plainMessage(f.message);
      results.push({
        ruleId: r.id,
        ruleIndex: order.indexOf(r.id),
        kind: 'fail',
        level,
        message: { text, ...(text !== f.message ? { markdown: f.message } : {}) },
        locations: [location(f)],
        ...(fix ? { fixes: fix } : {}),
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: tool.name, version: tool.version, semanticVersion: tool.version, rules } },
      // One category per lab, so a repository grading several labs keeps each lab's alerts apart.
      automationDetails: { id: `mlops-lab/${report.labId}/` },
      ...(opts.rootUri ? { originalUriBaseIds: { [SARIF_BASE_ID]: { uri: opts.rootUri } } } : {}),
      invocations: [{
        executionSuccessful: !report.problem,
        ...(report.problem ? { toolExecutionNotifications: [{ level: 'error', message: { text: report.problem } }] } : {}),
      }],
      results,
      properties: { lab: report.labId, labTitle: report.labTitle },
    }],
  };
}
