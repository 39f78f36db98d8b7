/**
 * Offline after the first visit, in Chromium with service workers allowed (the only file that
 * allows them): the first visit saves every file of dist/ in the worker's precache; then, with
 * the context offline and every request that still reaches the network refused, a reload draws
 * the map in its colours, says it runs from the saved copy, and the panels work. Back online, a
 * new version is offered and applied only when the user says so.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { appSuite, chromiumPath, colourShare, screenshot, waitForMapDrawn } from './harness';

// HDI 2021 at NUTS 2 (per Land in Germany), the NL-DE border with its bands.
const VIEW = '/?level=2&ind=hdi&year=2021&border=line,0,1,2';

function distFiles(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path) : [`/${relative('dist', path).split(sep).join('/')}`];
  });
}

/** Pathnames in the Workbox precache (its keys carry a ?__WB_REVISION__ for files without a hash in their name). */
function precached(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.includes('precache'));
    if (name === undefined) return [];
    const keys = await (await caches.open(name)).keys();
    return keys.map((r) => new URL(r.url).pathname);
  });
}

/** The legend's class colours as #rrggbb. */
function legendColours(page: Page): Promise<string[]> {
  return page.locator('.legend-classes li rect').evaluateAll((rects) => rects.map((r) => {
    const fill = r.getAttribute('fill') ?? '';
    const rgb = /rgb\((\d+), (\d+), (\d+)\)/.exec(fill);
    return rgb ? `#${rgb.slice(1).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}` : fill.toLowerCase();
  }));
}

describe.skipIf(!chromiumPath)('offline after the first visit', () => {
  const { open } = appSuite({ checkErrors: true, serviceWorkers: 'allow' });

  // Two page loads, the first visit's precache and an update on SwiftShader with 2 cores: more than the default minute.
  it('saves the app on the first visit, then draws the map and runs its panels with no network', { timeout: 150_000 }, async () => {
    const { page } = await open(VIEW);
    // First visit: the worker registers after the first frame, precaches everything, then takes the page (clientsClaim).
    const first = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => { navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }); });
      }
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return { drawn: at('grensatlas:map-drawn'), registered: at('grensatlas:sw-register'), controlled: performance.now() };
    });
    const status = page.getByRole('region', { name: 'Status van de app' }).getByRole('status');
    await expect.poll(() => status.allInnerTexts()).toEqual([expect.stringContaining('werkt nu ook zonder internet')]);
    const files = distFiles().filter((f) => f !== '/sw.js' && !/^\/workbox-[\w-]+\.js$/.test(f));
    const cached = await precached(page);
    expect(files.filter((f) => !cached.includes(f))).toEqual([]);
    const bytes = files.reduce((sum, f) => sum + statSync(join('dist', f)).size, 0);
    console.info(`precache: ${cached.length} files, ${(bytes / 1e6).toFixed(2)} MB; first frame at ${first.drawn.toFixed(0)} ms, `
      + `registered at ${first.registered.toFixed(0)} ms, controlling after ${(first.controlled - first.registered).toFixed(0)} ms`);
    expect(first.registered).toBeGreaterThanOrEqual(first.drawn);
    await screenshot(page, '90a-offline-first-visit');
    // A story made online, to be presented offline.
    const stories = page.getByRole('region', { name: 'Verhalen' });
    await page.getByRole('button', { name: /Verhalen$/ }).click();
    await stories.getByRole('button', { name: 'Huidig beeld toevoegen als dia' }).click();
    await stories.getByRole('textbox', { name: 'Titel van dia 1' }).fill('Offline dia');
    const slideView = new URL(page.url()).search;

    // No network: the context is offline, and whatever still reaches the network is refused and noted.
    const context = page.context();
    const reachedNetwork: string[] = [];
    const failed: string[] = [];
    await context.route('**/*', (route) => {
      reachedNetwork.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await context.setOffline(true);
    context.on('requestfailed', (r) => {
      const error = r.failure()?.errorText ?? '';
      // net::ERR_ABORTED is a request the app itself cancelled (MapLibre drops the tiles of a view it flew past).
      if (error !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${error}`);
    });
    await page.reload();
    await waitForMapDrawn(page);
    // Every file of the first frame came from the saved copy: nothing reached the network, nothing failed.
    expect(reachedNetwork).toEqual([]);
    expect(failed).toEqual([]);
    await expect.poll(() => status.allInnerTexts()).toEqual([expect.stringContaining('Offline: Grensatlas werkt met de kopie')]);
    // The bands too (border.json and the band layers), before the picture is taken.
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.map')?.dataset.bands === '10,25,50', null, { timeout: 30_000 });
    const colours = await legendColours(page);
    expect(colours.length).toBeGreaterThan(2);
    const shot = await screenshot(page, '90b-offline-reload');
    const coloured = colours.reduce((sum, c) => sum + colourShare(shot, c, 4), 0);
    expect(coloured).toBeGreaterThan(0.15);

    // Panels: a region found by search, with its profile; the bands recomputed in the worker for another distance.
    const search = page.getByRole('combobox', { name: 'Zoek een regio' });
    await search.fill('Overijssel');
    await search.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Geselecteerde regio' });
    await expect.poll(() => panel.getByRole('heading').first().innerText()).toContain('Overijssel');
    await page.getByRole('button', { name: 'Lagen' }).click();
    await page.getByRole('region', { name: 'Lagen' }).getByRole('slider', { name: 'Buitenste afstand' }).fill('100');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.map')?.dataset.bands === '20,50,100', null, { timeout: 30_000 });
    await screenshot(page, '90c-offline-panels');

    // The story saved before (IndexedDB, under the app's origin) is there, and presents from the saved copy.
    await page.getByRole('button', { name: /Verhalen$/ }).click();
    expect(await stories.getByRole('textbox', { name: 'Titel van dia 1' }).inputValue()).toBe('Offline dia');
    await stories.getByRole('button', { name: 'Presenteren' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Presentatie' }).getByRole('heading').textContent()).toBe('Offline dia');
    expect(new URL(page.url()).search).toBe(slideView);
    await page.keyboard.press('Escape');

    expect(reachedNetwork).toEqual([]);
    expect(failed).toEqual([]);

    // Back online, a new version: offered, never applied on its own.
    await context.unrouteAll();
    await context.setOffline(false);
    await offersUpdate(page, status);
  });
});

/**
 * A new version: sw.js changes on the server (Playwright's routes do not see the browser's fetch of
 * a worker script, so the file itself is changed, and put back). It installs and waits; the page
 * says so and asks. "Later" leaves the page as it is; on the next load it asks again, and
 * "Reload now" reloads into the new version.
 */
async function offersUpdate(page: Page, status: Locator): Promise<void> {
  const file = 'dist/sw.js';
  const original = readFileSync(file, 'utf8');
  try {
    writeFileSync(file, `${original}\n// the next version\n`);
    await page.evaluate(async () => {
      (window as unknown as Record<string, unknown>).samePage = true;
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const update = status.filter({ hasText: 'nieuwe versie' });
    await update.waitFor();
    await screenshot(page, '90d-update-ready');
    await update.getByRole('button', { name: 'Later' }).click();
    await update.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).samePage)).toBe(true);

    await page.reload();
    await waitForMapDrawn(page);
    const reloaded = page.waitForEvent('load');
    await update.getByRole('button', { name: 'Nu herladen' }).click();
    // The page reloads once the new version controls it, and then has nothing waiting.
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).samePage)).toBeUndefined();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  } finally {
    writeFileSync(file, original);
  }
}
