// Publishes gradings where VS Code users look: the Problems panel (with quick fixes) and the Testing view.
import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import type { Grading, LabService } from './labService';
import type { Finding, TextFix } from './types';
import { COMMANDS } from '../commands';

export const DIAGNOSTIC_SOURCE = 'MLOps Lab';

export function toRange(r: { line: number; column: number; endLine: number; endColumn: number }): vscode.Range {
  const start = new vscode.Position(Math.max(0, r.line - 1), Math.max(0, r.column - 1));
  const end = new vscode.Position(Math.max(0, r.endLine - 1), Math.max(0, r.endColumn - 1));
  return new vscode.Range(start, end.isBefore(start) ? start : end);
}

function fileUri(g: Grading, file: string): vscode.Uri {
  return vscode.Uri.joinPath(g.folder, ...file.split('/'));
}

export class LabResults extends Disposable {
  private readonly diagnostics = this._register(vscode.languages.createDiagnosticCollection('mlops-lab'));
  private controllerInstance?: vscode.TestController;
  /** Per lab: fixes by diagnostic identity, for the code action provider. */
  private readonly fixes = new Map<string, Map<string, { uri: vscode.Uri; fix: TextFix }>>();
  private readonly filesByLab = new Map<string, vscode.Uri[]>();

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

  private key(uri: vscode.Uri, d: { range: vscode.Range; message: string; code?: unknown }): string {
    const code = typeof d.code === 'object' && d.code ? (d.code as { value: unknown }).value : d.code;
    return `${uri.toString()}|${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}|${String(code)}|${d.message}`;
  }

  private publish(g: Grading): void {
    const grader = this.labs.grader(g.lab.id)!;
    const titles = new Map(grader.checks.map((c) => [c.id, c]));
    for (const uri of this.filesByLab.get(g.lab.id) ?? []) this.diagnostics.delete(uri);
    const byFile = new Map<string, { uri: vscode.Uri; list: vscode.Diagnostic[] }>();
    const fixes = new Map<string, { uri: vscode.Uri; fix: TextFix }>();
    this.fixes.set(g.lab.id, fixes);
    for (const r of g.results) {
      for (const f of r.findings) {
        const uri = fileUri(g, f.file);
        // General practice is a warning; a requirement of this lab only is information, never "wrong".
        const severity = titles.get(r.id)?.scope === 'lab' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning;
        const d = new vscode.Diagnostic(toRange(f), f.message, severity);
        d.source = DIAGNOSTIC_SOURCE;
        const lesson = titles.get(r.id)?.lesson;
        d.code = { value: r.id, target: vscode.Uri.parse(`command:${COMMANDS.openLesson}?${encodeURIComponent(JSON.stringify([lesson]))}`) };
        const entry = byFile.get(uri.toString()) ?? { uri, list: [] };
        entry.list.push(d);
        byFile.set(uri.toString(), entry);
        if (f.fix) fixes.set(this.key(uri, d), { uri: fileUri(g, f.fix.file), fix: f.fix });
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
      else run.failed(child, r.findings.map((f) => this.testMessage(g, f)));
    }
    if (!existing) run.end();
  }

  private testMessage(g: Grading, f: Finding): vscode.TestMessage {
    const m = new vscode.TestMessage(f.message);
    m.location = new vscode.Location(fileUri(g, f.file), toRange(f));
    return m;
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
    const actions: vscode.CodeAction[] = [];
    for (const d of ctx.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const key = this.key(doc.uri, d);
      const found = [...this.fixes.values()].map((m) => m.get(key)).find((x) => x);
      if (found) {
        const action = new vscode.CodeAction(found.fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.isPreferred = true;
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(found.uri, toRange(found.fix.range), found.fix.newText);
        actions.push(action);
      }
      const code = typeof d.code === 'object' ? d.code : undefined;
      const lesson = code?.target?.query ? JSON.parse(decodeURIComponent(code.target.query))[0] : undefined;
      if (typeof lesson === 'string') {
        const learn = new vscode.CodeAction(`Learn why: open the lesson for ${String(code?.value)}`, vscode.CodeActionKind.QuickFix);
        learn.diagnostics = [d];
        learn.command = { command: COMMANDS.openLesson, title: 'Open Lesson', arguments: [lesson] };
        actions.push(learn);
      }
    }
    return actions;
  }
}

function* collect(items: vscode.TestItemCollection): Generator<vscode.TestItem> {
  for (const [, item] of items) yield item;
}
