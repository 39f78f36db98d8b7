/**
 * Scaling of Grensatlas' map path: the app's own style (mapDesign), its way of cutting vector tiles
 * (geojson-vt + vt-pbf, as geo/lib/tiles.ts) and its colours as feature-state (as setRegionColours),
 * drawn by MapLibre on a bench page without React and the panels, for the 486 NUTS 3 regions of
 * NL, BE, DE, LU and for all 1166 of the EU27: the same page and code for both sizes. Written into
 * dist/peer/scale/ after the build (generated, never committed).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Browser } from 'playwright-core';
import { loadAtlasTopology } from '../../../geo/lib/atlas.ts';
import { FOCUS_COUNTRIES } from '../../../geo/lib/config.ts';
import { sourceFeatures } from '../../../geo/lib/nuts.ts';
import { EXTENT, writeTileFolder, type TileProps } from '../../../geo/lib/tiles.ts';
import type { BBox } from '../../../src/model/bbox';
import { TILE_LAYERS, tileRange } from '../../../src/model/tiles';
import { mapDesign, SOURCES } from '../../../src/map/design';
import { levelDrawn } from '../../../src/map/drawn';
import { DEFAULT_BOUNDS } from '../../../src/state/camera';
import { lightTheme } from '../../../src/theme/theme';
import { NO_SERVICE_WORKER, launchChromium } from '../../chromium';
import { EU27 } from './geometry';
import type { Load } from './measure';
import { euState } from './states';

/** Tiled for the bench (the app's TILE_BOUNDS cover only the four countries and their neighbours). */
export const SCALE_TILE_BOUNDS: BBox = [-25, 34, 45, 72];
/** The EU view is at zoom 3-4, the four countries' default view at 6-7: z6 tiles serve both. */
export const SCALE_MAX_ZOOM = 6;
/** Camera of the EU set: the EU27 mainland (Portugal to Cyprus, Malta to Lapland). */
const EU_MAINLAND: BBox = [-10, 34.5, 34.7, 70.2];
/** As geo/lib/tiles.ts. */
const BUFFER = 64;
const ORIGIN = '__ORIGIN__';

export type ScaleSet = 'focus' | 'eu';
interface ScaleConfig {
  style: object;
  bounds: BBox;
  /** Colour per region id: [0] first drawn, [1] the recolour. */
  colours: [Record<string, string>, Record<string, string>];
}

type RegionFeature = Feature<Polygon | MultiPolygon, TileProps>;

/** The regions cut as buildTiles cuts them (same options and encoder), over the bench's bounds and zooms; regions layer only. */
export function scaleTiles(regions: RegionFeature[]): Map<string, Uint8Array> {
  const options = { maxZoom: SCALE_MAX_ZOOM, indexMaxZoom: SCALE_MAX_ZOOM, extent: EXTENT, buffer: BUFFER, tolerance: 3 };
  const index = new GeoJSONVT({ type: 'FeatureCollection', features: regions }, options);
  const tiles = new Map<string, Uint8Array>();
  for (let z = 0; z <= SCALE_MAX_ZOOM; z++) {
    const { minX, maxX, minY, maxY } = tileRange(z, SCALE_TILE_BOUNDS);
    for (let x = minX; x <= maxX; x++) {
      for (let y = minY; y <= maxY; y++) {
        const tile = index.getTile(z, x, y);
        const full = tile && tile.features.length > 0;
        const data = full ? fromGeojsonVt({ [TILE_LAYERS.regions]: tile }, { version: 2, extent: EXTENT }) : new Uint8Array();
        tiles.set(`${z}/${x}/${y}`, data);
      }
    }
  }
  return tiles;
}

/** The app's design for NUTS 3 (no labels, no selection), the source limited to the bench tiles. */
function scaleStyle(set: ScaleSet): object {
  const design = mapDesign({
    tiles: `${ORIGIN}/peer/scale/${set}/{z}/{x}/{y}.pbf`, regions: levelDrawn(3, undefined), labels: null, selection: null, attribution: '',
  }, lightTheme);
  const nuts = design.sources[SOURCES.nuts];
  if (nuts?.type !== 'vector') throw new Error('no vector source in the design');
  const sources = { ...design.sources, [SOURCES.nuts]: { ...nuts, bounds: [...SCALE_TILE_BOUNDS], maxzoom: SCALE_MAX_ZOOM } };
  // As useMapInstance: no paint transitions.
  return { version: 8, sources, layers: design.layers, transition: { duration: 0, delay: 0 } };
}

