// Lesson panel script: renders the lesson sent by the extension; every action goes back as a typed message.
import type { FromLessonWebview, LessonPanelState, LessonView } from '../shared/protocol';
import { parseToLessonWebview } from '../shared/validate';
import { el, getVsCodeApi } from './vscodeApi';

const vscode = getVsCodeApi<FromLessonWebview, LessonPanelState>();
const root = document.getElementById('root')!;
let current: LessonView | undefined;

function navButton(kind: 'previous' | 'next', ref: { id: string; title: string } | undefined): HTMLElement {
  if (!ref) return el('span', { class: 'nav-spacer' });
  const label = kind === 'previous' ? `← ${ref.title}` : `${ref.title} →`;
  return el('button', { class: `nav ${kind}`, 'data-lesson': ref.id, 'aria-label': `${kind === 'previous' ? 'Previous' : 'Next'} lesson: ${ref.title}` }, label);
}

function doneButton(done: boolean): HTMLElement {
  return el('button', { id: 'done', class: done ? 'done secondary' : 'done', 'aria-pressed': String(done) }, done ? '✓ Done — mark as not done' : 'Mark as done');
}

function render(lesson: LessonView): void {
  current = lesson;
  const article = el('article', { class: 'lesson-body' });
  article.innerHTML = lesson.html; // rendered by markdown-it with html disabled, on the extension side
  const related = lesson.related.length
    ? el('nav', { class: 'related', 'aria-label': 'Related lessons' },
        el('h2', {}, 'Related lessons'),
        el('ul', {}, ...lesson.related.map((r) => el('li', {}, el('a', { href: '#', 'data-lesson': r.id, class: 'lesson-link' }, r.title)))))
    : undefined;
  root.replaceChildren(
    el('header', { class: 'lesson-header' },
      el('p', { class: 'eyebrow' }, `${lesson.topicTitle} · lesson ${lesson.index} of ${lesson.total} · ${lesson.minutes} min`),
      el('h1', {}, lesson.title)),
    article,
    el('div', { class: 'actions' }, doneButton(lesson.done)),
    related ?? '',
    el('nav', { class: 'pager', 'aria-label': 'Lesson navigation' }, navButton('previous', lesson.previous), navButton('next', lesson.next)),
  );
  const saved = vscode.getState();
  const scrollY = saved?.lessonId === lesson.id ? saved.scrollY ?? 0 : 0;
  window.scrollTo(0, scrollY);
  vscode.setState({ lessonId: lesson.id, scrollY });
  requestAnimationFrame(() => requestAnimationFrame(() => vscode.postMessage({ type: 'rendered', lessonId: lesson.id })));
}

window.addEventListener('message', (event: MessageEvent) => {
  const msg = parseToLessonWebview(event.data);
  if (!msg) return;
  if (msg.type === 'lesson') render(msg.lesson);
  else if (msg.type === 'progress' && current && msg.lessonId === current.id) {
    current.done = msg.done;
    document.getElementById('done')?.replaceWith(doneButton(msg.done));
  }
});

document.addEventListener('click', (event) => {
  const target = (event.target as Element | null)?.closest('[data-lesson], [data-href], #done, .inert-link');
  if (!target) return;
  event.preventDefault();
  if (target.id === 'done' && current) vscode.postMessage({ type: 'setDone', lessonId: current.id, done: !current.done });
  else if (target instanceof HTMLElement && target.dataset.lesson) vscode.postMessage({ type: 'openLesson', lessonId: target.dataset.lesson });
  else if (target instanceof HTMLElement && target.dataset.href) vscode.postMessage({ type: 'openExternal', url: target.dataset.href });
});

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => current && vscode.setState({ lessonId: current.id, scrollY: window.scrollY }), 200);
});

/** The lesson a new panel's page carries (see LessonPanelManager.load), validated as the same message would be. */
function initialLesson(): LessonView | undefined {
  const raw = document.body.dataset.lesson;
  if (!raw) return undefined;
  try {
    const msg = parseToLessonWebview({ type: 'lesson', lesson: JSON.parse(raw) });
    return msg?.type === 'lesson' ? msg.lesson : undefined;
  } catch {
    return undefined;
  }
}

// Painted at once from the page, unless this webview was showing another lesson before it reloaded: then the
// extension sends the one to show.
const initial = initialLesson();
const saved = vscode.getState();
if (initial && (!saved || saved.lessonId === initial.id)) render(initial);
vscode.postMessage(current ? { type: 'ready', shown: current.id } : { type: 'ready' });
