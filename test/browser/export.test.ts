/**
 * The map exported as PNG in Chromium (SwiftShader): one page, exported at 1x, 2x and 4x through
 * the menu by the zoom buttons. The 2x file is twice the 1x sheet, its map shows the legend's
 * class colours, the map on screen is left as it was and no timing mark is emitted by an export.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { SCREENSHOTS, appSuite, chromiumPath, colourShare, screenshot } from './harness';

interface Exported {
  png: PNG;
  name: string;
  ms: number;
  status: string;
}

/** Picks a scale, clicks Download, waits for the file; the time is from the click to the file. */
async function exportAt(page: Page, scale: 1 | 2 | 4): Promise<Exported> {
  const menu = page.getByRole('group', { name: 'Kaart exporteren als PNG' });
  await menu.getByRole('radio', { name: `${String(scale)}×` }).check();
  const start = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    menu.getByRole('button', { name: 'Downloaden' }).click(),
  ]);
  const path = await download.path();
  const ms = Date.now() - start;
  const buffer = readFileSync(path);
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, `80-export-${String(scale)}x.png`), buffer);
  const status = menu.getByRole('status');
  await expect.poll(() => status.innerText()).toMatch(/Gedownload/);
  return { png: PNG.sync.read(buffer), name: download.suggestedFilename(), ms, status: await status.innerText() };
}

const marks = (page: Page) => page.evaluate(() => ['grensatlas:map-drawn', 'grensatlas:recoloured', 'grensatlas:colours-set']
  .map((n) => performance.getEntriesByName(n, 'mark').length));

describe.skipIf(!chromiumPath)('the map exported as PNG in Chromium', () => {
  const { open } = appSuite();

  it('exports GDP per inhabitant at 1x, 2x and 4x: sheet size, map colours, the view left alone', async () => {
    const { page } = await open('/?ind=gdp_eur_per_inhabitant&level=3&year=2021');
    const legend = page.getByRole('region', { name: 'Legenda' });
    await expect.poll(() => legend.locator('.legend-classes rect[fill^="#"]').count()).toBeGreaterThan(2);
    const colours = await legend.locator('.legend-classes rect[fill^="#"]').evaluateAll((els) => els.map((e) => e.getAttribute('fill') ?? ''));
    const mapBox = await page.getByTestId('map').boundingBox();
    if (!mapBox) throw new Error('no map');
    const canvasBefore = await page.evaluate(() => document.querySelector('.map canvas')?.getAttribute('width'));
    const marksBefore = await marks(page);

    await page.getByRole('button', { name: 'Exporteer kaart als PNG' }).click();
    await screenshot(page, '80-export-menu');
    const one = await exportAt(page, 1);
    const two = await exportAt(page, 2);
    const four = await exportAt(page, 4);
    console.log(`PNG export: 1x ${String(one.ms)} ms ${String(one.png.width)}×${String(one.png.height)}; `
      + `2x ${String(two.ms)} ms ${String(two.png.width)}×${String(two.png.height)}; `
      + `4x ${String(four.ms)} ms ${String(four.png.width)}×${String(four.png.height)} (${four.status})`);

    // Named for the indicator, year and scale; 2x is exactly twice the 1x sheet.
    expect(one.name).toBe('grensatlas-gdp_eur_per_inhabitant-2021-1x.png');
    expect(two.name).toBe('grensatlas-gdp_eur_per_inhabitant-2021-2x.png');
    expect(two.png.width).toBe(2 * one.png.width);
    expect(two.png.height).toBe(2 * one.png.height);
    // The sheet holds the map at its size on screen, plus a legend column.
    expect(one.png.width).toBeGreaterThan(mapBox.width + 200);
    // 4x, or the largest scale the hardware allows, as the status says.
    const reached = four.name.match(/-([\d.]+)x\.png$/)?.[1];
    expect(Number(reached)).toBeGreaterThan(2);
    expect(four.png.width).toBeCloseTo(Number(reached) * one.png.width, -1);

    // Not blank: the map area (below the title, 20 px in at 1x) shows the legend's class colours.
    const area = { x: 40, y: 200, w: Math.round(mapBox.width * 2) - 40, h: Math.round(mapBox.height * 2) - 200 };
    const shares = colours.map((c) => colourShare(two.png, c, 4, area));
    expect(shares.filter((s) => s > 0.005).length).toBeGreaterThan(2);
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.2);

    // The map on screen is as it was: same canvas size, drawn, and no timing mark from the exports.
    expect(await page.evaluate(() => document.querySelector('.map canvas')?.getAttribute('width'))).toBe(canvasBefore);
    expect(await marks(page)).toEqual(marksBefore);
    const shot = await screenshot(page, '81-export-done');
    expect(colours.map((c) => colourShare(shot, c, 4)).reduce((a, b) => a + b, 0)).toBeGreaterThan(0.1);
  });
});
