import { beforeAll, describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import type { BorderProduct } from '../../src/model/border/types.ts';
import { areaKm2, clipToLand, distanceBands, projectLines, projectPolygons, intersect } from '../../src/model/border/geometry.ts';
import { borderLine } from './border.ts';
import { realBuild } from './fixture.ts';

describe('border zones on the real NUTS 2021 geometry', () => {
  let border: BorderProduct;
  let topo0: Topology;

  beforeAll(async () => {
    const { files } = await realBuild();
    border = JSON.parse(files.get('border.json') ?? '{}') as BorderProduct;
    topo0 = JSON.parse(files.get('nuts0.topo.json') ?? '{}') as Topology;
  });

  it('measures the land borders at the 1:3 million scale of the map', () => {
    const length = (pair: string) => border.lines.features.find((f) => f.properties.pair === pair)?.properties.lengthKm ?? 0;
    // Measured 480.2 and 377.3 km. Official lengths are about 570 and 450 km: 1:3M generalisation
    // cuts every meander, so the map's lines are 15-20 % shorter. Pinned at ±3 %.
    expect(length('NL-DE')).toBeGreaterThan(480.2 * 0.97);
    expect(length('NL-DE')).toBeLessThan(480.2 * 1.03);
    expect(length('NL-BE')).toBeGreaterThan(377.3 * 0.97);
    expect(length('NL-BE')).toBeLessThan(377.3 * 1.03);
  });

  it('takes land only: from the Dollard to Vaals and from the Zwin to Vaals, with no sea in between', () => {
    const near = (p: number[] | undefined, lon: number, lat: number) =>
      p !== undefined && Math.abs((p[0] ?? 0) - lon) < 0.05 && Math.abs((p[1] ?? 0) - lat) < 0.05;
    const ends = (pair: 'NL-DE' | 'NL-BE') => borderLine(topo0, pair).coordinates.flatMap((l) => [l[0], l[l.length - 1]]);
    const vaals: [number, number] = [6.021, 50.754]; // the tripoint NL-BE-DE
    // NL-DE: one line, from the Dollard shore (the estuary itself is no shared land boundary) to Vaals.
    const de = borderLine(topo0, 'NL-DE');
    expect(de.coordinates).toHaveLength(1);
    expect(ends('NL-DE').some((p) => near(p, 7.209, 53.243))).toBe(true);
    expect(ends('NL-DE').some((p) => near(p, ...vaals))).toBe(true);
    for (const l of de.coordinates) for (const [, y = 0] of l) expect(y).toBeLessThan(53.25);
    // NL-BE: from the Zwin to Vaals, interrupted where the Westerschelde meets the sea-side polygons
    // (around 4.24 E), plus the closed ring of the Baarle enclaves.
    const be = ends('NL-BE');
    expect(be.some((p) => near(p, 3.366, 51.370))).toBe(true);
    expect(be.some((p) => near(p, ...vaals))).toBe(true);
    for (const l of borderLine(topo0, 'NL-BE').coordinates) for (const [x = 0, y = 0] of l) {
      expect(y).toBeLessThan(51.51);
      expect(x).toBeGreaterThan(3.35);
    }
  });

  it('recomputes the default bands exactly as the build precomputed them (the worker runs the same code)', () => {
    const lines = border.lines.features.flatMap((f) => projectLines(f.geometry));
    const land = (feature(
      topo0, topo0.objects.regions as GeometryCollection,
    ).features).flatMap((f) => projectPolygons(f.geometry as Polygon | MultiPolygon));
    const again = distanceBands(lines, land, [10, 25, 50]).map(areaKm2);
    const built = border.bands.features.map((f) => areaKm2(projectPolygons(f.geometry)));
    again.forEach((a, i) => { expect(Math.abs(a - (built[i] ?? 0)) / a).toBeLessThan(0.002); });
  });

  it('puts Twente and Zuid-Limburg on the border and Utrecht and Groot-Amsterdam beyond 50 km', () => {
    for (const id of ['NL213', 'NL423']) {
      expect(border.regions[id]?.minDistanceKm).toBe(0);
      expect(border.regions[id]?.shares[0]).toBeGreaterThan(0.4);
    }
    // By centroid. (Utrecht's eastern tip near Rhenen comes within 27 km of the German border.)
    expect(border.regions.NL310?.distanceKm).toBeGreaterThan(50);
    expect(border.regions.NL329?.distanceKm).toBeGreaterThan(50);
    expect(border.regions.NL329?.minDistanceKm).toBeGreaterThan(50);
    expect(border.regions.NL329?.shares).toEqual([0, 0, 0]);
  });

  it('knows which border a region faces', () => {
    expect(border.regions.DEA34?.borders).toEqual(['NL-DE']); // Kreis Borken
    expect(border.regions.BE225?.borders).toContain('NL-BE'); // Arr. Maaseik
    expect(border.regions.NL213?.borders).toEqual(['NL-DE']); // Twente
    expect(border.regions.NL423?.borders).toEqual(['NL-DE', 'NL-BE']); // Zuid-Limburg
    expect(border.regions.NL341?.borders).toEqual(['NL-BE']); // Zeeuwsch-Vlaanderen
    expect(border.regions.LU000?.borders).toEqual([]);
    expect(border.regions.DE300?.borders).toEqual([]); // Berlin
  });

  it('gives every region at every level shares that add up to at most 1', () => {
    expect(Object.keys(border.regions)).toHaveLength(576);
    for (const m of Object.values(border.regions)) {
      expect(m.shares).toHaveLength(3);
      const sum = m.shares.reduce((a, b) => a + b, 0);
      expect(sum).toBeLessThanOrEqual(1.0001);
      for (const s of m.shares) expect(s).toBeGreaterThanOrEqual(0);
    }
  });

  it('has area on both sides of the border in every band', () => {
    const regions = topo0.objects.regions as GeometryCollection<{ country: string }>;
    const fc = feature(topo0, regions);
    const side = (nl: boolean) => fc.features.filter((f) => (f.properties.country === 'NL') === nl)
      .flatMap((f) => projectPolygons(f.geometry as Polygon | MultiPolygon));
    const nl = side(true);
    const abroad = side(false);
    for (const band of border.bands.features) {
      const paths = projectPolygons(band.geometry);
      expect(areaKm2(clipToLand(paths, nl))).toBeGreaterThan(1000);
      expect(areaKm2(clipToLand(paths, abroad))).toBeGreaterThan(1000);
    }
    expect(border.bands.features.map((f) => [f.properties.fromKm, f.properties.toKm])).toEqual([[0, 10], [10, 25], [25, 50]]);
  });

  it('bands do not overlap and grow with the distance', () => {
    const lines = border.lines.features.flatMap((f) => projectLines(f.geometry));
    const land = (feature(
      topo0, topo0.objects.regions as GeometryCollection,
    ).features).flatMap((f) => projectPolygons(f.geometry as Polygon | MultiPolygon));
    const [b0 = [], b1 = [], b2 = []] = distanceBands(lines, land, [10, 25, 50]);
    expect(areaKm2(intersect(b0, b1))).toBeLessThan(1);
    expect(areaKm2(intersect(b1, b2))).toBeLessThan(1);
    // 0-10 km along ~860 km of border on two sides, less sea and overlaps.
    expect(areaKm2(b0)).toBeGreaterThan(12_000);
    expect(areaKm2(b0)).toBeLessThan(17_200);
  });
});
