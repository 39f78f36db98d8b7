/**
 * Geometry of the border profile chart: the scales and ticks for a profile at a given width.
 * The distance axis is a symmetric log scale (linear near 0, logarithmic further out): a whole
 * border reaches from about 150 km into the Netherlands to 700 km into Germany, and on a linear
 * axis the regions near the border, which the profile is about, would share a few pixels.
 */
import { scaleLinear, scaleSymlog, type ScaleLinear, type ScaleSymLog } from 'd3-scale';
import { STEP_KM, type BorderProfile } from '../../model/border/profile';

export const CHART_WIDTH = 980;
const LINE = 17;
const DISTANCE_TICKS = [1000, 500, 200, 100, 50, 25, 10];

export interface ChartLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  titleY: number;
  /** Where each country's legend entry starts (two columns), and the baseline of the step's line. */
  legend: { x: number; y: number }[];
  stepY: number;
  /** The baseline of the "no data" line (only drawn when some region has no figure). */
  noDataY: number;
  unitY: number;
  /** Baselines of the source lines. */
  sourceY: number[];
  x: ScaleSymLog<number, number>;
  y: ScaleLinear<number, number>;
  xTicks: number[];
  yTicks: number[];
}

/** Splits a line of text at spaces into lines of at most `max` characters. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

export function layoutChart(profile: BorderProfile, sourceLines: number): ChartLayout {
  // Wide and low, so that the chart fits the bottom panel: the legend in two columns under the title.
  const legend = profile.countries.map((_, i) => ({ x: 8 + (i % 2) * (CHART_WIDTH / 2), y: 44 + Math.floor(i / 2) * LINE }));
  const stepY = 44 + Math.ceil(profile.countries.length / 2) * LINE;
  const noDataY = stepY + LINE;
  const unitY = (profile.noData.length > 0 ? noDataY : stepY) + 22;
  const top = unitY + 12;
  const plotHeight = 170;
  const bottom = top + plotHeight;
  const sourceY = Array.from({ length: sourceLines }, (_, i) => bottom + 56 + i * 14);
  const height = (sourceY.at(-1) ?? bottom + 44) + 10;
  const left = 64;
  const right = CHART_WIDTH - 16;

  const distances = profile.dots.map((d) => d.distanceKm);
  // The ±25 km of the step always show, even when the dots lie on one side only.
  const lo = Math.min(-STEP_KM * 1.2, ...distances.map((d) => d * 1.08));
  const hi = Math.max(STEP_KM * 1.2, ...distances.map((d) => d * 1.08));
  const x = scaleSymlog().constant(10).domain([lo, hi]).range([left, right]);
  const xTicks = [...DISTANCE_TICKS.map((d) => -d).filter((d) => d >= lo), 0, ...DISTANCE_TICKS.filter((d) => d <= hi).reverse()];

  const values = [
    ...profile.dots.map((d) => d.value),
    ...profile.countries.flatMap((c) => (c.mean === null ? [] : [c.mean])),
  ];
  const min = values.length > 0 ? Math.min(...values) : 0;
  const max = values.length > 0 ? Math.max(...values) : 1;
  const pad = max > min ? 0 : Math.max(1, Math.abs(max) * 0.1);
  const y = scaleLinear().domain([min - pad, max + pad]).nice(6).range([bottom, top]);
  return {
    width: CHART_WIDTH, height, left, right, top, bottom, titleY: 22, legend, stepY, noDataY, unitY, sourceY, x, y, xTicks, yTicks: y.ticks(6),
  };
}
