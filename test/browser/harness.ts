/** Shared pieces of the browser tests: one Chromium per file, pages that record every request. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { NO_SERVICE_WORKER, launchChromium, waitForMapDrawn } from '../chromium';

export { idleAfter, waitForMapDrawn } from '../chromium';

export const baseUrl = inject('baseUrl');
export const chromiumPath = inject('chromium');
export const SCREENSHOTS = 'test-results/screenshots';

export interface Harness {
  browser: Browser;
  /** Context options of each page: service workers blocked unless the suite allows them. */
  pageOptions: Pick<BrowserContextOptions, 'serviceWorkers'>;
  close(): Promise<void>;
}

/**
 * Pages block service workers by default: a worker would answer requests from its cache (page.route
 * would not see them) and precache the whole app after the first frame, on every page. Only the
 * offline test allows them.
 */
export async function launch(options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<Harness> {
  if (!chromiumPath) throw new Error('no Chromium');
  const browser = await launchChromium(chromiumPath);
  const pageOptions = options.serviceWorkers === 'allow' ? { serviceWorkers: 'allow' as const } : NO_SERVICE_WORKER;
  return { browser, pageOptions, close: () => browser.close() };
}

export interface AppPage {
  page: Page;
  /** Every URL the page asked for, so a test can assert nothing left the origin. */
  requests: string[];
  /** URLs of font files fetched by script (MapLibre's font-faces), not by CSS. */
  scriptFonts: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
}

export async function openApp(
  h: Harness,
  path = '/',
  viewport = { width: 1280, height: 800 },
  /** Runs before navigation, e.g. to route requests. */
  prepare?: (page: Page) => Promise<unknown>,
): Promise<AppPage> {
  const page = await h.browser.newPage({ ...h.pageOptions, viewport });
  await prepare?.(page);
  const requests: string[] = [];
  const scriptFonts: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    requests.push(r.url());
    if (r.resourceType() === 'fetch' && /\.woff2?$/.test(r.url())) scriptFonts.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${baseUrl}${path}`);
  return { page, requests, scriptFonts, errors };
}

export async function screenshot(page: Page, name: string): Promise<PNG> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const buffer = await page.screenshot();
  writeFileSync(join(SCREENSHOTS, `${name}.png`), buffer);
  return PNG.sync.read(buffer);
}

export function hex(color: string): [number, number, number] {
  const n = parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Share of pixels (0-1) within `tolerance` of a colour, optionally inside a box. */
export function colourShare(png: PNG, color: string, tolerance = 6, box?: { x: number; y: number; w: number; h: number }): number {
  const [r, g, b] = hex(color);
  const x0 = box?.x ?? 0, y0 = box?.y ?? 0, x1 = x0 + (box?.w ?? png.width), y1 = y0 + (box?.h ?? png.height);
  let hits = 0, total = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      total++;
      const near = (k: number, c: number) => Math.abs((png.data[i + k] ?? 0) - c) <= tolerance;
      if (near(0, r) && near(1, g) && near(2, b)) hits++;
    }
  }
  return hits / total;
}

/** Requests that went anywhere but the app's origin (data: and blob: URLs stay in the page). */
export function foreignRequests(requests: string[]): string[] {
  return requests.filter((u) => !u.startsWith(baseUrl) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** Share (0-1) of pixels that differ by more than `tolerance` in any channel between two screenshots, optionally inside a box. */
export function diffShare(a: PNG, b: PNG, tolerance = 8, box?: { x: number; y: number; w: number; h: number }): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  const x0 = box?.x ?? 0, y0 = box?.y ?? 0, x1 = x0 + (box?.w ?? a.width), y1 = y0 + (box?.h ?? a.height);
  let diff = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * a.width + x) * 4;
      if (Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)) > tolerance || Math.abs((a.data[i + 1] ?? 0) - (b.data[i + 1] ?? 0)) > tolerance ||
          Math.abs((a.data[i + 2] ?? 0) - (b.data[i + 2] ?? 0)) > tolerance) diff++;
    }
  }
  return diff / ((x1 - x0) * (y1 - y0));
}

/** Reads the camera the map settled on (written on each idle frame), as zoom/lat/lon. */
export function drawnCamera(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector<HTMLElement>('.map')?.dataset.camera);
}

/** The centre of the map element, in page pixels (where a URL's camera puts its centre). */
export async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * One Chromium for a test file, pages opened through `open` (waiting for the map to be drawn),
 * service workers blocked unless `serviceWorkers: 'allow'`, and after each test: no request left
 * the app's origin, no console error (unless a file tests errors on purpose), pages closed.
 */
export function appSuite(options: { checkErrors: boolean; serviceWorkers?: 'allow' | 'block' } = { checkErrors: true }) {
  let h: Harness | undefined;
  const opened: AppPage[] = [];
  beforeAll(async () => { h = await launch({ serviceWorkers: options.serviceWorkers ?? 'block' }); });
  afterAll(async () => { await h?.close(); });
  afterEach(async () => {
    for (const app of opened.splice(0)) {
      expect(foreignRequests(app.requests)).toEqual([]);
      if (options.checkErrors) expect(app.errors).toEqual([]);
      await app.page.close();
    }
  });
  return {
    /** Opens a page without waiting for the map (for pages that are meant to fail). */
    openRaw: async (...args: Parameters<typeof openApp> extends [Harness, ...infer R] ? R : never): Promise<AppPage> => {
      if (!h) throw new Error('Chromium did not start');
      const app = await openApp(h, ...args);
      opened.push(app);
      return app;
    },
    open: async (...args: Parameters<typeof openApp> extends [Harness, ...infer R] ? R : never): Promise<AppPage> => {
      if (!h) throw new Error('Chromium did not start');
      const app = await openApp(h, ...args);
      opened.push(app);
      await waitForMapDrawn(app.page);
      return app;
    },
  };
}
