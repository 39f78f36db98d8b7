/** Shapes of the border product (public/data/border.json), shared by the geo build and the app. */
import type { FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';

export const BORDER_PAIRS = ['NL-DE', 'NL-BE'] as const;
export type BorderPair = (typeof BORDER_PAIRS)[number];

/** Default band edges in km: 0-10, 10-25, 25-50. */
export const DEFAULT_EDGES_KM = [10, 25, 50] as const;

/** Band edges for an outer distance: the default proportions (1/5, 1/2, 1) of it. */
export function edgesFor(outerKm: number): number[] {
  return [outerKm / 5, outerKm / 2, outerKm];
}

export interface RegionBorder {
  /** Distance from the region's area-weighted centroid to the nearest NL land border. */
  distanceKm: number;
  /** Distance from the nearest point of the region (0 when it touches the border). */
  minDistanceKm: number;
  nearest: BorderPair;
  /** Borders with some of the region's area within the outer edge (default 50 km). */
  borders: BorderPair[];
  /** Share (0-1) of the region's area in each default band. */
  shares: number[];
}

export interface BorderProduct {
  edgesKm: number[];
  method: string;
  lines: FeatureCollection<MultiLineString, { pair: BorderPair; lengthKm: number }>;
  bands: FeatureCollection<MultiPolygon, { band: number; fromKm: number; toKm: number }>;
  regions: Record<string, RegionBorder>;
}

/** The range of band `i` for the given edges: [0, e0), [e0, e1), ... */
export function bandRange(edgesKm: readonly number[], i: number): { from: number; to: number } {
  return { from: i === 0 ? 0 : (edgesKm[i - 1] ?? 0), to: edgesKm[i] ?? 0 };
}
