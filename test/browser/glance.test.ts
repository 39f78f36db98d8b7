/**
 * A map that reads at a glance: a bare visit opens coloured (GDP per inhabitant at NUTS 3), with
 * the border line, a one-line hint and a frame around the border regions; bands and partial
 * members of an area lie over a choropleth without changing the regions' colours.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { lightTheme } from '../../src/theme/theme';
import { buildChoropleth, regionColours } from '../../src/model/indicators/choropleth';
import { makeIndicatorTable } from '../../src/model/indicators/table';
import { makeRegionIndex } from '../../src/model/regionIndex';
import { indicatorsFileSchema, regionIndexSchema } from '../../src/model/schemas';
import { initialChoropleth } from '../../src/state/choropleth';
import { appSuite, chromiumPath, colourShare, idleAfter, screenshot } from './harness';

const data = (name: string): unknown => JSON.parse(readFileSync(`public/data/${name}`, 'utf8'));
const index = makeRegionIndex(regionIndexSchema.parse(data('regions.json')));
const table = makeIndicatorTable(indicatorsFileSchema.parse(data('indicators.json')));

/** The class colour of each NUTS 3 region for GDP per inhabitant in 2021, quantiles, 5 classes, by the app's own model. */
const GDP_2021 = (() => {
  const model = buildChoropleth(table, index, { ...initialChoropleth, indicator: 'gdp_eur_per_inhabitant', period: '2021' }, 3, null,
    lightTheme.choropleth);
  if (!model) throw new Error('no GDP choropleth');
  return regionColours(model);
})();

/** What the map shows: the camera it settled on and its rectangle in the page. */
async function mapView(page: Page) {
  return page.evaluate(() => {
    const m = document.querySelector<HTMLElement>('.map');
    const r = m?.getBoundingClientRect();
    const [zoom = NaN, lat = NaN, lon = NaN] = (m?.dataset.camera ?? '').split('/').map(Number);
    return { zoom, lat, lon, left: r?.left ?? 0, top: r?.top ?? 0, width: r?.width ?? 0, height: r?.height ?? 0 };
  });
}
type MapRect = Awaited<ReturnType<typeof mapView>>;

// Web Mercator with MapLibre's 512 px tiles: world x, y in pixels at the view's zoom.
const worldX = (v: MapRect, lon: number) => ((lon + 180) / 360) * 512 * 2 ** v.zoom;
const worldY = (v: MapRect, lat: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * 512 * 2 ** v.zoom;
const lonAt = (v: MapRect, x: number) => (x / (512 * 2 ** v.zoom)) * 360 - 180;
const latAt = (v: MapRect, y: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / (512 * 2 ** v.zoom))) ) * 180) / Math.PI;

/** Page pixel of a point. */
function toPage(v: MapRect, lon: number, lat: number): { x: number; y: number } {
  return { x: v.left + v.width / 2 + worldX(v, lon) - worldX(v, v.lon), y: v.top + v.height / 2 + worldY(v, lat) - worldY(v, v.lat) };
}

/** West, south, east, north of what the map shows. */
function viewBounds(v: MapRect): [number, number, number, number] {
  const cx = worldX(v, v.lon), cy = worldY(v, v.lat);
  return [lonAt(v, cx - v.width / 2), latAt(v, cy + v.height / 2), lonAt(v, cx + v.width / 2), latAt(v, cy - v.height / 2)];
}

