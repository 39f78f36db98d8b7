/**
 * `npm run bench`, presenter mode: slide to slide, from the key press (PageDown, what a clicker
 * sends) to the next settled frame (the map's next idle: the flight over, tiles and colours drawn),
 * with camera flights and with cuts (a context that prefers reduced motion). The story is three
 * synthetic slides (for the bench only) of real views: GDP per inhabitant framed on the border,
 * Twente selected closer in, the HDI at NUTS 2 over Limburg; then Home back to the first.
 */
import type { Browser } from 'playwright-core';
import { NO_SERVICE_WORKER, waitForMapDrawn } from '../chromium';

const SLIDES = [
  '?ind=gdp_eur_per_inhabitant&year=2021&map=6.60/51.9000/6.4000',
  '?region=NL213&ind=gdp_eur_per_inhabitant&year=2021&map=8.50/52.2500/6.9000',
  '?level=2&ind=hdi&year=2021&map=7.00/50.9000/5.8000',
];
const STORY = JSON.stringify({
  format: 'grensatlas-stories', version: 2,
  stories: [{
    id: 'bench', title: 'Bench', updated: '2026-12-03T12:00:00.000Z',
    slides: SLIDES.map((query, i) => ({ id: `s${String(i)}`, title: `Slide ${String(i + 1)}`, notes: '', query })),
  }],
});

export interface SlideFigures {
  fly: number[];
  cut: number[];
}

export async function measureSlides(browser: Browser, base: string, f: SlideFigures): Promise<void> {
  for (const mode of ['fly', 'cut'] as const) {
    const context = await browser.newContext({
      ...NO_SERVICE_WORKER, viewport: { width: 1280, height: 800 }, reducedMotion: mode === 'cut' ? 'reduce' : 'no-preference',
    });
    const page = await context.newPage();
    await page.goto(`${base}${SLIDES[0] ?? ''}`);
    await waitForMapDrawn(page);
    await page.getByRole('button', { name: /Verhalen$/ }).click();
    const file = { name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(STORY) };
    await page.getByLabel('Verhalen importeren (JSON)').setInputFiles(file);
    await page.getByRole('button', { name: 'Presenteren' }).click();
    await page.getByRole('region', { name: 'Presentatie' }).waitFor();
    // Let the first slide settle (labels, markers, the layout without the top bar).
    await page.waitForTimeout(3000);
    for (const key of ['PageDown', 'PageDown', 'Home']) {
      const ms = await page.evaluate((k) => new Promise<number>((resolve) => {
        const map = document.querySelector<HTMLElement>('.map');
        if (!map) throw new Error('no map');
        const start = performance.now();
        new MutationObserver((_, obs) => { obs.disconnect(); resolve(performance.now() - start); })
          .observe(map, { attributes: true, attributeFilter: ['data-idle-count'] });
        window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      }), key);
      f[mode].push(ms);
      await page.waitForTimeout(500);
    }
    await context.close();
  }
}
