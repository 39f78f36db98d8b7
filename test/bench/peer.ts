/**
 * `npm run bench:peer`: Grensatlas against eurostat-map.js (Eurostat's d3/SVG library) drawing the
 * same NUTS 3 regions of NL, BE, DE and LU with the same classes and colours, from the same local
 * server, in the same headless Chromium, interleaved, a fresh browser per load (PEER_RUNS, default 9).
 * See PEER_README_SECTION.md / README for the figures; the output says how first frames are judged.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { preview } from 'vite';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, NO_SERVICE_WORKER, launchChromium } from '../chromium';
import { writePeerGeometry } from './peer/geometry';
import { writePeerPage, type PeerConfig } from './peer/page';
import { findSamples, metresOf, readPng, type View } from './peer/calibrate';
import { euState, gdpState, loadIndex, tintState } from './peer/states';
import { measureLoad, type Load, type LoadSpec } from './peer/measure';
import type { Sample } from './peer/probe';
import { header, row } from './peer/report';
import { measureScale, writeScalePage, type ScaleSet } from './peer/mapscale';

const RUNS = Number(process.env.PEER_RUNS ?? 9);
const SHOTS = '/tmp/peer-shots';
const GDP_PATH = '?ind=gdp_eur_per_inhabitant&year=2021';
// The uncoloured view of the countries, as every link with state opens: a bare visit now opens on
// the opening preset (src/state/opening.ts), so the link names its (default) level.
const DEFAULT_PATH = '?level=3';
const TOL = 3;

async function settledView(page: Page, url: string): Promise<{ view: View; png: ReturnType<typeof readPng> }> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('grensatlas:map-drawn').length > 0, null, { timeout: 90_000 });
  if (url.includes('ind=')) {
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.map')?.dataset.regions === 'BE3-DE3-LU3-NL3', null, { timeout: 60_000 });
  }
  await page.waitForTimeout(3000);
  const view = await page.evaluate(() => {
    const m = document.querySelector<HTMLElement>('.map');
    const r = m?.getBoundingClientRect();
    return { camera: m?.dataset.camera ?? '', rect: { left: r?.left ?? 0, top: r?.top ?? 0, width: r?.width ?? 0, height: r?.height ?? 0 } };
  });
  return { view, png: readPng(await page.screenshot()) };
}

/** Calibration load (not timed): the default camera, the map's rectangle and the sample points. */
async function calibrate(base: string, expectTint: Record<string, string>, expectGdp: Record<string, string>) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ ...NO_SERVICE_WORKER, viewport: { width: 1280, height: 800 } });
    const tint = await settledView(page, base + DEFAULT_PATH);
    const gdp = await settledView(page, base + GDP_PATH);
    if (tint.view.camera !== gdp.view.camera) console.error(`note: settled cameras round differently: ${tint.view.camera} ${gdp.view.camera}`);
    const samples = findSamples(tint.view, loadIndex(), [{ png: tint.png, expected: expectTint }, { png: gdp.png, expected: expectGdp }], TOL);
    return { view: tint.view, samples };
  } finally {
    await browser.close();
  }
}

function peerConfigs(view: View, states: ReturnType<typeof allStates>): Record<string, PeerConfig> {
  const base = { width: Math.round(view.rect.width), height: Math.round(view.rect.height), hoverColor: '#ffd48a' };
  const focus = { ...base, geo: 'focus' as const, position: metresOf(view.camera) };
  // Europe: the mainland in view (outermost regions drawn off screen).
  const eu = { ...base, geo: 'eu' as const, position: { x: 1_100_000, y: 6_900_000, z: 6500 } };
  return { tint: { ...focus, states: [states.tint] }, gdp: { ...focus, states: states.gdp }, eu: { ...eu, states: states.eu } };
}

function allStates(focusIds: string[], euIds: string[]) {
  const index = loadIndex();
  return { tint: tintState(focusIds), gdp: [gdpState(index, '2021'), gdpState(index, '2020')], eu: [euState(euIds, 1), euState(euIds, 2)] };
}

type Specs = Record<'gTint' | 'gGdp' | 'eTint' | 'eGdp' | 'eEu', LoadSpec>;
type Runs = Record<keyof Specs | 'sFocus' | 'sEu', Load[]>;
const SCALE_SETS = { sFocus: 'focus', sEu: 'eu' } as const satisfies Record<string, ScaleSet>;

