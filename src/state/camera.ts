/** A settled camera: what the URL stores and the map starts from. Never updated per frame. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

export type BBox = [number, number, number, number];

/** Default view: the Netherlands with Belgium, Luxembourg and the German border Länder. */
export const DEFAULT_BOUNDS: BBox = [2.4, 49.3, 10.2, 53.9];

/** The camera cannot leave the region of interest (west, south, east, north). */
export const MAX_BOUNDS: BBox = [-12, 40, 30, 62];

export function isValidCamera(c: Camera): boolean {
  const [lon, lat] = c.center;
  return (
    Number.isFinite(lon) && Number.isFinite(lat) && Number.isFinite(c.zoom) &&
    lon >= -180 && lon <= 180 && lat >= -85 && lat <= 85 && c.zoom >= 0 && c.zoom <= 22
  );
}
