/**
 * Where to look: sample points well inside ~30 regions, in client pixels, found once from a
 * settled Grensatlas page (its camera from `.map[data-camera]`, its screenshots) and then used in
 * every run of both apps (same viewport, same camera). A point qualifies when it and four
 * neighbours 3 px away lie inside the region's polygon (Web Mercator, the map's camera) and the
 * settled screenshots show the expected colours there (so no label, line or panel covers it).
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import type { RegionIndex } from '../../../src/model/regionIndex';
import { mercator } from './geometry';
import type { Sample } from './probe';

const R = 6378137;

export interface View {
  /** `.map[data-camera]`: zoom/lat/lon. */
  camera: string;
  rect: { left: number; top: number; width: number; height: number };
}

/** Centre in metres and metres per pixel of a MapLibre camera (512 px tiles). */
export function metresOf(camera: string): { x: number; y: number; z: number } {
  const [zoom = NaN, lat = NaN, lon = NaN] = camera.split('/').map(Number);
  const [x, y] = mercator([lon, lat]);
  return { x, y, z: (2 * Math.PI * R) / (512 * 2 ** zoom) };
}

export function project(view: View, lon: number, lat: number): [number, number] {
  const c = metresOf(view.camera);
  const [mx, my] = mercator([lon, lat]);
  return [view.rect.left + view.rect.width / 2 + (mx - c.x) / c.z, view.rect.top + view.rect.height / 2 - (my - c.y) / c.z];
}

function unproject(view: View, x: number, y: number): [number, number] {
  const c = metresOf(view.camera);
  const mx = c.x + (x - view.rect.left - view.rect.width / 2) * c.z;
  const my = c.y - (y - view.rect.top - view.rect.height / 2) * c.z;
  return [(mx / R) * (180 / Math.PI), (2 * Math.atan(Math.exp(my / R)) - Math.PI / 2) * (180 / Math.PI)];
}

/** Pixel colour at client (x, y) of a screenshot. */
export function pixel(png: PNG, x: number, y: number): [number, number, number] {
  const i = (png.width * Math.round(y) + Math.round(x)) * 4;
  return [png.data[i] ?? -1, png.data[i + 1] ?? -1, png.data[i + 2] ?? -1];
}

export function matches(png: PNG, x: number, y: number, hex: string, tolerance: number): boolean {
  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return pixel(png, x, y).every((c, k) => Math.abs(c - (want[k] ?? 0)) <= tolerance);
}

/** Samples (client pixels) whose pixels match each expectation in its settled screenshot. */
export function findSamples(
  view: View, index: RegionIndex, shots: { png: PNG; expected: Record<string, string> }[], tolerance: number, want = 30,
): Sample[] {
  const topo = JSON.parse(readFileSync('public/data/nuts3.topo.json', 'utf8')) as Topology;
  const obj = topo.objects.regions;
  if (!obj) throw new Error('nuts3.topo.json has no regions');
  const fc = feature(topo, obj) as unknown as FeatureCollection<Polygon | MultiPolygon, { id: string }>;
  const offsets = [[0, 12], [0, -12], [14, 0], [-14, 0], [0, 18], [0, -18], [20, 10], [-20, -10]] as const;
  const r = view.rect;
  const found: Sample[] = [];
  for (const f of fc.features) {
    const entry = index.byId.get(f.properties.id);
    if (!entry) continue;
    const [lx, ly] = project(view, entry.labelPoint[0], entry.labelPoint[1]);
    for (const [dx, dy] of offsets) {
      const x = Math.round(lx + dx);
      const y = Math.round(ly + dy);
      if (x < r.left + 40 || x > r.left + r.width - 160 || y < r.top + 60 || y > r.top + r.height - 60) continue;
      const inside = [[0, 0], [3, 0], [-3, 0], [0, 3], [0, -3]]
        .every(([ox = 0, oy = 0]) => booleanPointInPolygon(unproject(view, x + ox, y + oy), f));
      const seen = shots.every((s) => [[0, 0], [1, 0], [0, 1]]
        .every(([ox = 0, oy = 0]) => matches(s.png, x + ox, y + oy, s.expected[f.properties.id] ?? '', tolerance)));
      if (inside && seen) {
        found.push({ x, y, id: f.properties.id });
        break;
      }
    }
  }
  if (found.length < 10) throw new Error(`only ${found.length} sample points found`);
  const step = found.length / Math.min(want, found.length);
  return Array.from({ length: Math.min(want, found.length) }, (_, i) => found[Math.floor(i * step)]).filter((s): s is Sample => !!s);
}

export function readPng(buf: Buffer): PNG {
  return PNG.sync.read(buf);
}
