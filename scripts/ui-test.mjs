// UI test through the real workbench: click the MLOps activity-bar item, a topic, a lesson,
// and find the lesson's text inside the webview. Screenshots go to test-artifacts/.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, repoRoot, startCodeServer, workbenchUrl } from './host.mjs';
import { testPython } from './python-deps.mjs';
import { answerWithKeyboard, courseQuestions, questionId, quizUiSteps } from './ui-quiz.mjs';
import { DASHBOARD_TAB, dashboardUiSteps } from './ui-dashboard.mjs';
import { makeTempDir } from './lib/temp.mjs';

const artifacts = join(repoRoot, 'test-artifacts');
mkdirSync(artifacts, { recursive: true });
const results = [];

let currentPage;
async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    await currentPage?.screenshot({ path: join(artifacts, `failed-step-${results.length}.png`) }).catch(() => {});
    console.log(`  ✘ ${name}\n    ${String(e?.stack ?? e).split('\n').slice(0, 4).join('\n    ')}`);
    throw e;
  }
}

/** Finds the webview frame whose document has `selector`, polling until it appears. */
export async function webviewFrame(page, selector, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    for (const f of page.frames()) {
      try {
        if (await f.$(selector)) return f;
      } catch {
        /* frame navigating */
      }
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`no webview frame with ${selector}`);
}

/** Runs a command through the command palette, as a learner would. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  // On a loaded machine a webview taking the focus late can leave the palette's input unusable for a moment (seen
  // here: fill timed out): close it and open the palette once more.
  try {
    await input.fill(`>${title}`, { timeout: 10_000 });
  } catch {
    console.log(`    (the command palette could not be typed into; opening it again for "${title}")`);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1_000);
    await page.keyboard.press('F1');
    await input.waitFor();
    await input.fill(`>${title}`);
  }
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).filter({ hasNotText: 'Browse' }).first();
  await row.waitFor();
  // Enter on the highlighted entry, as a keyboard user does: a click could time out on a loaded machine while a
  // panel that had just opened re-rendered the list under the pointer (seen in CI).
  if (await row.evaluate((el) => el.classList.contains('focused')).catch(() => false)) await page.keyboard.press('Enter');
  else await row.click();
}

/** Picks a Quick Pick entry by typing its text and pressing Enter, as a keyboard user would. */
async function pick(page, text, timeout = 30_000) {
  const input = page.locator('.quick-input-widget input');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first().waitFor({ timeout });
  const focused = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: text }).first();
  // Already highlighted (the first entry): Enter. Otherwise arrow down to it; typing into the input is the last
  // resort: on a loaded machine the input could still be settling when its list had appeared (seen in CI: fill
  // timed out), so a failed fill is retried once after a pause.
  // The entry is in the list: arrow down to it, as a keyboard user would, with the focus in the question (a page
  // behind it, such as the walkthrough moving on to its next step, may have taken it).
  await input.focus();
  const rows = await page.locator('.quick-input-list .monaco-list-row').count();
  for (let i = 0; i < rows && !(await focused.count()); i++) await page.keyboard.press('ArrowDown');
  if (!(await focused.count())) {
    try {
      await input.fill(text, { timeout: 10_000 });
    } catch {
      await page.waitForTimeout(1_000);
      await input.fill(text, { timeout });
    }
    await focused.waitFor();
  }
  await page.keyboard.press('Enter');
}

export async function setTheme(page, theme) {
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await input.fill(theme);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
}

export const quietSettings = {
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
};

