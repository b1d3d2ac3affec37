import { startHarness, type Harness } from './harness';
let h: Harness;
beforeAll(async () => { h = await startHarness(); }, 60000);
afterAll(async () => { await h?.close(); });
it('shows', async () => {
  console.log(h.playground.users());
  const page = await h.openSidebar(h.playground.users()[0]!.key);
  await h.screenshot(page, 'scratch-visitor');
  await page.getByTestId('new-session').click();
  await h.screenshot(page, 'scratch-wizard1');
}, 60000);
