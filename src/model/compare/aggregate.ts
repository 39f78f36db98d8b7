/**
 * Aggregates for a place made of regions (a cooperation area, a border zone), only where they are
 * honest: a sum for counts and amounts, a ratio of sums where both components are in the data for
 * the same period, and otherwise none, with the range of the members instead. Partial members are
 * always left out of an aggregate; the result says how many members it covers.
 */
import type { IndicatorMeta } from '../schemas';
import type { IndicatorTable } from '../indicators/table';

export interface Member {
  id: string;
  /** 'partial': only part of the region lies in the place (it is left out of an aggregate). */
  membership: 'exact' | 'partial';
}

/** How an indicator may be combined over regions. */
export type Aggregation =
  | { kind: 'sum' }
  /** value = factor × Σ numerator / Σ denominator, over the members with both for the period. */
  | { kind: 'ratio'; numerator: string; denominator: string; factor: number }
  /** 'index': an index, rate or share without its components; 'overlap': a count of entries that can span several members. */
  | { kind: 'none'; reason: 'index' | 'overlap' | 'geometry' };

/**
 * Ratios whose components the data can carry. GDP per inhabitant is GDP over the (average)
 * population of the same year; today the data has GDP in million EUR for a few NUTS 2 regions and
 * population on 1 January, so no period matches and the cell falls back to the members' range.
 */
const RATIOS: Readonly<Record<string, Extract<Aggregation, { kind: 'ratio' }>>> = {
  gdp_eur_per_inhabitant: { kind: 'ratio', numerator: 'gdp_meur', denominator: 'population', factor: 1e6 },
};

/** Additive in the data, yet not summable over regions: an area or a deal with several member regions counts once in each. */
const OVERLAPPING = new Set(['cooperation_areas', 'initiatives']);
/** Properties of a region's shape (a distance of its centroid, a share of its area): no sum or ratio of them is the place's. */
const GEOMETRIC = new Set(['border_distance_km', 'border_share_25km']);

export function aggregationOf(meta: IndicatorMeta): Aggregation {
  const ratio = RATIOS[meta.id];
  if (ratio) return ratio;
  if (OVERLAPPING.has(meta.id)) return { kind: 'none', reason: 'overlap' };
  if (GEOMETRIC.has(meta.id)) return { kind: 'none', reason: 'geometry' };
  return meta.additive ? { kind: 'sum' } : { kind: 'none', reason: 'index' };
}

/**
 * Why a place shows a range: the indicator has no honest aggregate ('index', 'overlap',
 * 'geometry'), the components of its ratio are missing ('components'), or no member lying wholly
 * in the place has a figure ('noExact').
 */
export type RangeWhy = Extract<Aggregation, { kind: 'none' }>['reason'] | 'components' | 'noExact';

export type AggregateResult =
  /** Over `n` of the place's `of` members: those with a figure, partial members left out. */
  | { kind: 'aggregate'; method: 'sum' | 'ratio'; value: number; n: number; of: number; partialLeftOut: number; components?: [string, string] }
  /** No honest aggregate (or none from the members this period): the range of the members with a figure. */
  | { kind: 'range'; why: RangeWhy; min: number; max: number; n: number; partial: number }
  | { kind: 'none'; n: 0 };

function figureOf(table: IndicatorTable, indicator: string, period: string, id: string): number | undefined {
  return table.figures.get(indicator)?.get(period)?.get(id)?.value;
}

function range(
  table: IndicatorTable, meta: IndicatorMeta, period: string, members: readonly Member[], why: RangeWhy,
): AggregateResult {
  const withFigure = members.filter((m) => figureOf(table, meta.id, period, m.id) !== undefined);
  if (withFigure.length === 0) return { kind: 'none', n: 0 };
  const values = withFigure.map((m) => figureOf(table, meta.id, period, m.id) ?? NaN);
  return {
    kind: 'range', why, min: Math.min(...values), max: Math.max(...values), n: withFigure.length,
    partial: withFigure.filter((m) => m.membership === 'partial').length,
  };
}

export function aggregate(table: IndicatorTable, meta: IndicatorMeta, period: string, members: readonly Member[]): AggregateResult {
  const rule = aggregationOf(meta);
  const exact = members.filter((m) => m.membership === 'exact');
  const partialLeftOut = members.length - exact.length;
  if (rule.kind === 'none') return range(table, meta, period, members, rule.reason);
  if (rule.kind === 'sum') {
    const values = exact.flatMap((m) => {
      const v = figureOf(table, meta.id, period, m.id);
      return v === undefined ? [] : [v];
    });
    if (values.length === 0) return range(table, meta, period, members, 'noExact');
    return { kind: 'aggregate', method: 'sum', value: values.reduce((a, b) => a + b, 0), n: values.length, of: members.length, partialLeftOut };
  }
  let num = 0;
  let den = 0;
  let n = 0;
  for (const m of exact) {
    const a = figureOf(table, rule.numerator, period, m.id);
    const b = figureOf(table, rule.denominator, period, m.id);
    if (a === undefined || b === undefined) continue;
    num += a;
    den += b;
    n++;
  }
  if (n === 0 || den === 0) return range(table, meta, period, members, 'components');
  return {
    kind: 'aggregate', method: 'ratio', value: (rule.factor * num) / den, n, of: members.length, partialLeftOut,
    components: [rule.numerator, rule.denominator],
  };
}
