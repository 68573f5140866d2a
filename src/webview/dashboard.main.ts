// Progress dashboard script: readiness per topic, quiz history, review forecast, labs, activity. Charts are SVG
// built with DOM calls (./charts); every chart has a table with the same numbers, shown by a toggle button.
// Colours come from the theme's --vscode-* variables, so a theme change needs no drawing again.
// One stylesheet for the page (dist/webview/dashboard.main.css, written into the page with this script): the shared
// webview rules, then the dashboard's, in that order.
import '../../media/webview.css';
import '../../media/dashboard.css';
import type {
  DashboardPanelState, DashboardSection, DashboardTables, DashboardView, FromDashboardWebview, NextStepView, QuizHistoryView, TopicReadinessView,
} from '../shared/dashboardProtocol';
import { parseDashboardPanelState, parseToDashboardWebview } from '../shared/dashboardValidate';
import { dayAxis } from './charts/scale';
import { barChart, lineChart, SERIES_COLOURS, svg } from './charts/svgChart';
import { el, getVsCodeApi } from './vscodeApi';

const vscode = getVsCodeApi<FromDashboardWebview, DashboardPanelState>();
const root = document.getElementById('root')!;
const state = parseDashboardPanelState(vscode.getState());
const tablesShown = new Set<DashboardSection>(state.tables);

