/**
 * Stories and presenter mode in Chromium: a story of three slides built through the UI, presented
 * with the keys a clicker sends (each slide's URL and picture checked), the speaker window kept in
 * step, and the story exported, imported again (a foreign file refused, an old one converted) and
 * kept across a reload.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSuite, chromiumPath, diffShare, idleAfter, screenshot } from './harness';

const search = (page: Page) => new URL(page.url()).search;
const panel = (page: Page) => page.getByRole('region', { name: 'Verhalen' });

async function addSlide(page: Page, title: string): Promise<string> {
  const p = panel(page);
  const before = await p.getByRole('listitem').count();
  await p.getByRole('button', { name: 'Huidig beeld toevoegen als dia' }).click();
  const field = p.getByRole('textbox', { name: `Titel van dia ${before + 1}` });
  await field.fill(title);
  return search(page);
}

describe.skipIf(!chromiumPath)('stories and presenter mode in Chromium', () => {
  const { open } = appSuite();

  it('builds a three-slide story, presents it with the keyboard, and the speaker window follows', async () => {
    const { page } = await open('/?ind=gdp_eur_per_inhabitant&level=3&map=6.60/51.9000/6.4000');
    await page.getByRole('button', { name: /Verhalen$/ }).click();
    const views = [await addSlide(page, 'Welvaart aan de grens')];
    await idleAfter(page, () => page.getByRole('radio', { name: /Provincies/ }).check());
    views.push(await addSlide(page, 'Provincies en Länder'));
    await panel(page).getByRole('textbox', { name: 'Sprekersnotities bij dia 2' }).fill('Noem de NUTS-niveaus.\nDan Twente.');
    const box = page.getByRole('combobox', { name: 'Zoek een regio' });
    await box.fill('Twente');
    await idleAfter(page, () => box.press('Enter'));
    views.push(await addSlide(page, 'Twente'));
    expect(new Set(views).size).toBe(3);

    // Reordered with the keyboard: slide 3 up, then back down; the focus stays on the button.
    const slides = panel(page).getByRole('list', { name: 'Dia’s van het verhaal' }).getByRole('listitem');
    await panel(page).getByRole('button', { name: 'Dia 3 omhoog' }).click();
    await expect.poll(async () => (await slides.nth(1).getByRole('textbox').first().inputValue())).toBe('Twente');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Dia 2 omhoog');
    await page.getByRole('button', { name: 'Dia 2 omlaag' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await slides.nth(2).getByRole('textbox').first().inputValue())).toBe('Twente');
    await screenshot(page, '80-story-panel');

    // Presenter mode: the first slide, the bar, large type.
    await idleAfter(page, () => panel(page).getByRole('button', { name: 'Presenteren' }).click());
    const bar = page.getByRole('region', { name: 'Presentatie' });
    await expect.poll(() => bar.getByRole('heading').textContent()).toBe('Welvaart aan de grens');
    expect(search(page)).toBe(views[0]);
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    const first = await screenshot(page, '81-present-slide-1');

    // The speaker window: opened from presenter mode, in step over the BroadcastChannel.
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), bar.getByRole('button', { name: 'Sprekersvenster' }).click()]);
    await expect.poll(() => speaker.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('Welvaart aan de grens');
    expect(await speaker.locator('.speaker-next').textContent()).toBe('Hierna: Provincies en Länder');

    // What a clicker sends: PageDown, then the arrow; each slide's view is its URL.
    await idleAfter(page, () => page.keyboard.press('PageDown'));
    expect(search(page)).toBe(views[1]);
    await expect.poll(() => speaker.locator('.speaker-notes p').allTextContents()).toEqual(['Noem de NUTS-niveaus.', 'Dan Twente.']);
    expect(diffShare(first, await screenshot(page, '82-present-slide-2'))).toBeGreaterThan(0.2);
    await idleAfter(page, () => page.keyboard.press('ArrowRight'));
    expect(search(page)).toBe(views[2]);
    await expect.poll(() => bar.getByRole('heading').textContent()).toBe('Twente');
    expect(await bar.textContent()).toContain('Dia 3 van 3');
    await screenshot(page, '83-present-slide-3');
    await screenshot(speaker, '84-speaker-window');

    // A number and Enter jump; the first slide looks as it did.
    await page.keyboard.press('1');
    await idleAfter(page, () => page.keyboard.press('Enter'));
    expect(search(page)).toBe(views[0]);
    // The same picture but for labels, whose placement depends on the flight that led there.
    expect(diffShare(first, await screenshot(page, '85-present-back-to-1'))).toBeLessThan(0.08);

    // B blanks the screen, and B again brings it back; Escape leaves.
    await page.keyboard.press('b');
    expect(await page.locator('.presenter-blank').isVisible()).toBe(true);
    await screenshot(page, '86-present-blank');
    await page.keyboard.press('b');
    expect(await page.locator('.presenter-blank').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await bar.count()).toBe(0);
    await expect.poll(() => speaker.getByRole('status').textContent()).toBe('De presentatie is beëindigd.');
    expect(await page.locator('.topbar').isVisible()).toBe(true);

    // Exported as a file, for another laptop (the panel is still open, as it was before presenting).
    const exportButton = panel(page).getByRole('button', { name: 'Verhalen exporteren (JSON)' });
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8')) as { version: number; stories: { slides: { title: string; query: string }[] }[] };
    expect(file.version).toBe(2);
    expect(file.stories[0]?.slides.map((s) => [s.title, s.query])).toEqual([
      ['Welvaart aan de grens', views[0]], ['Provincies en Länder', views[1]], ['Twente', views[2]],
    ]);
    // Deleted here (a second click confirms), then imported again from that file: the same three slides.
    await panel(page).getByRole('button', { name: 'Verhaal verwijderen' }).click();
    await panel(page).getByRole('button', { name: /Nogmaals klikken/ }).click();
    await expect.poll(() => panel(page).getByRole('list', { name: 'Dia’s van het verhaal' }).count()).toBe(0);
    await panel(page).getByLabel('Verhalen importeren (JSON)').setInputFiles(path);
    await expect.poll(() => slides.evaluateAll((items) => items.map((li) => li.querySelector('input')?.value)))
      .toEqual(['Welvaart aan de grens', 'Provincies en Länder', 'Twente']);
  });

  it('imports a story file, refuses a foreign one without a change, converts an old one, and keeps them across a reload', async () => {
    const { page } = await open('/?level=2');
    await page.getByRole('button', { name: /Verhalen$/ }).click();
    const input = panel(page).getByLabel('Verhalen importeren (JSON)');
    // A synthetic story file of the current version, for the test only.
    const slides = ['?level=1', '?level=2&region=NL21', '?level=3&region=NL213']
      .map((query, i) => ({ id: `s${i}`, title: `Dia ${i}`, notes: '', query }));
    const story = { id: 'talk', title: 'Congres', slides, updated: '2026-12-03T12:00:00.000Z' };
    const talk = { format: 'grensatlas-stories', version: 2, stories: [story] };
    await input.setInputFiles({ name: 'talk.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(talk)) });
    await expect.poll(() => panel(page).getByRole('status').textContent()).toBe('talk.json: 1 verhaal geïmporteerd.');
    expect(await panel(page).getByRole('list', { name: 'Dia’s van het verhaal' }).getByRole('listitem').count()).toBe(3);

    const geojson = Buffer.from('{"type":"FeatureCollection","features":[]}');
    await input.setInputFiles({ name: 'regions.geojson', mimeType: 'application/json', buffer: geojson });
    await expect.poll(() => panel(page).getByRole('alert').textContent())
      .toBe('Het bestand regions.geojson is niet ingelezen; er is niets veranderd: het is geen verhalenbestand van Grensatlas');
    expect(await panel(page).getByRole('combobox', { name: 'Verhaal' }).locator('option').count()).toBe(1);

    // Synthetic file of the old version (one story, whole links), for the test only.
    const v1 = { format: 'grensatlas-stories', version: 1, title: '<b>Oud</b>', slides: [{ title: 'Eén', url: 'http://elders.example/?level=1' }] };
    await input.setInputFiles({ name: 'oud.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v1)) });
    await expect.poll(() => panel(page).getByRole('status').textContent()).toBe('oud.json: 1 verhaal geïmporteerd. Omgezet van bestandsversie 1.');
    // Text from a file is shown as text.
    expect(await panel(page).getByRole('textbox', { name: 'Titel van het verhaal' }).inputValue()).toBe('<b>Oud</b>');
    await screenshot(page, '87-story-imported');

    await page.reload();
    await page.getByRole('button', { name: /Verhalen$/ }).click();
    const options = panel(page).getByRole('combobox', { name: 'Verhaal' }).locator('option');
    await expect.poll(() => options.allTextContents()).toEqual(['Congres', '<b>Oud</b>']);
    // The deep link of a slide opens its view.
    const link = panel(page).getByRole('link', { name: 'Link naar het beeld van dia 1' });
    expect(await link.getAttribute('href')).toBe('/?level=1');
  });
});
