/**
 * Deals and initiatives in Chromium: selecting Twente lists Regio Deal Twente; filtering by kind
 * narrows the list; a card opens from a deep link; an imported file is reported per row and its
 * good rows join the catalogue; markers and counts are drawn on the map.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/model/initiatives/types';
import { lightTheme } from '../../src/theme/theme';
import { appSuite, chromiumPath, colourShare, diffShare, idleAfter, mapCentre, screenshot } from './harness';

/** A user's file, synthetic (test-only rows): two good rows, one with an HTML payload, and bad ones. */
const IMPORT_CSV = [
  `${COLUMNS.join(',')},lon,lat`,
  'test-enschede,other,Test initiative in Enschede (synthetic),2024,,,,work,Test partner,Enschede (NL),,no,https://example.org/a,6.8937,52.2215',
  'test-html,other,"<img src=x onerror=""window.__pwned=1"">Synthetic",2020,,,,,,,NL213,yes,https://example.org/b,,',
  'test-badkind,deal,Bad kind (synthetic),,,,,,,,,no,https://example.org/c,,',
  'test-js,other,Script link (synthetic),,,,,,,,,no,javascript:alert(1),,',
  'RD2-TWENTE,other,Clashes with the catalogue (synthetic),,,,,,,,,no,https://example.org/d,,',
].join('\n');

/** Where markers sit: the label points of their regions (the facts give no coordinates). */
const labelPoints = new Map((JSON.parse(readFileSync(
  'public/data/regions.json', 'utf8',
)) as { id: string; labelPoint: [number, number] }[]).map((r) => [r.id, r.labelPoint]));
const centredOn = (id: string, zoom = 9) => {
  const [lon, lat] = labelPoints.get(id) ?? [0, 0];
  return `map=${zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`;
};
/** The map right of the catalogue panel: where markers, badges and outlines are compared. */
const MAP_BOX = { x: 430, y: 100, w: 840, h: 680 };

