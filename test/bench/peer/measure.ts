/**
 * One page load of either app in a fresh Chromium (new launch: fresh profile, empty cache), and
 * what is measured on it: first frame, bytes before it, longest task during load, heap after
 * load, recolours, hovers; a screenshot after load checks the sample pixels.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { NO_SERVICE_WORKER, hoverFrame, launchChromium } from '../../chromium';
import { matches, readPng } from './calibrate';
import { probeScript, type ProbeArgs, type Sample } from './probe';

export interface Load {
  firstFrame: number;
  /** Grensatlas only: its own grensatlas:map-drawn mark. */
  appMark: number;
  requests: number;
  gzipBytes: number;
  longestLoadTask: number;
  heapBytes: number;
  pollMs: number;
  recolour: number[];
  recolourApp: number[];
  recolourTask: number[];
  hover: number[];
}

export interface LoadSpec {
  url: string;
  probe: ProbeArgs;
  /** Screenshot check after load: sample points (client px) and the expected colours. */
  verify: Sample[];
  /** Expectations to recolour to, in order (none: no recolour measured). */
  recolours: Record<string, string>[];
  hoverIds: string[];
  shot?: string;
}

type W = Window & Record<string, unknown>;
const longestSince = (page: Page, from: number, to = Infinity) => page.evaluate(([a, b]) =>
  ((window as unknown as W).__longtasks as [number, number][])
    .filter(([s]) => s >= (a ?? 0) && s < (b ?? Infinity)).reduce((m, [, d]) => Math.max(m, d), 0), [from, to]);

