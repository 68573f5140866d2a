// Publishes gradings where VS Code users look: the Problems panel (with quick fixes) and the Testing view.
// One severity story everywhere: general practice is a warning, a requirement of this lab is information.
// Nothing is shown as an error: Testing results carry no editor location, because VS Code draws a failed test
// message with a location as a red banner over the code, which would call a warning an error.
import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import type { Grading, LabService } from './labService';
import { diagnosticPlace, mergeFixes, plainMessage, type FixOffer } from './publish';
import type { CheckScope, Finding, TextFix } from './types';
import { COMMANDS } from '../commands';

export const DIAGNOSTIC_SOURCE = 'MLOps Lab';

export function toRange(r: { line: number; column: number; endLine: number; endColumn: number }): vscode.Range {
  const start = new vscode.Position(Math.max(0, r.line - 1), Math.max(0, r.column - 1));
  const end = new vscode.Position(Math.max(0, r.endLine - 1), Math.max(0, r.endColumn - 1));
  return new vscode.Range(start, end.isBefore(start) ? start : end);
}

/** The severity of a finding of a check of this scope, in the Problems panel and the editor. */
export function severityOf(scope: CheckScope): vscode.DiagnosticSeverity {
  return scope === 'lab' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning;
}

function fileUri(g: Grading, file: string): vscode.Uri {
  return vscode.Uri.joinPath(g.folder, ...file.split('/'));
}

interface FixEntry {
  uri: vscode.Uri;
  fix: TextFix;
  order: number;
}

export class LabResults extends Disposable {
  private readonly diagnostics = this._register(vscode.languages.createDiagnosticCollection('mlops-lab'));
  private controllerInstance?: vscode.TestController;
  /** Per lab: fixes by diagnostic identity, for the code action provider. */
  private readonly fixes = new Map<string, Map<string, FixEntry>>();
  /** Check titles by id, for "Learn why" titles. */
  private readonly titles = new Map<string, string>();
  private readonly filesByLab = new Map<string, vscode.Uri[]>();
  private readonly outcomes = new Map<string, 'passed' | 'failed' | 'errored'>();

