/**
 * `npm run bench`, the comparison: six places over all indicators, from a click that opens the
 * folded panel (the model is computed then) to the first frame with the table and its strip
 * charts drawn (grensatlas:compare-drawn, then the next animation frame), with the
 * main-thread work in between from Chromium's own task accounting (CDP Performance.TaskDuration).
 */
import type { Browser } from 'playwright-core';
import { NO_SERVICE_WORKER, waitForMapDrawn } from '../chromium';

export const SIX_PLACES = 'NL213,DE94B,DEA34,NL226,BE213,a:euregio';

export interface CompareFigures {
  drawn: number[];
  /** To the commit of the table (the mark), before the browser draws the frame. */
  committed: number[];
  /** To the frame with every row drawn (grensatlas:compare-complete). */
  complete: number[];
  work: number[];
  rows: number[];
}

export async function measureCompare(browser: Browser, base: string, f: CompareFigures): Promise<void> {
  const page = await browser.newPage({ ...NO_SERVICE_WORKER, viewport: { width: 1280, height: 800 } });
  // The six places come with the link; the bench times opening the folded panel (the model is
  // computed then), with the figures and the areas already loaded: the comparison, not the files.
  await page.goto(`${base}?ind=gdp_eur_per_inhabitant&year=2021&areas=euregio&cmp=${SIX_PLACES}`);
  await waitForMapDrawn(page);
  await page.waitForFunction(() => performance.getEntriesByName('grensatlas:compare-drawn').length > 0, null, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Inklappen' }).click();
  await page.getByRole('button', { name: /Vergelijking openen/ }).waitFor();
  // Let the map settle after the first draw (markers and labels load after it).
  await page.waitForTimeout(3000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  const before = await taskSeconds();
  // Main-thread work until the first frame only: the rows that follow in a transition are timed apart ("complete").
  const drawn = await page.evaluate(async () => {
    const n = performance.getEntriesByName('grensatlas:compare-drawn').length;
    const completeBefore = performance.getEntriesByName('grensatlas:compare-complete').length;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('Vergelijking openen'));
    const start = performance.now();
    button?.click();
    // A loop, not a named callback: the bench runs through tsx, whose helpers do not exist in the page.
    while (performance.getEntriesByName('grensatlas:compare-drawn').length === n) await new Promise((r) => requestAnimationFrame(r));
    const committed = (performance.getEntriesByName('grensatlas:compare-drawn').at(-1)?.startTime ?? NaN) - start;
    await new Promise((r) => requestAnimationFrame(r));
    return { frame: performance.now() - start, committed, start, completeBefore };
  });
  f.work.push((await taskSeconds()) - before);
  // The rows below the first screenful follow in a transition: until all are drawn.
  const complete = await page.evaluate(async ([start, k]) => {
    while (performance.getEntriesByName('grensatlas:compare-complete').length <= k) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - start;
  }, [drawn.start, drawn.completeBefore] as const);
  f.drawn.push(drawn.frame);
  f.committed.push(drawn.committed);
  f.complete.push(complete);
  f.rows.push(await page.locator('.compare-table tbody tr[data-indicator]').count());
  await page.close();
}
