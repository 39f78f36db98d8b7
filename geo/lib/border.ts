/**
 * The border product: NL-DE and NL-BE land borders from the shared arcs of the NUTS 0 topology,
 * distance bands along them, and per region its distance to the border, the share of its area in
 * each band and which borders it lies near. Geometry in src/model/border (shared with the worker).
 */
import { feature, mesh } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Paths64 } from 'clipper2-ts';
import {
  bandFeatures, buffer, clipToLand, distanceBands, distanceKm, lengthKm, projectLines, projectPolygons, shareInside,
} from '../../src/model/border/geometry.ts';
import { BORDER_PAIRS, type BorderPair, type BorderProduct, type RegionBorder } from '../../src/model/border/types.ts';
import { round } from './nuts.ts';

type Props = { id: string; country: string };

function countryOf(g: GeometryObject): string {
  return (g.properties as Props | undefined)?.country ?? '';
}

/**
 * Land border between NL and another country: the arcs shared by a NL polygon and one of that
 * country. Arcs used by a single polygon (coast) never qualify, so the sea is no border.
 */
export function borderLine(topo0: Topology, pair: BorderPair): MultiLineString {
  const [a, b] = pair.split('-');
  const regions = topo0.objects.regions as GeometryCollection;
  return mesh(topo0, regions, (x, y) => x !== y && [countryOf(x), countryOf(y)].sort().join() === [a, b].sort().join());
}

function landPaths(topo0: Topology): Paths64 {
  const fc = feature(topo0, topo0.objects.regions as GeometryCollection<Props>);
  return fc.features.flatMap((f) => (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon' ? projectPolygons(f.geometry) : []));
}

/** Shortest distance between a region's outline and the lines (0 if they touch). */
function minDistanceKm(region: Paths64, lines: Paths64): number {
  let best = Infinity;
  const segDist = (p: { x: number; y: number }, path: Paths64[number], closed: boolean) => {
    for (let i = closed ? 0 : 1; i < path.length; i++) {
      const a = path[i === 0 ? path.length - 1 : i - 1], b = path[i];
      if (!a || !b) continue;
      const dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
      best = Math.min(best, Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
    }
  };
  for (const ring of region) for (const p of ring) for (const line of lines) segDist(p, line, false);
  for (const line of lines) for (const p of line) for (const ring of region) segDist(p, ring, true);
  return best / 1000;
}

function roundLines(g: MultiLineString): MultiLineString {
  return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map((p) => p.map((v) => round(v)))) };
}

export function buildBorderProduct(
  topo0: Topology,
  regions: Feature<Polygon | MultiPolygon, Props>[],
  centroids: ReadonlyMap<string, [number, number]>,
  edgesKm: readonly number[],
): BorderProduct {
  const lineGeoms = new Map(BORDER_PAIRS.map((p) => [p, borderLine(topo0, p)]));
  const linePaths = new Map(BORDER_PAIRS.map((p) => [p, projectLines(lineGeoms.get(p) as MultiLineString)]));
  const all = BORDER_PAIRS.flatMap((p) => linePaths.get(p) ?? []);
  const land = landPaths(topo0);
  const bands = distanceBands(all, land, edgesKm);
  const outer = edgesKm[edgesKm.length - 1] ?? 0;
  const outerByPair = new Map(BORDER_PAIRS.map((p) => [p, clipToLand(buffer(linePaths.get(p) ?? [], outer), land)]));

  const metrics: Record<string, RegionBorder> = {};
  for (const f of regions) {
    const paths = projectPolygons(f.geometry);
    const centroid = centroids.get(f.properties.id);
    if (!centroid) throw new Error(`no centroid for ${f.properties.id}`);
    const dist = BORDER_PAIRS.map((p) => ({ p, d: distanceKm(centroid, linePaths.get(p) ?? []) })).sort((x, y) => x.d - y.d);
    metrics[f.properties.id] = {
      distanceKm: round(dist[0]?.d ?? Infinity, 1),
      minDistanceKm: round(minDistanceKm(paths, all), 1),
      nearest: dist[0]?.p ?? 'NL-DE',
      borders: BORDER_PAIRS.filter((p) => shareInside(paths, outerByPair.get(p) ?? []) > 0),
      shares: bands.map((b) => round(shareInside(paths, b), 4)),
    };
  }
  return {
    edgesKm: [...edgesKm],
    method:
      'Land borders NL-DE and NL-BE = arcs shared by NL and the neighbour in the NUTS 2021 (1:3M) level 0 topology. ' +
      'Buffers, bands and areas in a spherical Lambert azimuthal equal-area projection centred on 10E 52N (as EPSG:3035); '
        + 'bands clipped to the land of NL, BE, DE and LU.',
    lines: {
      type: 'FeatureCollection',
      features: BORDER_PAIRS.map((pair) => ({
        type: 'Feature',
        properties: { pair, lengthKm: round(lengthKm(linePaths.get(pair) ?? []), 1) },
        geometry: roundLines(lineGeoms.get(pair) as MultiLineString),
      })),
    },
    bands: { type: 'FeatureCollection', features: bandFeatures(bands, edgesKm) },
    regions: metrics,
  };
}