  constructor(private readonly labs: LabService) {
    super();
    labs.publishers.push((g) => this.publish(g));
    this._register(vscode.languages.registerCodeActionsProvider({ pattern: '**' }, {
      provideCodeActions: (doc, _range, ctx) => this.codeActions(doc, ctx),
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));
  }

  /** Created on the first grading: activation stays cheap, and the Testing view shows labs once there are results. */
  private get controller(): vscode.TestController {
    if (!this.controllerInstance) {
      const c = this._register(vscode.tests.createTestController('mlopsLab', 'MLOps Lab'));
      c.createRunProfile('Grade', vscode.TestRunProfileKind.Run, (request, token) => this.run(request, token), true);
      this.controllerInstance = c;
    }
    return this.controllerInstance;
  }

  get testController(): vscode.TestController {
    return this.controller;
  }

  diagnosticsFor(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.diagnostics.get(uri) ?? [];
  }

  /** Drops every published finding and Testing item, as a fresh window starts (tests of the reload path). */
  clear(): void {
    this.diagnostics.clear();
    this.fixes.clear();
    this.filesByLab.clear();
    this.controllerInstance?.items.replace([]);
  }

  private key(uri: vscode.Uri, d: { range: vscode.Range; message: string; code?: unknown }): string {
    const code = typeof d.code === 'object' && d.code ? (d.code as { value: unknown }).value : d.code;
    return `${uri.toString()}|${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}|${String(code)}|${d.message}`;
  }

  private publish(g: Grading): void {
    const grader = this.labs.grader(g.lab.id)!;
    const checks = new Map(grader.checks.map((c, i) => [c.id, { def: c, order: i }]));
    for (const c of grader.checks) this.titles.set(c.id, c.title);
    for (const uri of this.filesByLab.get(g.lab.id) ?? []) this.diagnostics.delete(uri);
    const byFile = new Map<string, { uri: vscode.Uri; list: vscode.Diagnostic[] }>();
    const fixes = new Map<string, FixEntry>();
    this.fixes.set(g.lab.id, fixes);
    const missing = new Set(g.missing);
    for (const r of g.results) {
      const check = checks.get(r.id);
      for (const f of r.findings) {
        const place = diagnosticPlace(f, g.lab.mainFile, missing);
        if (!place) continue; // nowhere to point: the panel and the Testing view still list it
        const uri = fileUri(g, place.file);
        const d = new vscode.Diagnostic(toRange(place.range), plainMessage(f.message), severityOf(check?.def.scope ?? 'general'));
        d.source = DIAGNOSTIC_SOURCE;
        const lesson = check?.def.lesson;
        d.code = { value: r.id, target: vscode.Uri.parse(`command:${COMMANDS.openLesson}?${encodeURIComponent(JSON.stringify([lesson]))}`) };
        const entry = byFile.get(uri.toString()) ?? { uri, list: [] };
        entry.list.push(d);
        byFile.set(uri.toString(), entry);
        if (f.fix) fixes.set(this.key(uri, d), { uri: fileUri(g, f.fix.file), fix: f.fix, order: check?.order ?? 0 });
      }
    }
    for (const { uri, list } of byFile.values()) this.diagnostics.set(uri, list);
    this.filesByLab.set(g.lab.id, [...byFile.values()].map((e) => e.uri));
    this.reportToTesting(g);
  }

  private labItem(g: Grading): vscode.TestItem {
    const grader = this.labs.grader(g.lab.id)!;
    const mainUri = fileUri(g, g.lab.mainFile);
    let item = this.controller.items.get(`lab:${g.lab.id}`);
    if (!item) {
      item = this.controller.createTestItem(`lab:${g.lab.id}`, g.lab.title, mainUri);
      this.controller.items.add(item);
    }
    for (const c of grader.checks) {
      if (!item.children.get(c.id)) {
        const child = this.controller.createTestItem(c.id, c.title, mainUri);
        child.description = `${c.id} · ${c.scope === 'lab' ? 'this lab' : 'general practice'}`;
        item.children.add(child);
      }
    }
    return item;
  }

  private reportToTesting(g: Grading, existing?: vscode.TestRun): void {
    const item = this.labItem(g);
    const run = existing ?? this.controller.createTestRun(new vscode.TestRunRequest([item]), `Grade ${g.lab.title}`, false);
    for (const r of g.results) {
      const child = item.children.get(r.id);
      if (!child) continue;
      if (r.status === 'pass') run.passed(child);
      else run.failed(child, this.pythonMessages(g, r.id) ?? r.findings.map((f) => this.testMessage(f)));
      this.outcomes.set(`${g.lab.id}/${r.id}`, r.status === 'pass' ? 'passed' : 'failed');
    }
    if (g.problem && !g.results.length) {
      // Nothing ran (Restricted Mode, no Python): every check says why, none claims a pass or a failure.
      for (const [id, child] of item.children) {
        run.errored(child, new vscode.TestMessage(g.problem));
        this.outcomes.set(`${g.lab.id}/${id}`, 'errored');
      }
    }
    const header = g.python?.interpreter ? `MLOps Lab ran the tests of "${g.lab.title}" with ${g.python.interpreter}.\n` : '';
    const text = `${header}${g.python?.output ?? ''}${g.problem ? `\n${g.problem}` : ''}`.trim();
    if (text && g.python) run.appendOutput(`${text.replace(/\r?\n/g, '\r\n')}\r\n`);
    if (!existing) run.end();
  }

  /** The last result of a check in the Testing view: passed, failed or errored (tests read it). */
  lastOutcome(labId: string, checkId: string): 'passed' | 'failed' | 'errored' | undefined {
    return this.outcomes.get(`${labId}/${checkId}`);
  }

  /** Python labs: one message per failing test, with its expected and actual values when the test gave them. */
  private pythonMessages(g: Grading, checkId: string): vscode.TestMessage[] | undefined {
    const tests = g.python?.details?.get(checkId)?.filter((t) => t.outcome !== 'passed' && t.outcome !== 'skipped');
    if (!tests?.length) return undefined;
    return tests.map((t) => {
      const name = t.nodeid.split('::').slice(1).join('::') || t.nodeid;
      const where = t.location ? ` (${t.location.file}:${t.location.line})` : '';
      const text = `${name}${where}: ${t.message ?? t.outcome}`;
      return t.expected !== undefined && t.actual !== undefined ? vscode.TestMessage.diff(text, t.expected, t.actual) : new vscode.TestMessage(text);
    });
  }

  /** No location: VS Code would draw it over the code as a red banner (see the top of this file). */
  private testMessage(f: Finding): vscode.TestMessage {
    return new vscode.TestMessage(`${f.file}:${f.line}: ${plainMessage(f.message)}`);
  }

  /** Running from the Testing view grades the labs of the requested items. */
  private async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const labIds = new Set<string>();
    const items = request.include ?? [...collect(this.controller.items)];
    for (const i of items) labIds.add((i.parent ?? i).id.replace(/^lab:/, ''));
    for (const id of labIds) {
      if (token.isCancellationRequested) break;
      await this.labs.grade(id);
    }
  }

  private codeActions(doc: vscode.TextDocument, ctx: vscode.CodeActionContext): vscode.CodeAction[] {
    const offers: FixOffer<vscode.Diagnostic>[] = [];
    const learn: vscode.CodeAction[] = [];
    const seenLessons = new Set<string>();
    for (const d of ctx.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const key = this.key(doc.uri, d);
      const found = [...this.fixes.values()].map((m) => m.get(key)).find((x) => x);
      // The fix's file as a full URI: the same edit from two findings is then one offer, and one only.
      if (found) offers.push({ fix: { ...found.fix, file: found.uri.toString() }, order: found.order, diagnostic: d });
      const code = typeof d.code === 'object' ? d.code : undefined;
      const lesson = code?.target?.query ? JSON.parse(decodeURIComponent(code.target.query))[0] : undefined;
      const checkId = String(code?.value);
      if (typeof lesson === 'string' && !seenLessons.has(checkId)) {
        seenLessons.add(checkId);
        const a = new vscode.CodeAction(`Learn why: ${this.titles.get(checkId) ?? checkId}`, vscode.CodeActionKind.QuickFix);
        a.diagnostics = [d];
        a.command = { command: COMMANDS.openLesson, title: 'Open Lesson', arguments: [lesson] };
        learn.push(a);
      }
    }
    const actions = mergeFixes(offers).map(({ fix, diagnostics }) => {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = diagnostics;
      action.isPreferred = true;
      action.edit = new vscode.WorkspaceEdit();
      const uri = vscode.Uri.parse(fix.file, true);
      if (fix.create) {
        // Fails, changing nothing, when the file appeared meanwhile: an existing file is never written over.
        action.edit.createFile(uri, { overwrite: false, ignoreIfExists: false });
        action.edit.insert(uri, new vscode.Position(0, 0), fix.newText);
      } else action.edit.replace(uri, toRange(fix.range), fix.newText);
      return action;
    });
    return [...actions, ...learn];
  }
}

function* collect(items: vscode.TestItemCollection): Generator<vscode.TestItem> {
  for (const [, item] of items) yield item;
}