function specs(base: string, view: View, samples: Sample[], states: ReturnType<typeof allStates>): Specs {
  const svgSamples = samples.map((s) => ({ ...s, x: s.x - view.rect.left, y: s.y - view.rect.top }));
  const hoverIds = [0, 8, 16, 24].map((i) => samples[i]?.id ?? '').filter(Boolean);
  const [g21, g20] = states.gdp;
  const [eu1, eu2] = states.eu;
  if (!g21 || !g20 || !eu1 || !eu2) throw new Error('states missing');
  const gl = (expected: Record<string, string>) => ({ kind: 'gl' as const, expected, samples, tolerance: TOL });
  const svg = (expected: Record<string, string>) => ({ kind: 'svg' as const, expected, samples: [], tolerance: TOL });
  const peer = `${base}peer/index.html?v=`;
  return {
    gTint: {
      url: base + DEFAULT_PATH, probe: gl(states.tint.expected), verify: samples, recolours: [], hoverIds, shot: `${SHOTS}/grensatlas-default.png`,
    },
    gGdp: { url: base + GDP_PATH, probe: gl(g21.expected), verify: samples, recolours: [g20.expected, g21.expected], hoverIds,
      shot: `${SHOTS}/grensatlas-gdp.png` },
    eTint: {
      url: `${peer}tint`, probe: svg(states.tint.expected), verify: svgSamples, recolours: [], hoverIds, shot: `${SHOTS}/eurostat-map-default.png`,
    },
    eGdp: { url: `${peer}gdp`, probe: svg(g21.expected), verify: svgSamples, recolours: [g20.expected, g21.expected], hoverIds,
      shot: `${SHOTS}/eurostat-map-gdp.png` },
    eEu: {
      url: `${peer}eu`, probe: svg(eu1.expected), verify: [], recolours: [eu2.expected, eu1.expected], hoverIds: [],
      shot: `${SHOTS}/eurostat-map-eu.png`,
    },
  };
}

function report(r: Runs, euCount: number): void {
  header(RUNS);
  row('first frame, default view', 'ms', r.gTint, r.eTint, (l) => [l.firstFrame]);
  row('  (Grensatlas own map-drawn mark)', 'ms', r.gTint, null, (l) => [l.appMark]);
  row('first frame, GDP NUTS 3 (486)', 'ms', r.gGdp, r.eGdp, (l) => [l.firstFrame]);
  row('recolour 2021<->2020, frame', 'ms', r.gGdp, r.eGdp, (l) => l.recolour);
  row('  app part (G colours-set; E update call)', 'ms', r.gGdp, r.eGdp, (l) => l.recolourApp);
  row('requests before first frame, default', 'n', r.gTint, r.eTint, (l) => [l.requests]);
  row('gzip bytes before first frame, default', 'kB', r.gTint, r.eTint, (l) => [l.gzipBytes]);
  row('requests before first frame, GDP', 'n', r.gGdp, r.eGdp, (l) => [l.requests]);
  row('gzip bytes before first frame, GDP', 'kB', r.gGdp, r.eGdp, (l) => [l.gzipBytes]);
  row('JS heap after load+GC, default', 'MB', r.gTint, r.eTint, (l) => [l.heapBytes]);
  row('JS heap after load+GC, GDP', 'MB', r.gGdp, r.eGdp, (l) => [l.heapBytes]);
  row('hover -> frame', 'ms', r.gGdp, r.eGdp, (l) => l.hover);
  row('longest task during load, default', 'ms', r.gTint, r.eTint, (l) => [l.longestLoadTask]);
  row('longest task during load, GDP', 'ms', r.gGdp, r.eGdp, (l) => [l.longestLoadTask]);
  row('longest task during recolour', 'ms', r.gGdp, r.eGdp, (l) => l.recolourTask);
  row('probe cost during load (observer)', 'ms', r.gGdp, r.eGdp, (l) => [l.pollMs]);
  console.log('Scaling (eurostat-map; the app draws only the four countries: n/a here, see its map path below).');
  console.log(`EU27 NUTS 3 = ${euCount} regions, stand-in values:`);
  row('first frame, 486 regions (GDP)', 'ms', null, r.eGdp, (l) => [l.firstFrame]);
  row(`first frame, ${euCount} regions`, 'ms', null, r.eEu, (l) => [l.firstFrame]);
  row('recolour, 486 regions', 'ms', null, r.eGdp, (l) => l.recolour);
  row(`recolour, ${euCount} regions`, 'ms', null, r.eEu, (l) => l.recolour);
  row(`longest task during load, ${euCount}`, 'ms', null, r.eEu, (l) => [l.longestLoadTask]);
  row(`gzip bytes before first frame, ${euCount}`, 'kB', null, r.eEu, (l) => [l.gzipBytes]);
  scalingRows(r, euCount);
}