describe.skipIf(!chromiumPath)('initiatives in Chromium', () => {
  const { open } = appSuite();

  it('lists Regio Deal Twente when Twente is selected on the map, by kind', async () => {
    // Twente (52.3 N, 6.75 E) at the centre of the map; a click there selects it.
    const { page } = await open('/?map=8.00/52.3000/6.7500');
    const c = await mapCentre(page);
    await page.mouse.click(c.x, c.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('NL213');
    const panel = page.getByRole('complementary', { name: 'Geselecteerde regio' });
    const here = panel.getByRole('region', { name: 'Deals en initiatieven hier' });
    await expect.poll(() => here.getByRole('button', { name: 'Regio Deal Twente', exact: true }).count(), { timeout: 15_000 }).toBe(1);
    const text = await here.textContent();
    expect(text).toMatch(/Regio Deal 2/);
    expect(text).toMatch(/GrensInfoPunt 1/);
    expect(text).not.toContain('Zeeland');
    await here.scrollIntoViewIfNeeded();
    await screenshot(page, '40a-twente-initiatives');
    // The deep link opens the detail in the catalogue.
    await here.getByRole('button', { name: 'Regio Deal Twente', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ini')).toBe('RD2-TWENTE');
    const detail = page.getByRole('article', { name: 'Regio Deal Twente' });
    await expect.poll(() => detail.count()).toBe(1);
    expect(await detail.textContent()).toContain('Twente');
  });

  it('narrows the catalogue by kind, and keeps the filter in the URL', async () => {
    const { page } = await open('/?cat=1');
    const summary = page.locator('.initiatives-panel .summary');
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toMatch(/153 van 153 getoond/);
    const list = page.getByRole('list', { name: 'Catalogus van deals en initiatieven' });
    expect(await list.getByRole('listitem').count()).toBe(153);
    await page.getByRole('checkbox', { name: /^GrensInfoPunt/ }).check();
    await expect.poll(() => summary.textContent()).toMatch(/^7 van 153 getoond/);
    expect(await list.getByRole('listitem').count()).toBe(7);
    expect(new URL(page.url()).searchParams.get('ik')).toBe('border_info_point');
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('searchbox', { name: 'Zoeken' }).pressSequentially('maastricht');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await screenshot(page, '40b-catalogue-filtered');
    // Typing is one history entry: Back does not step letter by letter.
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    expect(new URL(page.url()).searchParams.get('iq')).toBe('maastricht');
    // Into a detail and back: focus returns to the card it was opened from.
    await list.getByRole('button', { name: /^Details van GrensInfoPunt .*Maastricht/ }).click();
    await page.getByRole('button', { name: /Terug naar de lijst/ }).click();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await expect.poll(focused).toMatch(/^Details van GrensInfoPunt .*Maastricht/);
  });

  it('opens a card from a deep link, and an unknown one gets a notice', async () => {
    const { page } = await open('/?ini=CB-WUNDERLINE');
    const detail = page.getByRole('article', { name: /Wunderline/ });
    await expect.poll(() => detail.count(), { timeout: 15_000 }).toBe(1);
    const text = await detail.textContent();
    expect(text).toContain('Groningen');
    expect(text).toContain('DE94C');
    await expect.poll(() => detail.getByRole('link').count()).toBeGreaterThan(0);
    for (const href of await detail.getByRole('link').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]))) {
      expect(href[0]).toMatch(/^https?:/);
      expect(href[1]).toBe('noopener noreferrer');
    }
    await screenshot(page, '40c-wunderline-detail');
    const bad = await open('/?ini=NOPE-1');
    await expect.poll(() => bad.page.getByRole('status').filter({ hasText: 'NOPE-1' }).count(), { timeout: 15_000 }).toBe(1);
    expect(new URL(bad.page.url()).searchParams.get('ini')).toBeNull();
  });

  it('lists the initiatives in a border zone chosen in the layer panel', async () => {
    const { page } = await open('/?level=2');
    await page.getByRole('button', { name: 'Lagen' }).click();
    await page.getByRole('button', { name: 'Initiatieven in zone 0–10 km' }).click();
    const panel = page.getByRole('complementary', { name: 'Geselecteerde grenszone' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent(), { timeout: 15_000 }).toBe('Grenszone 0–10 km');
    const here = panel.getByRole('region', { name: 'Deals en initiatieven hier' });
    await expect.poll(() => here.textContent(), { timeout: 20_000 }).toMatch(/\d+ deals en initiatieven: Regio Deal \d+/);
    expect(new URL(page.url()).searchParams.get('zone')).toBe('0');
    await screenshot(page, '40d-zone-0-10');
    // All of them in the catalogue, limited to the zone: Twente is in, Rotterdam-Zuid (60 km away) is not.
    await here.getByRole('button', { name: /^Alle \d+ in de catalogus tonen$/ }).click();
    expect(new URL(page.url()).searchParams.get('in')).toBe('1');
    const list = page.getByRole('list', { name: 'Catalogus van deals en initiatieven' });
    const search = page.getByRole('searchbox', { name: 'Zoeken' });
    await search.fill('Twente');
    await expect.poll(() => list.getByRole('button', { name: 'Details van Regio Deal Twente', exact: true }).count()).toBe(1);
    await search.fill('Rotterdam-Zuid');
    await expect.poll(() => page.locator('.initiatives-panel .summary').textContent()).toMatch(/^0 van/);
  });

  it('draws a count per region, and outlines the regions of a hovered card', async () => {
    const { page } = await open('/?cat=1&level=2&ik=border_info_point&il=none');
    const list = page.getByRole('list', { name: 'Catalogus van deals en initiatieven' });
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 15_000 }).toBe(7);
    const ink = lightTheme.initiative.ink;
    const plain = await screenshot(page, '40e-before-counts');
    await idleAfter(page, () => page.getByRole('checkbox', { name: 'Aantal per regio' }).check());
    // Badges: ink on the map where there was none (the panel is left out of the comparison). An
    // idle frame can come between the click and the new layer (labels and markers arrive after the
    // first frame), so wait for the outcome, not for one frame.
    expect(colourShare(plain, ink, 4, MAP_BOX)).toBeLessThan(0.00005);
    await expect.poll(async () => colourShare(await screenshot(page, '40f-counts'), ink, 4, MAP_BOX), { timeout: 20_000 })
      .toBeGreaterThan(0.0003);
    const counts = await screenshot(page, '40f-counts');
    expect(new URL(page.url()).searchParams.get('il')).toBe('counts');
    // GrensInfoPunt EUREGIO has no point of its own: what changes on the map is its regions' outline.
    await idleAfter(page, () => page.locator('.initiative-card[data-id="GIP-EUREGIO"]').hover());
    const hovered = await screenshot(page, '40g-hover-euregio-gip');
    expect(diffShare(counts, hovered, 8, MAP_BOX)).toBeGreaterThan(0.001);
    expect(colourShare(hovered, ink, 4, MAP_BOX)).toBeGreaterThan(colourShare(counts, ink, 4, MAP_BOX) + 0.0005);
  });

  it('opens an entry from its marker, which says its place is approximate, and lists a region from a cluster that never splits', async () => {
    // Kleve's GrensInfoPunt: a ring at the centre of Kreis Kleve (DEA1B), at the centre of the map.
    const { page } = await open(`/?cat=1&ik=border_info_point&${centredOn('DEA1B')}`);
    const c = await mapCentre(page);
    // Markers come after the first drawn frame: move the pointer until one is under it.
    const hoverAt = async (p: typeof page, x: number, y: number) => {
      await p.mouse.move(x + 1, y);
      await p.mouse.move(x, y);
      return p.getByRole('tooltip').textContent();
    };
    await expect.poll(() => hoverAt(page, c.x, c.y), { timeout: 15_000 }).toMatch(/Rhein-Waal.*\(locatie bij benadering\)/);
    await expect.poll(() => page.locator('.initiative-card[data-id="GIP-RIJNWAAL"]').getAttribute('class')).toContain('hovered');
    await page.mouse.click(c.x, c.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('ini')).toBe('GIP-RIJNWAAL');
    await screenshot(page, '40m-marker-opened');
    // Rotterdam-Zuid I and II share the centre of Groot-Rijnmond: a cluster of two guesses.
    const rz = await open(`/?ik=regio_deal&iq=rotterdam+zuid&${centredOn("NL33C", 10)}`);
    const rc = await mapCentre(rz.page);
    await expect.poll(() => hoverAt(rz.page, rc.x, rc.y), { timeout: 15_000 }).toBe('2 initiatieven (locatie bij benadering)');
    await rz.page.mouse.click(rc.x, rc.y);
    await expect.poll(() => new URL(rz.page.url()).searchParams.get('region')).toBe('NL33C');
    await screenshot(rz.page, '40n-cluster-region');
  });

  it('imports a file: reports each bad row, keeps the good ones across a reload, shows HTML as text, exports again', async () => {
    const { page, errors } = await open('/?cat=1');
    const file = page.getByLabel('CSV- of GeoJSON-bestand importeren');
    await expect.poll(() => file.isEnabled(), { timeout: 15_000 }).toBe(true);
    await file.setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(IMPORT_CSV) });
    const report = page.locator('.import-report');
    await expect.poll(() => report.textContent()).toContain('mine.csv: 2 van 5 toegevoegd.');
    const text = await report.textContent();
    // In the UI language, with line, id and column.
    expect(text).toMatch(/regel 4 \(test-badkind\), kind: “deal” is geen van regio_deal/);
    expect(text).toMatch(/regel 5 \(test-js\), source_url: “javascript:alert\(1\)” is geen http\(s\)-link/);
    expect(text).toMatch(/regel 6 \(RD2-TWENTE\), id: RD2-TWENTE is al geladen/);
    await screenshot(page, '40h-import-report');
    const summary = page.locator('.initiatives-panel .summary');
    await expect.poll(() => summary.textContent()).toMatch(/155 van 155 getoond/);
    // The payload is text: no image element, nothing ran.
    const card = page.locator('.initiative-card[data-id="test-html"]');
    expect(await card.locator('img').count()).toBe(0);
    expect(await card.textContent()).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren als CSV' }).click();
    const path = await (await download).path();
    const exported = readFileSync(path, 'utf8');
    expect(exported.split('\n')[0]).toBe(`${COLUMNS.join(',')},lon,lat`);
    expect(exported).toContain('test-enschede');
    expect(exported).toContain('test-html');
    expect(exported).not.toContain('test-badkind');

    // Kept in this browser: a reload brings them back, listed for Twente too (the point is in Enschede).
    await page.goto(page.url().replace('?cat=1', '?region=NL213'));
    const here = page.getByRole('complementary', { name: 'Geselecteerde regio' }).getByRole('region', { name: 'Deals en initiatieven hier' });
    await expect.poll(() => here.getByRole('button', { name: 'Test initiative in Enschede (synthetic)' }).count(), { timeout: 15_000 }).toBe(1);
    // A link to a stored import opens it: the link is judged only once the stored imports are read.
    await page.goto(page.url().replace(/\?.*$/, '?ini=test-enschede'));
    const detail = page.locator('.initiative-detail h3');
    await expect.poll(() => detail.textContent(), { timeout: 15_000 }).toBe('Test initiative in Enschede (synthetic)');
    expect(await page.locator('.notices').textContent()).not.toContain('test-enschede');
    await page.getByRole('button', { name: /Terug/ }).click();
    await page.getByRole('button', { name: 'Eigen initiatieven verwijderen' }).click();
    await expect.poll(() => page.locator('.initiatives-panel .summary').textContent()).toMatch(/153 van 153/);
    expect(errors).toEqual([]);
  });

  it('speaks English and German, with the map coloured by the number per region', async () => {
    const { page } = await open('/?lang=en&cat=1&level=2&region=NL21');
    await expect.poll(() => page.locator('.initiatives-panel .summary').textContent(), { timeout: 15_000 }).toMatch(/^153 of 153 shown/);
    const here = page.getByRole('region', { name: 'Deals and initiatives here' });
    await expect.poll(() => here.textContent()).toMatch(/deals and initiatives: Regio Deal \d+/);
    await page.getByRole('button', { name: 'Colour the map by the number per region' }).click();
    await page.waitForFunction(
      () => performance.getEntriesByName('grensatlas:recoloured').length > 0 || document.querySelector('.legend') !== null, null,
      { timeout: 20_000 },
    );
    await expect.poll(
      () => page.getByRole('region', { name: 'Legend' }).textContent(), { timeout: 20_000 },
    ).toContain('number of deals and initiatives');
    await screenshot(page, '40i-english-count-colours');
    const de = await open('/?lang=de&ini=GIP-RIJNWAAL');
    const detail = de.page.getByRole('article', { name: /Rijn-Waal|Rhein-Waal/ });
    await expect.poll(() => detail.textContent(), { timeout: 15_000 }).toContain('Mitte von Kleve');
    await screenshot(de.page, '40j-german-detail');
  });

  it('draws markers for entries with one place once the regions are drawn, and hides them on request', async () => {
    const { page } = await open('/?cat=1&il=none');
    const ink = lightTheme.initiative.ink;
    const without = colourShare(await screenshot(page, '40k-markers-off'), ink, 4);
    await idleAfter(page, () => page.getByRole('checkbox', { name: 'Locaties van initiatieven met één plaats' }).check());
    await page.waitForFunction(() => document.querySelector('.initiatives-panel .summary')?.textContent.includes('153'));
    expect(without).toBeLessThan(0.0001);
    // The marker layer draws once its symbols are placed, which can take a frame or two after idle under load: poll the picture.
    await expect.poll(
      async () => colourShare(await screenshot(page, '40l-markers-on'), ink, 4), { timeout: 15_000 },
    ).toBeGreaterThan(without + 0.0003);
    expect(new URL(page.url()).searchParams.get('il')).toBeNull(); // points on is the default
  });

  it('marks the cards of the region under the pointer', async () => {
    // Twente (52.3 N, 6.75 E) at the centre of the map.
    const { page } = await open('/?cat=1&map=8.00/52.3000/6.7500');
    const card = page.locator('.initiative-card[data-id="RD2-TWENTE"]');
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
    expect(await card.getAttribute('class')).not.toContain('hovered');
    const c = await mapCentre(page);
    await page.mouse.move(c.x, c.y);
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('Twente');
    await expect.poll(() => card.getAttribute('class')).toContain('hovered');
    expect(await page.locator('.initiative-card[data-id="RD1-ZEELAND"]').getAttribute('class')).not.toContain('hovered');
  });
});

