// UI steps for the quiz panel, called from scripts/ui-test.mjs after the lesson steps:
// open the article quiz through the command palette, answer two questions with the keyboard
// (number key + Enter), check the feedback shows in the webview, save quiz-feedback.png.
import { join } from 'node:path';
import { runCommand, webviewFrame } from './ui-test.mjs';

const QUIZ_TITLE = 'MLOps & Deployment Quiz';

async function questionId(frame) {
  return frame.locator('.question').getAttribute('data-question');
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
    await runCommand(page, 'Developer: Reload Window');
    await page.waitForEvent('load', { timeout: 30_000 }).catch(() => {});
    await page.locator('.tabs-container .tab', { hasText: QUIZ_TITLE }).first().click({ timeout: 60_000 });
    const restored = await webviewFrame(page, '.question[data-type] .choice', 60_000);
    const eyebrow = await restored.locator('.eyebrow').innerText();
    if (!/question 3 of 20/i.test(eyebrow)) throw new Error(`restored quiz shows: ${eyebrow}`);
  });
}
