/**
 * The border profile in Chromium: opened from a cooperation area's panel, dots on both sides of
 * the border, hover and click reach the map and the selection, the URL brings it back, the
 * dots are keyboard-reachable, and the chart exports as SVG and PNG with its title and source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSuite, chromiumPath, screenshot, SCREENSHOTS, waitForMapDrawn } from './harness';

const dots = (page: Page) => page.locator('.profile-chart circle[data-region]');

/** Each dot's region and signed distance, as the chart writes them. */
function readDots(page: Page): Promise<{ region: string; distance: number }[]> {
  return dots(page).evaluateAll((cs) => cs.map((c) => ({
    region: c.getAttribute('data-region') ?? '', distance: Number(c.getAttribute('data-distance')),
  })));
}

describe.skipIf(!chromiumPath)('border profile in Chromium', () => {
  const { open } = appSuite();

  it('opens for EUREGIO from the area panel, hovers and selects a region, and comes back from the URL', async () => {
    const { page } = await open('/?area=euregio');
    const areaPanel = page.getByRole('complementary', { name: 'Geselecteerd samenwerkingsgebied' });
    await areaPanel.getByRole('button', { name: 'Grensprofiel van dit gebied' }).click();
    const panel = page.getByRole('region', { name: 'Grensprofiel' });
    await dots(page).first().waitFor();
    const url = new URL(page.url()).searchParams;
    expect([url.get('prof'), url.get('stretch')]).toEqual(['gdp_eur_per_inhabitant', 'euregio']);

    // All 13 members: Dutch ones left of the border (negative), German ones right of it.
    const placed = await readDots(page);
    expect(placed).toHaveLength(13);
    expect(placed.filter((d) => d.distance < 0).map((d) => d.region).sort()).toEqual(['NL132', 'NL211', 'NL213', 'NL225']);
    expect(placed.filter((d) => d.distance > 0).every((d) => d.region.startsWith('DE'))).toBe(true);
    expect(await panel.locator('.profile-step').textContent()).toMatch(/^Sprong aan de grens: \+4.333 euro per inwoner.*buitenland \(n = 3\).*regio’s \(n = 3\)/);
    const chart = page.getByRole('group', { name: /bbp per inwoner \(euro\), 2021 — EUREGIO/ });
    expect(await chart.count()).toBe(1);
    await screenshot(page, '60a-profile-euregio');

    // Hovering a dot outlines its region on the map, and the map's tooltip names it.
    await page.locator('.profile-chart circle[data-region="NL213"]').hover();
    const tooltip = page.locator('.map-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain('Twente');
    expect(await panel.locator('.chart-hover').textContent()).toContain('Twente');
    await screenshot(page, '60b-profile-hover-twente');

    // Clicking selects it.
    await page.locator('.profile-chart circle[data-region="NL213"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('NL213');
    expect(await page.getByRole('complementary', { name: 'Geselecteerde regio' }).getByRole('heading', { level: 2 }).textContent()).toBe('Twente');

    // The URL brings the profile back.
    await page.reload();
    await waitForMapDrawn(page);
    await dots(page).first().waitFor();
    expect(await readDots(page)).toEqual(placed);
    expect(await page.locator('.profile-chart circle[data-region="NL213"]').getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, '60c-profile-reloaded');
  });

  it('walks the dots with the arrow keys and selects with Enter', async () => {
    const { page } = await open('/?prof=gdp_eur_per_inhabitant&stretch=euregio');
    await dots(page).first().waitFor();
    const first = dots(page).first();
    await first.focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-region'));
    const start = await focused();
    await page.keyboard.press('ArrowRight');
    const next = await focused();
    expect(next).not.toBe(start);
    expect(next).toBe(await dots(page).nth(1).getAttribute('data-region'));
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe(next);
    // One tab stop for all the dots.
    expect(await page.locator('.profile-chart circle[tabindex="0"]').count()).toBe(1);
  });

  it('exports the chart as SVG and PNG, with title, legend and source line', async () => {
    const { page } = await open('/?prof=gdp_eur_per_inhabitant&stretch=euregio&pyear=2021');
    await dots(page).first().waitFor();
    const svgDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'SVG downloaden' }).click();
    const svg = await svgDownload;
    expect(svg.suggestedFilename()).toMatch(/^bbp-per-inwoner-euro-2021-euregio\.svg$/);
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text).toContain('<svg');
    expect(text).toContain('bbp per inwoner (euro), 2021 — EUREGIO');
    expect(text).toContain('Bron: Eurostat');
    expect(text).toContain('afstanden: Grensatlas, uit grenzen van EuroGeographics');
    expect(text).toContain('Nederland (NUTS 3): gemiddelde');
    expect((text.match(/<circle[^>]*data-region/g) ?? []).length).toBe(13);

    const pngDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PNG downloaden' }).click();
    const png = readFileSync(await (await pngDownload).path());
    writeFileSync(join(SCREENSHOTS, '61-profile-export.png'), png); // to look at
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    // At twice the chart's size: 1960 px wide.
    expect(png.readUInt32BE(16)).toBe(1960);
  });

  it('drops an unknown stretch with a notice and shows the whole NL–DE border', async () => {
    const { page } = await open('/?prof=hdi&stretch=nowhere');
    await page.getByText('Het grensstuk “nowhere” in de link bestaat niet').waitFor();
    await dots(page).first().waitFor();
    expect(new URL(page.url()).searchParams.get('stretch')).toBeNull();
    // HDI: NUTS 2 in the Netherlands, NUTS 1 in Germany, said in the legend.
    const legend = await page.locator('.profile-chart .chart-legend').allTextContents();
    expect(legend.join(' ')).toMatch(/Nederland \(NUTS 2\).*Duitsland \(NUTS 1\)/);
    await screenshot(page, '62-profile-hdi-nl-de');
  });
});

describe.skipIf(!chromiumPath)('border profile of a whole border in Chromium', () => {
  const { open } = appSuite();

  it('plots every NL and DE region nearest to the NL–DE border at NUTS 3, opened from the indicator panel', async () => {
    const { page } = await open('/?ind=gdp_eur_per_inhabitant&year=2021');
    await page.getByRole('button', { name: 'Grensprofiel', exact: true }).click();
    await dots(page).first().waitFor();
    expect(new URL(page.url()).searchParams.get('prof')).toBe('gdp_eur_per_inhabitant');
    const placed = await readDots(page);
    expect(placed.some((d) => d.region.startsWith('BE'))).toBe(false);
    expect(placed.filter((d) => d.distance < 0).every((d) => d.region.startsWith('NL'))).toBe(true);
    expect(placed.filter((d) => d.distance > 100).length).toBeGreaterThan(100); // far German districts too
    await screenshot(page, '63-profile-gdp-nl-de');
  });
});
