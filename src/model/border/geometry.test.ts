import { describe, expect, it } from 'vitest';
import type { Paths64 } from 'clipper2-ts';
import type { Position } from 'geojson';
import { areaKm2, buffer, distanceKm, projectPolygons, shareInside, toMultiPolygon } from './geometry';
import { project } from './projection';

/** Synthetic squares in lon/lat around 6°E 52°N, for the geometry functions only. */
const square = (x: number, y: number, s: number): Position[] => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
const paths = (...rings: Position[][]): Paths64 => rings.map((r) => r.slice(0, -1).map(project));
const signed = (ring: Position[]) => ring.slice(1).reduce(
  (a, q, i) => a + ((ring[i]?.[0] ?? 0) * (q[1] ?? 0) - (q[0] ?? 0) * (ring[i]?.[1] ?? 0)), 0,
) / 2;

describe('toMultiPolygon', () => {
  it('keeps a hole in its outer ring, with RFC 7946 winding', () => {
    const outer = square(6, 52, 1);
    const hole = [...square(6.25, 52.25, 0.5)].reverse();
    const mp = toMultiPolygon(paths(outer, hole));
    expect(mp.coordinates).toHaveLength(1);
    const [o, h] = mp.coordinates[0] ?? [];
    expect(o && signed(o)).toBeGreaterThan(0); // outer counter-clockwise
    expect(h && signed(h)).toBeLessThan(0); // hole clockwise
  });
  it('makes an island inside a hole a polygon of its own', () => {
    const mp = toMultiPolygon(paths(square(6, 52, 1), [...square(6.2, 52.2, 0.6)].reverse(), square(6.4, 52.4, 0.2)));
    expect(mp.coordinates.map((p) => p.length).sort()).toEqual([1, 2]);
  });
  it('round-trips area within a fraction of a percent', () => {
    const p = paths(square(6, 52, 1));
    const back = projectPolygons(toMultiPolygon(p));
    expect(Math.abs(areaKm2(back) - areaKm2(p)) / areaKm2(p)).toBeLessThan(0.001);
  });
});

describe('buffers, shares and distances (synthetic)', () => {
  const line: Paths64 = [[project([6, 52]), project([6, 53])]];
  it('buffers a line by the distance asked (round caps)', () => {
    // 111 km long: area ≈ 2·10·111 + π·10² ≈ 2540 km².
    expect(areaKm2(buffer(line, 10))).toBeGreaterThan(2450);
    expect(areaKm2(buffer(line, 10))).toBeLessThan(2620);
  });
  it('gives the share of a region inside a zone', () => {
    // A square straddling the line: half of it lies within any buffer wider than its half-width.
    const region = paths(square(5.95, 52.4, 0.1));
    expect(shareInside(region, buffer(line, 20))).toBeCloseTo(1, 3);
    const east = paths(square(6.2, 52.4, 0.1)); // about 13.7-20.5 km east of the line
    expect(shareInside(east, buffer(line, 10))).toBe(0);
    expect(shareInside(east, buffer(line, 17))).toBeGreaterThan(0.3);
    expect(shareInside(east, buffer(line, 17))).toBeLessThan(0.7);
  });
  it('measures the distance from a point to the line in km', () => {
    // 0.5° of longitude at 52.5°N is about 33.9 km.
    expect(distanceKm([6.5, 52.5], line)).toBeGreaterThan(33.4);
    expect(distanceKm([6.5, 52.5], line)).toBeLessThan(34.4);
  });
});
