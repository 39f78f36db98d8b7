/**
 * Border-zone geometry as pure functions on projected paths (see projection.ts): buffers of the
 * border lines, distance bands clipped to land, and shares of a region's area inside a zone.
 * Clipper2 does the offsetting and clipping: exact integer arithmetic and fast enough to run on
 * every change of distance in a worker.
 */
import { Clipper, ClipType, EndType, FillRule, JoinType, PolyTree64, type PolyPath64, type Paths64 } from 'clipper2-ts';
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

/** Signed area of a lon/lat ring (positive when counter-clockwise, x east and y north). */
function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 1; i < ring.length; i++) {
    const p = ring[i - 1], q = ring[i];
    if (p && q) a += ((p[0] ?? 0) * (q[1] ?? 0)) - ((q[0] ?? 0) * (p[1] ?? 0));
  }
  return a / 2;
}

/** Closed lon/lat ring, rounded to 5 decimals (about 1 m), wound as RFC 7946 asks. */
function toRing(path: Paths64[number], outer: boolean): Position[] {
  const coords: Position[] = path.map((pt) => unproject(pt).map((v) => Math.round(v * 1e5) / 1e5));
  const first = coords[0];
  if (first) coords.push(first);
  // The projection flips y, so Clipper's orientation says nothing about lon/lat: fix it here.
  if ((signedArea(coords) > 0) !== outer) coords.reverse();
  return coords;
}

/**
 * Projected paths back to a GeoJSON MultiPolygon. Clipper's polygon tree says which ring is a
 * hole of which outer ring (also islands inside holes), so nesting is never guessed.
 */
export function toMultiPolygon(paths: Paths64): MultiPolygon {
  const tree = new PolyTree64();
  Clipper.booleanOpWithPolyTree(ClipType.Union, paths, null, tree, FillRule.NonZero);
  const polygons: Position[][][] = [];
  const visit = (node: PolyPath64) => {
    for (let i = 0; i < node.count; i++) {
      const outer = node.child(i);
      if (!outer.poly) continue;
      const rings = [toRing(outer.poly, true)];
      for (let j = 0; j < outer.count; j++) {
        const hole = outer.child(j);
        if (hole.poly) rings.push(toRing(hole.poly, false));
        visit(hole); // islands inside the hole are polygons of their own
      }
      polygons.push(rings);
    }
  };
  visit(tree);
  return { type: 'MultiPolygon', coordinates: polygons };
}

export type BandFeature = Feature<MultiPolygon, { band: number; fromKm: number; toKm: number }>;

export function bandFeatures(bands: Paths64[], edgesKm: readonly number[]): BandFeature[] {
  return bands.map((paths, i) => ({
    type: 'Feature',
    properties: { band: i, fromKm: i === 0 ? 0 : (edgesKm[i - 1] ?? 0), toKm: edgesKm[i] ?? 0 },
    geometry: toMultiPolygon(paths),
  }));
}
