// Runs the real playground (dist/ loaded into the in-memory Apps Script environment) on a free port
// and drives its sidebar in headless Chromium, one browser context per user so nobody shares a
// login or local storage with anyone else.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchHeadlessChromium } from '../../playground/headlessChromium';
import { buildClientAssets } from '../../playground/assets';
import { defaultPaths, repositoryRoot } from '../../playground/paths';
import { Playground } from '../../playground/playground';
import { startServer, type RunningServer } from '../../playground/server';

export const SIDEBAR_SIZE = { width: 300, height: 900 };
export const LAPTOP_SIZE = { width: 1366, height: 768 };
export const artifactsDir = join(repositoryRoot(__dirname), 'test-artifacts');

export interface Harness {
  playground: Playground;
  server: RunningServer;
  browser: Browser;
  /** Opens the sidebar as `userKey` in a fresh context, and waits for its first view. */
  openSidebar(userKey: string): Promise<Page>;
  /** The playground's user key for an email address (or a label fragment for users without one). */
  userKey(match: string): string;
  screenshot(page: Page, name: string): Promise<string>;
  /**
   * What a person sees first on a 1366 × 768 laptop at 100 % zoom: `html` laid out under the height the
   * browser's and the app's own bars take (`chromeHeight`), saved as one screenful.
   */
  laptopScreenshot(html: string, name: string, chromeHeight: number, chromeLabel: string): Promise<string>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const paths = defaultPaths(repositoryRoot(__dirname));
  for (const file of ['Code.js', 'Sidebar.html']) {
    if (!existsSync(join(paths.distDir, file))) throw new Error(`dist/${file} is missing: run "npm run build" before the browser tests.`);
  }
  const playground = new Playground({ distDir: paths.distDir, statePath: null });
  playground.openSpreadsheet(playground.users()[0]!.key);
  const server = await startServer({ playground, assets: await buildClientAssets(paths.clientDir), port: 0 });
  const browser = await launchHeadlessChromium();
  const contexts: BrowserContext[] = [];
  mkdirSync(artifactsDir, { recursive: true });

  return {
    playground,
    server,
    browser,
    async openSidebar(userKey) {
      const context = await browser.newContext({ viewport: SIDEBAR_SIZE });
      contexts.push(context);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${server.url}sidebar?user=${encodeURIComponent(userKey)}`);
      await page.locator('[data-testid$="-view"]').first().waitFor({ timeout: 15_000 });
      if (problems.length > 0) throw new Error(`The sidebar failed to load: ${problems.join('; ')}`);
      return page;
    },
    userKey(match) {
      const lower = match.toLowerCase();
      const user = playground.users().find((u) => u.email.toLowerCase() === lower || u.label.toLowerCase().includes(lower));
      if (!user)
        throw new Error(
          `No playground user matches "${match}": ${playground
            .users()
            .map((u) => u.label)
            .join(', ')}`,
        );
      return user.key;
    },
    async screenshot(page, name) {
      const path = join(artifactsDir, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      // Long faces also get their first screenful, which is what a person sees on opening the sidebar.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const top = join(artifactsDir, `${name}-top.png`);
      if (height > SIDEBAR_SIZE.height) await page.screenshot({ path: top });
      else rmSync(top, { force: true }); // an earlier, longer run's first screenful would mislead
      return path;
    },
    async laptopScreenshot(html, name, chromeHeight, chromeLabel) {
      const context = await browser.newContext({ viewport: LAPTOP_SIZE });
      contexts.push(context);
      const page = await context.newPage();
      const css = await (await fetch(`${server.url}host.css`)).text();
      await page.setContent(
        `<!doctype html><html><head><meta charset="utf-8"><style>${css}
        .grid-scroll { max-height: none; }
        .chrome { height: ${chromeHeight}px; background: #f1f3f4; border-bottom: 1px solid #dadce0; color: #80868b; font-size: 12px; padding: 8px 16px; }
        </style></head><body><div class="chrome">${chromeLabel}</div><div class="content">${html}</div></body></html>`,
      );
      const path = join(artifactsDir, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}
