/** Bounding boxes, west-south-east-north, as the map and the region index use them. */

export type BBox = [number, number, number, number];

/** Bounding box of MultiPolygon coordinates. */
export function bboxOf(coords: number[][][][]): BBox {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const poly of coords) for (const ring of poly) for (const [x = 0, y = 0] of ring) {
    w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
  }
  return [w, s, e, n];
}
