/**
 * Border-zone geometry as pure functions on projected paths (see projection.ts): buffers of the
 * border lines, distance bands clipped to land, and shares of a region's area inside a zone.
 * Clipper2 does the offsetting and clipping: exact integer arithmetic and fast enough to run on
 * every change of distance in a worker.
 */
import { Clipper, ClipType, EndType, FillRule, JoinType, PointInPolygonResult, type Paths64 } from 'clipper2-ts';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { project, unproject, type XY } from './projection';

/** Largest distance from a true arc that a buffer may deviate, in metres. */
const ARC_TOLERANCE_M = 25;

export function projectLines(lines: MultiLineString): Paths64 {
  return lines.coordinates.map((line) => line.map(project));
}

export function projectPolygons(geometry: Polygon | MultiPolygon): Paths64 {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.map((ring) => ring.map(project)));
}

/** Everything within `km` of the lines (round caps and joins). */
export function buffer(lines: Paths64, km: number): Paths64 {
  if (km <= 0) return [];
  return Clipper.inflatePaths(lines, km * 1000, JoinType.Round, EndType.Round, 2, ARC_TOLERANCE_M);
}

export function intersect(a: Paths64, b: Paths64): Paths64 {
  return Clipper.intersect(a, b, FillRule.NonZero);
}

/** Land polygons use even-odd, so their holes (lakes, enclaves) stay holes. */
export function clipToLand(zone: Paths64, land: Paths64): Paths64 {
  return Clipper.booleanOp(ClipType.Intersection, zone, land, FillRule.EvenOdd);
}

/** Area in km² of paths drawn with the non-zero rule (Clipper's outputs). */
export function areaKm2(paths: Paths64): number {
  return Math.abs(Clipper.areaPaths(paths)) / 1e6;
}

/**
 * Distance bands along the lines: [0, e0), [e0, e1), ... each clipped to land.
 * Returns one set of paths per band.
 */
export function distanceBands(lines: Paths64, land: Paths64, edgesKm: readonly number[]): Paths64[] {
  const buffers = edgesKm.map((km) => clipToLand(buffer(lines, km), land));
  return buffers.map((b, i) => (i === 0 ? b : Clipper.difference(b, buffers[i - 1] ?? [], FillRule.NonZero)));
}

/** Share (0-1) of a region's area inside a zone. */
export function shareInside(region: Paths64, zone: Paths64): number {
  const total = Math.abs(Clipper.areaPaths(Clipper.union(region, FillRule.EvenOdd)));
  if (total === 0 || zone.length === 0) return 0;
  const inside = Math.abs(Clipper.areaPaths(Clipper.booleanOp(ClipType.Intersection, region, zone, FillRule.EvenOdd)));
  return Math.min(1, inside / total);
}

function segmentDistance(p: XY, a: XY, b: XY): number {
  const dx = b.x - a.x, dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Shortest distance in km from a point (lon/lat) to projected lines. */
export function distanceKm(point: Position, lines: Paths64): number {
  const p = project(point);
  let best = Infinity;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1], b = line[i];
      if (a && b) best = Math.min(best, segmentDistance(p, a, b));
    }
  }
  return best / 1000;
}

/** Length in km of projected lines. */
export function lengthKm(lines: Paths64): number {
  let m = 0;
  for (const line of lines) for (let i = 1; i < line.length; i++) {
    const a = line[i - 1], b = line[i];
    if (a && b) m += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return m / 1000;
}

/**
 * Projected paths back to a GeoJSON MultiPolygon: outer rings (positive area) take the holes
 * (negative area) that lie inside them. Coordinates rounded to 5 decimals (about 1 m).
 */
export function toMultiPolygon(paths: Paths64): MultiPolygon {
  const outers: { ring: Paths64[number]; holes: Paths64 }[] = [];
  const holes: Paths64 = [];
  for (const p of paths) {
    if (Clipper.area(p) > 0) outers.push({ ring: p, holes: [] });
    else holes.push(p);
  }
  for (const h of holes) {
    const probe = h[0];
    const owner = probe && outers.find((o) => Clipper.pointInPolygon(probe, o.ring) !== PointInPolygonResult.IsOutside);
    owner?.holes.push(h);
  }
  const ring = (path: Paths64[number]): Position[] => {
    const coords: Position[] = path.map((pt) => unproject(pt).map((v) => Math.round(v * 1e5) / 1e5));
    const first = coords[0];
    if (first) coords.push(first);
    return coords;
  };
  return { type: 'MultiPolygon', coordinates: outers.map((o) => [ring(o.ring), ...o.holes.map(ring)]) };
}

export type BandFeature = Feature<MultiPolygon, { band: number; fromKm: number; toKm: number }>;

export function bandFeatures(bands: Paths64[], edgesKm: readonly number[]): BandFeature[] {
  return bands.map((paths, i) => ({
    type: 'Feature',
    properties: { band: i, fromKm: i === 0 ? 0 : (edgesKm[i - 1] ?? 0), toKm: edgesKm[i] ?? 0 },
    geometry: toMultiPolygon(paths),
  }));
}
