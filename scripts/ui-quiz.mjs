// UI steps for the quiz panel, called from scripts/ui-test.mjs after the lesson steps:
// open the article quiz through the command palette, answer two questions with the keyboard
// (number key + Enter), check the feedback shows in the webview, save quiz-feedback.png.
// Then (issue 12): a second quiz keeps the first one aside; its questions are answered with the keyboard
// (number keys, Alt+arrows for order) to get a right, a partly right and a wrong verdict, and in each of them
// the contrast of every text in the panel is measured in four themes (WCAG AA: 4.5:1); Continue brings the
// first quiz back, and both survive a window reload.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './host.mjs';
import { contrastRatio, effectiveBackground, parseColor } from './lib/contrast.mjs';
import { runCommand, setTheme, webviewFrame } from './ui-test.mjs';

const QUIZ_TITLE = 'MLOps & Deployment Quiz';
const SECOND_QUIZ = { id: 'cicd-quiz', title: 'CI/CD and Versioning quiz' };
/** Theme label in the picker, file suffix, body class VS Code gives the webview. */
const THEMES = [
  ['Light Modern', 'light', 'vscode-light'],
  ['Dark High Contrast', 'hc', 'vscode-high-contrast'],
  ['Light High Contrast', 'hc-light', 'vscode-high-contrast-light'],
  ['Dark Modern', 'dark', 'vscode-dark'],
];
const AA = 4.5;

/**
 * Reloads the window and opens the command palette while the quiz panel comes back, as a learner typing at once
 * would: drawing the restored question must not take the focus (it did, and closed the palette: the flaky steps
 * after a reload in CI). Returns the restored quiz's frame, its tab shown.
 */
async function reloadWhileTyping(page) {
  await runCommand(page, 'Developer: Reload Window');
  await page.waitForEvent('load', { timeout: 30_000 }).catch(() => {});
  await page.locator('.tabs-container .tab', { hasText: QUIZ_TITLE }).first().waitFor({ timeout: 60_000 });
  const drawnBefore = await webviewFrame(page, '.question[data-type] .choice', 1).then(() => true, () => false);
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor();
  await webviewFrame(page, '.question[data-type] .choice', 60_000);
  await page.waitForTimeout(700);
  if (!(await page.locator('.quick-input-widget').isVisible())) throw new Error('the restored quiz took the focus and closed the command palette');
  console.log(`    (the palette opened ${drawnBefore ? 'after' : 'before'} the restored quiz drew its question, and stayed open)`);
  await page.keyboard.press('Escape');
  await page.locator('.tabs-container .tab', { hasText: QUIZ_TITLE }).first().click({ timeout: 60_000 });
  return webviewFrame(page, '.question[data-type] .choice', 60_000);
}

export async function questionId(frame) {
  return frame.locator('.question').getAttribute('data-question');
}

