/**
 * The exported map sheet, as a pure layout: where the title, the map, the legend and the footer
 * (sources, date of export, link) go, in CSS pixels at scale 1. Drawing multiplies every position
 * and font size by the chosen scale, so text and legend are drawn crisply at 2x and 4x. Text is
 * measured through a function given in (a canvas in the page, a fake in the tests), so the layout
 * wraps long lines (a deep link has no spaces) and never lets two parts overlap.
 */

export interface Font {
  size: number;
  weight: 400 | 600;
}

/** Width of a text in a font at scale 1. */
export type Measure = (text: string, font: Font) => number;

/** A legend entry: a class colour, the unclassed ramp, or "no data" (hatched). */
export type LegendRow =
  | { kind: 'class'; colour: string; label: string; count: string }
  | { kind: 'ramp'; colours: readonly string[]; label: string; count: string }
  | { kind: 'noData'; label: string; count: string };

/** What the sheet says, already in the UI language. */
export interface SheetText {
  title: string;
  subtitle: string | null;
  legend: { title: string; rows: readonly LegendRow[] } | null;
  /** Footer lines (sources, attribution, date and link), each wrapped to the sheet's width. */
  footer: readonly string[];
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextItem {
  text: string;
  /** Left end of the baseline (or right end when align is 'right'). */
  x: number;
  y: number;
  font: Font;
  colour: string;
  align: 'left' | 'right';
}

export type Swatch =
  | { kind: 'fill'; box: Box; colour: string }
  | { kind: 'ramp'; box: Box; colours: readonly string[] }
  | { kind: 'hatch'; box: Box };

export interface SheetLayout {
  width: number;
  height: number;
  map: Box;
  texts: TextItem[];
  swatches: Swatch[];
}

export const PAD = 20;
export const GAP = 20;
export const LEGEND_W = 280;
const TITLE: Font = { size: 22, weight: 600 };
const SUBTITLE: Font = { size: 14, weight: 400 };
const LEGEND_TITLE: Font = { size: 15, weight: 600 };
const ROW: Font = { size: 14, weight: 400 };
const COUNT: Font = { size: 12, weight: 400 };
const FOOTER: Font = { size: 12, weight: 400 };
const SWATCH = { w: 26, h: 16 };
const INK = '#1f2326';
const MUTED = '#4a5055';

const lineHeight = (font: Font) => Math.round(font.size * 1.4);

/**
 * Greedy word wrap to `max` pixels; a word wider than a line (a URL) is cut between characters.
 * Always at least one line.
 */
export function wrapText(text: string, max: number, font: Font, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= max) { line = candidate; return; }
    if (line) lines.push(line);
    line = '';
    // The word alone on a line, cut where it overflows.
    let rest = word;
    while (measure(rest, font) > max && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && measure(rest.slice(0, n), font) > max) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  };
  for (const word of text.split(/ +/)) push(word);
  lines.push(line);
  return lines;
}

function swatchOf(row: LegendRow, box: Box): Swatch {
  if (row.kind === 'class') return { kind: 'fill', box, colour: row.colour };
  return row.kind === 'ramp' ? { kind: 'ramp', box, colours: row.colours } : { kind: 'hatch', box };
}

/** The legend column from `top`: title, then one row per entry (label wrapped beside the swatch, count right-aligned). */
function layoutLegend(legend: NonNullable<SheetText['legend']>, x: number, top: number, measure: Measure, out: SheetLayout): number {
  let y = top + LEGEND_TITLE.size;
  out.texts.push({ text: legend.title, x, y, font: LEGEND_TITLE, colour: INK, align: 'left' });
  y += 12;
  const labelX = x + SWATCH.w + 10;
  const right = x + LEGEND_W;
  for (const row of legend.rows) {
    const countW = measure(row.count, COUNT);
    const lines = wrapText(row.label, right - labelX - countW - 12, ROW, measure);
    const rowH = Math.max(SWATCH.h + 8, lines.length * lineHeight(ROW) + 6);
    const box = { x, y: y + 4, w: SWATCH.w, h: SWATCH.h };
    out.swatches.push(swatchOf(row, box));
    lines.forEach((text, i) => {
      out.texts.push({ text, x: labelX, y: y + 4 + ROW.size - 1 + i * lineHeight(ROW), font: ROW, colour: INK, align: 'left' });
    });
    out.texts.push({ text: row.count, x: right, y: y + 4 + ROW.size - 1, font: COUNT, colour: MUTED, align: 'right' });
    y += rowH;
  }
  return y;
}

/** The whole sheet for a map of `map.w` by `map.h` CSS pixels: title on top, legend on the right, footer below. */
export function layoutSheet(text: SheetText, map: { w: number; h: number }, measure: Measure): SheetLayout {
  const width = PAD + map.w + (text.legend ? GAP + LEGEND_W : 0) + PAD;
  const inner = width - 2 * PAD;
  const out: SheetLayout = { width, height: 0, map: { x: PAD, y: 0, w: map.w, h: map.h }, texts: [], swatches: [] };
  let y = PAD;
  for (const line of wrapText(text.title, inner, TITLE, measure)) {
    y += TITLE.size;
    out.texts.push({ text: line, x: PAD, y, font: TITLE, colour: INK, align: 'left' });
    y += lineHeight(TITLE) - TITLE.size;
  }
  if (text.subtitle) {
    for (const line of wrapText(text.subtitle, inner, SUBTITLE, measure)) {
      y += SUBTITLE.size;
      out.texts.push({ text: line, x: PAD, y, font: SUBTITLE, colour: MUTED, align: 'left' });
      y += lineHeight(SUBTITLE) - SUBTITLE.size;
    }
  }
  y += 10;
  out.map.y = y;
  const legendBottom = text.legend ? layoutLegend(text.legend, PAD + map.w + GAP, y, measure, out) : y;
  y = Math.max(y + map.h, legendBottom) + 8;
  for (const line of text.footer.flatMap((l) => wrapText(l, inner, FOOTER, measure))) {
    y += lineHeight(FOOTER);
    out.texts.push({ text: line, x: PAD, y: y - 4, font: FOOTER, colour: MUTED, align: 'left' });
  }
  out.height = Math.ceil(y + PAD);
  return out;
}

/** A CSS font for the canvas at a scale: the app's own font (Noto Sans, loaded by the page). */
export function fontAt(font: Font, scale: number): string {
  return `${String(font.weight)} ${String(font.size * scale)}px "Noto Sans", sans-serif`;
}

/** What the graphics hardware allows a drawing buffer to be, per axis. */
export interface CanvasLimits {
  width: number;
  height: number;
}

/**
 * The largest scale up to `requested` at which the map fits the limits (two decimals, rounded
 * down, so the rounded canvas size stays within them); at least 1 when 1 fits, else what fits.
 */
export function reachableScale(requested: number, map: { w: number; h: number }, limits: CanvasLimits): number {
  const fit = Math.min(requested, limits.width / Math.max(1, map.w), limits.height / Math.max(1, map.h));
  return Math.floor(fit * 100) / 100;
}

/** grensatlas-<indicator>-<year>-<scale>x.png, or grensatlas-nuts<level>-<scale>x.png without an indicator. */
export function sheetFileName(what: { indicator: string; period: string } | { level: number }, scale: number): string {
  const name = 'indicator' in what ? `${what.indicator}-${what.period}` : `nuts${String(what.level)}`;
  const safe = name.toLowerCase().replace(/[^a-z0-9_]+/g, '-').replace(/^-|-$/g, '');
  return `grensatlas-${safe}-${String(Math.round(scale * 100) / 100)}x.png`;
}
