/**
 * The choropleth as a pure function of the indicator table, the region index and the user's
 * choices: which regions are drawn at which level, the value each shows (the figure or its
 * difference to a reference), the classes, the colours and the counts. Regions without a figure
 * stay without a value: they are drawn as "no data", never given one.
 */
import { interpolateRgb } from 'd3-interpolate';
import type { IndicatorMeta } from '../schemas';
import type { RegionIndex } from '../regionIndex';
import { FOCUS_COUNTRIES, type Level } from '../levels';
import type { ChoroplethChoices, ChoroplethPalette } from './choices';
import { classify, classOf, countsPerClass, type Classes } from './classify';
import { mean } from './stats';
import { defaultPeriod, levelsPerCountry, type Figure, type IndicatorTable } from './table';

export interface Reference {
  value: number;
  /** Regions with a figure that the mean is taken over, and regions drawn (coverage). */
  n: number;
  of: number;
  /**
   * 'figure': the country's own figure (NUTS 0); 'mean': the unweighted mean of its drawn
   * regions; 'area': the unweighted mean of the drawn regions in the cross-border area.
   */
  kind: 'figure' | 'mean' | 'area';
}

/** The cross-border area a reference or rank is taken over: a cooperation area and its NUTS 3 members. */
export interface CrossBorderArea {
  id: string;
  members: readonly string[];
}

/** Drawn regions that lie (wholly or partly) in an area: a coarser region counts when any of its NUTS 3 members does. */
export function regionsInArea(regionIds: readonly string[], area: CrossBorderArea): string[] {
  return regionIds.filter((id) => area.members.some((m) => m.startsWith(id)));
}

export interface ChoroplethModel {
  meta: IndicatorMeta;
  period: string;
  reference: ChoroplethChoices['reference'];
  /** Level drawn per country (countries without any figure: the level the user chose). */
  levels: Map<string, Level>;
  regionIds: string[];
  figures: Map<string, Figure>;
  /** What each region shows: its figure, or the figure minus the reference. */
  values: Map<string, number>;
  references: Map<string, Reference>;
  classes: Classes | null;
  colours: string[];
  /** For the unclassed ramp: [value, colour] stops. */
  ramp: [number, string][] | null;
  counts: number[];
  noData: string[];
}

/** Exactly k sequential colours, "good" darkest; light to dark when neutral. */
function sequential(k: number, polarity: IndicatorMeta['polarity'], palette: ChoroplethPalette): string[] {
  const three = palette.sequential[3] ?? [];
  const scheme = k >= 3 ? [...(palette.sequential[Math.min(9, k)] ?? [])] : k === 2 ? [three[0] ?? '', three[2] ?? ''] : [three[1] ?? ''];
  return polarity === 'lower-better' ? scheme.reverse() : scheme;
}

/**
 * Diverging colours for differences to a reference: a class below 0 is red, above 0 blue
 * (swapped when lower is better), darker further from 0. Each class takes the side of its own
 * range, so an all-negative map is all red, never "better".
 */
function diverging(classes: Classes, polarity: IndicatorMeta['polarity'], palette: ChoroplethPalette): string[] {
  const { breaks, min, max } = classes;
  const k = breaks.length + 1;
  const lo = (i: number) => (i === 0 ? min : (breaks[i - 1] ?? min));
  const hi = (i: number) => (i === k - 1 ? max : (breaks[i] ?? max));
  const side = Array.from({ length: k }, (_, i) => (hi(i) <= 0 && lo(i) < 0 ? -1 : lo(i) >= 0 && hi(i) > 0 ? 1 : 0));
  const neg = side.filter((x) => x === -1).length;
  const pos = side.filter((x) => x === 1).length;
  const flip = polarity === 'lower-better';
  let seenPos = 0;
  return side.map((s, i) => {
    let t = 0.5;
    if (s === -1) t = 0.5 - (0.45 * (neg - i)) / neg; // i counts up towards 0
    if (s === 1) t = 0.5 + (0.45 * ++seenPos) / pos;
    return palette.diverging(flip ? 1 - t : t);
  });
}

