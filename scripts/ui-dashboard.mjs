// UI steps for the progress dashboard (issue 17), called from scripts/ui-test.mjs once the learner has read, answered
// and graded something: open it from the command palette, check that every render passes the CSP (an inline style
// attribute or eval would be refused and reported) and that its charts are drawn, toggle a chart's table with the keyboard, capture it, and see it come back after a window reload.
import { join } from 'node:path';
import { answerWithKeyboard, courseQuestions, questionId } from './ui-quiz.mjs';
import { runCommand, webviewFrame } from './ui-test.mjs';

export const DASHBOARD_TAB = 'MLOps Progress';
const READY = '.readiness-chart .topic-row';

async function listenForCsp(frame) {
  await frame.evaluate(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample ?? ''}`));
  });
}

async function cspReport(frame) {
  return frame.evaluate(() => ({
    violations: window.__cspViolations,
    styled: document.querySelectorAll('#root [style]').length,
    // The quiz scores (one quiz finished twice: two dots and a line) and the review forecast (bars).
    points: document.querySelectorAll('.section-quizzes svg.chart-line circle.point').length,
    lines: document.querySelectorAll('.section-quizzes svg.chart-line polyline.line').length,
    bars: document.querySelectorAll('.section-forecast svg.chart-bar rect.bar-value').length,
    // A mark drawn in the theme's colour, not the default black of an SVG without our stylesheet.
    barFill: getComputedStyle(document.querySelector('.section-forecast rect.bar-value') ?? document.body).fill,
  }));
}

/** Answers every question of the open quiz with the keyboard (the first `wrong` of them wrong), up to its result. */
async function finishQuiz(page, wrong) {
  const questions = courseQuestions();
  for (let i = 0; ; i++) {
    const quiz = await webviewFrame(page, '.question, .result', 30_000);
    if (await quiz.locator('.result').count()) return quiz;
    const q = questions.get(await questionId(quiz));
    if (!q) throw new Error('the quiz shows a question the course does not have');
    await answerWithKeyboard(page, quiz, q, i < wrong ? 'wrong' : 'right');
    await quiz.locator('#next').click();
    await page.waitForTimeout(150);
  }
}

export async function dashboardUiSteps(page, step, artifactsDir) {
  let frame;
  await step('a quiz finished twice (scores the dashboard draws as a line)', async () => {
    await runCommand(page, 'MLOps Lab: Open Quiz');
    const input = page.locator('.quick-input-widget input');
    await input.fill('Monitoring and Drift quiz');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Monitoring and Drift quiz' }).first().click();
    let quiz = await finishQuiz(page, 3);
    await quiz.locator('#retry-all').click();
    await page.waitForTimeout(300);
    quiz = await finishQuiz(page, 1);
    // The quiz panel goes back to the article quiz in progress, which the theme captures photograph.
    await runCommand(page, 'MLOps Lab: Open Quiz');
    await input.fill('Article warm-up');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Article warm-up' }).first().click();
    await page.locator('.tabs-container .tab', { hasText: 'MLOps & Deployment Quiz' }).first().waitFor({ timeout: 15_000 });
  });
  await step('MLOps Lab: Show Progress opens the dashboard; every render passes the CSP; its charts are drawn', async () => {
    await runCommand(page, 'MLOps Lab: Show Progress');
    frame = await webviewFrame(page, READY, 30_000);
    await listenForCsp(frame);
    // Render again with the listener in place: the command on an open dashboard repaints it.
    await runCommand(page, 'MLOps Lab: Show Progress');
    await page.waitForTimeout(800);
    frame = await webviewFrame(page, READY, 30_000);
    const csp = await cspReport(frame);
    if (csp.violations?.length || csp.styled) throw new Error(`dashboard render: CSP violations ${JSON.stringify(csp.violations)}, ${csp.styled} element(s) of ours with a style attribute`);
    if (csp.points < 2 || csp.lines < 1) throw new Error(`the quiz scores chart drew ${csp.points} dot(s) and ${csp.lines} line(s) for a quiz finished twice`);
    if (csp.bars < 1) throw new Error('the review forecast drew no bar, though questions were missed above');
    if (!csp.barFill || /^rgb\(0, 0, 0\)$/.test(csp.barFill)) throw new Error(`the forecast's bars are filled ${csp.barFill}, not from the theme`);
    const text = await frame.locator('#root').innerText();
    for (const want of ['Readiness per topic', 'Quiz scores', 'Review forecast', 'Labs', 'Activity', 'Start review']) {
      if (!text.includes(want)) throw new Error(`the dashboard lacks "${want}": ${text.slice(0, 300)}`);
    }
    await page.screenshot({ path: join(artifactsDir, 'ui-dashboard-dark.png') });
  });
  await step('a chart\'s table is toggled from the keyboard (aria-pressed) and lists the topics', async () => {
    const toggle = frame.locator('button.table-toggle[data-section="readiness"]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') throw new Error('aria-pressed did not turn true');
    const table = frame.locator('#table-readiness');
    if (!(await table.isVisible())) throw new Error('the readiness table is not shown');
    const rows = await table.locator('tbody tr').count();
    const bars = await frame.locator(READY).count();
    if (rows !== bars) throw new Error(`${rows} table rows for ${bars} topic bars`);
    await frame.locator('.section-forecast').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifactsDir, 'ui-dashboard-tables-dark.png') });
    await frame.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(artifactsDir, 'ui-dashboard-bottom-dark.png') });
    await frame.evaluate(() => window.scrollTo(0, 0));
  });
  await step('the dashboard comes back after a window reload, its table still shown', async () => {
    await runCommand(page, 'Developer: Reload Window');
    await page.waitForEvent('load', { timeout: 30_000 }).catch(() => {});
    frame = await webviewFrame(page, READY, 90_000);
    const pressed = await frame.locator('button.table-toggle[data-section="readiness"]').getAttribute('aria-pressed');
    if (pressed !== 'true') throw new Error(`after the reload the readiness table toggle is aria-pressed=${pressed}`);
    // The quiz panel comes back too (without taking the focus: the quiz step checks that).
    await webviewFrame(page, '.question', 60_000);
  });
}
