/**
 * The comparison as one pure model, computed once and read by the table, the charts and the CSV
 * export: per indicator (grouped by theme) a row with the aligned period and one cell per place.
 * A cell holds a figure (the region's own, or its parent's, labelled as such), an aggregate of an
 * area's or zone's members, the members' range where no honest aggregate exists, or the reason
 * why there is no figure. It is never empty.
 */
import { THEMES, type IndicatorMeta, type Theme } from '../schemas';
import type { RegionEntry, RegionIndex } from '../regionIndex';
import type { Level } from '../levels';
import { countryReference, type Reference } from '../indicators/choropleth';
import { mean, rankOf } from '../indicators/stats';
import { periodsOf, type Figure, type IndicatorTable } from '../indicators/table';
import { aggregate, type AggregateResult, type Member } from './aggregate';
import { placeKey, type Place } from './places';

/** What a place stands for: a region of the index, or the members of an area or zone (null: unknown or still loading). */
export interface PlaceInput {
  place: Place;
  region: RegionEntry | null;
  members: readonly Member[] | null;
}

export type Rank = { rank: number; of: number } | null;

export interface FigureCell {
  kind: 'figure';
  /** false: the figure is of `region`, an ancestor, because the source has none at the place's level. */
  own: boolean;
  region: string;
  level: Level;
  figure: Figure;
  value: number;
  rankInCountry: Rank;
  rankAcross: Rank;
  national: Reference | null;
  /** value − national average (the country's own figure for rates, else the mean of its regions). */
  diffNational: number | null;
  /** value − mean of the places compared (null when the cell is not one of them). */
  diffPlaces: number | null;
}

export type AggregateCell = Extract<AggregateResult, { kind: 'aggregate' }> & { diffPlaces: number | null };
export type RangeCell = Extract<AggregateResult, { kind: 'range' }>;

/**
 * No figure, and why: 'level': the source has none at this level for this country (any year);
 * 'year': none for this year (`periods` lists the years it has); 'region': others at this level
 * have one this year, this region not; 'members': no member of the area or zone has one;
 * 'unknown': the place is not in the data (or still loading).
 */
export interface MissingCell {
  kind: 'missing';
  reason: 'level' | 'year' | 'region' | 'members' | 'unknown';
  periods: string[];
  /** For 'level': the level and country the source has nothing at. */
  level?: Level;
  country?: string;
}

export type Cell = FigureCell | AggregateCell | RangeCell | MissingCell;

export interface Row {
  meta: IndicatorMeta;
  periods: string[];
  period: string;
  /** The period the places are aligned on (the default), and whether every place has its own value in it. */
  aligned: string;
  alignedShared: boolean;
  /** The period was picked by the user for this row (else: aligned). */
  chosen: boolean;
  /** Every place has a value (its own, or an aggregate) in this period. */
  shared: boolean;
  cells: Cell[];
  /** Mean over the places with their own value or an aggregate (parent figures and ranges are not theirs). */
  placesMean: { value: number; n: number } | null;
}

export interface ThemeGroup {
  theme: Theme;
  rows: Row[];
}

export interface Comparison {
  keys: string[];
  groups: ThemeGroup[];
}

/** Any figure for a region in a period, its own or a parent's (the second key of alignment). */
function anyValue(table: IndicatorTable, meta: IndicatorMeta, period: string, p: PlaceInput): boolean {
  const byRegion = table.figures.get(meta.id)?.get(period);
  return p.region !== null && byRegion !== undefined && [p.region.id, ...p.region.parents].some((id) => byRegion.has(id));
}

/** The place's own value in a period, before ranks: what alignment counts. */
function ownValue(table: IndicatorTable, meta: IndicatorMeta, period: string, p: PlaceInput): number | null {
  if (p.region) return table.figures.get(meta.id)?.get(period)?.get(p.region.id)?.value ?? null;
  if (!p.members) return null;
  const a = aggregate(table, meta, period, p.members);
  return a.kind === 'aggregate' ? a.value : null;
}

/**
 * The latest period that every place has a value in; else the latest with the most places with
 * their own value, then with any figure (a parent's counts here, so a row of NUTS 2 figures for
 * NUTS 3 places still lands on a year that has them).
 */
