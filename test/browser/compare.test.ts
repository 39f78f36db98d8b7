/**
 * The comparison in Chromium: built through the UI (panel, neighbours across the border, search),
 * values in the table as in the data file, the places outlined and numbered on the map, reopened
 * from the URL, and exported as CSV.
 */
import { readFileSync } from 'node:fs';
import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lightTheme } from '../../src/theme/theme';
import { indicatorsFileSchema } from '../../src/model/schemas';
import { appSuite, chromiumPath, colourShare, idleAfter, screenshot } from './harness';

const file = indicatorsFileSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
/** A figure as the data file holds it. */
function figure(indicator: string, period: string, region: string): number | undefined {
  const i = file.indicators.findIndex((m) => m.id === indicator);
  return file.values.find((v) => v[0] === region && v[1] === i && v[2] === period)?.[3];
}

const cell = (page: Page, indicator: string, place: string) =>
  page.getByRole('region', { name: /Vergelijking/ }).locator(`tr[data-indicator="${indicator}"] td[data-place="${place}"]`);

describe.skipIf(!chromiumPath)('the comparison in Chromium', () => {
  const { open } = appSuite();

  it('builds a comparison of Twente and its neighbours across the border, and a link reopens it', async () => {
    const { page } = await open('/?region=NL213&map=8.00/52.2917/6.7799');
    const panel = page.getByRole('complementary', { name: 'Geselecteerde regio' });
    await panel.getByRole('button', { name: 'Twente toevoegen aan de vergelijking' }).click();
    await panel.getByRole('button', { name: 'Buren over de grens toevoegen' }).click();
    const compare = page.getByRole('region', { name: /Vergelijking/ });
    const chips = compare.getByRole('list', { name: 'Vergeleken plaatsen' }).getByRole('listitem');
    await expect.poll(() => chips.allInnerTexts()).toEqual([
      expect.stringContaining('Twente'), expect.stringContaining('Grafschaft Bentheim'), expect.stringContaining('Borken'),
    ]);
    expect(new URL(page.url()).searchParams.get('cmp')).toBe('NL213,DE94B,DEA34');

    // The value in the table is the one in the data file, for the year all three share.
    const twente = cell(page, 'gdp_eur_per_inhabitant', 'NL213');
    await expect.poll(() => twente.getAttribute('data-value')).toBe(String(figure('gdp_eur_per_inhabitant', '2021', 'NL213')));
    expect(await twente.innerText()).toMatch(/2021/);
    // The HDI of a Kreis is its Land's, and says so.
    expect(await cell(page, 'hdi', 'DE94B').innerText()).toContain('Niedersachsen (NUTS 1)');
    // A cell without a figure says why.
    expect(await cell(page, 'happiness_pct', 'DEA34').innerText()).toMatch(/Geen cijfer/);

    // Outlined and numbered on the map, in the compare ink.
    await idleAfter(page, () => compare.getByRole('button', { name: 'Inklappen' }).click());
    const shot = await screenshot(page, '70-compare-map');
    expect(colourShare(shot, lightTheme.compare.ink, 30)).toBeGreaterThan(0.0005);
    await compare.getByRole('button', { name: /Vergelijking openen/ }).click();

    // Reordered: Borken first; the URL follows.
    await compare.getByRole('button', { name: 'Borken naar links' }).click();
    await compare.getByRole('button', { name: 'Borken naar links' }).click();
    expect(new URL(page.url()).searchParams.get('cmp')).toBe('DEA34,NL213,DE94B');
    await screenshot(page, '71-compare-table');

    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('grensatlas:map-drawn').length > 0, null, { timeout: 30_000 });
    await expect.poll(() => chips.allInnerTexts()).toEqual([
      expect.stringContaining('Borken'), expect.stringContaining('Twente'), expect.stringContaining('Grafschaft Bentheim'),
    ]);
    await expect.poll(() => cell(page, 'gdp_eur_per_inhabitant', 'DEA34').getAttribute('data-value'))
      .toBe(String(figure('gdp_eur_per_inhabitant', '2021', 'DEA34')));
  });

  it('adds from search and compares an area, with its aggregate and method', async () => {
    const { page } = await open('/?cmp=NL213,a:euregio&map=7.00/52.2/6.9');
    const search = page.getByRole('combobox', { name: 'Zoek een regio' });
    await search.fill('Kleve');
    await search.press('Shift+Enter');
    const compare = page.getByRole('region', { name: /Vergelijking/ });
    await expect.poll(() => new URL(page.url()).searchParams.get('cmp')).toBe('NL213,a:euregio,DEA1B');
    const population = cell(page, 'population', 'a:euregio');
    await expect.poll(() => population.getAttribute('data-kind')).toBe('aggregate');
    expect(await population.innerText()).toMatch(/som van 9 van 13 leden; 4 gedeeltelijke leden weggelaten/);
    // No honest aggregate of GDP per inhabitant without its components: the members' range instead.
    const gdp = cell(page, 'gdp_eur_per_inhabitant', 'a:euregio');
    expect(await gdp.getAttribute('data-kind')).toBe('range');
    expect(await gdp.innerText()).toMatch(/Geen totaal: de onderdelen \(.+\) staan voor dit jaar niet in de gegevens\. spreiding van 13 leden/);
    expect(await compare.getByRole('heading', { name: 'Vergelijking (3 van 6)' }).count()).toBe(1);
    await screenshot(page, '72-compare-area');
  });

  it('exports the table as CSV with a BOM, semicolons and decimal commas', async () => {
    const { page } = await open('/?cmp=NL213,DE94B,DEA34&map=7.00/52.2/6.9');
    const compare = page.getByRole('region', { name: /Vergelijking/ });
    await expect.poll(() => cell(page, 'gdp_eur_per_inhabitant', 'NL213').getAttribute('data-kind')).toBe('figure');
    await compare.getByRole('combobox', { name: 'Opmaak van de CSV' }).selectOption('semicolon');
    const download = page.waitForEvent('download');
    await compare.getByRole('button', { name: 'CSV exporteren' }).click();
    const path = await (await download).path();
    const text = readFileSync(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = dsvFormat(';').parseRows(text.slice(1).trimEnd());
    expect(rows[0]?.slice(0, 4)).toEqual(['thema', 'indicator', 'eenheid', 'Twente: waarde']);
    const gdpName = file.indicators.find((m) => m.id === 'gdp_eur_per_inhabitant')?.names.nl;
    const gdp = rows.find((r) => r[1] === gdpName);
    expect(gdp?.[3]).toBe(String(figure('gdp_eur_per_inhabitant', '2021', 'NL213')).replace('.', ','));
    expect(gdp?.[4]).toBe('2021');
    expect(gdp?.[6]).toMatch(/nama_10r_3gdp/);
    // One line per indicator in the table.
    expect(rows.length - 1).toBe(await compare.locator('tbody tr[data-indicator]').count());

    // The charts as one sheet, with title, legend and source line; and as a PNG.
    const svgDownload = page.waitForEvent('download');
    await compare.getByRole('button', { name: 'Grafieken als SVG' }).click();
    const svg = readFileSync(await (await svgDownload).path(), 'utf8');
    expect(svg).toContain('Vergelijking: 1 Twente · 2 Grafschaft Bentheim · 3 Borken');
    expect(svg).toContain('landgemiddelden');
    expect(svg).toContain('nama_10r_3gdp');
    expect(svg).toContain('© EuroGeographics for the administrative boundaries');
    const pngDownload = page.waitForEvent('download');
    await compare.getByRole('button', { name: 'Grafieken als PNG' }).click();
    const png = readFileSync(await (await pngDownload).path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('shares the bottom of the stage with the border profile', async () => {
    const { page } = await open('/?cmp=NL213,DE94B,DEA34&prof=gdp_eur_per_inhabitant&stretch=euregio&map=7.00/52.2/6.9');
    const compare = page.getByRole('region', { name: /Vergelijking/ });
    await expect.poll(() => cell(page, 'gdp_eur_per_inhabitant', 'NL213').getAttribute('data-kind')).toBe('figure');
    const profile = page.locator('.profile-panel');
    await profile.waitFor();
    const a = await compare.boundingBox();
    const b = await profile.boundingBox();
    // Stacked, not overlapping, and both within the page.
    await screenshot(page, '73-compare-and-profile');
    expect(a && b && (b.y + b.height <= a.y + 1 || a.y + a.height <= b.y + 1)).toBe(true);
    expect((a?.height ?? 0) > 80 && (b?.height ?? 0) > 80).toBe(true);
  });
});
