// Lab panel script: instructions, checklist with progress, hints on demand. All actions go back as typed messages.
import type { FromLabWebview, LabCheckView, LabPanelState, LabView } from '../shared/labProtocol';
import { parseToLabWebview } from '../shared/labValidate';
import { el, getVsCodeApi, richText } from './vscodeApi';

const vscode = getVsCodeApi<FromLabWebview, LabPanelState>();
const root = document.getElementById('root')!;
const openChecks = new Set<string>();
const SCOPE_TITLE = {
  general: 'Good practice for any project',
  lab: 'A requirement of this lab (its port, its files, its job names), not a rule for every project',
} as const;

function checkRow(c: LabCheckView): HTMLElement {
  const icon = c.status === 'pass' ? '✓' : c.status === 'fail' ? '✗' : '○';
  const label = c.status === 'pass' ? 'passes' : c.status === 'fail' ? 'fails' : 'not graded yet';
  const details = el('details', { class: `check ${c.status ?? 'pending'}`, 'data-check': c.id },
    el('summary', {},
      el('span', { class: 'status', 'aria-hidden': 'true' }, icon),
      el('span', { class: 'check-title' }, c.title),
      el('span', { class: `scope scope-${c.scope}`, title: SCOPE_TITLE[c.scope] }, c.scope === 'lab' ? 'this lab' : 'general practice'),
      el('span', { class: 'visually-hidden' }, `, ${label}`)),
    el('div', { class: 'check-body' },
      ...c.findings.map((f, i) => el('p', { class: 'finding' },
        el('a', { href: '#', 'data-finding': String(i), 'data-check-id': c.id, title: 'Go to the line' }, `${f.file}:${f.line}`), ' ', ...richText(f.message))),
      el('p', { class: 'why' }, el('strong', {}, 'Why it matters: '), ...richText(c.why)),
      ...c.hints.map((h, i) => el('p', { class: 'hint' }, el('strong', {}, `Hint ${i + 1}: `), ...richText(h))),
      c.status !== 'pass' && c.hints.length < c.hintsTotal
        ? el('button', { class: 'secondary', 'data-hint': c.id }, c.hints.length ? `Another hint (${c.hints.length + 1} of ${c.hintsTotal})` : `Show a hint (1 of ${c.hintsTotal})`)
        : undefined,
      el('p', { class: 'learn' }, 'Learn more: ', el('a', { href: '#', 'data-lesson': c.lessonId }, c.lessonTitle)),
      el('p', { class: 'check-id' }, c.id)));
  if (openChecks.has(c.id)) details.open = true;
  details.addEventListener('toggle', () => (details.open ? openChecks.add(c.id) : openChecks.delete(c.id)));
  return details;
}

function render(lab: LabView): void {
  vscode.setState({ labId: lab.id });
  const instructions = el('section', { class: 'instructions' });
  instructions.innerHTML = lab.html; // rendered by markdown-it with html disabled, on the extension side
  const percent = lab.total ? Math.round((lab.passed / lab.total) * 100) : 0;
  const graded = lab.checks.some((c) => c.status);
  root.replaceChildren(
    el('header', { class: 'lab-header' },
      el('p', { class: 'eyebrow' }, lab.folder ? `Lab · in ${lab.folder}` : 'Lab · not started yet'),
      el('h1', {}, lab.title),
      el('p', {}, ...richText(lab.summary))),
    el('div', { class: 'toolbar' },
      lab.folder
        ? el('button', { id: 'grade' }, 'Grade now')
        : el('button', { id: 'start' }, 'Start lab'),
      lab.folder ? el('button', { id: 'open-main', class: 'secondary' }, `Open ${lab.mainFile}`) : undefined,
      lab.folder ? el('button', { id: 'solution', class: 'secondary' }, 'Show reference solution…') : undefined),
    el('section', { class: 'checklist', 'aria-label': 'Checks' },
      el('h2', {}, 'Checks'),
      el('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(lab.total), 'aria-valuenow': String(lab.passed), 'aria-label': 'Checks passing' },
        el('div', { class: 'bar', style: '' })),
      el('p', { class: 'progress-text', id: 'progress-text' },
        lab.completed ? `All ${lab.total} checks pass. Lab complete.` : graded ? `${lab.passed} of ${lab.total} checks pass` : 'Not graded yet: start the lab, then save your file.'),
      ...lab.checks.map(checkRow)),
    instructions,
  );
  // Width set through the CSSOM: the CSP forbids inline style attributes.
  (root.querySelector('.progress .bar') as HTMLElement).style.width = `${percent}%`;
}

window.addEventListener('message', (event: MessageEvent) => {
  const msg = parseToLabWebview(event.data);
  if (msg) render(msg.lab);
});

document.addEventListener('click', (event) => {
  const t = (event.target as Element | null)?.closest('button, a');
  if (!(t instanceof HTMLElement)) return;
  const d = t.dataset;
  if (t.tagName === 'A') event.preventDefault();
  if (t.id === 'grade') vscode.postMessage({ type: 'grade' });
  else if (t.id === 'start') vscode.postMessage({ type: 'start' });
  else if (t.id === 'open-main') vscode.postMessage({ type: 'openMainFile' });
  else if (t.id === 'solution') vscode.postMessage({ type: 'showSolution' });
  else if (d.hint) vscode.postMessage({ type: 'revealHint', checkId: d.hint });
  else if (d.finding && d.checkId) vscode.postMessage({ type: 'openFinding', checkId: d.checkId, index: Number(d.finding) });
  else if (d.lesson) vscode.postMessage({ type: 'openLesson', lessonId: d.lesson });
  else if (d.href) vscode.postMessage({ type: 'openExternal', url: d.href });
});

vscode.postMessage({ type: 'ready' });