export function alignedPeriod(table: IndicatorTable, meta: IndicatorMeta, periods: readonly string[], places: readonly PlaceInput[]) {
  let best: { period: string; own: number; any: number } | null = null;
  for (const period of periods) {
    const own = places.filter((p) => ownValue(table, meta, period, p) !== null).length;
    const any = places.filter((p) => ownValue(table, meta, period, p) !== null || anyValue(table, meta, period, p)).length;
    if (!best || own > best.own || (own === best.own && any >= best.any)) best = { period, own, any };
  }
  return best ? { period: best.period, shared: best.own === places.length } : null;
}

interface Peers {
  ids: string[];
  values: Map<string, number>;
  countries: Set<string>;
}

/**
 * Lookups shared by the cells of one comparison (computed once per indicator, period and level,
 * and per country and level): six places over every indicator stay well within a frame.
 */
interface Cache {
  peers: Map<string, Peers>;
  drawn: Map<string, string[]>;
  national: Map<string, Reference | null>;
}
const caches = new WeakMap<IndicatorTable, WeakMap<RegionIndex, Cache>>();

function cacheOf(table: IndicatorTable, index: RegionIndex) {
  let byIndex = caches.get(table);
  if (!byIndex) caches.set(table, (byIndex = new WeakMap()));
  let c = byIndex.get(index);
  if (!c) byIndex.set(index, (c = { peers: new Map(), drawn: new Map(), national: new Map() }));
  return c;
}

function levelPeers(table: IndicatorTable, index: RegionIndex, meta: IndicatorMeta, period: string, level: Level): Peers {
  const cache = cacheOf(table, index).peers;
  const key = `${meta.id}|${period}|${String(level)}`;
  let p = cache.get(key);
  if (!p) {
    const byRegion = table.figures.get(meta.id)?.get(period);
    const ids = [...(byRegion?.keys() ?? [])].filter((id) => index.byId.get(id)?.level === level);
    p = { ids, values: new Map(ids.map((id) => [id, byRegion?.get(id)?.value ?? NaN])), countries: new Set(ids.map((id) => id.slice(0, 2))) };
    cache.set(key, p);
  }
  return p;
}

/** A country's average at a level (its own figure for rates, else the mean of its regions), as the map's national reference. */
export function nationalReference(
  table: IndicatorTable, index: RegionIndex, meta: IndicatorMeta, period: string, country: string, level: Level,
): Reference | null {
  const cache = cacheOf(table, index).national;
  const key = `${meta.id}|${period}|${country}${String(level)}`;
  if (!cache.has(key)) {
    const byRegion = table.figures.get(meta.id)?.get(period);
    cache.set(key, byRegion ? countryReference(meta, country, drawnIds(table, index, country, level), byRegion) : null);
  }
  return cache.get(key) ?? null;
}

function drawnIds(table: IndicatorTable, index: RegionIndex, country: string, level: Level): string[] {
  const cache = cacheOf(table, index).drawn;
  const key = `${country}${String(level)}`;
  let ids = cache.get(key);
  if (!ids) cache.set(key, (ids = index.list.filter((e) => e.country === country && e.level === level).map((e) => e.id)));
  return ids;
}

/** Why a region has no figure in the period. */
function missingReason(table: IndicatorTable, index: RegionIndex, meta: IndicatorMeta, period: string, region: RegionEntry): MissingCell {
  const periods = periodsOf(table, meta.id);
  const own = periods.filter((q) => table.figures.get(meta.id)?.get(q)?.has(region.id));
  const sameLevel = (q: string) =>
    [...(table.figures.get(meta.id)?.get(q)?.keys() ?? [])].some((id) => id.startsWith(region.country) && index.byId.get(id)?.level === region.level);
  if (own.length > 0) return { kind: 'missing', reason: 'year', periods: own };
  if (!periods.some(sameLevel)) return { kind: 'missing', reason: 'level', periods: [], level: region.level, country: region.country };
  return { kind: 'missing', reason: sameLevel(period) ? 'region' : 'year', periods: [] };
}

