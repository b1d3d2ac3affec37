// How long the sidebar takes to draw the facilitator's view in Chromium: the built Sidebar.html with
// google.script.run answered at once from a view the scenario recorded, timed from the answer reaching
// the page (its JSON parsed there) to the first frame painted with the view: the script building it,
// then the frame's style, layout and paint, and any wait for that frame (up to one 60 Hz interval).
// Only the drawing is timed, never the server. Each run loads the page afresh; the median is reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchHeadlessChromium } from '../playground/headlessChromium';
import type { FacilitatorView, SidebarState } from '../src/api/views';
import { median } from './measure';

export interface RenderTiming {
  /** Median from the answer arriving to the view painted. */
  medianMs: number;
  /** Median from the answer arriving to the view in the document (the script's part of medianMs). */
  builtMs: number;
  runs: number;
  /** Elements in the document once the view is drawn. */
  nodes: number;
}

/** Times the page records (performance.now()), set by the shim below. */
export interface Marks {
  /** Sends the page the facilitator's view, once it asked for it. */
  answer: (() => void) | null;
  answeredAt: number;
  builtAt: number;
  paintedAt: number;
}

/**
 * Answers every server call at once: the view for getSidebarState (as text, parsed when it arrives, as
 * google.script.run does), and for the rest an empty success. Records when the answer arrived, when the
 * facilitator's view was in the document, and when the next frame after it was painted.
 */
function shim(view: SidebarState): string {
  return `(() => {
    const answer = ${JSON.stringify(JSON.stringify(view)).replace(/</g, '\\u003c')};
    window.__render = { answer: null, answeredAt: 0, builtAt: 0, paintedAt: 0 };
    const painted = new MessageChannel();
    painted.port1.onmessage = () => { window.__render.paintedAt = performance.now(); };
    const observer = new MutationObserver(() => {
      if (window.__render.builtAt === 0 && document.querySelector('[data-testid="facilitator-view"]')) {
        window.__render.builtAt = performance.now();
        // The frame's style, layout and paint run after its animation-frame callbacks, in the same task;
        // a message posted from one arrives once that frame is painted.
        requestAnimationFrame(() => painted.port2.postMessage(0));
      }
    });
    document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
    const runner = (success, failure) => new Proxy({}, {
      get(_t, name) {
        if (name === 'withSuccessHandler') return (h) => runner(h, failure);
        if (name === 'withFailureHandler') return (h) => runner(success, h);
        if (name !== 'getSidebarState') return () => setTimeout(() => success && success(null), 0);
        return () => {
          window.__render.answer = () => {
            window.__render.answeredAt = performance.now();
            success(JSON.parse(answer));
          };
        };
      },
    });
    window.google = { script: { run: runner(null, null), host: { close() {} } } };
  })();`;
}

/**
 * The built sidebar with the shim before its script: it asks for its state on loading, and
 * `window.__render.answer()` (set once it asked) gives it `view`.
 */
export function sidebarAnswering(distDir: string, view: SidebarState): string {
  const html = readFileSync(join(distDir, 'Sidebar.html'), 'utf8');
  const firstScript = html.search(/<script\b/i);
  return `${html.slice(0, firstScript)}<script>${shim(view)}</script>${html.slice(firstScript)}`;
}

export async function timeSidebarRender(distDir: string, view: FacilitatorView, runs = 15): Promise<RenderTiming> {
  const page = sidebarAnswering(distDir, view);
  const browser = await launchHeadlessChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 300, height: 900 } });
    const tab = await context.newPage();
    const times: number[] = [];
    const built: number[] = [];
    let nodes = 0;
    // The first load warms Chromium's caches; it is not counted.
    for (let i = 0; i <= runs; i++) {
      await tab.setContent(page, { waitUntil: 'load' });
      // As in Sheets, the answer comes to a page already on screen ("Loading the session…"), not to one
      // still setting up its first frame.
      await tab.waitForFunction(() => (window as unknown as { __render: Marks }).__render.answer !== null);
      await tab.evaluate(() => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 50))));
      await tab.evaluate(() => {
        setTimeout(() => (window as unknown as { __render: Marks }).__render.answer!(), 0);
      });
      await tab.waitForFunction(() => (window as unknown as { __render: Marks }).__render.paintedAt > 0, undefined, {
        timeout: 15_000,
      });
      const timing = await tab.evaluate(() => {
        const r = (window as unknown as { __render: Marks }).__render;
        return { ms: r.paintedAt - r.answeredAt, builtMs: r.builtAt - r.answeredAt, nodes: document.getElementsByTagName('*').length };
      });
      if (i > 0) {
        times.push(timing.ms);
        built.push(timing.builtMs);
      }
      nodes = timing.nodes;
    }
    return { medianMs: median(times), builtMs: median(built), runs, nodes };
  } finally {
    await browser.close();
  }
}
