/**
 * `npm run bench`: how fast Grensatlas draws, measured from outside through its User Timing marks,
 * in headless Chromium (SwiftShader) against the production build. Prints medians and p95 over
 * several fresh page loads; never part of `npm test` (timings are not assertions).
 *
 *   map-drawn   navigation start -> performance.mark('grensatlas:map-drawn')
 *   level 3->2  radio change -> next MapLibre idle frame (geometry swap, not a recolour), once the
 *               page has settled after its first draw (initiative markers load after it)
 *   recolour    change of classification, number of classes or year of GDP per inhabitant over
 *               all NUTS 3 regions of NL, BE, DE and LU -> performance.mark('grensatlas:recoloured'),
 *               set at the first idle frame after the change (target: p95 under 50 ms);
 *               "app part" stops at grensatlas:colours-set, when the feature states are set and
 *               only MapLibre's drawing remains
 *   hover frame a hover (one feature-state change) -> next idle frame: the cost of drawing this map
 *               once, the floor under any recolour (under SwiftShader ~100-150 ms; an empty style
 *               still takes ~25 ms, so the 50 ms target cannot be met without a GPU)
 *   zone list   the initiatives within a selected border zone (0-10 km): turf intersection of
 *               their NUTS 3 regions with the zone, on the main thread (grensatlas:zone-listing)
 *   bands N km  outer distance changed -> bands computed in the worker (request to result, and
 *               the worker's own compute time) -> first idle frame with the new bands drawn
 *               ("drawn" includes the slider's 150 ms debounce);
 *               the worker is started and warmed when the layer panel opens ("worker warm");
 *               plus the longest main-thread task seen meanwhile (the page must stay responsive)
 *   zoom 1 map  a camera move (the zoom buttons, 7 <-> 8, GDP per inhabitant at NUTS 3; reduced motion,
 *               so a jump, not an animation) -> the next idle frame of the map
 *   zoom split  the same with the split map side by side (2021 left, 2020 right) -> the next idle
 *               frame of both maps: the right map follows every move, so both are redrawn
 *   compare 6   six places (five regions and EUREGIO) over all indicators: click opening the folded panel -> first
 *               frame with the table and its strip charts; "main thread" is Chromium's task time
 *               in between (target: under 100 ms), see ./compare.ts
 *   slide flown presenter mode: PageDown (what a clicker sends) -> the next settled frame (the
 *               map's next idle: the camera flight over, tiles and colours drawn), see ./slides.ts
 *   slide cut   the same for a user who prefers reduced motion: the camera cuts, no flight
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, NO_SERVICE_WORKER, hoverFrame, idleAfter, launchChromium, waitForMapDrawn } from '../chromium';
import { measureCompare } from './compare';
import { measureSlides } from './slides';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/** `BENCH_ONLY=compare npm run bench` runs one part (load, choropleth, zone, split, compare, slides). */
const ONLY = process.env.BENCH_ONLY;
const runs = (part: string) => ONLY === undefined || ONLY === part;

/** Waits until the map has drawn no new idle frame for `ms` (the page has settled). */
async function quiet(page: Page, ms = 1000): Promise<void> {
  let last = '';
  let since = Date.now();
  for (;;) {
    const now = await page.evaluate(() => document.querySelector<HTMLElement>('.map')?.dataset.idleCount ?? '');
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= ms) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

const DISTANCES = [45, 55, 100];

/** Every figure the bench reports, one list of samples each. */
function newFigures() {
  return {
    drawn: [] as number[], levelSwitch: [] as number[], warmup: [] as number[], recolour: [] as number[], recolourApp: [] as number[],
    frame: [] as number[], zoneListing: [] as number[], zoomSingle: [] as number[], zoomSplit: [] as number[],
    compare: { drawn: [] as number[], committed: [] as number[], complete: [] as number[], work: [] as number[], rows: [] as number[] },
    slides: { fly: [] as number[], cut: [] as number[] },
    bands: new Map<number, { request: number[]; worker: number[]; drawn: number[]; longest: number[] }>(
      DISTANCES.map((d) => [d, { request: [], worker: [], drawn: [], longest: [] }]),
    ),
  };
}
type Figures = ReturnType<typeof newFigures>;

/** Bands for each outer distance: worker time, time until drawn, longest main-thread task meanwhile. */
async function measureBands(page: Page, f: Figures): Promise<void> {
  const slider = page.getByRole('slider');
  for (const km of DISTANCES) {
    // Long tasks on the main thread while the worker computes (none expected).
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __obs?: PerformanceObserver };
      w.__longest = 0;
      w.__obs?.disconnect();
      w.__obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration); });
      w.__obs.observe({ type: 'longtask' });
      performance.clearMeasures('grensatlas:bands');
    });
    const start = await page.evaluate(() => performance.now());
    await slider.fill(String(km));
    // Drawn: the map reports the band edges it has on screen on the idle frame after them.
    const edges = [km / 5, km / 2, km].join(',');
    await page.waitForFunction((e) => document.querySelector<HTMLElement>('.map')?.dataset.bands === e, edges, { timeout: 30_000 });
    const r = await page.evaluate(() => {
      const m = performance.getEntriesByName('grensatlas:bands')[0] as PerformanceMeasure;
      return {
        request: m.duration, worker: (m.detail as { workerMs: number }).workerMs, now: performance.now(),
        longest: (window as unknown as { __longest: number }).__longest,
      };
    });
    const b = f.bands.get(km);
    b?.request.push(r.request);
    b?.worker.push(r.worker);
    b?.drawn.push(r.now - start);
    b?.longest.push(r.longest);
  }
}

