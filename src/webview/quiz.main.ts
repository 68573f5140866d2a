// Quiz panel script: shows one question at a time, sends the answer, shows the feedback the
// extension computed, and the result screen. Keyboard: 1-9 pick a choice (or go to an item of an
// order question), Enter submits / goes next, arrows move focus, Alt+Up/Down reorders,
// S/U sets confidence, Escape closes. The hints shown name only the keys that work for the question.
import type {
  FromQuizWebview, QuizAnswer, QuizFeedbackView, QuizHeader, QuizPanelState, QuizQuestionType, QuizQuestionView, QuizResultView, QuizShownPhase,
} from '../shared/quizProtocol';
import { parseToQuizWebview } from '../shared/quizValidate';
import { el, getVsCodeApi } from './vscodeApi';
import { confidenceLegend, formatDuration, keysHint, percentText } from './quiz/format';

const vscode = getVsCodeApi<FromQuizWebview, QuizPanelState>();
const root = document.getElementById('root')!;
// The whole view is replaced often: announce only the feedback, through a dedicated live region.
root.setAttribute('aria-live', 'off');
const announcer = el('div', { id: 'announce', class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
document.body.append(announcer);

type Screen =
  | { kind: 'question'; header: QuizHeader; question: QuizQuestionView; feedback?: QuizFeedbackView }
  | { kind: 'result'; header: QuizHeader; result: QuizResultView }
  | { kind: 'empty' };
let screen: Screen = { kind: 'empty' };
/** Current order of the order question's items (ids). */
let order: string[] = [];

function post(msg: FromQuizWebview): void {
  vscode.postMessage(msg);
}

function announce(text: string): void {
  announcer.textContent = '';
  // A fresh text node after a tick so screen readers announce repeated messages too.
  window.setTimeout(() => { announcer.textContent = text; }, 30);
}

function shown(phase: QuizShownPhase, questionId?: string): void {
  requestAnimationFrame(() => requestAnimationFrame(() => post({ type: 'shown', phase, ...(questionId ? { questionId } : {}) })));
}

function html(tag: 'div', cls: string, markup: string): HTMLElement {
  const node = el(tag, { class: cls });
  node.innerHTML = markup; // rendered by markdown-it with html disabled, on the extension side
  return node;
}

function lessonLink(id: string, title: string): HTMLElement {
  return el('a', { href: '#', class: 'lesson-link', 'data-lesson': id }, `Lesson: ${title}`);
}

function keyHint(n: number): HTMLElement | string {
  return n < 9 ? el('span', { class: 'key', 'aria-hidden': 'true' }, String(n + 1)) : '';
}

/** A coloured ✓ / ✗ / ◐ that only decorates: the words next to it say the same, in the text colour. */
function icon(kind: 'right' | 'partial' | 'wrong', glyph: string): HTMLElement {
  return el('span', { class: `icon ${kind}`, 'aria-hidden': 'true' }, glyph);
}

function setMark(node: Element | null, kind: 'right' | 'wrong' | undefined, words: string): void {
  if (!node) return;
  node.replaceChildren(...(kind ? [icon(kind, kind === 'right' ? '✓' : '✗'), ' ', words] : []));
}

/** "Paused: <quiz> (3 of 8 answered) [Continue]" for each unfinished session the panel is not showing. */
function pausedLine(header: QuizHeader): HTMLElement | string {
  const paused = header.paused ?? [];
  if (!paused.length) return '';
  return el('div', { class: 'paused', role: 'group', 'aria-label': 'Kept for later' },
    el('span', { class: 'paused-label' }, 'Kept for later:'),
    ...paused.map((p) => el('span', { class: 'paused-item' },
      `${p.title} (${p.answered} of ${p.total} answered) `,
      el('button', {
        class: 'secondary link-button', 'data-resume': p.kind, ...(p.quizId ? { 'data-quiz': p.quizId } : {}),
        'aria-label': `Continue ${p.title}`,
      }, 'Continue'))));
}

function saveState(header: QuizHeader): void {
  vscode.setState({ kind: header.kind, ...(header.kind === 'quiz' && header.quizId ? { quizId: header.quizId } : {}) });
}

// ---- question ----

function renderChoices(q: QuizQuestionView): HTMLElement {
  const kind = q.type === 'single' ? 'radio' : 'checkbox';
  return el('fieldset', { class: 'choices' },
    el('legend', { class: 'visually-hidden' }, q.type === 'single' ? 'Pick one answer' : 'Pick every answer that applies'),
    ...(q.choices ?? []).map((c, i) =>
      el('label', { class: 'choice', 'data-id': c.id },
        el('input', { type: kind, name: 'answer', value: c.id, 'data-index': String(i) }),
        keyHint(i),
        el('span', { class: 'text' }, c.text),
        el('span', { class: 'mark', 'aria-hidden': 'true' }))));
}

function renderOrder(q: QuizQuestionView): HTMLElement {
  const byId = new Map((q.items ?? []).map((i) => [i.id, i.text]));
  const list = el('ol', { class: 'order-list', 'aria-label': 'Items to put in order. Alt+Up and Alt+Down move the focused item.' });
  order.forEach((id, i) => {
    const text = byId.get(id) ?? '';
    list.append(el('li', { class: 'order-item', tabindex: '0', 'data-id': id, 'data-index': String(i), 'aria-label': `${i + 1}: ${text}` },
      keyHint(i),
      el('span', { class: 'text' }, text),
      el('span', { class: 'mark', 'aria-hidden': 'true' }),
      el('span', { class: 'movers' },
        el('button', { class: 'secondary move', 'data-move': 'up', 'data-id': id, 'aria-label': `Move up: ${text}`, ...(i === 0 ? { disabled: '' } : {}) }, '↑'),
        el('button', { class: 'secondary move', 'data-move': 'down', 'data-id': id, 'aria-label': `Move down: ${text}`, ...(i === order.length - 1 ? { disabled: '' } : {}) }, '↓'))));
  });
  return list;
}

function renderMatch(q: QuizQuestionView): HTMLElement {
  return el('div', { class: 'match-list' },
    ...(q.lefts ?? []).map((l, i) => {
      const sel = el('select', { id: `m-${l.id}`, 'data-left': l.id, 'data-index': String(i) },
        el('option', { value: '' }, 'Choose…'),
        ...(q.rights ?? []).map((r) => el('option', { value: r.id }, r.text)));
      return el('div', { class: 'match-row', 'data-id': l.id },
        el('label', { for: `m-${l.id}`, class: 'left' }, l.text),
        sel,
        el('span', { class: 'mark', 'aria-hidden': 'true' }));
    }));
}

function renderNumeric(q: QuizQuestionView): HTMLElement {
  return el('div', { class: 'numeric' },
    el('label', { for: 'numeric-input', class: 'visually-hidden' }, `Your answer${q.unit ? ` in ${q.unit}` : ''}`),
    el('input', { id: 'numeric-input', type: 'number', step: 'any', inputmode: 'decimal' }),
    q.unit ? el('span', { class: 'unit' }, q.unit) : '');
}

function renderConfidence(type: QuizQuestionType): HTMLElement {
  return el('fieldset', { class: 'confidence' },
    el('legend', {}, confidenceLegend(type)),
    el('label', {}, el('input', { type: 'radio', name: 'confidence', value: 'sure' }), ' Sure'),
    el('label', {}, el('input', { type: 'radio', name: 'confidence', value: 'unsure' }), ' Unsure'));
}

function renderQuestion(header: QuizHeader, q: QuizQuestionView, feedback?: QuizFeedbackView): void {
  if (!(screen.kind === 'question' && screen.question.questionId === q.questionId && order.length)) {
    order = (q.items ?? []).map((i) => i.id);
  }
  if (feedback && 'itemIds' in feedback.given) order = [...feedback.given.itemIds];
  screen = { kind: 'question', header, question: q, ...(feedback ? { feedback } : {}) };
  const body =
    q.type === 'single' || q.type === 'multiple' ? renderChoices(q)
    : q.type === 'order' ? renderOrder(q)
    : q.type === 'match' ? renderMatch(q)
    : renderNumeric(q);
  const pct = Math.round((q.index / q.total) * 100);
  root.replaceChildren(
    el('header', { class: 'quiz-header' },
      el('p', { class: 'eyebrow' }, `${header.kind === 'review' ? 'Review' : header.title} · question ${q.index + 1} of ${q.total}`),
      el('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(q.total), 'aria-valuenow': String(q.index), 'aria-label': 'Questions done' },
        el('div', { class: 'bar' })),
      pausedLine(header)),
    el('section', { class: 'question', 'data-type': q.type, 'data-question': q.questionId, 'aria-labelledby': 'prompt' },
      html('div', 'prompt', q.promptHtml),
      q.type === 'multiple' ? el('p', { class: 'instruction' }, 'Select all that apply.') : '',
      q.type === 'order' ? el('p', { class: 'instruction' }, 'Put the items in order (buttons or Alt+Up / Alt+Down).') : '',
      body,
      renderConfidence(q.type),
      el('p', { id: 'error', class: 'error', role: 'alert' }),
      el('div', { class: 'actions' },
        el('button', { id: 'submit', class: 'primary' }, 'Submit'),
        el('span', { class: 'keys' }, keysHint(q.type)))),
    el('div', { id: 'feedback' }),
  );
  root.querySelector('.prompt')?.setAttribute('id', 'prompt');
  // Through the CSSOM: the CSP allows no inline style attributes.
  const bar = root.querySelector<HTMLElement>('.progress .bar');
  if (bar) bar.style.width = `${pct}%`;
  saveState(header);
  if (feedback) {
    applyFeedback(q, feedback, false);
    shown('feedback', q.questionId);
  } else {
    focusFirstControl();
    shown('question', q.questionId);
  }
}

/**
 * The control the page should focus: focused now if the page has the focus, otherwise when the page gets it. A
 * panel drawn while the learner is elsewhere (restored after a window reload, redrawn in the background) must not
 * take the focus: it closed the command palette the learner was typing in.
 */
let focusTarget: (() => HTMLElement | null) | undefined;
function focusWhenShown(find: () => HTMLElement | null): void {
  focusTarget = find;
  if (document.hasFocus()) find()?.focus();
}
window.addEventListener('focus', () => {
  const active = document.activeElement;
  if (focusTarget && (!active || active === document.body)) focusTarget()?.focus();
});

function focusFirstControl(): void {
  focusWhenShown(() => root.querySelector<HTMLElement>('.question input[name="answer"], .order-item, .match-row select, #numeric-input'));
}

function readAnswer(q: QuizQuestionView): QuizAnswer | string {
  switch (q.type) {
    case 'single': {
      const c = root.querySelector<HTMLInputElement>('input[name="answer"]:checked');
      return c ? { choiceId: c.value } : 'Pick an answer first.';
    }
    case 'multiple': {
      const ids = [...root.querySelectorAll<HTMLInputElement>('input[name="answer"]:checked')].map((c) => c.value);
      return ids.length ? { choiceIds: ids } : 'Pick at least one answer first.';
    }
    case 'order':
      return { itemIds: [...order] };
    case 'match': {
      const pairs: Record<string, string> = {};
      let missing = 0;
      for (const s of root.querySelectorAll<HTMLSelectElement>('.match-row select')) {
        if (s.value) pairs[s.dataset.left!] = s.value;
        else missing++;
      }
      return missing ? `Match every item first (${missing} left).` : { pairs };
    }
    case 'numeric': {
      const input = root.querySelector<HTMLInputElement>('#numeric-input');
      const v = input && input.value.trim() !== '' ? Number(input.value) : Number.NaN;
      return Number.isFinite(v) ? { value: v } : 'Enter a number first.';
    }
  }
}

function submit(): void {
  if (screen.kind !== 'question' || screen.feedback) return;
  const q = screen.question;
  const answer = readAnswer(q);
  const error = root.querySelector('#error');
  if (typeof answer === 'string') {
    if (error) error.textContent = answer;
    return;
  }
  if (error) error.textContent = '';
  const conf = root.querySelector<HTMLInputElement>('input[name="confidence"]:checked')?.value;
  const confidence = conf === 'sure' || conf === 'unsure' ? conf : undefined;
  root.querySelector<HTMLButtonElement>('#submit')?.setAttribute('disabled', '');
  post({ type: 'submit', questionId: q.questionId, answer, ...(confidence ? { confidence } : {}) });
}

// ---- feedback ----

function applyFeedback(q: QuizQuestionView, f: QuizFeedbackView, speak: boolean): void {
  // Show the learner's answer (also after a reload) and lock the inputs.
  for (const input of root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('.question input, .question select, .question button')) {
    input.disabled = true;
  }
  const given = f.given;
  if ('choiceId' in given || 'choiceIds' in given) {
    const ids = 'choiceId' in given ? [given.choiceId] : given.choiceIds;
    const correct = 'choiceId' in f.correctAnswer ? [f.correctAnswer.choiceId] : 'choiceIds' in f.correctAnswer ? f.correctAnswer.choiceIds : [];
    for (const label of root.querySelectorAll<HTMLElement>('.choice')) {
      const id = label.dataset.id!;
      const input = label.querySelector('input');
      if (input) input.checked = ids.includes(id);
      const isCorrect = correct.includes(id);
      const picked = ids.includes(id);
      label.classList.toggle('is-correct', isCorrect);
      label.classList.toggle('is-wrong', picked && !isCorrect);
      setMark(label.querySelector('.mark'), isCorrect ? 'right' : picked ? 'wrong' : undefined,
        isCorrect ? (picked ? 'your answer, correct' : 'correct answer') : 'your answer');
    }
  } else if ('pairs' in given) {
    for (const row of root.querySelectorAll<HTMLElement>('.match-row')) {
      const left = row.dataset.id!;
      const sel = row.querySelector('select');
      if (sel) sel.value = Object.prototype.hasOwnProperty.call(given.pairs, left) ? given.pairs[left] : '';
      const ok = f.marks[left] === true;
      row.classList.toggle('is-correct', ok);
      row.classList.toggle('is-wrong', !ok);
      setMark(row.querySelector('.mark'), ok ? 'right' : 'wrong', ok ? 'right' : 'wrong');
    }
  } else if ('itemIds' in given) {
    for (const li of root.querySelectorAll<HTMLElement>('.order-item')) {
      const ok = f.marks[li.dataset.id!] === true;
      li.classList.toggle('is-correct', ok);
      li.classList.toggle('is-wrong', !ok);
      setMark(li.querySelector('.mark'), ok ? 'right' : 'wrong', ok ? 'in place' : 'misplaced');
    }
  } else if ('value' in given) {
    const input = root.querySelector<HTMLInputElement>('#numeric-input');
    if (input) input.value = String(given.value);
    root.querySelector('.numeric')?.classList.add(f.right ? 'is-correct' : 'is-wrong');
  }
  if (f.confidence) {
    const c = root.querySelector<HTMLInputElement>(`input[name="confidence"][value="${f.confidence}"]`);
    if (c) c.checked = true;
  }
  root.querySelector('.question .actions')?.remove();

  const verdict = f.right ? 'Correct' : f.score > 0 ? `Partly right: ${percentText(f.score)}` : 'Wrong';
  const kind = f.right ? 'right' : f.score > 0 ? 'partial' : 'wrong';
  const wrongPicks = f.chosen.filter((c) => !c.correct);
  const lists = differenceLists(q.type, f);
  const box = el('section', { class: `feedback ${kind}`, 'aria-label': 'Feedback' },
    el('h2', { class: 'verdict' }, icon(kind, f.right ? '✓' : f.score > 0 ? '◐' : '✗'), ' ', el('span', { class: 'verdict-text' }, verdict)),
    ...lists.map((l) => el('div', { class: `difference ${l.cls}` },
      el('h3', {}, l.label),
      el('ul', {}, ...l.items.map((t) => el('li', {}, t))))),
    f.right ? '' : el('div', { class: 'correct-answer' },
      el('h3', {}, 'Correct answer'),
      el('ul', {}, ...f.correctTexts.map((t) => el('li', {}, t)))),
    ...wrongPicks.filter((c) => c.why).map((c) => el('p', { class: 'why' }, el('strong', {}, `Why not “${c.text}”: `), c.why!)),
    ...f.chosen.filter((c) => c.correct && c.why && !f.right).map((c) => el('p', { class: 'why' }, el('strong', {}, `“${c.text}”: `), c.why!)),
    el('h3', {}, 'Explanation'),
    html('div', 'explanation', f.explanationHtml),
    el('p', { class: 'lesson' }, lessonLink(f.lesson, f.lessonTitle)),
    el('div', { class: 'actions' },
      el('button', { id: 'next', class: 'primary' }, f.last ? 'See results' : 'Next question'),
      el('span', { class: 'keys' }, 'Enter continues')));
  root.querySelector('#feedback')?.replaceChildren(box);
  focusWhenShown(() => root.querySelector<HTMLButtonElement>('#next'));
  if (speak) {
    const listText = lists.map((l) => ` ${l.label}: ${l.items.join('; ')}.`).join('');
    const answerText = f.right ? '' : ` Correct answer: ${f.correctTexts.join('; ')}.`;
    announce(`${verdict}.${listText}${answerText}`);
  }
}

/**
 * What a partly right or wrong answer missed and got wrong, labelled for the question type. Single choice
 * and numeric answers need no list: the correct answer and the marked pick already say it all.
 */
function differenceLists(type: QuizQuestionType, f: QuizFeedbackView): Array<{ label: string; cls: string; items: string[] }> {
  if (f.right) return [];
  const labels: Partial<Record<QuizQuestionType, { missed?: string; wrong?: string }>> = {
    multiple: { missed: 'You missed', wrong: 'Not part of the answer, but picked' },
    match: { missed: 'Not matched', wrong: 'Wrong matches' },
    order: { wrong: 'Out of place' },
  };
  const l = labels[type] ?? {};
  return [
    ...(l.missed && f.missedTexts.length ? [{ label: l.missed, cls: 'missed-parts', items: f.missedTexts }] : []),
    ...(l.wrong && f.wrongTexts.length ? [{ label: l.wrong, cls: 'wrong-parts', items: f.wrongTexts }] : []),
  ];
}

// ---- result ----

function renderResult(header: QuizHeader, r: QuizResultView): void {
  screen = { kind: 'result', header, result: r };
  saveState(header);
  const score = Math.round(r.score * 100) / 100;
  root.replaceChildren(
    el('header', { class: 'quiz-header' },
      el('p', { class: 'eyebrow' }, header.kind === 'review' ? 'Review finished' : 'Quiz finished'),
      el('h1', {}, header.title),
      pausedLine(header)),
    el('section', { class: 'result', 'aria-label': 'Result' },
      el('p', { class: 'score', id: 'score' }, `Score: ${score} / ${r.max} (${r.percent}%)`),
      el('p', {}, `${r.right} of ${r.total} fully right · time ${formatDuration(r.durationMs)}${r.best !== undefined ? ` · best ${r.best}%` : ''}`),
      r.byTopic.length ? el('table', { class: 'by-topic' },
        el('caption', { class: 'visually-hidden' }, 'Score per topic'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Topic'), el('th', { scope: 'col' }, 'Score'), el('th', { scope: 'col' }, 'Right'))),
        el('tbody', {}, ...r.byTopic.map((t) => el('tr', {},
          el('th', { scope: 'row' }, t.title),
          el('td', {}, `${Math.round(t.score * 100) / 100} / ${t.max}`),
          el('td', {}, `${t.right} / ${t.max}`))))) : ''),
    el('div', { class: 'actions' },
      r.missed.length ? el('button', { id: 'retry-missed', class: 'primary', 'data-retry': 'missed' }, `Retry missed only (${r.missed.length})`) : '',
      el('button', { id: 'retry-all', class: r.missed.length ? 'secondary' : 'primary', 'data-retry': 'all' }, 'Retry all')),
    r.missed.length ? el('section', { class: 'missed', 'aria-label': 'Missed questions' },
      el('h2', {}, `Missed questions (${r.missed.length})`),
      ...r.missed.map((m) => el('article', { class: 'missed-item' },
        html('div', 'prompt', m.promptHtml),
        el('p', { class: 'your-score' }, m.answered ? `Your score: ${percentText(m.score)}` : 'Not answered'),
        m.answered ? el('div', { class: 'given-answer' }, el('strong', {}, 'Your answer: '), m.givenTexts.join('; ')) : '',
        el('div', { class: 'correct-answer' }, el('strong', {}, 'Correct answer: '), m.correctTexts.join('; ')),
        html('div', 'explanation', m.explanationHtml),
        el('p', {}, lessonLink(m.lesson, m.lessonTitle))))) : el('p', { class: 'all-right' }, 'Every question fully right.'),
  );
  focusWhenShown(() => root.querySelector<HTMLButtonElement>('.actions button'));
  announce(`Finished. Score ${score} of ${r.max}, ${r.percent} percent.`);
  shown('result');
}

function renderEmpty(header: QuizHeader, message: string): void {
  screen = { kind: 'empty' };
  root.replaceChildren(el('h1', {}, header.title), el('p', { class: 'empty' }, message), pausedLine(header));
  shown('empty');
}

// ---- messages ----

window.addEventListener('message', (event: MessageEvent) => {
  const msg = parseToQuizWebview(event.data);
  if (!msg) return;
  switch (msg.type) {
    case 'question': {
      const wasOpen = screen.kind === 'question' && screen.question.questionId === msg.question.questionId && !screen.feedback;
      if (wasOpen && msg.feedback && screen.kind === 'question') {
        // Keep the learner's inputs on screen; just add the feedback.
        screen = { ...screen, feedback: msg.feedback };
        applyFeedback(msg.question, msg.feedback, true);
        shown('feedback', msg.question.questionId);
      } else renderQuestion(msg.header, msg.question, msg.feedback);
      return;
    }
    case 'result':
      renderResult(msg.header, msg.result);
      return;
    case 'empty':
      renderEmpty(msg.header, msg.message);
      return;
    case 'error': {
      const e = root.querySelector('#error');
      if (e) e.textContent = msg.message;
      root.querySelector<HTMLButtonElement>('#submit')?.removeAttribute('disabled');
      return;
    }
  }
});

// ---- input ----

function moveItem(id: string, delta: number): void {
  const i = order.indexOf(id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= order.length || screen.kind !== 'question' || screen.feedback) return;
  [order[i], order[j]] = [order[j], order[i]];
  const list = root.querySelector('.order-list');
  list?.replaceWith(renderOrder(screen.question));
  root.querySelector<HTMLElement>(`.order-item[data-id="${CSS.escape(id)}"]`)?.focus();
  const text = screen.question.items?.find((x) => x.id === id)?.text ?? '';
  announce(`${text}: position ${j + 1} of ${order.length}`);
}

document.addEventListener('click', (event) => {
  const target = (event.target as Element | null)?.closest('[data-lesson], #submit, #next, [data-retry], [data-move], [data-resume]');
  if (!(target instanceof HTMLElement)) return;
  event.preventDefault();
  if (target.dataset.lesson) post({ type: 'openLesson', lessonId: target.dataset.lesson });
  else if (target.id === 'submit') submit();
  else if (target.id === 'next') post({ type: 'next' });
  else if (target.dataset.retry === 'missed' || target.dataset.retry === 'all') post({ type: 'retry', mode: target.dataset.retry });
  else if (target.dataset.resume === 'review') post({ type: 'resume', kind: 'review' });
  else if (target.dataset.resume === 'quiz' && target.dataset.quiz) post({ type: 'resume', kind: 'quiz', quizId: target.dataset.quiz });
  else if (target.dataset.move && target.dataset.id) moveItem(target.dataset.id, target.dataset.move === 'up' ? -1 : 1);
});

function focusables(): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.question input[name="answer"]:not(:disabled), .order-item, .match-row select:not(:disabled)')];
}

document.addEventListener('keydown', (event) => {
  const t = event.target as HTMLElement | null;
  const tag = t?.tagName;
  const inNumber = t instanceof HTMLInputElement && t.type === 'number';
  if (event.key === 'Escape') {
    event.preventDefault();
    post({ type: 'close' });
    return;
  }
  if (event.ctrlKey || event.metaKey) return;
  if (screen.kind === 'result') return;
  if (screen.kind !== 'question') return;
  const q = screen.question;
  if (event.key === 'Enter') {
    if (tag === 'BUTTON' || tag === 'A') return; // buttons and links act natively
    event.preventDefault();
    if (screen.feedback) post({ type: 'next' });
    else submit();
    return;
  }
  if (screen.feedback) return;
  if (!event.altKey && /^[1-9]$/.test(event.key) && !inNumber && tag !== 'SELECT') {
    const i = Number(event.key) - 1;
    if (q.type === 'single' || q.type === 'multiple') {
      const input = root.querySelectorAll<HTMLInputElement>('input[name="answer"]')[i];
      if (input) {
        event.preventDefault();
        input.checked = q.type === 'single' ? true : !input.checked;
        input.focus();
      }
    } else {
      const node = root.querySelectorAll<HTMLElement>(q.type === 'order' ? '.order-item' : '.match-row select')[i];
      if (node) { event.preventDefault(); node.focus(); }
    }
    return;
  }
  if (!event.altKey && !inNumber && tag !== 'SELECT' && (event.key === 's' || event.key === 'u')) {
    const c = root.querySelector<HTMLInputElement>(`input[name="confidence"][value="${event.key === 's' ? 'sure' : 'unsure'}"]`);
    if (c) { c.checked = true; event.preventDefault(); }
    return;
  }
  if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    if (event.altKey && t?.classList.contains('order-item')) {
      event.preventDefault();
      moveItem(t.dataset.id!, delta);
      return;
    }
    // Radios move natively; checkboxes, order items and match selects (when closed) move focus here.
    if (t instanceof HTMLInputElement && t.type === 'radio') return;
    if (tag === 'SELECT' && !event.altKey) return; // arrows change a select's value; Tab moves on
    const list = focusables();
    const i = t ? list.indexOf(t) : -1;
    if (i < 0) return;
    event.preventDefault();
    list[Math.max(0, Math.min(list.length - 1, i + delta))]?.focus();
  }
});

post({ type: 'ready' });