/** Rounds computed breaks to what the legend shows, so a label never contradicts its class. */
function roundBreaks(breaks: readonly number[], decimals: number): number[] {
  const f = 10 ** decimals;
  const rounded = breaks.map((b) => Math.round(b * f) / f);
  return rounded.filter((b, i) => i === 0 || b !== rounded[i - 1]);
}

type ReferenceKind = ChoroplethChoices['reference'];

/**
 * A country's reference: its own figure (NUTS 0) for rates, else the unweighted mean of its regions
 * with a figure. `regionIds` are the country's regions drawn (with or without a figure).
 */
export function countryReference(
  meta: IndicatorMeta, country: string, regionIds: readonly string[], byRegion: ReadonlyMap<string, Figure>,
): Reference | null {
  const withFigure = regionIds.filter((id) => byRegion.has(id));
  const own = byRegion.get(country);
  // A country's own figure is its average only for rates; for totals and counts it is a sum.
  if (own && !meta.additive) return { value: own.value, kind: 'figure', n: withFigure.length, of: regionIds.length };
  const m = mean(withFigure.map((id) => byRegion.get(id)?.value ?? NaN));
  return m === null ? null : { value: m, kind: 'mean', n: withFigure.length, of: regionIds.length };
}

/** The national references: each country's own figure (rates) or the mean of its drawn regions. */
function nationalReferences(meta: IndicatorMeta, regionIds: readonly string[], byRegion: ReadonlyMap<string, Figure>): Map<string, Reference> {
  const references = new Map<string, Reference>();
  for (const c of FOCUS_COUNTRIES) {
    const ref = countryReference(meta, c, regionIds.filter((id) => id.startsWith(c)), byRegion);
    if (ref) references.set(c, ref);
  }
  return references;
}

/** What each region shows: its figure, or its difference to the reference that applies to it. */
function shownValues(
  reference: ReferenceKind, figures: ReadonlyMap<string, Figure>, references: ReadonlyMap<string, Reference>, areaMean: number | null,
) {
  const values = new Map<string, number>();
  for (const [id, f] of figures) {
    if (reference === 'raw') values.set(id, f.value);
    else if (reference === 'eu') values.set(id, f.value - 100);
    else if (reference === 'area') {
      if (areaMean !== null) values.set(id, f.value - areaMean);
    } else {
      const ref = references.get(id.slice(0, 2));
      if (ref) values.set(id, f.value - ref.value);
    }
  }
  return values;
}

/** The unclassed ramp: diverging around 0 for differences that straddle it, else sequential. */
function continuousRamp(shown: readonly number[], divergent: boolean, meta: IndicatorMeta, palette: ChoroplethPalette): [number, string][] | null {
  if (shown.length === 0) return null;
  const min = Math.min(...shown);
  const max = Math.max(...shown);
  const flip = meta.polarity === 'lower-better';
  if (divergent && min < 0 && max > 0) {
    const div = (t: number) => palette.diverging(flip ? 1 - t : t);
    return [[min, div(0.05)], [0, div(0.5)], [max, div(0.95)]];
  }
  const seq = (t: number) => palette.sequentialRamp(flip ? 1 - t : t);
  if (max <= min) return [[min, seq(0.6)]];
  return Array.from({ length: 7 }, (_, i) => [min + ((max - min) * i) / 6, seq(0.05 + (0.9 * i) / 6)] as [number, string]);
}

/** Classes for the values shown, with 0 as a boundary for differences to a reference. */
function classesOf(shown: readonly number[], state: ChoroplethChoices, meta: IndicatorMeta, divergent: boolean): Classes | null {
  let classes = classify([...shown], state.classing === 'continuous' ? 'quantile' : state.classing, state.k, state.breaks);
  if (classes && state.classing !== 'manual') classes = { ...classes, breaks: roundBreaks(classes.breaks, meta.decimals) };
  if (classes && divergent && classes.min < 0 && classes.max > 0 && !classes.breaks.includes(0)) {
    // Differences to a reference: 0 is always a class boundary, so no class mixes above and
    // below. It replaces the nearest break, so the number of classes stays as chosen.
    const b = [...classes.breaks];
    if (b.length === 0) b.push(0);
    else {
      const nearest = b.reduce((best, x, i) => (Math.abs(x) < Math.abs(b[best] ?? Infinity) ? i : best), 0);
      b[nearest] = 0;
    }
    classes = { ...classes, breaks: [...new Set(b)].sort((x, y) => x - y) };
  }
  return classes;
}

