/**
 * The opening frame of the map: the Netherlands with the regions across its land border that
 * touch it. Computed from the region index and the border metrics (border.json), never typed in,
 * so it follows the data: a region touches the border when its nearest point lies 0 km from it.
 */
import type { BBox } from './bbox';
import type { RegionBorder } from './border/types';

export interface FrameEntry {
  id: string;
  level: number;
  country: string;
  bbox: BBox | readonly number[];
}

/** The union of bounding boxes (west-south-east-north); null for none. */
export function unionBBox(boxes: readonly (BBox | readonly number[])[]): BBox | null {
  if (boxes.length === 0) return null;
  const [w, s, e, n] = [0, 1, 2, 3].map((i) => boxes.map((b) => b[i] ?? NaN)) as [number[], number[], number[], number[]];
  const frame: BBox = [Math.min(...w), Math.min(...s), Math.max(...e), Math.max(...n)];
  return frame.every(Number.isFinite) ? frame : null;
}

/**
 * NL (its level-0 bbox) and every region of another country at `level` (NUTS 3 by default) that
 * touches the NL land border; null when the data holds no NL or no such region.
 */
export function borderFrame(
  entries: readonly FrameEntry[], border: Readonly<Record<string, Pick<RegionBorder, 'minDistanceKm'>>>, level = 3,
): BBox | null {
  const nl = entries.find((e) => e.id === 'NL' && e.level === 0);
  const touching = entries.filter((e) => e.level === level && e.country !== 'NL' && border[e.id]?.minDistanceKm === 0);
  if (!nl || touching.length === 0) return null;
  return unionBBox([nl.bbox, ...touching.map((e) => e.bbox)]);
}