/** The most frequent colour in a box of a screenshot, as #rrggbb, with its share of the box. */
function dominant(png: PNG, box: { x: number; y: number; w: number; h: number }): { colour: string; share: number } {
  const counts = new Map<number, number>();
  for (let y = Math.round(box.y); y < box.y + box.h; y++) {
    for (let x = Math.round(box.x); x < box.x + box.w; x++) {
      const i = (y * png.width + x) * 4;
      const key = ((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [key, n] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
  return { colour: `#${key.toString(16).padStart(6, '0')}`, share: n / (box.w * box.h) };
}

/** The colours of the legend's class swatches. */
const legendColours = (page: Page) =>
  page.locator('.legend-classes li > svg > rect').evaluateAll((rs) => rs.map((r) => r.getAttribute('fill') ?? ''));

describe.skipIf(!chromiumPath)('a map that reads at a glance', () => {
  const { open } = appSuite();

  it('opens a bare visit coloured at NUTS 3, with the border line, a hint and a frame around the border', async () => {
    const { page } = await open('/');
    // Rewritten once, in place, to the opening preset: an explicit link.
    expect(new URL(page.url()).search).toBe('?map=border&ind=gdp_eur_per_inhabitant');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.map')?.dataset.regions === 'BE3-DE3-LU3-NL3');
    const hint = page.getByRole('note');
    expect(await hint.textContent()).toContain('Brede welvaart over de grens: kies een indicator, een regio of een grensstrook.');
    expect(await hint.getByRole('button', { name: 'Uitleg sluiten' }).count()).toBe(1);
    const png = await screenshot(page, '80-glance-bare-visit');
    // Coloured: the legend's five classes cover much of the map right of the panels, the border line is drawn.
    const classes = await legendColours(page);
    expect(classes.length).toBe(6); // five classes and "no data"
    const onMap = { x: 360, y: 100, w: 920, h: 690 };
    expect(classes.slice(0, 5).reduce((sum, c) => sum + colourShare(png, c, 2, onMap), 0)).toBeGreaterThan(0.4);
    expect(colourShare(png, lightTheme.borderGlow, 40)).toBeGreaterThan(0.0003);
    // The frame: NL whole and clear of the panel column, and Germany only as far as its border regions need.
    const v = await mapView(page);
    const [west, south, east, north] = viewBounds(v);
    const nl = index.byId.get('NL')?.bbox ?? [NaN, NaN, NaN, NaN];
    expect(west).toBeLessThan(nl[0]);
    expect(south).toBeLessThan(nl[1]);
    expect(north).toBeGreaterThan(nl[3]);
    expect(east).toBeLessThan(10.5);
    const panel = await page.locator('.indicator-panel').boundingBox();
    expect(toPage(v, nl[0], 52).x).toBeGreaterThan((panel?.x ?? 0) + (panel?.width ?? 0));
    expect(toPage(v, nl[2], 52).x).toBeLessThan(v.left + v.width);

    // The hint goes once the user acts; the opening entry was replaced, so Back leaves the app.
    await idleAfter(page, () => page.getByRole('radio', { name: /Provincies/ }).check());
    await hint.waitFor({ state: 'detached' });
    expect(new URL(page.url()).search).toBe('?level=2&map=border&ind=gdp_eur_per_inhabitant');
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('level') === null);
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });

  it('draws bands and partial members over a choropleth without changing the regions\' colours', async () => {
    // Twente at the centre: it, Borken and Grafschaft Bentheim, and the Achterhoek and Emsland
    // (partial members of EUREGIO, hatched) lie inside the bands.
    const { page } = await open('/?map=8.00/52.2917/6.7799&border=line,0,1,2&areas=euregio&ind=gdp_eur_per_inhabitant&year=2021');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.map')?.dataset.bands === '10,25,50', null, { timeout: 30_000 });
    // The area's outline is drawn (its data load after the first frame).
    await expect.poll(async () => colourShare(await screenshot(page, '81-glance-bands-over-gdp'), lightTheme.areaKinds.euregio.color, 20), {
      timeout: 20_000,
    }).toBeGreaterThan(0.002);
    const png = await screenshot(page, '81-glance-bands-over-gdp');
    const v = await mapView(page);
    const legend = await legendColours(page);
    // The bands are drawn: their hatching and outlines show (thin lines: a small share of the picture).
    expect(colourShare(png, lightTheme.bands.color, 30)).toBeGreaterThan(0.003);
    for (const id of ['NL213', 'DEA34', 'DE94B', 'NL225', 'DE949']) {
      const label = index.byId.get(id)?.labelPoint ?? [NaN, NaN];
      const p = toPage(v, label[0], label[1]);
      // A box below the name, inside the region, away from its outline.
      const { colour, share } = dominant(png, { x: p.x - 40, y: p.y + 14, w: 80, h: 40 });
      const expected = GDP_2021.get(id);
      expect(legend).toContain(expected);
      expect({ id, colour }).toEqual({ id, colour: expected });
      expect(share).toBeGreaterThan(0.25); // the mode, not noise: lines, hatching and names cover the rest
    }
  });
});
