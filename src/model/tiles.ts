/**
 * The vector tiles the geo build writes and the map reads: one place for their folder, zoom
 * range, bounds and layer names, so build and app cannot disagree.
 */
import type { BBox } from './bbox';

/** Folder under the data folder: `tiles/{z}/{x}/{y}.pbf`. */
export const TILE_PATH = 'tiles/{z}/{x}/{y}.pbf';

/**
 * Deepest zoom cut. At its deepest zoom (11) the map over-zooms z8 tiles 8 times: 4096 tile
 * units over 512 px a tile, half a unit a pixel (about 25 m), finer than 1:3M boundaries resolve.
 */
export const TILE_MAX_ZOOM = 8;

/** What is tiled (west, south, east, north): the context window of the neighbouring countries. */
export const TILE_BOUNDS: BBox = [-6, 46, 17, 58];

/**
 * Source layers: regions of all levels (property `level`, 0 = the four countries), the
 * neighbouring countries, and the NL-DE and NL-BE land border (property `pair`).
 */
export const TILE_LAYERS = { regions: 'regions', context: 'context', border: 'border' } as const;

/** Tile column and row of a longitude and latitude at zoom z (Web Mercator, XYZ scheme). */
export function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const r = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
  return [clamp(x), clamp(y)];
}

/** The tiles at zoom z that cover a bounding box (inclusive ranges). */
export function tileRange(z: number, [w, s, e, n]: BBox): { minX: number; maxX: number; minY: number; maxY: number } {
  const [minX, minY] = tileOf(w, n, z);
  const [maxX, maxY] = tileOf(e, s, z);
  return { minX, maxX, minY, maxY };
}
