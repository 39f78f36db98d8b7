/**
 * Chromium as the browser tests and the benchmark drive it: Debian's /usr/bin/chromium through
 * playwright-core, WebGL by SwiftShader, no background traffic. Free of vitest, so the bench uses it.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/**
 * Context options for every page the benches and browser tests open, unless a test is about the
 * service worker itself (test/browser/offline.test.ts): no service worker. One would answer
 * requests from its cache (page.route no longer sees them) and, after the first frame, precache
 * the whole app (4.7 MB) in the background, measured into whatever a bench times next.
 */
export const NO_SERVICE_WORKER = { serviceWorkers: 'block' } as const;

/** Playwright's launch() gives every browser a fresh temporary profile (user-data dir) of its own. */
export function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  return chromium.launch({ executablePath, args: FLAGS });
}

/** Waits for the app's own User Timing mark: the first idle frame with regions drawn. */
export async function waitForMapDrawn(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('grensatlas:map-drawn').length > 0, null, { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('grensatlas:map-drawn')[0]?.startTime ?? NaN);
}

function idleCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector<HTMLElement>('.map')?.dataset.idleCount ?? 0));
}

/** A hover (mousemove on the map canvas at x, y) to the next MapLibre idle frame, timed inside the page. */
export function hoverFrame(page: Page, x: number, y: number): Promise<number> {
  return page.evaluate(([cx, cy]) => new Promise<number>((resolve) => {
    const map = document.querySelector<HTMLElement>('.map');
    const canvas = map?.querySelector('canvas');
    if (!map || !canvas) throw new Error('no map canvas');
    const start = performance.now();
    new MutationObserver((_, obs) => { obs.disconnect(); resolve(performance.now() - start); })
      .observe(map, { attributes: true, attributeFilter: ['data-idle-count'] });
    canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: cx, clientY: cy, bubbles: true }));
  }), [x, y] as const);
}

/** Runs an action that changes the map, then waits for the next MapLibre idle frame after it. */
export async function idleAfter(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await idleCount(page);
  await action();
  await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('.map')?.dataset.idleCount ?? 0) > n, before, { timeout: 30_000 });
}
