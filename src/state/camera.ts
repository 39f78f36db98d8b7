/** A settled camera: what the URL stores and the map starts from. Never updated per frame. */
import type { BBox } from '../model/bbox';

export interface Camera {
  center: [number, number];
  zoom: number;
}


export type { BBox };

/** Default view: the Netherlands with Belgium, Luxembourg and the German border Länder. */
export const DEFAULT_BOUNDS: BBox = [2.4, 49.3, 10.2, 53.9];

/**
 * The view the map is fitted to while no camera is set: 'countries' (DEFAULT_BOUNDS, the view of
 * every link without `map`) or 'border' (`map=border`, the opening view of a bare visit).
 */
export type Frame = 'countries' | 'border';

// Set by vite.config.ts when the app is built: model/frame.ts over public/data (null without data).
declare const __BORDER_FRAME__: BBox | null;

/** NL with the regions across the border that touch it; the countries' view when the build had no data. */
export const BORDER_FRAME: BBox = (typeof __BORDER_FRAME__ !== 'undefined' ? __BORDER_FRAME__ : null) ?? DEFAULT_BOUNDS;

export function frameBounds(frame: Frame): BBox {
  return frame === 'border' ? BORDER_FRAME : DEFAULT_BOUNDS;
}

/** The camera cannot leave the region of interest (west, south, east, north). */
export const MAX_BOUNDS: BBox = [-12, 40, 30, 62];

export function isValidCamera(c: Camera): boolean {
  const [lon, lat] = c.center;
  return (
    Number.isFinite(lon) && Number.isFinite(lat) && Number.isFinite(c.zoom) &&
    lon >= -180 && lon <= 180 && lat >= -85 && lat <= 85 && c.zoom >= 0 && c.zoom <= 22
  );
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d + 0;

/** Rounds to the precision the URL keeps (zoom 2, degrees 4 decimals), so a reload lands exactly. */
export function roundCamera(c: Camera): Camera {
  return { center: [round(c.center[0], 4), round(c.center[1], 4)], zoom: round(c.zoom, 2) };
}
