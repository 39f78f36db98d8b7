/**
 * Border zones and cooperation areas in Chromium: toggles change the picture, the outer distance
 * is recomputed in a worker, clicking inside an area selects it, and the URL brings it all back.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lightTheme } from '../../src/theme/theme';
import { appSuite, chromiumPath, colourShare, diffShare, idleAfter, mapCentre, screenshot } from './harness';

// The uncoloured view of the countries (a bare visit opens coloured: glance.test.ts).
const UNCOLOURED = '/?level=3';
// Twente's label point at the centre: inside EUREGIO and the Interreg DE-NL area.
const TWENTE_VIEW = 'map=8.00/52.2917/6.7799';

async function openLayers(page: Page) {
  await page.getByRole('button', { name: 'Lagen' }).click();
  return page.getByRole('region', { name: 'Lagen' });
}

describe.skipIf(!chromiumPath)('border zones and cooperation areas in Chromium', () => {
  const { open } = appSuite();

  it('toggles the border line and each band, and the picture changes', async () => {
    const { page } = await open(UNCOLOURED);
    const panel = await openLayers(page);
    const withLine = await screenshot(page, '20a-border-line');
    // On the map only: the layer panel's band swatches are drawn in a purple close to the line's.
    const onMap = { x: 360, y: 100, w: 920, h: 700 };
    expect(colourShare(withLine, lightTheme.borderGlow, 40, onMap)).toBeGreaterThan(0.0003);
    await idleAfter(page, () => panel.getByRole('checkbox', { name: 'Landsgrens NL–DE en NL–BE' }).uncheck());
    const noLine = await screenshot(page, '20b-no-border-line');
    expect(colourShare(noLine, lightTheme.borderGlow, 40, onMap)).toBeLessThan(colourShare(withLine, lightTheme.borderGlow, 40, onMap) / 4);

    await idleAfter(page, () => panel.getByRole('checkbox', { name: '0–10 km van de grens' }).check());
    const band0 = await screenshot(page, '20c-band-0-10');
    // Hatching and outlines, not a tint: fewer pixels change than with a fill, but a real share.
    expect(diffShare(noLine, band0)).toBeGreaterThan(0.007);
    await idleAfter(page, () => panel.getByRole('checkbox', { name: '25–50 km van de grens' }).check());
    const band02 = await screenshot(page, '20d-bands-0-10-and-25-50');
    expect(diffShare(band0, band02)).toBeGreaterThan(0.007);
    expect(new URL(page.url()).searchParams.get('border')).toBe('0,2');
  });

  it('recomputes the bands for another outer distance in a worker, without filling history', async () => {
    const { page } = await open('/?border=line,0,1,2');
    const panel = await openLayers(page);
    const at50 = await screenshot(page, '21a-bands-50km');
    const before = await page.evaluate(() => history.length);
    const slider = panel.getByRole('slider', { name: 'Buitenste afstand' });
    await slider.fill('100');
    // Drawn: the map reports the edges of the bands it has on screen, on its next idle frame.
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.map')?.dataset.bands === '20,50,100', null, { timeout: 20_000 });
    expect(await page.evaluate(() => performance.getEntriesByName('grensatlas:bands').length)).toBe(1);
    expect(await panel.getByText('20–50 km van de grens').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('dist')).toBe('100');
    const at100 = await screenshot(page, '21b-bands-100km');
    expect(diffShare(at50, at100)).toBeGreaterThan(0.05);
    // A sweep of the slider is not a trail of history entries.
    for (const km of ['95', '90', '85']) await slider.fill(km);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.map')?.dataset.bands === '17,42.5,85', null, { timeout: 20_000 });
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(await panel.getByText('17–42,5 km van de grens').count()).toBe(1); // Dutch decimal comma
  });

  it('draws an area chosen from the list even with its layer off', async () => {
    const { page } = await open(UNCOLOURED);
    const panel = await openLayers(page);
    await idleAfter(page, () => panel.getByRole('button', { name: 'Details van EUREGIO', exact: true }).click());
    await page.getByRole('complementary', { name: 'Geselecteerd samenwerkingsgebied' }).waitFor();
    expect(await panel.getByRole('checkbox', { name: 'EUREGIO', exact: true }).isChecked()).toBe(false);
    await page.waitForFunction(() => /map=/.test(location.search), null, { timeout: 15_000 }); // flew to it
    await page.getByRole('button', { name: 'Lagen' }).click();
    await expect.poll(
      async () => colourShare(await screenshot(page, '25-area-from-list'), lightTheme.areaKinds.euregio.color, 20), { timeout: 20_000 },
    ).toBeGreaterThan(0.002);
  });

  it('shows a cooperation area, selects it with a click inside, and drills down to a region', async () => {
    const { page } = await open(`/?${TWENTE_VIEW}`);
    const before = await screenshot(page, '22a-before-area');
    const panel = await openLayers(page);
    await idleAfter(page, () => panel.getByRole('checkbox', { name: 'EUREGIO', exact: true }).check());
    const shown = await screenshot(page, '22b-euregio-shown');
    expect(colourShare(before, lightTheme.areaKinds.euregio.color, 20)).toBe(0);
    expect(colourShare(shown, lightTheme.areaKinds.euregio.color, 20)).toBeGreaterThan(0.001);
    await page.getByRole('button', { name: 'Lagen' }).click(); // close the panel

    const c = await mapCentre(page);
    await idleAfter(page, () => page.mouse.move(c.x, c.y));
    await idleAfter(page, () => page.mouse.click(c.x, c.y));
    const areaPanel = page.getByRole('complementary', { name: 'Geselecteerd samenwerkingsgebied' });
    expect(await areaPanel.getByRole('heading', { level: 2 }).textContent()).toBe('EUREGIO');
    expect(await areaPanel.getByRole('heading', { name: 'Nederland' }).count()).toBe(1);
    expect(await areaPanel.getByRole('heading', { name: 'Duitsland' }).count()).toBe(1);
    expect(await areaPanel.getByRole('link').count()).toBeGreaterThan(2);
    for (const link of await areaPanel.getByRole('link').all()) {
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    expect(new URL(page.url()).searchParams.get('area')).toBe('euregio');
    await screenshot(page, '22c-euregio-selected');

    // A second click inside the selected area selects the region under the pointer.
    await idleAfter(page, () => page.mouse.click(c.x, c.y));
    const regionPanel = page.getByRole('complementary', { name: 'Geselecteerde regio' });
    expect(await regionPanel.getByRole('heading', { level: 2 }).textContent()).toBe('Twente');
    // ...whose panel lists its areas and border facts.
    await regionPanel.getByRole('button', { name: 'EUREGIO', exact: true }).waitFor();
    expect(await regionPanel.getByText('aan de grens').count()).toBe(1);
    await screenshot(page, '22d-twente-with-areas');
    await regionPanel.getByRole('button', { name: 'EUREGIO', exact: true }).click();
    await areaPanel.waitFor();
  });

  it('restores areas, the selected area, bands and the filter from the URL', async () => {
    const { page } = await open('/?areas=euregio,euregio_maas_rijn,interreg_vi_a_de_nl&area=euregio_maas_rijn&border=line,1&only=25,25');
    const areaPanel = page.getByRole('complementary', { name: 'Geselecteerd samenwerkingsgebied' });
    expect(await areaPanel.getByRole('heading', { level: 2 }).textContent()).toBe('Euregio Maas-Rijn');
    expect(await areaPanel.textContent()).toContain('Eupen');
    const panel = await openLayers(page);
    expect(await panel.getByRole('checkbox', { name: 'EUREGIO', exact: true }).isChecked()).toBe(true);
    expect(await panel.getByRole('checkbox', { name: 'Interreg VI-A Deutschland-Nederland' }).isChecked()).toBe(true);
    expect(await panel.getByRole('checkbox', { name: 'Euregio Rijn-Waal' }).isChecked()).toBe(false);
    expect(await panel.getByRole('checkbox', { name: '10–25 km van de grens' }).isChecked()).toBe(true);
    expect(await panel.getByRole('checkbox', { name: 'Alleen grensregio’s' }).isChecked()).toBe(true);
    await screenshot(page, '23-restored-areas');
  });

  it('dims all but the border regions, by a rule the user sets', async () => {
    const { page } = await open(UNCOLOURED);
    const panel = await openLayers(page);
    const before = await screenshot(page, '24a-before-filter');
    await idleAfter(page, () => panel.getByRole('checkbox', { name: 'Alleen grensregio’s' }).check());
    const filtered = await screenshot(page, '24b-border-regions-only');
    expect(diffShare(before, filtered)).toBeGreaterThan(0.1);
    expect(new URL(page.url()).searchParams.get('only')).toBe('25,25');
    await idleAfter(page, () => panel.getByRole('combobox', { name: 'Binnen' }).selectOption('50'));
    expect(new URL(page.url()).searchParams.get('only')).toBe('25,50');
    const wider = await screenshot(page, '24c-border-regions-50km');
    expect(diffShare(filtered, wider)).toBeGreaterThan(0.01);
  });

  it('drops unknown areas from a link with a notice, keeping the rest', async () => {
    const { page } = await open('/?areas=euregio,nowhere&border=line,0');
    const notice = page.getByRole('region', { name: 'Meldingen' }).getByRole('status');
    await notice.first().waitFor();
    expect(await notice.first().textContent()).toContain('nowhere');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('areas') === 'euregio');
    expect(new URL(page.url()).searchParams.get('border')).toBe('line,0');
    // The correction replaced the link's entry: Back leaves the app instead of restoring "nowhere".
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });
});