/** The course as the extension parses it (ids included), from the built CLI. */
export function courseQuestions() {
  const course = JSON.parse(execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'content', 'export', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  return new Map(course.quizzes.flatMap((q) => q.questions).map((q) => [q.id, q]));
}

/** Waits until the webview has taken the theme (its body class), so computed colours are the new theme's. */
async function waitForThemeKind(frame, kind) {
  await frame.waitForFunction((k) => {
    const c = document.body.classList;
    return c.contains(k) && (k !== 'vscode-high-contrast' || !c.contains('vscode-high-contrast-light'));
  }, kind, { timeout: 15_000 });
}

/**
 * Every visible text in the quiz panel with its computed colour and the background colours behind it (its own and
 * its ancestors'), read in the webview; the ratios are computed in Node (scripts/lib/contrast.mjs).
 * Disabled buttons are left out (WCAG exempts inactive controls); `.icon` glyphs are reported apart (not text).
 */
async function readColours(frame) {
  return frame.evaluate(() => {
    const items = [];
    const seen = new Set();
    const walker = document.createTreeWalker(document.getElementById('root'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent.trim()) continue;
      seen.add(el);
      if (el.closest('.visually-hidden, option, select, button:disabled')) continue;
      const box = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (box.width < 2 || box.height < 2 || cs.visibility !== 'visible') continue;
      let opacity = 1;
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        opacity *= Number(s.opacity);
        layers.push(s.backgroundColor);
      }
      const section = el.closest('.feedback, .question, .quiz-header, .result, .missed');
      const where = `${section ? `${section.className.split(' ')[0]} ` : ''}${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
      items.push({ where, text: n.textContent.trim().slice(0, 40), color: cs.color, opacity, layers, icon: el.classList.contains('icon') });
    }
    const base = getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-background').trim();
    return { items, base };
  });
}

function ratios({ items, base }) {
  const must = (css, what) => {
    const c = parseColor(css);
    if (!c) throw new Error(`cannot read the colour "${css}" (${what})`);
    return c;
  };
  const page = must(base || '#ffffff', 'editor background');
  return items.map((it) => {
    const fg = must(it.color, it.where);
    const bg = effectiveBackground(it.layers.map((l) => must(l, `${it.where} background`)), page);
    return { ...it, ratio: contrastRatio({ ...fg, a: fg.a * it.opacity }, bg) };
  });
}

/** Answers the current question with the keyboard; `want` is 'right', 'partial' or 'wrong' (best effort per type). */
export async function answerWithKeyboard(page, frame, q, want) {
  await frame.locator('.quiz-header .eyebrow').click();
  if (q.type === 'single' || q.type === 'multiple') {
    const right = q.choices.filter((c) => c.correct).map((c) => c.id);
    const wrong = q.choices.filter((c) => !c.correct).map((c) => c.id);
    const pick = want === 'partial' && q.type === 'multiple' && right.length >= 2 ? [right[0]]
      : want === 'wrong' && wrong.length ? [wrong[0]]
      : q.type === 'single' ? [right[0]] : right;
    const shown = await frame.locator('.choice').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-id')));
    for (const id of pick) {
      const i = shown.indexOf(id);
      if (i < 0 || i > 8) throw new Error(`choice ${id} cannot be picked with a number key`);
      await page.keyboard.press(String(i + 1));
      if (!(await frame.locator(`.choice input[data-index="${i}"]`).isChecked())) throw new Error(`key ${i + 1} did not pick choice ${i + 1}`);
    }
  } else if (q.type === 'order') {
    // Number key N goes to the item at position N, Alt+Up moves it: a selection sort into the right order.
    const target = q.items.map((i) => i.id);
    for (let i = 0; i < target.length; i++) {
      const shown = await frame.locator('.order-item').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-id')));
      const j = shown.indexOf(target[i]);
      if (j === i) continue;
      await page.keyboard.press(String(j + 1));
      for (let k = j; k > i; k--) await page.keyboard.press('Alt+ArrowUp');
    }
    const final = await frame.locator('.order-item').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-id')));
    if (final.join() !== target.join()) throw new Error('the keyboard did not put the items in order');
  } else if (q.type === 'match') {
    const rights = q.pairs.map((p) => p.rightId);
    for (const [i, p] of q.pairs.entries()) {
      const r = want === 'partial' && q.pairs.length >= 3 && i < 2 ? rights[1 - i] : p.rightId;
      await frame.selectOption(`select[data-left="${p.leftId}"]`, r);
    }
    await frame.locator('.quiz-header .eyebrow').click();
  } else {
    await frame.locator('#numeric-input').fill(String(want === 'wrong' ? q.answer + q.tolerance + 1000 : q.answer));
  }
  await page.keyboard.press('Enter');
  await frame.locator('.feedback .verdict').waitFor({ timeout: 10_000 });
}

export async function quizUiSteps(page, step, artifactsDir) {
  let frame;
  await step('the command palette opens a quiz in the quiz panel', async () => {
    await runCommand(page, 'MLOps Lab: Open Quiz');
    const input = page.locator('.quick-input-widget input');
    await input.fill(QUIZ_TITLE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: QUIZ_TITLE }).first().click();
    frame = await webviewFrame(page, '.question[data-type] .choice', 30_000);
    const eyebrow = await frame.locator('.eyebrow').innerText();
    if (!/question 1 of 20/i.test(eyebrow)) throw new Error(`unexpected header: ${eyebrow}`);
    const keys = await frame.locator('.question .keys').innerText();
    if (!/^1-9 pick/.test(keys)) throw new Error(`a choice question should offer number keys: ${keys}`);
  });

  for (const [n, key] of [[1, '1'], [2, '2']]) {
    await step(`question ${n}: key ${key} picks a choice, Enter submits and shows feedback`, async () => {
      const id = await questionId(frame);
      // Keyboard focus into the webview (the panel takes focus when it opens, but a click makes sure).
      await frame.locator('.quiz-header .eyebrow').click();
      await page.keyboard.press(key);
      const picked = frame.locator(`.choice input[data-index="${Number(key) - 1}"]`);
      if (!(await picked.isChecked())) throw new Error(`key ${key} did not pick choice ${key}`);
      await page.keyboard.press('Enter');
      const verdict = frame.locator('.feedback .verdict');
      await verdict.waitFor({ timeout: 10_000 });
      const text = await frame.locator('.feedback').innerText();
      if (!/Correct|Wrong|Partly right/.test(text) || !/Explanation/.test(text) || !/Lesson:/.test(text)) {
        throw new Error(`feedback text missing: ${text.slice(0, 300)}`);
      }
      if (!/Correct/.test(await verdict.innerText()) && !/Correct answer/.test(text)) throw new Error('a wrong answer must show the correct answer');
      // The ARIA live region announces the verdict (set a moment after the feedback is painted).
      await frame.waitForFunction(() => /Correct|Wrong|Partly/.test(document.getElementById('announce')?.textContent ?? ''), undefined, { timeout: 5000 });
      if (n === 2) await page.screenshot({ path: join(artifactsDir, 'quiz-feedback.png') });
      // Enter on the focused "Next question" button goes on to the next question.
      await page.keyboard.press('Enter');
      await frame.waitForFunction((prev) => {
        const q = document.querySelector('.question');
        return q && q.getAttribute('data-question') !== prev && !document.querySelector('.feedback');
      }, id, { timeout: 10_000 });
    });
  }

  await step('the quiz in progress comes back after a window reload, at the same question', async () => {
    const restored = await reloadWhileTyping(page);
    const eyebrow = await restored.locator('.eyebrow').innerText();
    if (!/question 3 of 20/i.test(eyebrow)) throw new Error(`restored quiz shows: ${eyebrow}`);
  });

  await step('a second quiz keeps the first one aside, offered to continue (issue 12)', async () => {
    await runCommand(page, 'MLOps Lab: Open Quiz');
    await page.locator('.quick-input-widget input').fill(SECOND_QUIZ.title, { timeout: 10_000 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: SECOND_QUIZ.title }).first().click({ timeout: 10_000 });
    frame = await webviewFrame(page, `.question[data-question^="cicd-"]`, 30_000);
    const paused = await frame.locator('.paused').innerText();
    if (!paused.includes(QUIZ_TITLE) || !/2 of 20 answered/.test(paused)) throw new Error(`the first quiz is not offered to continue: ${paused}`);
  });

  const measured = [];
  await step('right, partly right and wrong feedback: every text reaches 4.5:1 in light, dark and high-contrast themes (issue 12)', async () => {
    const questions = courseQuestions();
    const need = new Set(['partial', 'right', 'wrong']);
    for (let guard = 0; need.size && guard < 8; guard++) {
      const id = await questionId(frame);
      const q = questions.get(id);
      if (!q) throw new Error(`question ${id} is not in the course export`);
      const keys = await frame.locator('.question .keys').innerText();
      if ((q.type === 'numeric' || q.type === 'match') && /\d/.test(keys)) throw new Error(`${q.type}: number keys offered: ${keys}`);
      const want = need.has('partial') && ((q.type === 'multiple' && q.choices.filter((c) => c.correct).length >= 2) || (q.type === 'match' && q.pairs.length >= 3))
        ? 'partial' : need.has('right') ? 'right' : 'wrong';
      await answerWithKeyboard(page, frame, q, want);
      const kind = (await frame.locator('.feedback').getAttribute('class')).split(' ').find((c) => ['right', 'partial', 'wrong'].includes(c));
      if (kind === 'partial' && q.type === 'multiple') {
        // The partly right feedback names the right choices left out, on screen and in the announcement.
        const missed = q.choices.filter((c) => c.correct).slice(1).map((c) => c.text);
        const listed = await frame.locator('.difference.missed-parts li').allInnerTexts();
        if (listed.join('|') !== missed.join('|')) throw new Error(`"You missed" lists ${JSON.stringify(listed)}, expected ${JSON.stringify(missed)}`);
        await frame.waitForFunction((t) => (document.getElementById('announce')?.textContent ?? '').includes(`You missed: ${t}`), missed.join('; '), { timeout: 5000 });
      }
      if (need.has(kind)) {
        need.delete(kind);
        for (const [theme, label, bodyClass] of THEMES) {
          await setTheme(page, theme);
          await waitForThemeKind(frame, bodyClass);
          const r = ratios(await readColours(frame));
          const text = r.filter((x) => !x.icon);
          const verdict = text.find((x) => x.where.includes('verdict-text') || x.where.includes('verdict'));
          const icons = r.filter((x) => x.icon);
          const low = text.reduce((a, b) => (b.ratio < a.ratio ? b : a));
          measured.push({ kind, theme: label, verdict: verdict?.ratio, min: low, icons: icons.length ? Math.min(...icons.map((x) => x.ratio)) : undefined, failing: text.filter((x) => x.ratio < AA) });
          console.log(`    contrast ${kind.padEnd(7)} ${label.padEnd(8)} verdict ${verdict?.ratio.toFixed(2)}:1 · lowest text ${low.ratio.toFixed(2)}:1 (${low.where} "${low.text}") · icons ${icons.length ? Math.min(...icons.map((x) => x.ratio)).toFixed(2) : '-'}:1 · ${text.length} texts`);
          await page.screenshot({ path: join(artifactsDir, `quiz-${kind}-${label}.png`) });
        }
      }
      if (!need.size) break;
      const before = id;
      await frame.locator('.quiz-header .eyebrow').click();
      await page.keyboard.press('Enter');
      await frame.waitForFunction((prev) => {
        const el = document.querySelector('.question');
        return el && el.getAttribute('data-question') !== prev && !document.querySelector('.feedback');
      }, before, { timeout: 10_000 });
    }
    if (need.size) throw new Error(`no ${[...need].join(', ')} feedback reached in ${SECOND_QUIZ.id}`);
    const failing = measured.flatMap((m) => m.failing.map((f) => `${m.theme} ${m.kind}: ${f.where} "${f.text}" ${f.ratio.toFixed(2)}:1`));
    // The ✓ / ◐ / ✗ icons are not text (the words beside them say the same) but still graphics that mark the state:
    // WCAG's non-text minimum is 3:1.
    for (const m of measured) if (m.icons !== undefined && m.icons < 3) failing.push(`${m.theme} ${m.kind}: an icon at ${m.icons.toFixed(2)}:1 (non-text needs 3:1)`);
    if (failing.length) {
      console.log(`    below the minimum:\n      ${failing.join('\n      ')}`);
      throw new Error(`${failing.length} text(s) below ${AA}:1 or icons below 3:1 (listed above)`);
    }
  });

  await step('Continue brings the first quiz back at its question; both survive a window reload (issue 12)', async () => {
    await frame.locator('.paused button[data-resume="quiz"][data-quiz="article-quiz"]').click();
    await frame.waitForFunction(() => /question 3 of 20/i.test(document.querySelector('.eyebrow')?.textContent ?? ''), undefined, { timeout: 10_000 });
    const paused = await frame.locator('.paused').innerText();
    const m = /CI\/CD and Versioning quiz \((\d+) of 8 answered\)/.exec(paused);
    if (!m) throw new Error(`the second quiz is not offered to continue: ${paused}`);
    const restored = await reloadWhileTyping(page);
    const eyebrow = await restored.locator('.eyebrow').innerText();
    if (!/question 3 of 20/i.test(eyebrow)) throw new Error(`restored quiz shows: ${eyebrow}`);
    const after = await restored.locator('.paused').innerText();
    if (!after.includes(`${SECOND_QUIZ.title} (${m[1]} of 8 answered)`)) throw new Error(`after the reload the second quiz is not kept: ${after}`);
    frame = restored;
  });
}
