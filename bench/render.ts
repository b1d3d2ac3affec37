// How long the sidebar takes to draw the facilitator's view in Chromium: the built Sidebar.html with
// google.script.run answered at once from a view the scenario recorded, timed from the answer reaching
// the page to the view laid out. Only the drawing is timed, never the server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { FacilitatorView } from '../src/api/views';
import { median } from './measure';

export interface RenderTiming {
  medianMs: number;
  runs: number;
  /** Elements in the document once the view is drawn. */
  nodes: number;
}

const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Answers every server call at once: the view for getSidebarState, and for the rest an empty success. */
function shim(view: FacilitatorView): string {
  return `(() => {
    const view = ${JSON.stringify(view).replace(/</g, '\\u003c')};
    window.__render = { answeredAt: 0, drawnAt: 0 };
    const observer = new MutationObserver(() => {
      if (window.__render.drawnAt === 0 && document.querySelector('[data-testid="facilitator-view"]')) {
        void document.body.offsetHeight;
        window.__render.drawnAt = performance.now();
      }
    });
    document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
    const runner = (success, failure) => new Proxy({}, {
      get(_t, name) {
        if (name === 'withSuccessHandler') return (h) => runner(h, failure);
        if (name === 'withFailureHandler') return (h) => runner(success, h);
        return () => setTimeout(() => {
          if (name === 'getSidebarState') window.__render.answeredAt = performance.now();
          success && success(name === 'getSidebarState' ? JSON.parse(JSON.stringify(view)) : null);
        }, 0);
      },
    });
    window.google = { script: { run: runner(null, null), host: { close() {} } } };
  })();`;
}

export async function timeSidebarRender(distDir: string, view: FacilitatorView, runs = 7): Promise<RenderTiming> {
  const html = readFileSync(join(distDir, 'Sidebar.html'), 'utf8');
  const firstScript = html.search(/<script\b/i);
  const page = `${html.slice(0, firstScript)}<script>${shim(view)}</script>${html.slice(firstScript)}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: launchArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 300, height: 900 } });
    const tab = await context.newPage();
    const times: number[] = [];
    let nodes = 0;
    // The first load warms Chromium's caches; it is not counted.
    for (let i = 0; i <= runs; i++) {
      await tab.setContent(page, { waitUntil: 'load' });
      await tab.waitForFunction(() => (window as unknown as { __render: { drawnAt: number } }).__render.drawnAt > 0, undefined, {
        timeout: 15_000,
      });
      const timing = await tab.evaluate(() => {
        const r = (window as unknown as { __render: { answeredAt: number; drawnAt: number } }).__render;
        return { ms: r.drawnAt - r.answeredAt, nodes: document.getElementsByTagName('*').length };
      });
      if (i > 0) times.push(timing.ms);
      nodes = timing.nodes;
    }
    return { medianMs: median(times), runs, nodes };
  } finally {
    await browser.close();
  }
}
