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

// A failing check looks like its findings in the Problems panel: general practice a warning, this lab's
// requirement information. Nothing here is an error.
// (The "i" gets its circle from lab.css: a circled-i character is missing from many fonts.)
const FAIL_ICON = { general: '⚠', lab: 'i' } as const;

function findingLink(c: LabCheckView, f: LabCheckView['findings'][number], i: number): Node {
  if (!f.exists) return el('span', { class: 'missing-file', title: 'This file does not exist yet' }, `${f.file} (not created yet)`);
  return el('a', { href: '#', 'data-finding': String(i), 'data-check-id': c.id, title: 'Go to the line' }, `${f.file}:${f.line}`);
}

function checkRow(c: LabCheckView): HTMLElement {
  const icon = c.status === 'pass' ? '✓' : c.status === 'fail' ? FAIL_ICON[c.scope] : '○';
  const label = c.status === 'pass' ? 'passes' : c.status === 'fail' ? 'fails' : 'not graded yet';
  const details = el('details', { class: `check ${c.status ?? 'pending'} kind-${c.scope}`, 'data-check': c.id },
    el('summary', {},
      el('span', { class: 'status', 'aria-hidden': 'true' }, icon),
      el('span', { class: 'check-title' }, c.title),
      el('span', { class: `scope scope-${c.scope}`, title: SCOPE_TITLE[c.scope] }, c.scope === 'lab' ? 'this lab' : 'general practice'),
      el('span', { class: 'visually-hidden' }, `, ${label}`)),
    el('div', { class: 'check-body' },
      ...c.findings.map((f, i) => el('p', { class: 'finding' }, findingLink(c, f, i), ' ', ...richText(f.message))),
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

/** The lab's completion, in the panel itself (VS Code for the Web keeps notifications in the bell). */
function completeBanner(lab: LabView): HTMLElement | undefined {
  const c = lab.complete;
  if (!c) return undefined;
  const when = c.completedAt ? new Date(c.completedAt) : undefined;
  const date = when && !Number.isNaN(when.getTime()) ? ` Completed on ${when.toLocaleDateString()}.` : '';
  return el('section', { class: 'complete', role: 'status', 'aria-label': 'Lab complete' },
    el('h2', {}, el('span', { class: 'complete-icon', 'aria-hidden': 'true' }, '✓'), ' Lab complete'),
    el('p', {}, `All ${lab.total} checks pass.${date}`),
    el('p', { class: 'next-title' }, 'What next:'),
    el('div', { class: 'next' },
      el('button', { id: 'solution', class: 'secondary' }, 'Compare with the reference solution'),
      c.quiz ? el('button', { class: 'secondary', 'data-quiz': c.quiz.id }, `Take the quiz: ${c.quiz.title}`) : undefined,
      c.nextLab ? el('button', { 'data-lab': c.nextLab.id }, `Next lab: ${c.nextLab.title}`) : undefined));
}

function progressText(lab: LabView): string {
  const graded = lab.checks.some((c) => c.status);
  const score = graded ? `${lab.passed} of ${lab.total} checks pass` : '';
  if (lab.activity) return score ? `${score} · ${lab.activity}` : lab.activity;
  if (graded) return lab.complete ? `All ${lab.total} checks pass. Lab complete.` : score;
  if (lab.folderGone) return 'Not graded: the lab\'s folder no longer exists. Start the lab again to write it somewhere.';
  return lab.folder ? 'Not graded yet: save a lab file, or press Grade now.' : 'Not started yet: Start lab writes the project into a folder you pick and grades it.';
}

function render(lab: LabView): void {
  vscode.setState({ labId: lab.id });
  const instructions = el('section', { class: 'instructions' });
  instructions.innerHTML = lab.html; // rendered by markdown-it with html disabled, on the extension side
  const eyebrow = !lab.folder ? 'Lab · not started yet' : lab.folderGone ? `Lab · its folder ${lab.folder} no longer exists` : `Lab · in ${lab.folder}`;
  // A native <progress>: no width to set, so nothing needs a style attribute (the CSP allows none).
  const bar = el('progress', { class: 'progress', max: String(Math.max(lab.total, 1)), value: String(lab.passed), 'aria-label': 'Checks passing' });
  root.replaceChildren(
    el('header', { class: 'lab-header' },
      el('p', { class: 'eyebrow' }, eyebrow),
      el('h1', {}, lab.title),
      el('p', {}, ...richText(lab.summary))),
    completeBanner(lab) ?? '',
    el('div', { class: 'toolbar' },
      lab.folder && !lab.folderGone
        ? el('button', { id: 'grade', class: lab.complete ? 'secondary' : '' }, 'Grade now')
        : el('button', { id: 'start' }, 'Start lab'),
      lab.folder && !lab.folderGone ? el('button', { id: 'open-main', class: 'secondary' }, `Open ${lab.mainFile}`) : undefined,
      lab.folder && !lab.folderGone && !lab.complete ? el('button', { id: 'solution', class: 'secondary' }, 'Show reference solution…') : undefined),
    el('section', { class: 'checklist', 'aria-label': 'Checks' },
      el('h2', {}, 'Checks'),
      bar,
      el('p', { class: `progress-text${lab.activity ? ' busy' : ''}`, id: 'progress-text' }, progressText(lab)),
      lab.gradedSource ? el('p', { class: 'graded-source', id: 'graded-source' }, lab.gradedSource) : undefined,
      lab.problem ? el('p', { class: 'lab-problem', id: 'lab-problem', role: 'alert' }, lab.problem) : undefined,
      ...lab.checks.map(checkRow)),
    instructions,
  );
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
  else if (d.quiz) vscode.postMessage({ type: 'openQuiz', quizId: d.quiz });
  else if (d.lab) vscode.postMessage({ type: 'openLab', labId: d.lab });
  else if (d.href) vscode.postMessage({ type: 'openExternal', url: d.href });
});

vscode.postMessage({ type: 'ready' });
