/**
 * Draws a sheet layout with Canvas 2D at a scale: every position and font size is multiplied by
 * the scale before drawing, so text and swatches are drawn at the export's own resolution (no DOM
 * rasteriser, no upscaling). The map's pixels are copied 1:1 into the map box.
 */
import { lightTheme } from '../../theme/theme';
import { fontAt, type Box, type Measure, type SheetLayout, type Swatch } from './sheet';

/** Too large for this browser's canvas, or no PNG from it: said to the user as such. */
export class ExportError extends Error {
  constructor(readonly kind: 'tooBig' | 'noPng') {
    super(kind);
  }
}

/** Text widths in the app's font, measured at 4x and divided back, for a precise layout at any scale. */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new ExportError('tooBig');
  return (text, font) => {
    ctx.font = fontAt(font, 4);
    return ctx.measureText(text).width / 4;
  };
}

/** A new canvas of the sheet's size at `scale`, white; refused when the browser cannot make it. */
export function sheetCanvas(layout: SheetLayout, scale: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const ctx = canvas.getContext('2d');
  // A canvas over the browser's limits has no context or a zero size.
  if (!ctx || canvas.width === 0 || canvas.height === 0) throw new ExportError('tooBig');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return { canvas, ctx };
}

const scaled = (b: Box, s: number) => [Math.round(b.x * s), Math.round(b.y * s), Math.round(b.w * s), Math.round(b.h * s)] as const;

function drawSwatch(ctx: CanvasRenderingContext2D, swatch: Swatch, s: number): void {
  const [x, y, w, h] = scaled(swatch.box, s);
  if (swatch.kind === 'fill') {
    ctx.fillStyle = swatch.colour;
  } else if (swatch.kind === 'ramp') {
    const gradient = ctx.createLinearGradient(x, 0, x + w, 0);
    swatch.colours.forEach((c, i) => { gradient.addColorStop(i / Math.max(1, swatch.colours.length - 1), c); });
    ctx.fillStyle = gradient;
  } else {
    ctx.fillStyle = lightTheme.noData;
  }
  ctx.fillRect(x, y, w, h);
  if (swatch.kind === 'hatch') {
    // The legend's "no data" hatch: 45° lines 4 px apart, clipped to the swatch.
    ctx.save();
    ctx.beginPath();
    ctx.rect(x, y, w, h);
    ctx.clip();
    ctx.strokeStyle = lightTheme.noDataHatch;
    ctx.lineWidth = 1.2 * s;
    ctx.beginPath();
    for (let d = -h; d < w; d += 4 * s) {
      ctx.moveTo(x + d, y + h);
      ctx.lineTo(x + d + h, y);
    }
    ctx.stroke();
    ctx.restore();
  }
  ctx.strokeStyle = '#777777';
  ctx.lineWidth = Math.max(1, 0.5 * s);
  ctx.strokeRect(x, y, w, h);
}

/** The sheet: map pixels, a thin frame around them, swatches and text. */
export function drawSheet(ctx: CanvasRenderingContext2D, layout: SheetLayout, scale: number, map: CanvasImageSource): void {
  const [mx, my, mw, mh] = scaled(layout.map, scale);
  ctx.drawImage(map, mx, my, mw, mh);
  ctx.strokeStyle = '#9aa1a6';
  ctx.lineWidth = Math.max(1, scale);
  ctx.strokeRect(mx, my, mw, mh);
  for (const swatch of layout.swatches) drawSwatch(ctx, swatch, scale);
  ctx.textBaseline = 'alphabetic';
  for (const item of layout.texts) {
    ctx.font = fontAt(item.font, scale);
    ctx.fillStyle = item.colour;
    ctx.textAlign = item.align;
    ctx.fillText(item.text, item.x * scale, item.y * scale);
  }
}

export function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => { if (blob) resolve(blob); else reject(new ExportError('noPng')); }, 'image/png');
  });
}
