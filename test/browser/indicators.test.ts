/**
 * Indicators in Chromium: choosing one recolours a known region, the legend states source and
 * year, and the choice comes back from the URL; a gap is drawn as "no data".
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lightTheme } from '../../src/theme/theme';
import { appSuite, chromiumPath, colourShare, diffShare, mapCentre, screenshot } from './harness';

// Overijssel's centre at the middle of the map, at NUTS 2.
const OVERIJSSEL = 'level=2&map=8.00/52.4400/6.4500';

/** Waits for a recolour after `before` marks, drawn with the given regions (a level, or a mix per country). */
async function recoloured(page: Page, before: number, regions: string): Promise<void> {
  await page.waitForFunction(
    ([n, key]) => performance.getEntriesByName('grensatlas:recoloured').length > n
      && document.querySelector<HTMLElement>('.map')?.dataset.regions === key,
    [before, regions] as const,
    { timeout: 20_000 },
  );
}

const marks = (page: Page) => page.evaluate(() => performance.getEntriesByName('grensatlas:recoloured').length);

/** The legend's colour for a value: parses the class rows ("onder 0,917", "vanaf 0,93") and their swatches. */
async function legendColourFor(page: Page, value: number): Promise<string> {
  const rows = await page.locator('.legend-classes li').evaluateAll((lis) =>
    lis.map((li) => ({ text: li.textContent, fill: li.querySelector('rect')?.getAttribute('fill') ?? '' })),
  );
  const classes = rows.filter((r) => !r.fill.startsWith('url(')); // the last row is "no data"
  const lower = classes.map((r) => Number(/vanaf ([\d.,-]+)/.exec(r.text)?.[1]?.replace(',', '.') ?? '-Infinity'));
  let i = 0;
  while (i + 1 < lower.length && value >= (lower[i + 1] ?? Infinity)) i++;
  const fill = classes[i]?.fill ?? '';
  const rgb = /rgb\((\d+), (\d+), (\d+)\)/.exec(fill);
  return rgb ? `#${rgb.slice(1).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}` : fill.toLowerCase();
}

/** The colour of the pixels around the map centre (the most common one in a small box). */
async function centreColour(page: Page, name: string): Promise<string> {
  const png = await screenshot(page, name);
  const c = await mapCentre(page);
  const counts = new Map<string, number>();
  for (let y = Math.round(c.y) + 20; y < Math.round(c.y) + 40; y++) {
    for (let x = Math.round(c.x) - 30; x < Math.round(c.x) - 10; x++) {
      const i = (y * png.width + x) * 4;
      const hex = `#${[png.data[i], png.data[i + 1], png.data[i + 2]].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
      counts.set(hex, (counts.get(hex) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

describe.skipIf(!chromiumPath)('indicators in Chromium', () => {
  const { open } = appSuite();

  it('recolours Overijssel when an indicator is chosen, and says source and year', async () => {
    const { page } = await open(`/?${OVERIJSSEL}`);
    const before = await centreColour(page, '30a-no-indicator');
    expect(before).toBe(lightTheme.regionFill.NL);
    await page.getByRole('button', { name: 'Kaartkleur' }).click();
    const select = page.getByRole('combobox', { name: 'Indicator' });
    await select.selectOption('hdi');
    // The app marks the first frame drawn after a recolour; HDI is drawn per Land in Germany.
    await recoloured(page, 0, 'BE2-DE1-LU2-NL2');
    const after = await centreColour(page, '30b-hdi-2021');
    // Overijssel's HDI 2021 is 0.927 (the facts): it must carry the colour of its class in the legend.
    expect(after).toBe(await legendColourFor(page, 0.927));
    const legend = page.getByRole('region', { name: 'Legenda' });
    const text = await legend.textContent();
    expect(text).toContain('2021');
    expect(text).toContain('Global Data Lab');
    expect(text).toContain('geen gegevens');
    expect(new URL(page.url()).searchParams.get('ind')).toBe('hdi');

    // Another year: the same region gets the class of its 2018 figure.
    const before2021 = await screenshot(page, '30c-before-2018');
    const n = await marks(page);
    await page.getByRole('combobox', { name: 'Jaar' }).selectOption('2018');
    // 2018 has no German figures: Germany falls back to the chosen level, drawn as no data.
    await recoloured(page, n, 'BE2-DE2-LU2-NL2');
    const in2018 = await screenshot(page, '30d-hdi-2018');
    expect(diffShare(before2021, in2018)).toBeGreaterThan(0.05);
    expect(await legend.textContent()).toContain('2018');
  });

  it('restores the indicator, year and classes from the URL and draws gaps as no data', async () => {
    const { page } = await open('/?level=2&ind=hdi&year=2021&cls=equal&k=4');
    const legend = page.getByRole('region', { name: 'Legenda' });
    await legend.waitFor();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.map')?.dataset.regions === 'BE2-DE1-LU2-NL2', null, { timeout: 20_000 });
    expect(await legend.getByRole('listitem').count()).toBe(5); // 4 classes + no data
    expect(await legend.textContent()).toContain('Duitsland NUTS 1');
    const png = await screenshot(page, '31-hdi-equal-4');
    // Namur (BE35) has no 2021 figure: its hatch grey is on the map.
    expect(colourShare(png, lightTheme.noData, 6)).toBeGreaterThan(0.001);
    expect(colourShare(png, lightTheme.regionFill.NL ?? '', 2)).toBe(0); // no country tint left
  });

  it('lists a region\'s figures with source and year, and colours the map from the profile', async () => {
    const { page } = await open('/?region=NL213');
    const panel = page.getByRole('complementary', { name: 'Geselecteerde regio' });
    const show = panel.getByRole('button', { name: 'Kleur de kaart naar bbp per inwoner (euro)' });
    await show.waitFor();
    const item = panel.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Kleur de kaart naar bbp per inwoner (euro)' }) });
    const text = await item.textContent();
    expect(text).toContain('2021');
    expect(text).toContain('Eurostat');
    expect(text).toMatch(/van 40 met cijfers in Nederland/);
    const n = await marks(page);
    await show.click();
    await recoloured(page, n, 'BE3-DE3-LU3-NL3');
    expect(new URL(page.url()).searchParams.get('ind')).toBe('gdp_eur_per_inhabitant');
    expect(new URL(page.url()).searchParams.get('year')).toBe('2021');
    await screenshot(page, '32-profile-to-map');
  });

  it('compares with the average of the cooperation area in view', async () => {
    const { page } = await open('/?level=2&ind=hdi&year=2021&ref=area&areas=euregio_maas_rijn');
    const legend = page.getByRole('region', { name: 'Legenda' });
    await page.waitForFunction(() => (document.querySelector('.legend')?.textContent ?? '').includes('Euregio Maas-Rijn'), null, { timeout: 20_000 });
    expect(await legend.textContent()).toContain('Verschil met het gemiddelde van het samenwerkingsgebied');
    await screenshot(page, '33-reference-area');
  });

  it('reports an indicator the data does not have and keeps the rest of the link', async () => {
    const { page } = await open('/?ind=nonsense&level=2');
    await page.getByText('nonsense').first().waitFor();
    await page.waitForFunction(() => !location.search.includes('ind='));
    expect(new URL(page.url()).searchParams.get('level')).toBe('2');
  });
});