/** First draw, a level switch once settled, the worker warm-up and the bands. */
async function measureLoad(browser: Browser, base: string, f: Figures): Promise<void> {
  const page = await browser.newPage({ ...NO_SERVICE_WORKER, viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}?border=line,0,1,2`);
  f.drawn.push(await waitForMapDrawn(page));
  // After the first draw the initiative markers load and draw; let that settle first, so the
  // level switch is timed on its own.
  await quiet(page);
  const t0 = await page.evaluate(() => performance.now());
  await idleAfter(page, () => page.getByRole('radio', { name: /NUTS 2/ }).check());
  f.levelSwitch.push((await page.evaluate(() => performance.now())) - t0);
  await page.getByRole('button', { name: 'Lagen' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('grensatlas:bands-ready').length > 0);
  f.warmup.push(await page.evaluate(() => performance.getEntriesByName('grensatlas:bands-ready')[0]?.duration ?? NaN));
  await measureBands(page, f);
  await page.close();
}

/** Recolouring: the same regions, new colours (feature-state and paint only). */
async function measureRecolour(choro: Page, f: Figures): Promise<void> {
  const changes: [string, string][] = [
    ['Indeling', 'equal'], ['Klassen', '7'], ['Jaar', '2020'], ['Indeling', 'ckmeans'],
    ['Klassen', '4'], ['Jaar', '2021'], ['Indeling', 'quantile'], ['Klassen', '5'],
  ];
  for (const [label, value] of changes) {
    const before = await choro.evaluate(() => performance.getEntriesByName('grensatlas:recoloured').length);
    // Change the control inside the page and take the time there, so no driver latency is counted.
    const t0 = await choro.evaluate(([l, v]) => {
      const label = [...document.querySelectorAll('label')].find((x) => x.querySelector('span')?.textContent === l);
      const field = label?.querySelector<HTMLInputElement | HTMLSelectElement>('select, input');
      if (!field) throw new Error(`no control ${l}`);
      const start = performance.now();
      // React tracks an input's value on the element; the prototype's setter goes around that,
      // as a user's typing does. The setter is called with the element as `this`.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
      setter?.call(field, v);
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
      return start;
    }, [label, value] as const);
    await choro.waitForFunction((n) => performance.getEntriesByName('grensatlas:recoloured').length > n, before, { timeout: 30_000 });
    const [set, end] = await choro.evaluate(() => [
      performance.getEntriesByName('grensatlas:colours-set').at(-1)?.startTime ?? NaN,
      performance.getEntriesByName('grensatlas:recoloured').at(-1)?.startTime ?? NaN,
    ]);
    f.recolourApp.push(set - t0);
    f.recolour.push(end - t0);
  }
}

/**
 * The floor under any recolour here: one hover (a single feature-state change) to the next idle
 * frame. It is what SwiftShader needs to draw this map once, whatever changed.
 */
async function measureHover(choro: Page, f: Figures): Promise<void> {
  for (const [x, y] of [[640, 400], [700, 380], [600, 450], [660, 330]] as const) f.frame.push(await hoverFrame(choro, x, y));
}

async function measureChoropleth(browser: Browser, base: string, f: Figures): Promise<void> {
  const choro = await browser.newPage({ ...NO_SERVICE_WORKER, viewport: { width: 1280, height: 800 } });
  await choro.goto(`${base}?ind=gdp_eur_per_inhabitant&year=2021`);
  await waitForMapDrawn(choro);
  await choro.waitForFunction(
    () => document.querySelector<HTMLElement>('.map')?.dataset.regions === 'BE3-DE3-LU3-NL3', null, { timeout: 60_000 },
  );
  await quiet(choro);
  await measureRecolour(choro, f);
  await measureHover(choro, f);
  await choro.close();
}

/** Zoom button clicks, each timed inside the page to the next idle frame of every map on it. */
async function zoomFrames(page: Page, out: number[] | null): Promise<void> {
  for (const label of ['Inzoomen', 'Uitzoomen', 'Inzoomen', 'Uitzoomen']) {
    const ms = await page.evaluate((name) => new Promise<number>((resolve) => {
      const maps = [...document.querySelectorAll<HTMLElement>('.map, [data-testid="split-map"]')];
      const before = maps.map((m) => m.dataset.idleCount);
      const button = document.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
      if (!button) throw new Error(`no button ${name}`);
      const start = performance.now();
      const obs = new MutationObserver(() => {
        if (!maps.every((m, i) => m.dataset.idleCount !== before[i])) return;
        obs.disconnect();
        resolve(performance.now() - start);
      });
      for (const m of maps) obs.observe(m, { attributes: true, attributeFilter: ['data-idle-count'] });
      button.click();
    }), label);
    out?.push(ms);
  }
}

/** A camera move with one map, and with the split map (both maps redrawn). */
async function measureSplit(browser: Browser, base: string, f: Figures): Promise<void> {
  for (const [query, out, right] of [
    ['', f.zoomSingle, null], ['&split=side&ryear=2020', f.zoomSplit, 'BE3-DE3-LU3-NL3'],
  ] as const) {
    const page = await browser.newPage({ ...NO_SERVICE_WORKER, viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${base}?ind=gdp_eur_per_inhabitant&year=2021&map=7.00/51.8000/6.3000${query}`);
    await waitForMapDrawn(page);
    await page.waitForFunction(
      (r) => r === null || document.querySelector<HTMLElement>('[data-testid="split-map"]')?.dataset.regions === r, right, { timeout: 60_000 },
    );
    await quiet(page);
    await zoomFrames(page, null); // the tiles of zoom 8 load once
    await zoomFrames(page, out);
    await page.close();
  }
}