async function main() {
  const workspace = makeTempDir('mlops-lab-ui-');
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  // The Python labs run Debian's python3 (npm test installs its packages); the first python3 on PATH may lack them.
  const host = await startCodeServer({ workspace, settings: { ...quietSettings, 'mlopsLab.python.interpreter': testPython } });
  const browser = await launchChromium();
  let failed = false;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    currentPage = page;
    console.log('UI: lessons');
    await page.goto(workbenchUrl(host.url, { folder: workspace }));
    await step('the MLOps activity-bar item opens the Topics tree', async () => {
      const item = page.locator('.activitybar [aria-label^="MLOps"]').first();
      await item.waitFor({ timeout: 60_000 });
      await item.click();
      await page.locator('.monaco-list-row', { hasText: 'Model Deployment' }).first().waitFor({ timeout: 20_000 });
    });
    await step('the first time, the getting-started walkthrough opens as the first screen, leading to a quiz and a lab', async () => {
      // A fresh profile with no progress, and not under a test runner: the extension opens its walkthrough once.
      const walkthrough = page.locator('.gettingStartedContainer', { hasText: 'Get started with MLOps Lab' }).first();
      await walkthrough.waitFor({ timeout: 30_000 });
      const text = await walkthrough.innerText();
      for (const step of ['Answer your first quiz question', 'Get your first lab graded']) {
        if (!text.includes(step)) throw new Error(`walkthrough step "${step}" missing: ${text.slice(0, 400)}`);
      }
      if (/\bnpm\b/.test(text)) throw new Error('the walkthrough speaks to developers');
      // The learner opened the view to get here: the first step shows as done.
      await walkthrough.locator('button.getting-started-step[data-step-id$="openView"][aria-checked="true"]').waitFor({ timeout: 10_000 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(artifacts, 'ui-walkthrough-dark.png') });
    });
    await step('from the walkthrough, a learner answers a first quiz question and gets a first lab graded', async () => {
      const walkthrough = page.locator('.gettingStartedContainer', { hasText: 'Get started with MLOps Lab' }).first();
      // Step "Answer your first quiz question": its button opens the Fundamentals quiz.
      await walkthrough.locator('button.getting-started-step[data-step-id$="answerQuiz"]').click();
      await walkthrough.getByText('Take the Fundamentals Quiz', { exact: true }).first().click();
      const quiz = await webviewFrame(page, '.question', 30_000);
      const q = courseQuestions().get(await questionId(quiz));
      if (!q) throw new Error('the quiz shows a question the course does not have');
      await answerWithKeyboard(page, quiz, q, 'right');
      const verdict = await quiz.locator('.feedback .verdict').innerText();
      if (!/Correct/.test(verdict)) throw new Error(`first answer's feedback: ${verdict}`);
      await page.screenshot({ path: join(artifacts, 'ui-walk-quiz-dark.png') });
      // Back to the walkthrough: step "Get your first lab graded" starts the Docker lab.
      await page.locator('.tabs-container .tab', { hasText: 'Welcome' }).first().click();
      // The quiz step ticks itself once answered.
      await walkthrough.locator('button.getting-started-step[data-step-id$="answerQuiz"][aria-checked="true"]').waitFor({ timeout: 15_000 });
      // The step's button is disabled once the step is open (when the walkthrough moved to it by itself).
      const stepButton = walkthrough.locator('button.getting-started-step[data-step-id$="gradeLab"]');
      if (await stepButton.isEnabled()) await stepButton.click();
      await walkthrough.getByText('Start the Docker Lab', { exact: true }).first().click();
      // The folder question stays when the focus moves to the page behind it (the walkthrough moving on to its next
      // step does that by itself; a click here does it on purpose). Before it kept its focus, it closed (seen in CI).
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'new subfolder' }).first().waitFor({ timeout: 30_000 });
      await walkthrough.click({ position: { x: 8, y: 8 } });
      await page.waitForTimeout(300);
      if (!(await page.locator('.quick-input-widget').isVisible())) throw new Error('the folder question closed when the focus moved to the walkthrough');
      await pick(page, 'new subfolder');
      const lab = await webviewFrame(page, '.checklist .check.fail', 30_000);
      const text = await lab.locator('#progress-text').innerText();
      if (!/\d+ of \d+ checks pass/.test(text)) throw new Error(`the lab started from the walkthrough says: ${text}`);
      await page.screenshot({ path: join(artifacts, 'ui-walk-lab-dark.png') });
      // Both steps now show as done in the walkthrough.
      await page.locator('.tabs-container .tab', { hasText: 'Welcome' }).first().click();
      for (const id of ['answerQuiz', 'gradeLab']) {
        await walkthrough.locator(`button.getting-started-step[data-step-id$="${id}"][aria-checked="true"]`).waitFor({ timeout: 15_000 });
      }
    });
    await step('every topic title and its count fit the default sidebar width', async () => {
      const rows = page.locator('.sidebar .monaco-list-row[aria-level="1"]');
      await rows.first().waitFor();
      const cut = await rows.evaluateAll((els) => els
        .map((el) => {
          const label = el.querySelector('.monaco-icon-label-container');
          return { text: el.textContent ?? '', cut: !!label && label.scrollWidth > label.clientWidth + 1 };
        })
        .filter((r) => r.cut && /\d+\/\d+/.test(r.text)));
      if (cut.length) throw new Error(`truncated at the default width: ${cut.map((c) => c.text).join(' | ')}`);
    });
    await step('clicking a topic shows its lessons with progress', async () => {
      const topic = page.locator('.monaco-list-row', { hasText: 'Model Deployment' }).first();
      await topic.click();
      await page.locator('.monaco-list-row', { hasText: 'Containerizing models' }).first().waitFor({ timeout: 10_000 });
      const text = await topic.innerText();
      if (!/0\/4/.test(text)) throw new Error(`topic row should show 0/4, got: ${text}`);
    });
    let frame;
    await step('clicking a lesson opens it in the webview with its text', async () => {
      await page.locator('.monaco-list-row', { hasText: 'Containerizing models' }).first().click();
      frame = await webviewFrame(page, '.lesson-body h2');
      const body = await frame.locator('.lesson-body').innerText();
      if (!/Why it matters in production/.test(body) || !/docker/i.test(body)) throw new Error(`unexpected lesson text: ${body.slice(0, 200)}`);
      await page.screenshot({ path: join(artifacts, 'ui-lesson-dark.png') });
    });
    await step('mark as done in the webview updates the tree', async () => {
      await frame.locator('#done').click();
      await page.locator('.monaco-list-row', { hasText: 'Model Deployment' }).filter({ hasText: '1/4' }).first().waitFor({ timeout: 10_000 });
    });
    await step('the lesson panel comes back after a window reload', async () => {
      // The workbench's own reload shuts down cleanly (editor state flushed), as a learner's reload does;
      // a bare page.reload() can race the browser storage flush and restore no editors at all.
      await runCommand(page, 'Developer: Reload Window');
      await page.waitForEvent('load', { timeout: 30_000 }).catch(() => {});
      const restored = await webviewFrame(page, '.lesson-body h2', 60_000);
      const title = await restored.locator('h1').innerText();
      if (!/Containerizing models/.test(title)) throw new Error(`restored panel shows "${title}"`);
      frame = restored;
    });
    await step('Start Lab from the command palette on the lab the walkthrough started offers to open it, and shows its checklist', async () => {
      // On a loaded machine the panel restored by the reload above can take focus late and close the Quick Pick
      // the command opened (seen once: the input stayed in the DOM but could not be typed into). Ask again once.
      for (let attempt = 1; ; attempt++) {
        await runCommand(page, 'MLOps Lab: Start Lab');
        try {
          await pick(page, 'Containerize the model server', 10_000);
          break;
        } catch (err) {
          if (attempt >= 2) throw err;
          console.log(`    (the lab picker closed before it could be used; asking again: ${String(err.message).split('\n')[0]})`);
          await page.keyboard.press('Escape');
        }
      }
      await pick(page, 'Open it in');
      const lab = await webviewFrame(page, '.checklist .check.fail', 30_000);
      const text = await lab.locator('#progress-text').innerText();
      if (!/\d+ of \d+ checks pass/.test(text)) throw new Error(`unexpected progress text: ${text}`);
      await lab.locator('.check.fail summary').first().click();
      // Each render of the panel must pass the CSP (no inline style attribute): listen while a hint re-renders it.
      await lab.evaluate(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await lab.locator('button[data-hint]').first().click();
      await lab.locator('.hint').first().waitFor({ timeout: 10_000 });
      const csp = await lab.evaluate(() => ({ violations: window.__cspViolations, styled: document.querySelectorAll('#root [style]').length }));
      if (csp.violations.length || csp.styled) throw new Error(`lab panel render: CSP violations ${JSON.stringify(csp.violations)}, ${csp.styled} element(s) with a style attribute`);
      await page.screenshot({ path: join(artifacts, 'ui-lab-dark.png') });
    });
    await step('the lab keeps the editor roomy and shows no red banners over the code', async () => {
      const groups = await page.locator('.editor-group-container').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)).filter((w) => w > 0));
      if (groups.length !== 2 || groups[0] <= groups[1]) throw new Error(`editor groups ${groups.join(' + ')} px: the file should keep the larger share`);
      // Findings are warnings and information; a failed Testing message with a location is drawn as a red widget.
      const red = await page.locator('.test-error-content-widget').count();
      if (red) throw new Error(`${red} red Testing banner(s) over the code`);
    });
    await step('lab findings come back after a window reload, without a save', async () => {
      // Close the lab panel first: then nothing but the extension's own restore after activation can grade the lab
      // (a restored panel would grade it when it shows).
      await page.locator('.tabs-container .tab', { hasText: 'Lab: Containerize' }).first().locator('.tab-actions .action-label').first().click();
      await page.locator('.tabs-container .tab', { hasText: 'Lab: Containerize' }).first().waitFor({ state: 'detached', timeout: 10_000 });
      await runCommand(page, 'Developer: Reload Window');
      await page.waitForEvent('load', { timeout: 30_000 }).catch(() => {});
      const problems = page.locator('[id="status.problems"]');
      await problems.waitFor({ timeout: 60_000 });
      const end = Date.now() + 60_000;
      let label = '';
      for (;;) {
        label = `${await problems.getAttribute('aria-label').catch(() => '')} ${await problems.innerText().catch(() => '')}`;
        const counts = (label.match(/\d+/g) ?? []).map(Number);
        if (counts.some((c) => c > 0)) break;
        if (Date.now() > end) throw new Error(`the Problems count stayed at zero after the reload: "${label}"`);
        await page.waitForTimeout(250);
      }
      await page.screenshot({ path: join(artifacts, 'ui-lab-after-reload.png') });
      await runCommand(page, 'MLOps Lab: Open Lab');
      await pick(page, 'Containerize the model server');
      const lab = await webviewFrame(page, '.checklist .check.fail', 60_000);
      const text = await lab.locator('#progress-text').innerText();
      if (!/\d+ of \d+ checks pass/.test(text)) throw new Error(`reopened lab panel says: ${text}`);
    });
    await step('a finished lab says "Lab complete" in its panel, with what to do next', async () => {
      let lab = await webviewFrame(page, '.checklist .check.fail', 30_000);
      await lab.locator('.check.fail.kind-lab').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifacts, 'ui-lab-info-dark.png') });
      // The learner's finished work: the reference solution's files in the lab folder.
      const folder = join(workspace, 'containerize-model-server');
      for (const name of ['Dockerfile', '.dockerignore']) cpSync(join(repoRoot, 'content', 'labs', 'containerize-model-server', 'solution', name), join(folder, name));
      await lab.locator('#grade').click();
      lab = await webviewFrame(page, '.complete', 30_000);
      const text = await lab.locator('.complete').innerText();
      if (!/Lab complete/.test(text) || !/Take the quiz/.test(text) || !/Next lab/.test(text)) throw new Error(`completion banner: ${text}`);
      await page.screenshot({ path: join(artifacts, 'ui-lab-complete-dark.png') });
    });
    await step('the lab row in the tree leads with its checks count, which a narrow sidebar cannot cut off', async () => {
      const topic = page.locator('.sidebar .monaco-list-row[aria-level="1"]', { hasText: 'Model Deployment' }).first();
      if ((await topic.getAttribute('aria-expanded')) !== 'true') await topic.click();
      const row = page.locator('.sidebar .monaco-list-row', { hasText: 'Containerize the model server' }).first();
      await row.waitFor({ timeout: 10_000 });
      const name = await row.locator('.label-name').first().innerText();
      if (!/^Lab \d+\/\d+: /.test(name)) throw new Error(`lab row label: ${name}`);
      await page.locator('.sidebar').first().screenshot({ path: join(artifacts, 'ui-tree-dark.png') });
    });
    await quizUiSteps(page, step, artifacts);
    await dashboardUiSteps(page, step, artifacts);
    // Captures of the Python labs' Testing view, on demand (MLOPS_LAB_UI_PYTHON=1): their behaviour in the real VS Code is
    // asserted by test/integration/pythonLabs.test.ts; here three more Start Lab pickers in one crowded window were
    // closed now and then by a panel taking the focus late, which made `npm test` flaky for screenshots alone.
    if (process.env.MLOPS_LAB_UI_PYTHON === '1') await step('each Python lab runs its tests with the real interpreter; its Testing view lists every check (look at them)', async () => {
      for (const [title, file] of [['Detect drift in a feature window', 'drift'], ['Validate training data with tests', 'validate'], ['Gate a model release on a holdout', 'gate']]) {
        // The previous lab's panel can take the focus late and close the lab picker (seen under load): ask again.
        for (let attempt = 1; ; attempt++) {
          await runCommand(page, 'MLOps Lab: Start Lab');
          try {
            await pick(page, title, 10_000);
            break;
          } catch (err) {
            if (attempt >= 3) throw err;
            console.log(`    (the lab picker closed before it could be used; asking again: ${String(err.message).split('\n')[0]})`);
            await page.keyboard.press('Escape');
          }
        }
        // The workspace root holds other files: a starter that would collide asks where to write; one that would not, does not.
        await pick(page, 'new subfolder', 5_000).catch(() => undefined);
        const lab = await webviewFrame(page, '#graded-source', 60_000);
        const source = await lab.locator('#graded-source').innerText();
        if (!/^Ran the tests on the saved files with .*\(Python 3\.\d+\.\d+\)/.test(source)) throw new Error(`${title}: the panel says ${source}`);
        if (!(await lab.locator('.checklist .check.fail').count())) throw new Error(`${title}: the starter fails no check`);
        await runCommand(page, 'Testing: Focus on Test Explorer View');
        const row = page.locator('.monaco-list-row', { hasText: title }).first();
        await row.waitFor({ timeout: 15_000 });
        if ((await row.getAttribute('aria-expanded')) === 'false') await row.locator('.monaco-tl-twistie').click();
        await page.locator('.monaco-list-row[aria-level="2"]').first().waitFor({ timeout: 10_000 });
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(artifacts, `ui-python-${file}-testing-dark.png`) });
        if ((await row.getAttribute('aria-expanded')) === 'true') await row.locator('.monaco-tl-twistie').click();
      }
      // Back to the course view, which the theme captures below photograph.
      await page.locator('.activitybar [aria-label^="MLOps"]').first().click();
      await page.locator('.sidebar .monaco-list-row', { hasText: 'Model Deployment' }).first().waitFor({ timeout: 10_000 });
    });
    await step('every panel is captured in light and high-contrast themes (look at them)', async () => {
      const panels = [['quiz', 'MLOps & Deployment Quiz'], ['lab', 'Lab: Containerize'], ['lesson', 'Containerizing models'], ['dashboard', DASHBOARD_TAB]];
      for (const [theme, label] of [['Light Modern', 'light'], ['Dark High Contrast', 'hc'], ['Light High Contrast', 'hc-light']]) {
        await setTheme(page, theme);
        for (const [kind, tab] of panels) {
          await page.locator('.tabs-container .tab', { hasText: tab }).first().click();
          // A webview shown again is rebuilt (no retainContextWhenHidden): wait until the lab panel has its content.
          if (kind === 'lab') await webviewFrame(page, '.checklist .check', 20_000);
          const dashboard = kind === 'dashboard' ? await webviewFrame(page, '.readiness-chart .topic-row', 20_000) : undefined;
          await page.waitForTimeout(400);
          await page.screenshot({ path: join(artifacts, `ui-${kind}-${label}.png`) });
          if (dashboard) {
            // Its charts too: the theme's colours reach the SVG through CSS variables, with no drawing again.
            await dashboard.locator('.section-quizzes').scrollIntoViewIfNeeded();
            await page.waitForTimeout(200);
            await page.screenshot({ path: join(artifacts, `ui-dashboard-charts-${label}.png`) });
            await dashboard.evaluate(() => window.scrollTo(0, 0));
          }
        }
        await page.locator('.sidebar').first().screenshot({ path: join(artifacts, `ui-tree-${label}.png`) });
        await runCommand(page, 'Welcome: Open Walkthrough');
        // The walkthrough picker replaces the command palette's input.
        const picker = page.locator('.quick-input-widget input:not([aria-label="Type the name of a command to run."])');
        await picker.waitFor({ timeout: 15_000 });
        await picker.fill('Get started with MLOps Lab');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with MLOps Lab' }).first().click();
        await page.locator('.gettingStartedContainer', { hasText: 'Get started with MLOps Lab' }).first().waitFor({ timeout: 10_000 });
        await page.waitForTimeout(400);
        await page.screenshot({ path: join(artifacts, `ui-walkthrough-${label}.png`) });
      }
    });
  } catch {
    failed = true;
  } finally {
    await browser.close();
    await host.stop();
  }
  const passed = results.filter((r) => r.ok).length;
  console.log(`ui: ${passed} passed, ${results.length - passed} failed`);
  console.log(`screenshots: ${artifacts}`);
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