const pct = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${n}%`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// Dates in the learner's locale, each format made once: toLocaleDateString with options builds a new formatter on
// every call (about 0.1 ms), and a render writes a few hundred dates (the activity strip's days, the forecast).
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const WEEKDAY_DATE = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric' });
const MONTH_DAY = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_TIME.format(d);
}

/** A local date string shown as a weekday and date, in the learner's locale. */
function dayLabel(day: string, today: string): string {
  if (day === today) return 'Today';
  const [y, m, d] = day.split('-').map(Number);
  return WEEKDAY_DATE.format(new Date(y, m - 1, d));
}

/** An axis label: "Today", then day and month ("8 Dec" or "Dec 8", as the locale writes it). */
function shortDay(day: string, today: string): string {
  if (day === today) return 'Today';
  const [y, m, d] = day.split('-').map(Number);
  return MONTH_DAY.format(new Date(y, m - 1, d));
}

/** A chart's table alternative as text; its DOM is built only when the learner shows it. */
interface TableSpec {
  caption: string;
  head: string[];
  rows: string[][];
}

const table = (caption: string, head: string[], rows: string[][]): TableSpec => ({ caption, head, rows });

function tableElement(t: TableSpec): HTMLTableElement {
  return el('table', { class: 'alt-table' },
    el('caption', {}, t.caption),
    el('thead', {}, el('tr', {}, ...t.head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...t.rows.map((r) => el('tr', {}, ...r.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, c)))))));
}

/** The current render's tables, by section: built into their holder when shown, sent as text when painted. */
let tables = new Map<DashboardSection, TableSpec>();

/** Shows or hides a section's table, building it the first time it is shown. */
function showTable(id: DashboardSection, shown: boolean): void {
  const holder = document.getElementById(`table-${id}`);
  const spec = tables.get(id);
  if (!holder || !spec) return;
  if (shown && !holder.firstChild) holder.append(tableElement(spec));
  holder.hidden = !shown;
}

/** A section: heading, chart, and its table behind a toggle (aria-pressed), keyboard reachable like any button. */
function section(id: DashboardSection, title: string, intro: Node | undefined, chart: Node, alt: TableSpec): HTMLElement {
  const shown = tablesShown.has(id);
  const tableId = `table-${id}`;
  tables.set(id, alt);
  const holder = el('div', { class: 'table-holder', id: tableId }, shown ? tableElement(alt) : undefined);
  holder.hidden = !shown;
  const toggle = el('button', { class: 'secondary table-toggle', 'aria-pressed': String(shown), 'aria-controls': tableId, 'data-section': id }, 'Show as table');
  return el('section', { class: `dash-section section-${id}`, 'aria-labelledby': `h-${id}` },
    el('div', { class: 'section-head' }, el('h2', { id: `h-${id}` }, title), toggle),
    intro ?? '', chart, holder);
}

function stepLabel(step: NextStepView): string {
  switch (step.kind) {
    case 'lesson': return `Read “${step.title}”`;
    case 'quiz': return `Take “${step.title}”`;
    case 'lab': return `Open the lab “${step.title}”`;
    case 'review': return `Start the review (${step.due} due)`;
  }
}

function stepAttrs(step: NextStepView): Record<string, string> {
  switch (step.kind) {
    case 'lesson': return { 'data-lesson': step.lessonId };
    case 'quiz': return { 'data-quiz': step.quizId };
    case 'lab': return { 'data-lab': step.labId };
    case 'review': return { 'data-review': '' };
  }
}

const PART_WHY = { read: 'fewest lessons read', retained: 'lowest recall of its review questions', labs: 'labs not completed' } as const;

function summary(v: DashboardView): HTMLElement {
  const due = v.review.dueNow;
  const streak = v.activity.streak;
  const streakText = streak === 0 ? 'No current study streak: any lesson, answer or lab grading today starts one.' : `${plural(streak, 'day')} in a row${v.activity.studiedToday ? ', today included.' : '; study today to keep it.'}`;
  return el('div', { class: 'summary' },
    el('p', { class: 'streak' }, streakText),
    el('div', { class: 'summary-actions' },
      el('button', { id: 'start-review', 'data-review': '', ...(due ? {} : { disabled: '' }) }, due ? `Start review (${due} due)` : 'Start review (nothing due)'),
      v.weakest
        ? el('button', { class: 'secondary', id: 'next-step', ...stepAttrs(v.weakest.step) }, `Next for ${v.weakest.topicTitle}: ${stepLabel(v.weakest.step)}`)
        : undefined),
    v.weakest
      ? el('p', { class: 'weakest' }, 'Weakest topic: ', el('strong', {}, v.weakest.topicTitle), ` (${PART_WHY[v.weakest.part]}).`)
      : el('p', { class: 'weakest' }, 'Every topic is at 100 %.'));
}

// ---- readiness: one bar per topic (SVG), its three parts shown on hover or focus ----

function partText(t: TopicReadinessView): string[] {
  return [
    t.read === null ? 'Read: no lessons' : `Read: ${t.read}% (${t.lessonsDone} of ${plural(t.lessonsTotal, 'lesson')})`,
    t.retained === null ? 'Retained: no questions in your review deck' : `Retained: ${t.retained}% (mean recall of ${plural(t.cards, 'question')})`,
    t.labs === null ? 'Labs: none in this topic' : `Labs: ${t.labs}% (${t.labsCompleted} of ${plural(t.labsTotal, 'lab')} completed)`,
  ];
}

function readinessChart(v: DashboardView): HTMLElement {
  const rows = v.topics.map((t) => {
    const parts = partText(t);
    const bar = svg('svg', { class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
      svg('rect', { class: 'track', x: 0, y: 0, width: 100, height: 10 }),
      svg('rect', { class: 'fill-readiness', x: 0, y: 0, width: t.readiness ?? 0, height: 10 }));
    const mini = (cls: string, value: number | null) => svg('svg', { class: `mini ${cls}`, viewBox: '0 0 100 4', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
      svg('rect', { class: 'track', x: 0, y: 0, width: 100, height: 4 }), svg('rect', { class: `fill-${cls}`, x: 0, y: 0, width: value ?? 0, height: 4 }));
    return el('div', { class: 'topic-row', tabindex: '0', 'aria-label': `${t.title}: readiness ${pct(t.readiness)}. ${parts.join('. ')}.` },
      el('div', { class: 'topic-label' }, el('span', { class: 'topic-title' }, t.title), el('span', { class: 'topic-value' }, pct(t.readiness))),
      bar,
      el('div', { class: 'parts', 'aria-hidden': 'true' },
        ...(['read', 'retained', 'labs'] as const).map((k, i) => el('div', { class: 'part' }, mini(k, t[k]), el('span', {}, parts[i])))));
  });
  return el('div', { class: 'readiness-chart' }, ...rows);
}

function readinessTable(v: DashboardView): TableSpec {
  return table('Readiness per topic', ['Topic', 'Readiness', 'Read', 'Retained', 'Labs'], v.topics.map((t) => [
    t.title, pct(t.readiness),
    t.read === null ? 'no lessons' : `${t.read}% (${t.lessonsDone} of ${t.lessonsTotal})`,
    t.retained === null ? 'no questions in the deck' : `${t.retained}% (${plural(t.cards, 'question')})`,
    t.labs === null ? 'no labs' : `${t.labs}% (${t.labsCompleted} of ${t.labsTotal})`,
  ]));
}

// ---- quiz history: a line per quiz over time (SVG) ----

/** The page's own clock when this script started, and the time spent drawing charts in the current render. */
const scriptStart = performance.now();
let chartsMs = 0;
function timed<T>(make: () => T): T {
  const t = performance.now();
  const out = make();
  chartsMs += performance.now() - t;
  return out;
}

function chartWidth(): number {
  return Math.max(280, Math.min(760, root.clientWidth || 600));
}

const shortDate = (ms: number) => MONTH_DAY.format(ms);

/** What draws the current render's charts again, at the page's new width, when the panel is resized. */
let redraws: Array<() => void> = [];

/** A chart drawn at the page's width, drawn again at the new width when the panel is resized. */
function resizable(draw: () => SVGSVGElement): HTMLElement {
  const box = el('div', { class: 'chart', role: 'img' }, timed(draw));
  redraws.push(() => box.replaceChildren(draw()));
  return box;
}

function quizChart(quizzes: QuizHistoryView[]): HTMLElement {
  const taken = quizzes.filter((q) => q.attempts.some((a) => Number.isFinite(Date.parse(a.at))));
  if (!taken.length) {
    return el('div', { class: 'chart', role: 'img', 'aria-label': 'No quiz attempts yet' },
      el('p', { class: 'empty' }, 'No quiz attempts yet: finish a quiz and its score shows here.'));
  }
  const series = taken.map((q) => ({
    label: q.title,
    points: q.attempts
      .map((a) => ({ x: Date.parse(a.at), y: a.score, title: `${q.title}: ${a.score}% on ${when(a.at)}` }))
      .filter((p) => Number.isFinite(p.x))
      .sort((a, b) => a.x - b.x),
  }));
  const draw = () => {
    const width = chartWidth();
    // About 70 px per date label.
    const axis = dayAxis(series.flatMap((s) => s.points.map((p) => p.x)), Math.floor((width - 60) / 70));
    return lineChart({ width, height: 220, from: axis.from, to: axis.to, xTicks: axis.ticks.map((at) => ({ at, label: shortDate(at) })), series });
  };
  const box = resizable(draw);
  box.setAttribute('aria-label', `Quiz scores over time for ${plural(taken.length, 'quiz', 'quizzes')}; the table lists every attempt.`);
  const legend = el('ul', { class: 'chart-legend', 'aria-hidden': 'true' },
    ...taken.map((q, i) => el('li', { class: `series-${i % SERIES_COLOURS}` }, el('span', { class: 'swatch' }), q.title)));
  return el('div', {}, box, legend);
}

function quizTable(quizzes: QuizHistoryView[]): TableSpec {
  return table('Quiz scores', ['Quiz', 'Attempts', 'Best', 'Last', 'Scores over time'], quizzes.map((q) => [
    q.title, String(q.attemptsTotal), pct(q.best), pct(q.last),
    q.attempts.length ? q.attempts.map((a) => `${a.score}% (${when(a.at)})`).join(', ') : 'not taken yet',
  ]));
}

// ---- review forecast: due per day for 14 days (SVG bars) ----

function forecastChart(v: DashboardView): HTMLElement {
  if (!v.review.inDeck) return el('p', { class: 'empty' }, 'Your review deck is empty: questions you miss, or answer right but unsure, come back here on a schedule.');
  const total = v.review.forecast.reduce((n, f) => n + f.count, 0);
  const bars = v.review.forecast.map((f) => ({ label: shortDay(f.day, v.today), value: f.count, title: `${dayLabel(f.day, v.today)}: ${plural(f.count, 'question')} due` }));
  const box = resizable(() => barChart({ width: chartWidth(), height: 180, bars }));
  box.setAttribute('aria-label', `Review forecast: ${plural(total, 'question')} due in the next 14 days, ${v.review.forecast[0]?.count ?? 0} today.`);
  return box;
}

function forecastTable(v: DashboardView): TableSpec {
  return table('Questions due per day', ['Day', 'Due'], v.review.forecast.map((f) => [dayLabel(f.day, v.today), String(f.count)]));
}

// ---- labs: checks passing per lab (SVG bars) ----

function labsChart(v: DashboardView): HTMLElement {
  return el('div', { class: 'labs-chart' }, ...v.labs.map((l) => {
    const share = l.total ? Math.round((l.passed / l.total) * 100) : 0;
    const status = l.completed ? 'completed' : l.gradedAt ? `${l.passed} of ${l.total ?? '?'} checks pass` : 'not graded yet';
    return el('div', { class: `lab-row${l.completed ? ' completed' : ''}`, tabindex: '0', 'aria-label': `${l.title}: ${status}${l.gradedAt ? `, last graded ${when(l.gradedAt)}` : ''}.` },
      el('div', { class: 'topic-label' },
        el('span', { class: 'topic-title' }, l.completed ? el('span', { class: 'done-mark', 'aria-hidden': 'true' }, '✓ ') : '', l.title),
        el('span', { class: 'topic-value' }, l.gradedAt ? `${l.passed}/${l.total ?? '?'}` : '–')),
      svg('svg', { class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
        svg('rect', { class: 'track', x: 0, y: 0, width: 100, height: 10 }), svg('rect', { class: 'fill-labs', x: 0, y: 0, width: share, height: 10 })),
      el('div', { class: 'lab-meta', 'aria-hidden': 'true' }, l.gradedAt ? `Last graded ${when(l.gradedAt)}` : 'Not graded yet'));
  }));
}

function labsTable(v: DashboardView): TableSpec {
  return table('Labs', ['Lab', 'Checks passing', 'Completed', 'Last graded'], v.labs.map((l) => [
    l.title, l.gradedAt ? `${l.passed} of ${l.total ?? '?'}` : 'not graded yet', l.completed ? 'yes' : 'no', l.gradedAt ? when(l.gradedAt) : '–',
  ]));
}

// ---- activity: a calendar strip, a column per week, Monday on top ----

function activityChart(v: DashboardView): HTMLElement {
  const a = v.activity;
  const grid = el('div', { class: 'calendar', role: 'img', 'aria-label': `${plural(a.studied, 'day')} with study in the last ${plural(a.weeks, 'week')}; current streak ${plural(a.streak, 'day')}.` },
    ...a.days.map((d) => el('span', { class: `day${d.studied ? ' studied' : ''}${d.day === v.today ? ' today' : ''}`, title: `${dayLabel(d.day, v.today)}${d.day === v.today ? ` (${d.day})` : ''}: ${d.studied ? 'studied' : 'no study'}` })));
  return el('div', { class: 'activity-chart' }, grid,
    el('p', { class: 'legend' }, el('span', { class: 'day studied', 'aria-hidden': 'true' }), ' a day with study ', el('span', { class: 'day', 'aria-hidden': 'true' }), ' none'));
}

function activityTable(v: DashboardView): TableSpec {
  const weeks: Array<Array<{ day: string; studied: boolean }>> = [];
  v.activity.days.forEach((d, i) => (i % 7 ? weeks[weeks.length - 1].push(d) : weeks.push([d])));
  return table('Days with study, by week', ['Week starting', 'Days with study', 'Which days'], weeks.map((w) => [
    dayLabel(w[0].day, v.today), String(w.filter((d) => d.studied).length),
    w.filter((d) => d.studied).map((d) => dayLabel(d.day, v.today)).join(', ') || 'none',
  ]));
}

/** The today bar counts what is due now and what falls due later today; the sentence names both, so they never seem to disagree. */
function forecastIntro(v: DashboardView): string {
  const later = Math.max(0, (v.review.forecast[0]?.count ?? 0) - v.review.dueNow);
  const laterText = later > 0 ? ` and ${later} more later today` : '';
  return `${plural(v.review.dueNow, 'question')} due now${laterText}; ${plural(v.review.inDeck, 'question')} in your review deck.`;
}

// ---- the page ----

function render(v: DashboardView): void {
  const renderStart = performance.now();
  chartsMs = 0;
  redraws = [];
  tables = new Map();
  const a = v.activity;
  root.replaceChildren(
    el('h1', {}, 'Your progress'),
    summary(v),
    section('readiness', 'Readiness per topic', el('p', { class: 'intro' }, 'Each bar is the mean of what applies to the topic: lessons read, recall of its questions in your review deck (FSRS), labs completed. Hover or focus a topic for its parts.'),
      readinessChart(v), readinessTable(v)),
    section('quizzes', 'Quiz scores', undefined, quizChart(v.quizzes), quizTable(v.quizzes)),
    section('forecast', 'Review forecast', el('p', { class: 'intro' }, forecastIntro(v)),
      forecastChart(v), forecastTable(v)),
    section('labs', 'Labs', undefined, labsChart(v), labsTable(v)),
    section('activity', 'Activity', el('p', { class: 'intro' }, `${plural(a.studied, 'day')} with study in the last ${plural(a.weeks, 'week')}; current streak: ${plural(a.streak, 'day')}.`),
      activityChart(v), activityTable(v)),
  );
  // Report the view drawn once the browser has laid it out.
  const marks = { scriptStart, render: performance.now() - renderStart, charts: chartsMs };
  requestAnimationFrame(() => setTimeout(() => vscode.postMessage({ type: 'painted', today: v.today, tables: tablesText(), marks }), 0));
}

/** Each table's text, header row first, as its rows show it. */
function tablesText(): DashboardTables {
  const out: DashboardTables = {};
  for (const [id, t] of tables) out[id] = [t.head, ...t.rows].map((r) => r.map((c) => c.trim()));
  return out;
}

root.addEventListener('click', (e) => {
  const target = (e.target as Element).closest('button');
  if (!target || target.hasAttribute('disabled')) return;
  const section = target.getAttribute('data-section') as DashboardSection | null;
  if (section) {
    const shown = target.getAttribute('aria-pressed') !== 'true';
    target.setAttribute('aria-pressed', String(shown));
    showTable(section, shown);
    if (shown) tablesShown.add(section);
    else tablesShown.delete(section);
    vscode.setState({ tables: [...tablesShown] });
    return;
  }
  if (target.hasAttribute('data-review')) vscode.postMessage({ type: 'startReview' });
  const lesson = target.getAttribute('data-lesson');
  if (lesson) vscode.postMessage({ type: 'openLesson', lessonId: lesson });
  const quiz = target.getAttribute('data-quiz');
  if (quiz) vscode.postMessage({ type: 'openQuiz', quizId: quiz });
  const lab = target.getAttribute('data-lab');
  if (lab) vscode.postMessage({ type: 'openLab', labId: lab });
});

window.addEventListener('message', (e: MessageEvent<unknown>) => {
  const msg = parseToDashboardWebview(e.data);
  if (msg) render(msg.view);
});

let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    for (const redraw of redraws) redraw();
  }, 100);
});

/** The view a new panel's page carries (DashboardPanelManager.open), validated as the same message would be. */
function initialView(): DashboardView | undefined {
  const raw = document.body.dataset.view;
  if (!raw) return undefined;
  try {
    return parseToDashboardWebview({ type: 'dashboard', view: JSON.parse(raw) })?.view;
  } catch {
    return undefined;
  }
}

vscode.setState({ tables: [...tablesShown] });
// Painted at once from the page when it carries a view; otherwise (a restored panel) the extension sends it.
const initial = initialView();
if (initial) render(initial);
vscode.postMessage(initial ? { type: 'ready', shownFromPage: true } : { type: 'ready' });
