/**
 * The map's pixels at a scale, by render-then-capture: the map keeps no drawing buffer for
 * normal frames (no `preserveDrawingBuffer`, whose cost every frame would pay). To capture, the
 * pixel ratio is set to the scale, the map is drawn synchronously (`redraw`) and its canvas is
 * copied in the same task, before the browser composites and may clear the buffer; then the
 * ratio is restored and the map drawn again, still in that task. So the user never sees a blank
 * or a resized frame, and the app's User Timing marks are not touched: only frames of the same
 * view and colours are drawn.
 */
import type * as maplibregl from 'maplibre-gl';
import { reachableScale, type CanvasLimits } from './sheet';

/** The largest drawing buffer the map's WebGL context allows, per axis. */
export function glLimits(map: maplibregl.Map): CanvasLimits | null {
  // The canvas already has MapLibre's WebGL2 context; asking again returns that same context.
  const gl = map.getCanvas().getContext('webgl2');
  if (!gl) return null;
  const texture = Number(gl.getParameter(gl.MAX_TEXTURE_SIZE));
  const renderbuffer = Number(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE));
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const side = Math.min(texture, renderbuffer);
  return { width: Math.min(side, viewport[0] ?? side), height: Math.min(side, viewport[1] ?? side) };
}

/** The map's size in CSS pixels. */
export function mapSize(map: maplibregl.Map): { w: number; h: number } {
  const c = map.getContainer();
  return { w: c.clientWidth, h: c.clientHeight };
}

/** The highest scale up to `requested` this map can be drawn at here (1 when the limits are unknown). */
export function scaleWithin(map: maplibregl.Map, requested: number): number {
  const limits = glLimits(map);
  return limits ? reachableScale(requested, mapSize(map), limits) : Math.min(requested, 1);
}

/** Waits until the map has everything it needs for the current view (tiles, style), so a capture is complete. */
export async function mapSettled(map: maplibregl.Map): Promise<void> {
  if (!map.loaded() || map.isMoving()) await map.once('idle');
}

/**
 * Draws the map at `scale` and hands its canvas to `copy`, with the scale it was really drawn at
 * (canvas width over CSS width), while its pixels are there. Synchronous on purpose (see the
 * module comment): `copy` must take what it needs before it returns. The
 * map's `maxCanvasSize` (4096 by default) is raised to the hardware's limits for this one frame,
 * so 4x can be reached where the GPU allows it; normal frames keep the default.
 */
export function captureMap<T>(map: maplibregl.Map, scale: number, copy: (canvas: HTMLCanvasElement, scale: number) => T): T {
  const canvas = map.getCanvas();
  const { w } = mapSize(map);
  const limits = glLimits(map);
  const savedMax = map._maxCanvasSize;
  // null follows devicePixelRatio (MapLibre documents null for setPixelRatio, its type says number).
  const savedRatio = map._overridePixelRatio ?? null;
  try {
    if (limits) map._maxCanvasSize = [limits.width, limits.height];
    map.setPixelRatio(scale);
    map.redraw();
    return copy(canvas, canvas.width / Math.max(1, w));
  } finally {
    map._maxCanvasSize = savedMax;
    map.setPixelRatio(savedRatio as number);
    map.redraw();
  }
}