/** Page entry: the map with the first colours set at style load; first idle = first frame; `__scale.recolour(i)`. */
const ENTRY = `
import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
const set = new URLSearchParams(location.search).get('set');
const cfg = JSON.parse((await (await fetch('./' + set + '.json')).text()).replaceAll('${ORIGIN}', location.origin));
const map = new maplibregl.Map({ container: 'map', style: cfg.style, bounds: cfg.bounds, fadeDuration: 0, maxZoom: 11 });
const ids = Object.keys(cfg.colours[0]);
const feature = (id) => ({ source: '${SOURCES.nuts}', sourceLayer: '${TILE_LAYERS.regions}', id });
const paint = (i) => {
  const colours = cfg.colours[i];
  for (const id of ids) map.setFeatureState(feature(id), { c: colours[id], nodata: false });
};
map.once('style.load', () => paint(0));
map.once('idle', () => window.__scaleDone({ firstFrame: performance.now(), loaded: map.areTilesLoaded() }));
window.__scale = {
  map,
  recolour(i) {
    return new Promise((resolve) => {
      const start = performance.now();
      paint(i);
      const js = performance.now() - start;
      map.once('idle', () => resolve([js, performance.now() - start]));
    });
  },
  check(i) {
    const drawn = new Set(map.queryRenderedFeatures({ layers: ['regions-fill'] }).map((f) => f.id));
    let wrong = 0;
    for (const id of drawn) if (map.getFeatureState(feature(id)).c !== cfg.colours[i][id]) wrong++;
    return { drawn: drawn.size, wrong };
  },
};
`;

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Grensatlas map path at scale</title>
<link rel="stylesheet" href="./maplibre-gl.css">
<style>html, body, #map { margin: 0; padding: 0; width: 100%; height: 100%; overflow: hidden; }</style>
<script>
window.__longtasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });
window.__scaleReady = new Promise((r) => { window.__scaleDone = r; });
</script></head>
<body><div id="map"></div><script type="module" src="./scale.js"></script></body></html>
`;

const require = createRequire(import.meta.url);


/** Writes page, MapLibre, tiles and configs of both sets into `dir` (dist/peer/scale); the region count per set. */
export async function writeScalePage(dir: string): Promise<Record<ScaleSet, number>> {
  mkdirSync(dir, { recursive: true });
  const maplibre = join(dirname(require.resolve('maplibre-gl/package.json')), 'dist');
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(join(maplibre, f), join(dir, f));
  writeFileSync(join(dir, 'index.html'), HTML);
  writeFileSync(join(dir, 'scale.js'), ENTRY);
  const level3 = sourceFeatures(await loadAtlasTopology(3));
  const regions = (countries: readonly string[]): RegionFeature[] => level3
    .filter((f) => countries.includes(f.properties.CNTR_CODE))
    .map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { id: f.properties.NUTS_ID, country: f.properties.CNTR_CODE, level: 3 } }));
  const sets = { focus: { regions: regions(FOCUS_COUNTRIES), bounds: DEFAULT_BOUNDS }, eu: { regions: regions(EU27), bounds: EU_MAINLAND } };
  const counts = { focus: 0, eu: 0 };
  for (const [set, { regions: rg, bounds }] of Object.entries(sets) as [ScaleSet, (typeof sets)['eu']][]) {
    const tiles = scaleTiles(rg);
    const bytes = writeTileFolder(join(dir, set), tiles);
    const ids = rg.map((f) => f.properties.id);
    const config: ScaleConfig = { style: scaleStyle(set), bounds, colours: [euState(ids, 1).expected, euState(ids, 2).expected] };
    writeFileSync(join(dir, `${set}.json`), JSON.stringify(config));
    counts[set] = ids.length;
    console.error(`scale: ${set}: ${ids.length} regions, ${tiles.size} tiles z0-${SCALE_MAX_ZOOM}, ${(bytes / 1024).toFixed(0)} KiB`);
  }
  return counts;
}

type W = Window & Record<string, unknown>;
interface Check { drawn: number; wrong: number }
type Scale = { recolour: (i: number) => Promise<[number, number]>; check: (i: number) => Check };

async function checked(page: Awaited<ReturnType<Browser['newPage']>>, i: number, url: string): Promise<void> {
  const c = await page.evaluate((n) => ((window as unknown as W).__scale as Scale).check(n), i);
  if (c.drawn === 0 || c.wrong > 0) throw new Error(`${url}: ${c.drawn} regions drawn, ${c.wrong} with a wrong colour`);
}

/** One load of the scale page in a fresh browser: first frame, longest task before it, two recolours (JS part and to the frame). */
export async function measureScale(url: string, shot?: string): Promise<Load> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ ...NO_SERVICE_WORKER, viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    type Ready = Promise<{ firstFrame: number; loaded: boolean }>;
    const { firstFrame, loaded } = await page.evaluate(() => (window as unknown as W).__scaleReady as Ready);
    if (!loaded) throw new Error(`${url}: first idle without all tiles loaded`);
    const longestLoadTask = await page.evaluate((t) => ((window as unknown as W).__longtasks as [number, number][])
      .filter(([s]) => s < t).reduce((m, [, d]) => Math.max(m, d), 0), firstFrame);
    await page.waitForTimeout(1000);
    await checked(page, 0, url);
    if (shot) await page.screenshot({ path: shot, timeout: 120_000 });
    const load: Load = {
      firstFrame, appMark: NaN, requests: NaN, gzipBytes: NaN, longestLoadTask, heapBytes: NaN, pollMs: NaN,
      recolour: [], recolourApp: [], recolourTask: [], hover: [],
    };
    for (const i of [1, 0]) {
      const [js, frame] = await page.evaluate((n) => ((window as unknown as W).__scale as Scale).recolour(n), i);
      load.recolourApp.push(js);
      load.recolour.push(frame);
      await page.waitForTimeout(1000);
      await checked(page, i, url);
    }
    return load;
  } finally {
    await browser.close();
  }
}
