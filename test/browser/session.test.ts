// A whole calibration session clicked through the real sidebar in headless Chromium, against the
// playground: the facilitator sets it up, two evaluators score (one with the keyboard alone, one
// double-clicking Submit), a third is refused after the reveal, the facilitator emails reminders,
// reveals, records a final, builds the report, closes the session, updates the report afterwards and
// starts the next session from the closed one. Screenshots of each face go to test-artifacts/.
import type { Page } from 'playwright-core';
import type { EvaluatorView } from '../../src/api/views';
import { join } from 'node:path';
import { artifactsDir, LAPTOP_SIZE, startHarness, type Harness } from './harness';

jest.setTimeout(120_000);

let harness: Harness;
const FACILITATOR = 'facilitator@example.com';
const evaluators = [
  { name: 'Ana Alvarez', email: 'ana@example.com', seniority: '2' },
  { name: 'Ben Brown', email: 'ben@example.com', seniority: '4' },
  { name: 'Cara Chen', email: 'cara@example.com', seniority: '1' },
  { name: 'Dev Das', email: '', seniority: '3' },
];

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** The server's view of one evaluator, asked directly (not through the page). */
function serverForm(email: string): EvaluatorView['form'] {
  const outcome = harness.playground.call('getSidebarState', [], harness.userKey(email));
  if (!outcome.ok) throw new Error(outcome.error.message);
  const state = outcome.result as EvaluatorView;
  if (state.role !== 'evaluator') throw new Error(`${email} is a ${state.role}`);
  return state.form;
}

/** Answers every criterion of the shown call: `pick` chooses the radio by position (clamped). */
async function answerEvery(page: Page, pick: number): Promise<void> {
  const groups = page.locator('fieldset.criterion');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    const radios = group.locator('input[type="radio"]');
    const options = await radios.count();
    if (options > 0) await radios.nth(Math.min(pick, options - 1)).check();
    else await group.locator('input[type="number"]').fill(String(pick));
  }
}

/**
 * Opens the read-only agenda's first item from the keyboard (unless it is open already) and checks that
 * its finals are drawn then, one line per call, and no other item's.
 */
async function openFirstAgendaItem(page: Page): Promise<void> {
  const toggle = page.locator('[data-testid="agenda"] [data-testid^="toggle-agenda-"]').first();
  const criterionId = (await toggle.getAttribute('data-testid'))!.replace(/^toggle-agenda-/, '');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
    expect(await page.locator('[data-testid^="agenda-call-"]').count()).toBe(0);
    await toggle.focus();
    await page.keyboard.press('Enter');
  }
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  const calls = page.locator('[data-testid^="agenda-call-"]');
  expect(await calls.count()).toBeGreaterThan(0);
  expect(await page.locator(`[data-testid^="agenda-call-${criterionId}-"]`).count()).toBe(await calls.count());
  expect(await calls.first().textContent()).toMatch(/\((agreed|consensus)\)$|: none$/);
}

async function waitForIdle(page: Page): Promise<void> {
  await page.locator('[data-testid="busy"]').waitFor({ state: 'detached', timeout: 30_000 });
}

async function alertText(page: Page): Promise<string> {
  const alert = page.getByTestId('alert');
  return (await alert.isVisible()) ? ((await alert.textContent()) ?? '') : '';
}

/** One tab of the workbook view, alone, as the grid a person sees (no other tabs' panels). */
async function firstScreenOf(sheet: string): Promise<string> {
  const view = await (await fetch(`${harness.server.url}view/workbook`)).text();
  const panel = new RegExp(`<section role="tabpanel"[^>]*data-sheet-name="${sheet}"[^>]*>[\\s\\S]*?</section>`).exec(view);
  if (!panel) throw new Error(`no ${sheet} tab in the workbook view`);
  return panel[0].replace(' hidden>', '>');
}