function figureCell(
  table: IndicatorTable, index: RegionIndex, meta: IndicatorMeta, period: string, entry: RegionEntry, own: boolean,
): FigureCell | null {
  const byRegion = table.figures.get(meta.id)?.get(period);
  const figure = byRegion?.get(entry.id);
  if (!byRegion || !figure) return null;
  const { ids: peers, values, countries } = levelPeers(table, index, meta, period, entry.level);
  const sameCountry = peers.filter((id) => id.startsWith(entry.country));
  // A country compared with itself has no national average to differ from.
  const national = entry.level === 0 ? null : nationalReference(table, index, meta, period, entry.country, entry.level);
  return {
    kind: 'figure', own, region: entry.id, level: entry.level, figure, value: figure.value,
    rankInCountry: sameCountry.length > 1 ? rankOf(entry.id, values, sameCountry, meta.polarity) : null,
    rankAcross: countries.size > 1 ? rankOf(entry.id, values, peers, meta.polarity) : null,
    national,
    diffNational: national ? figure.value - national.value : null,
    diffPlaces: null,
  };
}

function regionCell(table: IndicatorTable, index: RegionIndex, meta: IndicatorMeta, period: string, region: RegionEntry): Cell {
  const own = figureCell(table, index, meta, period, region, true);
  if (own) return own;
  const missing = missingReason(table, index, meta, period, region);
  // A parent's figure stands in only where the source has none at this level at all, and only
  // for rates and indices: a parent's total (population, GDP) says nothing of the region.
  if (missing.reason === 'level' && !meta.additive) {
    for (const parentId of region.parents) {
      const parent = index.byId.get(parentId);
      const cell = parent ? figureCell(table, index, meta, period, parent, false) : null;
      if (cell) return cell;
    }
  }
  return missing;
}

function placeCell(table: IndicatorTable, index: RegionIndex, meta: IndicatorMeta, period: string, p: PlaceInput): Cell {
  if (p.region) return regionCell(table, index, meta, period, p.region);
  if (!p.members) return { kind: 'missing', reason: 'unknown', periods: [] };
  const a = aggregate(table, meta, period, p.members);
  if (a.kind === 'none') return { kind: 'missing', reason: 'members', periods: [] };
  return a.kind === 'aggregate' ? { ...a, diffPlaces: null } : a;
}

function withPlacesMean(cells: Cell[]): { cells: Cell[]; placesMean: Row['placesMean'] } {
  const theirs = cells.flatMap((c) => ((c.kind === 'figure' && c.own) || c.kind === 'aggregate' ? [c.value] : []));
  const m = mean(theirs);
  if (m === null || theirs.length < 2) return { cells, placesMean: m === null ? null : { value: m, n: theirs.length } };
  return {
    cells: cells.map((c) => ((c.kind === 'figure' && c.own) || c.kind === 'aggregate' ? { ...c, diffPlaces: c.value - m } : c)),
    placesMean: { value: m, n: theirs.length },
  };
}

export function compareRow(
  table: IndicatorTable, index: RegionIndex, meta: IndicatorMeta, places: readonly PlaceInput[], chosen: string | undefined,
): Row | null {
  const periods = periodsOf(table, meta.id);
  const aligned = alignedPeriod(table, meta, periods, places);
  if (!aligned) return null;
  const period = chosen && periods.includes(chosen) ? chosen : aligned.period;
  const shared = places.every((p) => ownValue(table, meta, period, p) !== null);
  const { cells, placesMean } = withPlacesMean(places.map((p) => placeCell(table, index, meta, period, p)));
  return { meta, periods, period, aligned: aligned.period, alignedShared: aligned.shared, chosen: period === chosen, shared, cells, placesMean };
}

/** The whole comparison: every indicator, grouped by theme in the themes' order. */
export function buildComparison(
  table: IndicatorTable, index: RegionIndex, places: readonly PlaceInput[], years: Readonly<Record<string, string>>,
): Comparison {
  const groups = THEMES.flatMap((theme) => {
    const rows = table.indicators
      .filter((m) => m.theme === theme)
      .flatMap((m) => compareRow(table, index, m, places, years[m.id]) ?? []);
    return rows.length > 0 ? [{ theme, rows }] : [];
  });
  return { keys: places.map((p) => placeKey(p.place)), groups };
}