function scalingRows(r: Runs, euCount: number): void {
  console.log('Scaling, Grensatlas map path: the app\'s map path only (its design mapDesign, its tile cutting, colours as feature-state,');
  console.log('  MapLibre), on one bench page for both sizes, without React and the panels; regions-only tiles z0-6 cut for the bench.');
  console.log('  First frame: the first MapLibre idle (all tiles loaded), colours set at style load. Recolour: setFeatureState for');
  console.log('  every region (JS part), and to the next idle frame. Camera: 486 = the app\'s default view, EU = the EU27 mainland.');
  console.log('  Map path: stand-in values (euState) at both sizes, page and view 1280x800. eurostat-map column: the rows above');
  console.log(`  (486 = its GDP page, real figures, in the app's map rectangle; ${euCount} = its EU page, stand-in values).`);
  row('map path first frame, 486', 'ms', r.sFocus, r.eGdp, (l) => [l.firstFrame]);
  row(`map path first frame, ${euCount}`, 'ms', r.sEu, r.eEu, (l) => [l.firstFrame]);
  row('map path recolour JS part, 486', 'ms', r.sFocus, r.eGdp, (l) => l.recolourApp);
  row(`map path recolour JS part, ${euCount}`, 'ms', r.sEu, r.eEu, (l) => l.recolourApp);
  row('map path recolour to frame, 486', 'ms', r.sFocus, r.eGdp, (l) => l.recolour);
  row(`map path recolour to frame, ${euCount}`, 'ms', r.sEu, r.eEu, (l) => l.recolour);
  row(`map path longest task in load, ${euCount}`, 'ms', r.sEu, r.eEu, (l) => [l.longestLoadTask]);
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('run `npm run build` first');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}`);
  mkdirSync(SHOTS, { recursive: true });
  const { focusIds, euIds } = await writePeerGeometry('dist/peer/geo');
  if (focusIds.length !== 486) throw new Error(`expected 486 NUTS 3 regions, got ${focusIds.length}`);
  const states = allStates(focusIds, euIds);
  const counts = await writeScalePage('dist/peer/scale');
  if (counts.focus !== focusIds.length || counts.eu !== euIds.length) throw new Error(`scale page regions ${counts.focus}/${counts.eu}`);
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0] ?? '';
  try {
    const [g21] = states.gdp;
    const { view, samples } = await calibrate(base, states.tint.expected, g21?.expected ?? {});
    console.log(`calibrated: camera ${view.camera}, map ${view.rect.width}x${view.rect.height} at y ${view.rect.top}, ${samples.length} samples`);
    writePeerPage('dist/peer', peerConfigs(view, states));
    const sp = specs(base, view, samples, states);
    const r: Runs = { gTint: [], gGdp: [], eTint: [], eGdp: [], eEu: [], sFocus: [], sEu: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const k of ['gTint', 'eTint', 'gGdp', 'sFocus', 'eGdp', 'sEu', 'eEu'] as const) {
        if (k === 'sFocus' || k === 'sEu') {
          const set = SCALE_SETS[k];
          r[k].push(await measureScale(`${base}peer/scale/index.html?set=${set}`, i === 0 ? `${SHOTS}/scale-${set}.png` : undefined));
        } else r[k].push(await measureLoad({ ...sp[k], shot: i === 0 ? sp[k].shot : undefined }));
      }
      console.error(`run ${i + 1}/${RUNS} done`);
    }
    report(r, euIds.length);
  } finally {
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
