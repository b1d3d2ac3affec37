// "Check this spreadsheet" clicked through the real sidebar in headless Chromium, against the
// playground: the facilitator's findings, problems first, each with its fix. Screenshots go to
// test-artifacts/.
import { sessionPayload } from '../usecases/harness';
import { startHarness, type Harness } from './harness';

jest.setTimeout(120_000);

let harness: Harness;
const FACILITATOR = 'facilitator@example.com';

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

it('the facilitator checks the spreadsheet and reads each finding with its fix', async () => {
  const started = harness.playground.call(
    'startSession',
    [sessionPayload({ facilitatorName: 'Fran Facilitator' })],
    harness.userKey(FACILITATOR),
  );
  if (!started.ok) throw new Error(started.error.message);

  const page = await harness.openSidebar(harness.userKey(FACILITATOR));
  await page.getByTestId('check-spreadsheet').click();
  await page.getByTestId('check-view').waitFor();
  await page.locator('[data-testid="busy"]').waitFor({ state: 'detached', timeout: 30_000 });

  // The playground runs the add-on as a script bound to the spreadsheet: that is the one warning.
  const installation = page.getByTestId('check-installation');
  expect(await installation.getAttribute('data-status')).toBe('warn');
  expect(await installation.textContent()).toContain('Fix: ');
  expect(await page.getByTestId('check-scopes').getAttribute('data-status')).toBe('pass');
  expect(await page.locator('[data-testid^="check-tab-"]').count()).toBe(8);
  // Problems come first.
  expect(await page.locator('.check-list li').first().getAttribute('data-status')).toBe('warn');
  await harness.screenshot(page, 'facilitator-check-spreadsheet');

  await page.getByTestId('close-check').click();
  await page.getByTestId('facilitator-view').waitFor();
});

it('opens from the add-on menu on the check, in the playground as in Sheets', async () => {
  const key = harness.userKey(FACILITATOR);
  const clicked = harness.playground.runMenuItem('showSpreadsheetCheck', key);
  expect(clicked).toMatchObject({ ok: true, openedSidebar: true });
  const page = await harness.openSidebar(key);
  await page.getByTestId('check-view').waitFor({ timeout: 15_000 });
  await page.locator('[data-testid="busy"]').waitFor({ state: 'detached', timeout: 30_000 });
  expect(await page.getByTestId('check-lock').getAttribute('data-status')).toBe('pass');

  // The plain "Open calibration sidebar" opens the usual face again.
  harness.playground.runMenuItem('showSidebar', key);
  const again = await harness.openSidebar(key);
  expect(await again.getByTestId('check-view').count()).toBe(0);
});
