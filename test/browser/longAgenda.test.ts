// The agenda of a long session in the real sidebar: the first 20 items as a list of questions, the
// rest on request, each item built when it is opened. The views are the ones the bench's scenario
// records after the reveal (6 evaluators × 2 calls × 40 criteria), answered as soon as asked: the
// facilitator's, and the first evaluator's read-only agenda.
import type { Page } from 'playwright-core';
import { sidebarAnswering, type Marks } from '../../bench/render';
import { runScenario } from '../../bench/scenario';
import { defaultPaths, repositoryRoot } from '../../playground/paths';
import type { EvaluatorView, FacilitatorView, SidebarState } from '../../src/api/views';
import { SIDEBAR_SIZE, startHarness, type Harness } from './harness';

jest.setTimeout(120_000);

let harness: Harness;
let view: FacilitatorView;
let evaluatorView: EvaluatorView;

beforeAll(async () => {
  harness = await startHarness();
  const recorded = runScenario({ evaluators: 6, calls: 2, criteria: 40 }, { addon: 'source', evaluatorView: true });
  if (!recorded.facilitatorView || !recorded.evaluatorView) throw new Error('the scenario stopped before the sidebars were opened');
  view = recorded.facilitatorView;
  evaluatorView = recorded.evaluatorView;
});

afterAll(async () => {
  await harness?.close();
});

async function openSidebar(state: SidebarState = view): Promise<Page> {
  const page = await harness.browser.newPage({ viewport: SIDEBAR_SIZE });
  await page.setContent(sidebarAnswering(defaultPaths(repositoryRoot(__dirname)).distDir, state));
  await page.waitForFunction(() => (window as unknown as { __render: Marks }).__render.answer !== null);
  await page.evaluate(() => (window as unknown as { __render: Marks }).__render.answer!());
  await page.getByTestId(`${state.role}-view`).waitFor();
  return page;
}

it('shows the first 20 items closed; the rest come on request, with focus on the first of them', async () => {
  expect(view.agenda.length).toBeGreaterThan(20);
  const page = await openSidebar();
  try {
    const toggles = page.locator('[data-testid^="toggle-agenda-"]');
    expect(await toggles.count()).toBe(20);
    expect(await page.locator('[aria-expanded="true"]').count()).toBe(0);
    expect(await page.locator('[data-testid^="agenda-call-"]').count()).toBe(0);
    const more = page.getByTestId('more-agenda');
    expect(await more.textContent()).toBe(`Show the other ${view.agenda.length - 20} items`);
    await harness.screenshot(page, 'facilitator-long-agenda');

    await more.focus();
    await page.keyboard.press('Enter');
    expect(await toggles.count()).toBe(view.agenda.length);
    expect(await page.getByTestId('more-agenda').count()).toBe(0);
    const next = view.agenda[20]!;
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`toggle-agenda-${next.criterionId}`);

    // Enter opens the focused item: its disputed calls are drawn, each with its final control.
    await page.keyboard.press('Enter');
    expect(await page.getByTestId(`toggle-agenda-${next.criterionId}`).getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`[data-testid^="agenda-call-${next.criterionId}-"]`).count()).toBe(next.calls.length);
    expect(await page.locator(`select[id^="final-${next.criterionId}-"], input[id^="final-${next.criterionId}-"]`).count()).toBe(
      next.calls.length,
    );
  } finally {
    await page.close();
  }
});

it("the evaluator's read-only agenda draws no call until an item is opened, then only that item's", async () => {
  const agenda = evaluatorView.agenda;
  expect(agenda.length).toBeGreaterThan(20);
  const page = await openSidebar(evaluatorView);
  try {
    const toggles = page.locator('[data-testid^="toggle-agenda-"]');
    expect(await toggles.count()).toBe(20);
    expect(await page.locator('[data-testid^="agenda-call-"]').count()).toBe(0);
    // Closed, an item still says how its calls were settled.
    const first = agenda[0]!;
    expect(await page.locator(`#agenda-${first.criterionId} .disclosure-note`).textContent()).toMatch(
      /^Finals: \d+ (consensus|agreed|not decided)/,
    );
    expect(await page.getByTestId('more-agenda').textContent()).toBe(`Show the other ${agenda.length - 20} items`);

    await page.getByTestId(`toggle-agenda-${first.criterionId}`).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId(`toggle-agenda-${first.criterionId}`).getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-testid^="agenda-call-"]').count()).toBe(first.calls.length);
    expect(await page.locator(`[data-testid^="agenda-call-${first.criterionId}-"]`).count()).toBe(first.calls.length);
    await harness.screenshot(page, 'evaluator-long-agenda');
  } finally {
    await page.close();
  }
});
