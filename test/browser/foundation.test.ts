/**
 * The foundation in real Chromium against the production build: the map draws, hover and click
 * work on Twente, the URL reopens the view, a bad URL falls back, nothing leaves the origin.
 * Screenshots land in test-results/screenshots/ to be looked at.
 */
import { describe, expect, it } from 'vitest';
import { lightTheme } from '../../src/theme/theme';
import { appSuite, chromiumPath, colourShare, diffShare, drawnCamera, idleAfter, mapCentre, screenshot, waitForMapDrawn } from './harness';

// Twente's label point (from the region index) at the centre of the map, zoomed in.
const TWENTE_VIEW = '?map=8.00/52.2917/6.7799';

describe.skipIf(!chromiumPath)('Grensatlas in Chromium', () => {
  const { open, openRaw } = appSuite({ checkErrors: false });

  // '?level=3': the uncoloured view of the countries, as any link with state opens (a bare visit
  // opens on the opening preset: glance.test.ts).
  it('draws NL, BE, DE and LU regions with labels and the attribution', async () => {
    const { page, errors } = await open('/?level=3');
    const png = await screenshot(page, '01-default-view');
    // Each country's tint covers a real part of the map: it rendered, and not blank.
    expect(colourShare(png, lightTheme.regionFill.NL ?? '')).toBeGreaterThan(0.03);
    expect(colourShare(png, lightTheme.regionFill.BE ?? '')).toBeGreaterThan(0.03);
    expect(colourShare(png, lightTheme.regionFill.DE ?? '')).toBeGreaterThan(0.1);
    expect(colourShare(png, lightTheme.sea)).toBeGreaterThan(0.02);
    await expect(page.getByText('© EuroGeographics for the administrative boundaries').isVisible()).resolves.toBe(true);
    expect(await page.getByRole('radio', { name: /COROP/ }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows a tooltip with name and code on hover', async () => {
    const { page } = await open(`/${TWENTE_VIEW}`);
    const c = await mapCentre(page);
    await idleAfter(page, () => page.mouse.move(c.x, c.y));
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.textContent()).toBe('Twente NL213');
    const png = await screenshot(page, '02-hover-twente');
    expect(colourShare(png, lightTheme.regionFillHover)).toBeGreaterThan(0.01);
  });

  it('selects Twente on click: outline, panel with parents, and the URL', async () => {
    const { page } = await open(`/${TWENTE_VIEW}`);
    const before = await screenshot(page, '03a-before-click');
    const c = await mapCentre(page);
    // Hover first and let that frame settle, so the idle awaited below is the one after the click.
    await idleAfter(page, () => page.mouse.move(c.x, c.y));
    await idleAfter(page, () => page.mouse.click(c.x, c.y));
    const panel = page.getByRole('complementary', { name: 'Geselecteerde regio' });
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Twente');
    expect(await panel.getByRole('navigation', { name: 'Ligt in' }).getByRole('button').allTextContents()).toEqual([
      'Overijssel', 'Oost-Nederland', 'Nederland',
    ]);
    await expect(panel.textContent()).resolves.toContain('COROP-regio');
    expect(new URL(page.url()).searchParams.get('region')).toBe('NL213');
    const after = await screenshot(page, '03b-twente-selected');
    expect(colourShare(before, lightTheme.selection, 10)).toBe(0);
    expect(colourShare(after, lightTheme.selection, 10)).toBeGreaterThan(0.002);

    // Escape clears the selection and the URL follows.
    await idleAfter(page, () => page.keyboard.press('Escape'));
    await panel.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();
    const cleared = await screenshot(page, '03c-cleared');
    expect(colourShare(cleared, lightTheme.selection, 10)).toBe(0);

    // So does the close button; Back brings the selection back.
    await page.goBack();
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Sluiten' }).click();
    await panel.waitFor({ state: 'detached' });
  });

  it('reopens the same view from the URL', async () => {
    const { page } = await open('/?level=2&region=NL21&map=7.50/52.4000/6.2000&lang=en');
    const panel = page.getByRole('complementary', { name: 'Selected region' });
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Overijssel');
    expect(await page.getByRole('radio', { name: /Provinces/ }).isChecked()).toBe(true);
    // The map itself is where the link says, not only the URL.
    expect(await drawnCamera(page)).toBe('7.50/52.4000/6.2000');
    expect(new URL(page.url()).searchParams.get('map')).toBe('7.50/52.4000/6.2000');
    await screenshot(page, '04-reopened-overijssel-en');
  });

  it('falls back cleanly on a malformed URL and says what was wrong', async () => {
    const { page, errors } = await open('/?level=9&region=<b>x</b>&map=nonsense&lang=xx');
    const notices = page.getByRole('region', { name: 'Meldingen' }).getByRole('status');
    expect(await notices.count()).toBe(4);
    expect(await notices.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('<b>x</b>')]));
    expect(await page.getByRole('radio', { name: /COROP/ }).isChecked()).toBe(true);
    expect(await page.locator('b').count()).toBe(0); // the payload stayed text
    // A link with state, even all bad, opens as before: the defaults, written out (never a bare URL).
    expect(new URL(page.url()).search).toBe('?level=3');
    const png = await screenshot(page, '05-bad-url');
    // The default map is drawn behind the notices (which cover part of the Netherlands).
    expect(colourShare(png, lightTheme.regionFill.NL ?? '')).toBeGreaterThan(0.03);
    expect(colourShare(png, lightTheme.regionFill.DE ?? '')).toBeGreaterThan(0.1);
    expect(errors).toEqual([]);
  });

  it('keeps the good parts of a URL naming an unknown region, without trapping Back', async () => {
    const { page } = await open('/?level=1&region=NL999');
    await page.getByText('NL999').first().waitFor();
    expect(await page.getByRole('complementary').count()).toBe(0);
    expect(await page.getByRole('radio', { name: /Landsdelen/ }).isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();
    expect(new URL(page.url()).searchParams.get('level')).toBe('1');
    // The correction replaced the link's entry: Back leaves the app instead of bringing NL999 back.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });

  it('finds a region by name with the keyboard and flies to it, as one step in history', async () => {
    const { page } = await open('/?level=1');
    const before = await page.evaluate(() => history.length);
    const box = page.getByRole('combobox', { name: 'Zoek een regio' });
    await box.fill('bor');
    await page.getByRole('option', { name: /Borken/ }).waitFor();
    // Arrow down to Borken, checking the active option as it moves.
    const options = await page.getByRole('option').allTextContents();
    const target = options.findIndex((o) => o.startsWith('Borken'));
    expect(target).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < target; i++) await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active ?? ''}"]`).textContent()).toMatch(/^Borken/);
    await idleAfter(page, () => box.press('Enter'));
    expect(await page.getByRole('complementary').getByRole('heading', { level: 2 }).textContent()).toBe('Borken');
    const url = new URL(page.url());
    expect(url.searchParams.get('region')).toBe('DEA34');
    expect(url.searchParams.get('level')).toBeNull(); // level 3 is the default
    // The map flew to Borken (centroid 6.88 E, 51.96 N) and the settled camera is in the URL.
    await page.waitForFunction(() => {
      const [z, lat, lon] = (new URLSearchParams(location.search).get('map') ?? '').split('/').map(Number);
      return z !== undefined && z > 7 && Math.abs((lat ?? 0) - 51.96) < 0.2 && Math.abs((lon ?? 0) - 6.9) < 0.5;
    }, null, { timeout: 15_000 });
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await screenshot(page, '06-search-borken');
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('region='));
    expect(await page.getByRole('radio', { name: /Landsdelen/ }).isChecked()).toBe(true);
  });

  it('switches level with the radio group, and the map redraws', async () => {
    const { page } = await open('/?level=3');
    await idleAfter(page, () => page.getByRole('radio', { name: /Provincies/ }).check());
    expect(new URL(page.url()).searchParams.get('level')).toBe('2');
    const nuts2 = await screenshot(page, '07-level-2');
    await idleAfter(page, () => page.goBack());
    await page.waitForFunction(() => new URLSearchParams(location.search).get('level') === '3');
    expect(await page.getByRole('radio', { name: /COROP/ }).isChecked()).toBe(true);
    // Level 3 after Back, not before the switch: the labels (placed after the first frame) are
    // then drawn for certain, so they cannot tip the count of boundary-coloured pixels.
    const nuts3 = await screenshot(page, '07a-level-3');
    // Fewer regions: fewer boundary pixels, and a visibly different picture.
    expect(colourShare(nuts2, lightTheme.regionLine, 30)).toBeLessThan(colourShare(nuts3, lightTheme.regionLine, 30));
    expect(diffShare(nuts3, nuts2)).toBeGreaterThan(0.02);
  });

  it('switches language everywhere, map controls included', async () => {
    const { page } = await open('/?region=NL213');
    expect(await page.getByRole('button', { name: 'Inzoomen' }).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Taal' }).selectOption('de');
    await page.getByRole('button', { name: 'Vergrößern' }).waitFor();
    expect(await page.getByRole('complementary', { name: 'Ausgewählte Region' }).getByRole('heading').first().textContent()).toBe('Twente');
    expect(await page.getByRole('radio', { name: /COROP-Regionen und Kreise/ }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('de');
    // The rebuilt map draws the selection again (polled: the new map needs a moment).
    await expect.poll(
      async () => colourShare(await screenshot(page, '10-deutsch'), lightTheme.selection, 10), { timeout: 20_000 },
    ).toBeGreaterThan(0.0005);
  });

  it('fits a projector screen without overflowing', async () => {
    const { page } = await open(`/?region=DEA34&lang=de`, { width: 1024, height: 768 });
    const panel = page.getByRole('complementary', { name: 'Ausgewählte Region' });
    const box = await panel.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1024);
    expect(box && box.y + box.height).toBeLessThanOrEqual(768);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await screenshot(page, '08-projector-1024-de');
  });

  it('says which file failed to load and recovers on retry', async () => {
    // The region index fails (as a broken server would, on the app's own retry too) until `healed`.
    let healed = false;
    const app = await openRaw('/?level=3', undefined, (page) =>
      page.route('**/data/regions.json', (route) => (healed ? route.continue() : route.fulfill({ status: 500, body: 'boom' }))),
    );
    const alert = app.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('regions.json: HTTP 500');
    await screenshot(app.page, '09-data-error');
    healed = true;
    await app.page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await waitForMapDrawn(app.page);
    await alert.waitFor({ state: 'detached' });
  });

  it('draws labels with the font it ships, fetched by MapLibre from the app', async () => {
    const { scriptFonts } = await open('/');
    // The map asks for the woff2 itself (font-faces), not only the page's CSS. Labels are placed
    // after the first frame (so the font is no request before it): wait for them.
    await expect.poll(() => scriptFonts.some((u) => /noto-sans-latin-400-normal.*\.woff2$/.test(u)), { timeout: 30_000 }).toBe(true);
  });
});