export function buildChoropleth(
  table: IndicatorTable,
  index: RegionIndex,
  state: ChoroplethChoices,
  wanted: Level,
  area: CrossBorderArea | null,
  palette: ChoroplethPalette,
): ChoroplethModel | null {
  const meta = state.indicator ? table.byId.get(state.indicator) : undefined;
  if (!meta) return null;
  const period = state.period ?? defaultPeriod(table, meta.id);
  if (!period) return null;
  const byRegion = table.figures.get(meta.id)?.get(period) ?? new Map<string, Figure>();
  const levelOf = (id: string) => index.byId.get(id)?.level;
  const levels = levelsPerCountry(table, meta.id, period, wanted, levelOf);
  for (const c of FOCUS_COUNTRIES) if (!levels.has(c)) levels.set(c, wanted);

  const regionIds = index.list.filter((e) => levels.get(e.country) === e.level).map((e) => e.id);
  const figures = new Map<string, Figure>();
  for (const id of regionIds) {
    const f = byRegion.get(id);
    if (f) figures.set(id, f);
  }

  // A reference that does not apply (no EU index, no area in view) falls back to the values.
  const reference = (state.reference === 'eu' && !meta.euIndex) || (state.reference === 'area' && !area) ? 'raw' : state.reference;
  const references = reference === 'national' ? nationalReferences(meta, regionIds, byRegion) : new Map<string, Reference>();
  let areaMean: number | null = null;
  if (reference === 'area' && area) {
    const inArea = regionsInArea([...figures.keys()], area);
    areaMean = mean(inArea.map((id) => figures.get(id)?.value ?? NaN));
    if (areaMean !== null) references.set(area.id, { value: areaMean, kind: 'area', n: inArea.length, of: regionsInArea(regionIds, area).length });
  }
  const values = shownValues(reference, figures, references, areaMean);

  const shown = [...values.values()];
  const divergent = reference !== 'raw';
  const continuous = state.classing === 'continuous';
  const ramp = continuous ? continuousRamp(shown, divergent, meta, palette) : null;
  const classes = continuous ? null : classesOf(shown, state, meta, divergent);
  const colours = !classes ? []
    : divergent ? diverging(classes, meta.polarity, palette)
    : sequential(classes.breaks.length + 1, meta.polarity, palette);
  return {
    meta, period, reference, levels, regionIds, figures, values, references, classes, colours, ramp,
    counts: classes ? countsPerClass(shown, classes.breaks) : [],
    noData: regionIds.filter((id) => !values.has(id)),
  };
}

/** The colour of a value: its class colour, or its place on the ramp. */
export function colourOf(value: number, model: Pick<ChoroplethModel, 'classes' | 'colours' | 'ramp'>): string | null {
  if (model.ramp) {
    const stops = model.ramp;
    const first = stops[0];
    if (!first) return null;
    if (value <= first[0] || stops.length === 1) return first[1];
    for (let i = 1; i < stops.length; i++) {
      const a = stops[i - 1];
      const b = stops[i];
      if (a && b && value <= b[0]) return interpolateRgb(a[1], b[1])((value - a[0]) / (b[0] - a[0] || 1));
    }
    return stops[stops.length - 1]?.[1] ?? null;
  }
  if (!model.classes) return null;
  return model.colours[classOf(value, model.classes.breaks)] ?? null;
}

/** Colour per region drawn; null marks a region without a figure ("no data"). */
export function regionColours(model: ChoroplethModel): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const id of model.regionIds) {
    const v = model.values.get(id);
    out.set(id, v === undefined ? null : colourOf(v, model));
  }
  return out;
}
