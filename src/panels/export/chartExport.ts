/**
 * Exports a chart drawn as SVG: as an SVG file, or as a PNG at twice its size. Generic: it takes
 * any SVGSVGElement on the page and a file name, so every chart of the app exports the same way.
 * The styles that CSS gives the chart are written into each element, as the file is read without
 * the page's stylesheets. Everything stays in the page (blob: URLs): nothing leaves the origin.
 */
import { download } from '../../data/download';

/** The presentation properties a chart's look depends on. */
const STYLE_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'opacity', 'visibility',
  'display', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'paint-order',
] as const;

/** The SVG as a standalone document: computed styles inlined, size and namespaces set. */
export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(el);
    const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    copy.setAttribute('style', style);
    // Page-only state: focus order and classes mean nothing in a file.
    copy.removeAttribute('tabindex');
    copy.removeAttribute('class');
  });
  const { width, height } = chartSize(svg);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** The chart's own size: its viewBox, else its size on screen. */
function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: Math.round(rect.width), height: Math.round(rect.height) };
}

export function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' });
}

/** The chart rasterised on a white ground at `scale` times its size. */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = chartSize(svg);
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => { if (blob) resolve(blob); else reject(new Error('the canvas gave no PNG')); }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}


/** Exports a chart as `filename.svg` or `filename.png`. */
export async function exportChart(svg: SVGSVGElement, filename: string, format: 'svg' | 'png'): Promise<void> {
  const blob = format === 'svg' ? svgBlob(svg) : await pngBlob(svg);
  download(`${filename}.${format}`, blob.type, blob);
}

/** A file name from a title: lower case, ASCII letters, digits and dashes. */
export function fileName(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'chart';
}