describe('a calibration session through the sidebar', () => {
  let facilitator: Page;

  it('the facilitator sets up a session with the wizard', async () => {
    facilitator = await harness.openSidebar(harness.userKey(FACILITATOR));
    expect(await facilitator.getByTestId('signed-in-as').textContent()).toMatch(/^Signed in as facilitator@example\.com\./);
    expect(await facilitator.getByTestId('create-template').isVisible()).toBe(true);
    await harness.screenshot(facilitator, 'visitor-no-session');
    await facilitator.getByTestId('new-session').click();

    await facilitator.fill('#setup-title', 'Calibration browser test');
    await facilitator.getByTestId('setup-next').click();
    expect(await alertText(facilitator)).toContain('Your name is required.');
    await expect(facilitator.evaluate(() => document.activeElement?.id)).resolves.toBe('setup-facilitator');
    await facilitator.fill('#setup-facilitator', 'Fiona Facilitator');
    await facilitator.check('[data-testid="setup-scorecard-preset-general"]');
    await harness.screenshot(facilitator, 'wizard-scorecard');
    await facilitator.getByTestId('setup-next').click();

    await facilitator.fill('#setup-call-0-label', 'Billing dispute');
    await facilitator.fill('#setup-call-0-agent', 'Sam');
    await facilitator.fill('#setup-call-0-url', 'https://recordings.example.com/billing');
    expect(await facilitator.getByText('1 call: 2–4 are recommended for one session.').count()).toBe(1);
    await facilitator.getByTestId('setup-add-call').click();
    await facilitator.fill('#setup-call-1-label', 'Cancellation');
    await facilitator.fill('#setup-call-1-url', 'https://recordings.example.com/cancel');
    await harness.screenshot(facilitator, 'wizard-calls');
    await facilitator.getByTestId('setup-next').click();

    for (const [i, evaluator] of evaluators.entries()) {
      if (i > 0) await facilitator.getByTestId('setup-add-evaluator').click();
      await facilitator.fill(`#setup-evaluator-${i}-name`, evaluator.name);
      await facilitator.fill(`#setup-evaluator-${i}-email`, evaluator.email);
      await facilitator.fill(`#setup-evaluator-${i}-seniority`, evaluator.seniority);
    }
    await facilitator.selectOption('#setup-evaluator-1-role', 'team-lead');
    await facilitator.getByTestId('setup-next').click();
    await facilitator.getByTestId('setup-next').click();

    const warnings = await facilitator.getByTestId('setup-warnings').textContent();
    expect(warnings).toContain('4 evaluators: 6–8 are recommended.');
    expect(warnings).toContain('1 evaluator has no email');
    await harness.screenshot(facilitator, 'wizard-review');
    await facilitator.getByTestId('start-session').click();
    await waitForIdle(facilitator);
    expect(await alertText(facilitator)).toBe('');
    await facilitator.getByTestId('facilitator-view').waitFor();
    expect(await facilitator.getByTestId('submission-summary').textContent()).toBe('0 of 4 evaluators have submitted every call.');
    await harness.screenshot(facilitator, 'facilitator-submissions');
  });

  it('an evaluator scores with the mouse; a double click on Submit submits once', async () => {
    const ana = await harness.openSidebar(harness.userKey('ana@example.com'));
    await ana.getByTestId('evaluator-view').waitFor();
    expect(await ana.getByTestId('scoring-progress').textContent()).toContain('0 of 2 calls submitted');
    expect(await ana.getByTestId('recording-link').getAttribute('href')).toBe('https://recordings.example.com/billing');
    await harness.screenshot(ana, 'evaluator-form');

    // Submitting with criteria unanswered names the problem and sends nothing.
    await ana.getByTestId('submit-scores').click();
    expect(await alertText(ana)).toMatch(/criteria need attention before you submit/);
    expect(serverForm('ana@example.com').calls[0]!.state).toBe('not-started');

    await answerEvery(ana, 0);
    await ana.getByTestId('comment-greeting').fill('Name said twice');
    await ana.getByTestId('submit-scores').dblclick();
    await waitForIdle(ana);
    expect(await ana.getByTestId('call-state').textContent()).toMatch(/^Submitted at /);
    const afterFirst = serverForm('ana@example.com').calls[0]!;
    expect(afterFirst.revision).toBe(1);
    expect(afterFirst.answers.find((a) => a.criterionId === 'greeting')?.comment).toBe('Name said twice');
    await harness.screenshot(ana, 'evaluator-submitted');

    await ana.getByTestId('call-pick-call-2').click();
    await answerEvery(ana, 0);
    await ana.getByTestId('save-draft').click();
    await waitForIdle(ana);
    expect(await ana.getByTestId('call-state').textContent()).toMatch(/^Draft saved/);
    await ana.getByTestId('submit-scores').click();
    await waitForIdle(ana);
    expect(await ana.getByTestId('scoring-progress').textContent()).toContain('2 of 2 calls submitted');
    expect(serverForm('ana@example.com').calls.map((c) => c.revision)).toEqual([1, 1]);
  });

  it('an evaluator submits with the keyboard alone', async () => {
    const ben = await harness.openSidebar(harness.userKey('ben@example.com'));
    await ben.getByTestId('evaluator-view').waitFor();
    for (const callId of ['call-1', 'call-2']) {
      if (callId === 'call-2') {
        await ben.getByTestId('call-pick-call-2').focus();
        await ben.keyboard.press('Enter');
        await ben.getByTestId('call-state').waitFor();
      }
      // Tab through the form: Space picks the focused choice of an unanswered group, then on to the
      // next group, until Submit has focus; Enter submits.
      for (let step = 0; step < 400; step++) {
        const focused = await ben.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          if (!el) return { kind: 'none', answered: false };
          const answered = el.type === 'radio' ? !!document.querySelector(`input[name="${el.name}"]:checked`) : false;
          return { kind: el.type === 'radio' ? 'radio' : (el.getAttribute('data-testid') ?? el.tagName), answered };
        });
        if (focused.kind === 'submit-scores') break;
        if (focused.kind === 'radio' && !focused.answered) {
          // Arrow to the second choice in each group (Ben disagrees with Ana), which also selects it.
          await ben.keyboard.press('Space');
          await ben.keyboard.press('ArrowRight');
        }
        await ben.keyboard.press('Tab');
      }
      await ben.keyboard.press('Enter');
      await waitForIdle(ben);
      expect(await alertText(ben)).toBe('');
      expect(await ben.getByTestId('call-state').textContent()).toMatch(/^Submitted at /);
    }
    expect(serverForm('ben@example.com').calls.map((c) => c.state)).toEqual(['submitted', 'submitted']);
    expect(await ben.getByTestId('scoring-progress').textContent()).toContain('2 of 2 calls submitted');
  });

  it('an evaluator whose address is withheld picks their name', async () => {
    const dev = await harness.openSidebar(harness.userKey('Dev Das'));
    await dev.getByTestId('claim-form').waitFor();
    expect(await dev.getByTestId('signed-in-as').textContent()).toMatch(/^Google withholds your address\./);
    await harness.screenshot(dev, 'visitor-pick-name');
    await dev.getByTestId('claim-name').click();
    expect(await alertText(dev)).toBe('Pick your name first.');
    await dev.check('[data-testid="claim-ev-4"]');
    await dev.getByTestId('claim-name').click();
    await dev.getByTestId('evaluator-view').waitFor();
    expect(await dev.getByTestId('scoring-progress').textContent()).toContain('scoring as Dev Das');

    // The facilitator sees the pick, when, and can undo it.
    const lead = await harness.openSidebar(harness.userKey(FACILITATOR));
    await lead.getByTestId('claims').waitFor();
    expect(await lead.getByTestId('claim-ev-4').textContent()).toMatch(/^Dev Das, picked /);
    expect(await lead.getByTestId('undo-claim-ev-4').isVisible()).toBe(true);
    await harness.screenshot(lead, 'facilitator-claims');
  });

  it('the facilitator emails invitations and reminders, confirming first; the daily quota stops what it cannot send', async () => {
    const mail = harness.playground.env.mail;
    mail.setDailyQuota(2);
    await facilitator.getByTestId('refresh-status').click();
    await waitForIdle(facilitator);
    await facilitator.getByTestId('email-invitations').click();
    expect(await facilitator.getByTestId('mail-confirmation').textContent()).toContain(
      'Email an invitation to Ana Alvarez, Ben Brown, Cara Chen? No address: Dev Das.',
    );
    await facilitator.getByTestId('confirm-mail').click();
    await waitForIdle(facilitator);
    expect(await alertText(facilitator)).toBe('');
    const invited = (await facilitator.getByTestId('mail-result').textContent()) ?? '';
    expect(invited).toContain('2 invitations sent; 1 failed.');
    expect(invited).toContain('Emailed: ana@example.com, ben@example.com');
    expect(invited).toMatch(/Not sent to cara@example\.com: The daily email quota .* is used up/);
    expect(invited).toContain('No address, tell them yourself: Dev Das');
    expect(invited).toContain('You may email 0 more people today.');
    expect(mail.sent.map((m) => m.to.join())).toEqual(['ana@example.com', 'ben@example.com']);
    await harness.screenshot(facilitator, 'facilitator-invitations');

    // With the keyboard alone: Enter opens the confirmation, whose heading takes focus; Tab, Tab, Enter sends.
    mail.setDailyQuota(10);
    await facilitator.getByTestId('email-reminders').focus();
    await facilitator.keyboard.press('Enter');
    await expect(facilitator.evaluate(() => document.activeElement?.id)).resolves.toBe('confirm-mail-title');
    expect(await facilitator.getByTestId('mail-confirmation').textContent()).toContain(
      'Email a reminder to Cara Chen? No address: Dev Das.',
    );
    await facilitator.keyboard.press('Tab');
    await facilitator.keyboard.press('Tab');
    await expect(facilitator.evaluate(() => document.activeElement?.id)).resolves.toBe('confirm-mail');
    await facilitator.keyboard.press('Enter');
    await waitForIdle(facilitator);
    const reminded = (await facilitator.getByTestId('mail-result').textContent()) ?? '';
    expect(reminded).toContain('1 reminder sent.');
    expect(reminded).toContain('Emailed: cara@example.com');
    expect(reminded).toContain('Already submitted: Ana Alvarez, Ben Brown');
    expect(reminded).toContain('You may email 7 more people today.');
    expect(await facilitator.getByTestId('status-text').textContent()).toBe('1 reminder sent.');
    expect(mail.sent.at(-1)!.to).toEqual(['cara@example.com']);
    expect(mail.sent.at(-1)!.subject).toMatch(/^Reminder: /);
    await harness.screenshot(facilitator, 'facilitator-reminders');
  });

  let cara: Page;

  it('the facilitator refreshes the status and reveals, after a confirmation naming who has not submitted', async () => {
    cara = await harness.openSidebar(harness.userKey('cara@example.com'));
    await answerEvery(cara, 1);

    await facilitator.getByTestId('refresh-status').click();
    await waitForIdle(facilitator);
    expect(await facilitator.getByTestId('submission-summary').textContent()).toBe('2 of 4 evaluators have submitted every call.');
    expect(await facilitator.getByTestId('status-ev-1').textContent()).toContain('2 of 2 calls');
    expect(await facilitator.getByTestId('status-ev-4').textContent()).toContain('picked their name');
    await facilitator.getByTestId('reveal-scores').click();
    expect(await facilitator.getByTestId('not-submitted').textContent()).toContain('Cara Chen, Dev Das');
    await harness.screenshot(facilitator, 'facilitator-reveal-confirmation');
    await facilitator.getByTestId('confirm-reveal').click();
    await facilitator.getByTestId('agenda').waitFor();
    await waitForIdle(facilitator);
    expect(await facilitator.getByTestId('session-status').textContent()).toBe('Revealed');
    await harness.screenshot(facilitator, 'facilitator-agenda');
  });

  it("a submission after the reveal is refused with the server's message, and the answers stay", async () => {
    await cara.getByTestId('submit-scores').click();
    await waitForIdle(cara);
    const message = await alertText(cara);
    expect(message.length).toBeGreaterThan(10);
    expect(message).not.toMatch(/Error:|at \w+ \(/);
    expect(await cara.locator('fieldset.criterion input:checked').count()).toBeGreaterThan(0);
    expect(await cara.getByTestId('unsaved-note').textContent()).toContain('Unsaved changes are kept in this browser');
    await harness.screenshot(cara, 'evaluator-rejected-submission');
    expect(serverForm('cara@example.com').calls[0]!.state).toBe('not-started');

    await cara.reload();
    await cara.getByTestId('revealed-note').waitFor();
    // The agenda opens as its list of questions; an item's finals are drawn when it is opened.
    await openFirstAgendaItem(cara);
    await harness.screenshot(cara, 'evaluator-after-reveal');
  });

  it('the facilitator opens an agenda item and records a final from the keyboard; the item stays open, with the notes typed', async () => {
    // The sidebar as it sits beside the spreadsheet on a 1366 × 768 laptop.
    const page = await harness.browser.newPage({ viewport: LAPTOP_SIZE });
    try {
      await page.goto(`${harness.server.url}?user=${encodeURIComponent(harness.userKey(FACILITATOR))}`);
      const sidebar = page.frameLocator('#sidebar-frame');
      const frame = (await (await page.waitForSelector('#sidebar-frame')).contentFrame())!;
      await sidebar.getByTestId('agenda').waitFor();
      const focusedId = () => frame.evaluate(() => document.activeElement?.id ?? '');
      const isOpen = async (id: string) => (await sidebar.locator(`#toggle-${id}`).getAttribute('aria-expanded')) === 'true';

      // The agenda opens as its list of questions; an item's calls are built when it is opened.
      const items = sidebar.locator('[data-testid="agenda"] > .section');
      expect(await items.count()).toBeGreaterThan(1);
      expect(await sidebar.locator('[data-testid^="agenda-call-"]').count()).toBe(0);
      const firstId = (await items.first().getAttribute('id'))!;
      const itemId = (await items.nth(1).getAttribute('id'))!;
      const criterionId = itemId.replace(/^agenda-/, '');
      const rows = sidebar.locator(`[data-testid^="agenda-call-${criterionId}-"]`);
      await sidebar.locator(`#toggle-${firstId}`).click();
      expect(await isOpen(firstId)).toBe(true);

      const toggle = sidebar.locator(`#toggle-${itemId}`);
      await toggle.focus();
      const before = (await toggle.boundingBox())!.y;
      await page.keyboard.press('Enter');
      expect(await isOpen(itemId)).toBe(true);
      // One item open at a time; the one closed above does not carry the opened one out of sight.
      expect(await isOpen(firstId)).toBe(false);
      expect(Math.abs((await toggle.boundingBox())!.y - before)).toBeLessThan(2);
      expect(await rows.count()).toBe(2);
      const row = (await rows.first().getAttribute('data-testid'))!.replace(/^agenda-call-/, '');

      // Notes typed in the item and not saved yet stay through the redraw that follows the final.
      await sidebar.locator(`#notes-${criterionId}`).fill('Both readings heard; the stricter one stands.');
      await sidebar.locator(`#toggle-${itemId}`).focus();
      await page.keyboard.press('Tab');
      expect(await focusedId()).toBe(`final-${row}`);
      await page.keyboard.press('End');
      const chosen = await sidebar.locator(`#final-${row} option:checked`).textContent();
      await page.keyboard.press('Tab');
      expect(await focusedId()).toBe(`save-final-${row}`);
      await page.keyboard.press('Enter');
      await sidebar.locator('[data-testid="busy"]').waitFor({ state: 'detached', timeout: 30_000 });

      expect(await sidebar.getByTestId('alert').textContent()).toBe('');
      expect(await sidebar.getByTestId(`final-now-${row}`).textContent()).toBe(`Final: ${chosen} (agreed)`);
      expect(await isOpen(itemId)).toBe(true);
      expect(await focusedId()).toBe(`save-final-${row}`);
      expect(await sidebar.locator(`#notes-${criterionId}`).inputValue()).toBe('Both readings heard; the stricter one stands.');
      await page.screenshot({ path: join(artifactsDir, 'facilitator-agenda-laptop.png') });
      await frame.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(artifactsDir, 'facilitator-agenda-laptop-top.png') });
    } finally {
      await page.close();
    }
  });

  it('the facilitator records a final and builds the report', async () => {
    await facilitator.locator('[data-testid^="toggle-agenda-"]').first().click();
    const firstItem = facilitator.locator('[data-testid^="agenda-call-"]').first();
    const testId = (await firstItem.getAttribute('data-testid'))!;
    const [, criterionAndCall] = testId.split('agenda-call-');
    const control = facilitator.locator(`#final-${criterionAndCall}`);
    const options = await control.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
    const chosen = options[options.length - 1]!;
    await control.selectOption(chosen);
    await facilitator.getByTestId(`save-final-${criterionAndCall}`).click();
    await waitForIdle(facilitator);
    expect(await alertText(facilitator)).toBe('');
    expect(await facilitator.getByTestId(`final-now-${criterionAndCall}`).textContent()).toMatch(/\(agreed\)$/);

    await facilitator.getByTestId('tab-report').click();
    await facilitator.getByTestId('build-report').click();
    await waitForIdle(facilitator);
    expect(await alertText(facilitator)).toBe('');
    expect(await facilitator.getByTestId('report-link').getAttribute('href')).toMatch(/^https?:\/\//);
    await harness.screenshot(facilitator, 'facilitator-report');

    // The Summary's first screen and the report's first page, as a manager opens them on a laptop.
    const summary = await firstScreenOf('Summary');
    expect(summary).toContain('Headline');
    await harness.laptopScreenshot(
      summary,
      'summary-first-screen',
      230,
      'Browser, Sheets menus, toolbar and formula bar: about 230 px of a 768 px screen at 100 % zoom',
    );
    const answers = await firstScreenOf('Answers');
    await harness.laptopScreenshot(answers, 'answers-first-screen', 230, 'Browser, Sheets menus, toolbar and formula bar');
    const report = await (await fetch(`${harness.server.url}view/report`)).text();
    expect(report.indexOf('Executive summary')).toBeLessThan(report.indexOf('The session'));
    await harness.laptopScreenshot(report, 'report-first-page', 110, 'Browser and Docs bars');
  });

  it('the facilitator ticks the register: who came, who sent apologies; the evaluator away sees what was agreed', async () => {
    await facilitator.getByTestId('tab-register').click();
    await facilitator.getByTestId('register').waitFor();
    // An anonymous session: everyone starts present, whether they submitted or not.
    expect(await facilitator.getByTestId('attendance-rate').textContent()).toBe('Present: 4 of 4 (100%)');
    await facilitator.getByTestId('register-ev-4-absent').check();
    await waitForIdle(facilitator);
    await facilitator.getByTestId('register-ev-3-apologies').check();
    await waitForIdle(facilitator);
    expect(await alertText(facilitator)).toBe('');
    expect(await facilitator.getByTestId('attendance-rate').textContent()).toBe('Present: 2 of 4 (50%)');
    expect(await facilitator.getByTestId('register-ev-3-apologies').isChecked()).toBe(true);
    await harness.screenshot(facilitator, 'facilitator-register');

    await cara.reload();
    await cara.getByTestId('agreed-while-away').waitFor();
    expect(await cara.getByTestId('agreed-while-away').textContent()).toContain('You were marked as having sent apologies');
    await harness.screenshot(cara, 'evaluator-agreed-while-away');
  });

  it('the Summary, the Results tab and the report show the figures with their notes, at 1366 × 768', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await page.goto(harness.server.url);
      for (const [sheet, name] of [
        ['Summary', 'summary-figures'],
        ['Results', 'results-tab'],
      ] as const) {
        await page.locator(`#workbook-tabs button[data-sheet-name="${sheet}"]`).click();
        await page.locator(`section[data-sheet-name="${sheet}"]`).waitFor({ state: 'visible' });
        await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
      }
      const summaryText = await page.locator('section[data-sheet-name="Summary"]').textContent();
      expect(summaryText).toContain('Critical (auto-fail) disagreements');
      expect(summaryText).toContain("Gwet's AC1");
      // Frozen rows stay in place when the grid scrolls, as in Sheets.
      await page.locator('#workbook-tabs button[data-sheet-name="Summary"]').click();
      const grid = page.locator('section[data-sheet-name="Summary"] .grid-scroll');
      const title = page.locator('section[data-sheet-name="Summary"] td[data-a1="A1"]');
      const below = page.locator('section[data-sheet-name="Summary"] td[data-a1="A30"]');
      const [titleBefore, belowBefore] = [(await title.boundingBox())!.y, (await below.boundingBox())!.y];
      await grid.evaluate((element) => element.scrollBy(0, 400));
      await page.waitForFunction(() => document.querySelector('section[data-sheet-name="Summary"] .grid-scroll')!.scrollTop > 0);
      expect(Math.abs((await title.boundingBox())!.y - titleBefore)).toBeLessThanOrEqual(1);
      expect((await below.boundingBox())!.y).toBeLessThan(belowBefore - 300);
      await page.screenshot({ path: join(artifactsDir, 'summary-scrolled.png') });
      await grid.evaluate((element) => element.scrollTo(0, 0));

      const report = page.locator('#report article.document').first();
      await report.scrollIntoViewIfNeeded();
      await report.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(artifactsDir, 'report-first-page.png') });
      // The Summary's chart is in the report as a picture, drawn (its image decoded), at the page width.
      const picture = report.locator('p.doc-image img').first();
      await picture.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      expect(await picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
      expect(await picture.getAttribute('width')).toBe('600');
      await page.screenshot({ path: join(artifactsDir, 'report-charts.png') });
      const scores = page.locator('#report').getByText('Scores per call').first();
      await scores.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifactsDir, 'report-figures.png') });
    } finally {
      await page.close();
    }
  });

  it('the facilitator adds an action item; a tab deleted by hand stays flagged until repaired', async () => {
    const { env } = harness.playground;
    env.run({ email: FACILITATOR, key: harness.userKey(FACILITATOR) }, () => {
      const spreadsheet = env.globals.SpreadsheetApp.getActiveSpreadsheet();
      spreadsheet.deleteSheet(spreadsheet.getSheetByName('Discussion')!);
    });
    await facilitator.reload();
    await facilitator.getByTestId('damage').waitFor();
    await facilitator.getByTestId('tab-actions').click();
    // Typed as people type: a leading "=" is kept as text.
    await facilitator.getByTestId('action-text').fill('= Rewrite the greeting definition with examples');
    await facilitator.getByTestId('action-owner').fill('Ana Alvarez');
    await facilitator.getByTestId('save-action').click();
    await waitForIdle(facilitator);
    expect(await alertText(facilitator)).toBe('');
    expect(await facilitator.getByTestId('session-actions').textContent()).toContain('= Rewrite the greeting definition');
    // Saving did not look for damage, so the banner keeps what the last look found.
    expect(await facilitator.getByTestId('damage').textContent()).toContain('The "Discussion" tab was deleted.');
    await harness.screenshot(facilitator, 'facilitator-actions');
    await facilitator.getByTestId('repair-session').click();
    await waitForIdle(facilitator);
    expect(await facilitator.getByTestId('status-text').textContent()).toBe('Repaired 1 tab: The "Discussion" tab was deleted.');
    expect(await facilitator.getByTestId('damage').count()).toBe(0);

    // The action item came after the report was built: the report says it is out of date, with Rebuild.
    await facilitator.getByTestId('tab-report').click();
    await facilitator.getByTestId('report-out-of-date').waitFor();
    expect(await facilitator.getByTestId('build-report').textContent()).toBe('Rebuild the report');
    await harness.screenshot(facilitator, 'facilitator-report-out-of-date');
    await facilitator.getByTestId('rebuild-report').click();
    await waitForIdle(facilitator);
    expect(await alertText(facilitator)).toBe('');
    expect(await facilitator.getByTestId('report-out-of-date').count()).toBe(0);
  });

  it('the facilitator shares the report and closes the session', async () => {
    await facilitator.getByTestId('tab-report').click();
    await facilitator.getByTestId('share-managers').fill('manager@example.com, not-an-address');
    await facilitator.getByTestId('share-report').click();
    expect(await alertText(facilitator)).toBe('Not an email address: not-an-address.');
    // The server refuses an internationalised domain in plain words, naming the field, and shares with nobody.
    await facilitator.getByTestId('share-managers').fill('manager@example.com, user@bücher.de');
    await facilitator.getByTestId('share-report').click();
    await waitForIdle(facilitator);
    expect(await alertText(facilitator)).toContain(
      "Sharing the report: Managers' emails, address 2: an address with letters outside a–z (such as bücher.de) is not supported",
    );
    await harness.screenshot(facilitator, 'facilitator-share-refused');
    await facilitator.getByTestId('share-managers').fill('manager@example.com');
    await facilitator.getByTestId('share-report').click();
    await waitForIdle(facilitator);
    expect(await alertText(facilitator)).toBe('');
    const shared = await facilitator.getByTestId('share-result').textContent();
    expect(shared).toContain('manager@example.com');
    expect(shared).toContain('Dev Das');
    await harness.screenshot(facilitator, 'facilitator-shared');

    await facilitator.getByTestId('close-session').click();
    await facilitator.getByTestId('confirm-close').click();
    await waitForIdle(facilitator);
    expect(await alertText(facilitator)).toBe('');
    expect(await facilitator.getByTestId('status-text').textContent()).toMatch(/^Session closed on .*scores logged/);
    await facilitator.getByTestId('closed-notice').waitFor();
    expect(await facilitator.getByTestId('session-status').textContent()).toBe('Closed');
    expect(await facilitator.getByTestId('closed-on').textContent()).toMatch(/^Session closed on \d+ \w{3} \d{4}, \d\d:\d\d$/);
    expect(await facilitator.getByTestId('report-link').getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await facilitator.getByTestId('new-session').isVisible()).toBe(true);
    expect(await facilitator.getByTestId('close-session').count()).toBe(0);
    await harness.screenshot(facilitator, 'facilitator-closed');

    // The report is still the facilitator's to update after the close.
    await facilitator.getByTestId('build-report').click();
    await waitForIdle(facilitator);
    expect(await alertText(facilitator)).toBe('');
    expect(await facilitator.getByTestId('status-text').textContent()).toBe('Report updated.');
    expect(await facilitator.getByTestId('report-link').isVisible()).toBe(true);

    // The agenda is history now: no final, discussion or reveal control is offered.
    await facilitator.getByTestId('tab-agenda').click();
    await facilitator.getByTestId('agenda').waitFor();
    expect(
      await facilitator.locator('[data-testid^="save-final-"], [data-testid^="save-discussion-"], [data-testid="reveal-scores"]').count(),
    ).toBe(0);
    await openFirstAgendaItem(facilitator);
    expect(await facilitator.locator('[data-testid="agenda"] :is(input, select, textarea)').count()).toBe(0);
    await harness.screenshot(facilitator, 'facilitator-closed-agenda');
  });

  it('evaluators and visitors see the closed session and are told who may start the next one', async () => {
    const ana = await harness.openSidebar(harness.userKey('ana@example.com'));
    await ana.getByTestId('evaluator-view').waitFor();
    expect(await ana.getByTestId('closed-on').textContent()).toMatch(/^Session closed on /);
    expect(await ana.getByTestId('submit-scores').count()).toBe(0);
    expect(await ana.getByTestId('new-session').count()).toBe(0);
    expect(await ana.getByTestId('closed-notice').textContent()).toContain('Only Fiona Facilitator (facilitator@example.com)');
    await harness.screenshot(ana, 'evaluator-closed');

    const visitor = await harness.openSidebar(harness.userKey('someone.else@example.com'));
    await visitor.getByTestId('visitor-view').waitFor();
    expect(await visitor.getByTestId('closed-notice').textContent()).toContain('is closed');
    expect(await visitor.getByTestId('new-session').count()).toBe(0);
    await harness.screenshot(visitor, 'visitor-closed');
  });

  it('the facilitator starts the next session from the closed one, with the scorecard it ended with', async () => {
    await facilitator.getByTestId('tab-report').click();
    await facilitator.getByTestId('new-session').click();
    await facilitator.getByTestId('setup-wizard').waitFor();
    expect(await facilitator.isChecked('[data-testid="setup-scorecard-latest"]')).toBe(true);
    await harness.screenshot(facilitator, 'wizard-next-session');
    // Cancel goes back to the closed session, with focus on the button that opened the wizard.
    await facilitator.locator('#setup-cancel').click();
    await expect(facilitator.evaluate(() => document.activeElement?.id)).resolves.toBe('new-session');
    await facilitator.keyboard.press('Enter');
    // Carried over: the facilitator and the roster, each row the same person as last time.
    expect(await facilitator.inputValue('#setup-facilitator')).toBe('Fiona Facilitator');
    await facilitator.fill('#setup-title', 'Next calibration');
    await facilitator.getByTestId('setup-next').click();
    await facilitator.fill('#setup-call-0-label', 'Refund request');
    await facilitator.getByTestId('setup-next').click();
    expect(await facilitator.inputValue('#setup-evaluator-0-name')).toBe('Ana Alvarez');
    expect(await facilitator.inputValue('#setup-evaluator-3-name')).toBe('Dev Das');
    expect(await facilitator.locator('#setup-evaluator-3-same-as option:checked').textContent()).toBe('Dev Das');
    await harness.screenshot(facilitator, 'wizard-next-session-evaluators');
    for (let step = 0; step < 2; step++) await facilitator.getByTestId('setup-next').click();
    await facilitator.getByTestId('start-session').click();
    await waitForIdle(facilitator);
    expect(await alertText(facilitator)).toBe('');
    await facilitator.getByTestId('submissions').waitFor();
    expect(await facilitator.getByTestId('session-status').textContent()).toBe('Scoring');
    expect(await facilitator.locator('h1').textContent()).toBe('Next calibration');
    expect(await facilitator.getByTestId('closed-notice').count()).toBe(0);
    expect(await facilitator.getByTestId('share-result').count()).toBe(0);
  });
  it("the next session's register shows attendance over sessions by person, and flags two missed in a row", async () => {
    const facilitatorKey = harness.userKey(FACILITATOR);
    const call = (name: string, payload?: unknown) => {
      const outcome = harness.playground.call(name, payload === undefined ? [] : [payload], facilitatorKey);
      if (!outcome.ok) throw new Error(outcome.error.message);
      return outcome.result as { attendance?: { register: Array<{ evaluatorId: string; name: string }> } };
    };
    // Ana scores the one call, so there is something to reveal.
    const form = serverForm('ana@example.com');
    const answers = form.scorecard.sections.flatMap((section) =>
      section.criteria.map((c) => ({ criterionId: c.id, value: c.type === 'scale' ? c.min : c.type === 'points' ? 0 : 1, comment: '' })),
    );
    for (const { call: scored } of form.calls) {
      const outcome = harness.playground.call('submitCallScores', [{ callId: scored.id, answers }], harness.userKey('ana@example.com'));
      if (!outcome.ok) throw new Error(outcome.error.message);
    }
    call('revealSessionScores', { confirm: true });
    const register = call('getSidebarState').attendance!.register;
    // Cara sent apologies last time; she stays away again.
    call('markSessionAttendance', { evaluatorId: register.find((e) => e.name === 'Cara Chen')!.evaluatorId, status: 'absent' });
    await facilitator.reload();
    await facilitator.getByTestId('tab-register').click();
    await facilitator.getByTestId('register').waitFor();
    expect(await facilitator.getByTestId('attendance-flags').textContent()).toContain('Cara Chen missed the last 2 sessions in a row');
    expect(await facilitator.getByTestId('attendance-over-sessions').locator('tbody tr').count()).toBe(4);
    await harness.screenshot(facilitator, 'facilitator-register-over-sessions');
  });
});