/** Listing the initiatives of a border zone. */
async function measureZone(browser: Browser, base: string, f: Figures): Promise<void> {
  const zonePage = await browser.newPage({ ...NO_SERVICE_WORKER, viewport: { width: 1280, height: 800 } });
  await zonePage.goto(`${base}?level=2&zone=0`);
  await waitForMapDrawn(zonePage);
  await zonePage.waitForFunction(() => performance.getEntriesByName('grensatlas:zone-listing').length > 0, null, { timeout: 30_000 });
  f.zoneListing.push(await zonePage.evaluate(() => performance.getEntriesByName('grensatlas:zone-listing')[0]?.duration ?? NaN));
  await zonePage.close();
}

function report(f: Figures): void {
  const row = (name: string, xs: number[]) => {
    const ms = (q: number) => quantile(xs, q).toFixed(0).padStart(5);
    console.log(`${name.padEnd(12)} median ${ms(0.5)} ms   p95 ${ms(0.95)} ms   (${xs.length} runs)`);
  };
  console.log(`Grensatlas bench, headless Chromium + SwiftShader, 1280x800, NUTS 3 of NL+BE+DE+LU`);
  row('map-drawn', f.drawn);
  row('level 3->2', f.levelSwitch);
  row('recolour', f.recolour);
  row('  app part', f.recolourApp);
  row('hover frame', f.frame);
  row('zone list', f.zoneListing);
  row('zoom 1 map', f.zoomSingle);
  row('zoom split', f.zoomSplit);
  row('worker warm', f.warmup);
  row('compare 6', f.compare.drawn);
  row('  committed', f.compare.committed);
  row('  main thread', f.compare.work.map((s) => s * 1000));
  row('  all rows', f.compare.complete);
  row('slide flown', f.slides.fly);
  row('slide cut', f.slides.cut);
  console.log(`             (${String(f.compare.rows[0] ?? 0)} indicator rows, each with a strip chart)`);
  for (const [km, b] of f.bands) {
    row(`bands ${km} km`, b.request);
    row(`  worker`, b.worker);
    row(`  drawn`, b.drawn);
    row(`  long task`, b.longest);
  }
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('run `npm run build` first');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}`);
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0] ?? '';
  const browser = await launchChromium();
  const f = newFigures();
  try {
    for (let i = 0; i < RUNS; i++) {
      if (runs('load')) await measureLoad(browser, base, f);
      if (runs('choropleth')) await measureChoropleth(browser, base, f);
      if (runs('zone')) await measureZone(browser, base, f);
      if (runs('split')) await measureSplit(browser, base, f);
      if (runs('compare')) await measureCompare(browser, base, f.compare);
      if (runs('slides')) await measureSlides(browser, base, f.slides);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  report(f);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