/** Counts requests started before `before` (ms after navigation start) and their gzip sizes. */
function trackBytes(page: Page) {
  const seen: Promise<{ start: number; gz: number }>[] = [];
  page.on('response', (r) => {
    seen.push((async () => {
      const body = await r.body().catch(() => Buffer.alloc(0));
      return { start: r.request().timing().startTime, gz: gzipSync(body).length };
    })());
  });
  return async (timeOrigin: number, before: number) => {
    const all = await Promise.all(seen);
    const early = all.filter((x) => x.start - timeOrigin < before);
    return { requests: early.length, gzipBytes: early.reduce((s, x) => s + x.gz, 0) };
  };
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function settle(page: Page, gl: boolean): Promise<number> {
  // eurostat-map: its probe sets __firstFrame when every path shows its colour (waited for next).
  if (!gl) return NaN;
  await page.waitForFunction(() => performance.getEntriesByName('grensatlas:map-drawn').length > 0, null, { timeout: 90_000 });
  await page.waitForTimeout(1500);
  return page.evaluate(() => performance.getEntriesByName('grensatlas:map-drawn')[0]?.startTime ?? NaN);
}

/**
 * Grensatlas' first frame: the first MapLibre idle frame at or after grensatlas:map-drawn and, with
 * an indicator, after the first grensatlas:colours-set (then checked on a screenshot).
 */
async function glFirstFrame(page: Page, indicator: boolean): Promise<void> {
  // (colours-set is marked on changes only, not on the first load)
  if (indicator) await page.waitForFunction(() => document.querySelector<HTMLElement>('.map')?.dataset.regions === 'BE3-DE3-LU3-NL3');
  await page.evaluate(() => {
    const w = window as unknown as W;
    const after = Math.max(...['grensatlas:map-drawn', 'grensatlas:colours-set'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? 0));
    w.__firstFrame = (w.__idles as number[]).find((t) => t >= after) ?? NaN;
  });
}

/** Grensatlas: change the year select inside the page; the app's marks (the screenshot after checks the colours). */
async function recolourGl(page: Page, spec: LoadSpec, expected: Record<string, string>, year: string): Promise<[number, number]> {
  const before = await page.evaluate(() => performance.getEntriesByName('grensatlas:recoloured').length);
  const t0 = await page.evaluate((v) => {
    const label = [...document.querySelectorAll('label')].find((x) => x.querySelector('span')?.textContent === 'Jaar');
    const field = label?.querySelector('select');
    if (!field) throw new Error('no year select');
    const start = performance.now();
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(field, v);
    field.dispatchEvent(new Event('change', { bubbles: true }));
    return start;
  }, year);
  await page.waitForFunction((n) => performance.getEntriesByName('grensatlas:recoloured').length > n, before, { timeout: 30_000 });
  const [set, end] = await page.evaluate(() => ['grensatlas:colours-set', 'grensatlas:recoloured']
    .map((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN));
  await verifyShot(page, { ...spec, shot: undefined }, expected);
  return [(end ?? NaN) - t0, (set ?? NaN) - t0];
}

/** eurostat-map: its own update with the other state; fills set (computed) plus the next rAF. */
function recolourSvg(page: Page, expected: Record<string, string>, state: number): Promise<[number, number]> {
  return page.evaluate(async ([exp, i]) => {
    const w = window as unknown as W;
    const watch = (w.__watch as (e: Record<string, string>) => Promise<number>)(exp);
    const start = performance.now();
    (w.__peer as { recolour: (i: number) => void }).recolour(i);
    const app = performance.now() - start;
    await watch;
    await new Promise((r) => requestAnimationFrame(r));
    return [performance.now() - start, app] as [number, number];
  }, [expected, state] as const);
}


function hoverSvg(page: Page, id: string): Promise<number> {
  return page.evaluate((rid) => new Promise<number>((resolve) => {
    const paths = [...document.querySelectorAll<SVGPathElement>('#em-nutsrg path')];
    const p = paths.find((x) => (x as unknown as { __data__: { properties: { id: string } } }).__data__.properties.id === rid);
    if (!p) throw new Error(`no path ${rid}`);
    const before = getComputedStyle(p).fill;
    const start = performance.now();
    p.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const tick = () => {
      if (getComputedStyle(p).fill === before) return requestAnimationFrame(tick);
      requestAnimationFrame(() => {
        const t = performance.now() - start;
        p.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
        resolve(t);
      });
    };
    tick();
  }), id);
}

async function verifyShot(page: Page, spec: LoadSpec, expected: Record<string, string>): Promise<void> {
  if (spec.verify.length === 0 && !spec.shot) return;
  // A large SVG takes SwiftShader long to rasterise: a generous timeout.
  const buf = await page.screenshot({ ...(spec.shot ? { path: spec.shot } : {}), timeout: 120_000 });
  const png = readPng(buf);
  const bad = spec.verify.filter((s) => !matches(png, s.x, s.y, expected[s.id] ?? '', 3));
  // Initiative markers (drawn after the first frame) may cover a sample or two: at most 10 % may differ.
  if (bad.length > spec.verify.length / 10) {
    throw new Error(`${spec.url}: screenshot shows wrong colours at ${bad.map((b) => `${b.id}@${b.x},${b.y}`).join(' ')}`);
  }
}

/** One load in a fresh browser; throws on any request to another origin. */
export async function measureLoad(spec: LoadSpec): Promise<Load> {
  const browser = await launchChromium();
  const offsite: string[] = [];
  try {
    const page = await browser.newPage({ ...NO_SERVICE_WORKER, viewport: { width: 1280, height: 800 } });
    const origin = new URL(spec.url).origin;
    await page.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith('http') && new URL(u).origin !== origin) {
        offsite.push(u);
        return route.abort();
      }
      return route.continue();
    });
    const bytes = trackBytes(page);
    await page.addInitScript(probeScript(spec.probe));
    await page.goto(spec.url);
    const gl = spec.probe.kind === 'gl';
    const appMark = await settle(page, gl);
    if (gl) await glFirstFrame(page, spec.recolours.length > 0);
    await page.waitForFunction(() => (window as unknown as W).__firstFrame !== undefined, null, { timeout: 90_000, polling: 100 });
    const [firstFrame, timeOrigin] = await page.evaluate(() => [(window as unknown as W).__firstFrame as number, performance.timeOrigin]);
    await verifyShot(page, spec, spec.probe.expected);
    const load: Load = {
      firstFrame, appMark, ...(await bytes(timeOrigin, firstFrame)), longestLoadTask: await longestSince(page, 0, firstFrame),
      heapBytes: await heapAfterGc(page), pollMs: await page.evaluate(() => ((window as unknown as W).__pollCost as { ms: number }).ms),
      recolour: [], recolourApp: [], recolourTask: [], hover: [],
    };
    await measureChanges(page, spec, gl, load);
    if (offsite.length > 0) throw new Error(`requests to another origin: ${offsite.join(' ')}`);
    return load;
  } finally {
    await browser.close();
  }
}

async function measureChanges(page: Page, spec: LoadSpec, gl: boolean, load: Load): Promise<void> {
  for (const [i, exp] of spec.recolours.entries()) {
    const from = await page.evaluate(() => performance.now());
    const [seen, app] = gl ? await recolourGl(page, spec, exp, i % 2 === 0 ? '2020' : '2021') : await recolourSvg(page, exp, i % 2 === 0 ? 1 : 0);
    await page.waitForTimeout(gl ? 1000 : 300);
    load.recolour.push(seen);
    load.recolourApp.push(app);
    load.recolourTask.push(await longestSince(page, from));
  }
  for (const [i, id] of spec.hoverIds.entries()) {
    const s = spec.verify.find((x) => x.id === id) ?? spec.verify[i];
    if (!s) continue;
    load.hover.push(gl ? await hoverFrame(page, s.x, s.y) : await hoverSvg(page, id));
    await page.waitForTimeout(gl ? 500 : 100);
  }
}
