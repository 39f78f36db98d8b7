/**
 * "Export the current view as PNG": the map at 1x, 2x or 4x (or the largest scale the graphics
 * hardware allows), composed on one sheet with its title, legend, sources, date and link.
 */
import type * as maplibregl from 'maplibre-gl';
import { captureMap, mapSettled, mapSize, scaleWithin } from './capture';
import { canvasMeasure, drawSheet, pngOf, sheetCanvas } from './draw';
import { fontAt, layoutSheet, type SheetText } from './sheet';
import { download } from '../../data/download';

export const EXPORT_MEASURES = { draw: 'grensatlas:export-draw', encode: 'grensatlas:export-encode' } as const;

export interface ExportedSheet {
  blob: Blob;
  /** The scale asked for and the one reached. */
  requested: number;
  scale: number;
  width: number;
  height: number;
}

/** The app's font in both weights the sheet uses, loaded before anything is measured. */
async function fontsLoaded(): Promise<void> {
  await Promise.all([document.fonts.load(fontAt({ size: 14, weight: 400 }, 1)), document.fonts.load(fontAt({ size: 14, weight: 600 }, 1))]);
  await document.fonts.ready;
}

export async function exportMapSheet(map: maplibregl.Map, requested: number, text: SheetText): Promise<ExportedSheet> {
  await fontsLoaded();
  await mapSettled(map);
  const layout = layoutSheet(text, mapSize(map), canvasMeasure());
  const start = performance.now();
  const { canvas, scale } = captureMap(map, scaleWithin(map, requested), (mapCanvas, real) => {
    const sheet = sheetCanvas(layout, real);
    drawSheet(sheet.ctx, layout, real, mapCanvas);
    return { canvas: sheet.canvas, scale: real };
  });
  const drawn = performance.now();
  const blob = await pngOf(canvas);
  // For outside timing (the browser test prints them): the part that holds the main thread, then the PNG encoding.
  performance.measure(EXPORT_MEASURES.draw, { start, end: drawn, detail: { scale } });
  performance.measure(EXPORT_MEASURES.encode, { start: drawn, detail: { scale } });
  return { blob, requested, scale, width: canvas.width, height: canvas.height };
}

/** Saves the sheet as a file (the data layer's download, shared with the panels). */
export function saveBlob(name: string, blob: Blob): void {
  download(name, 'image/png', blob);
}
