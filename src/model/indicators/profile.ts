/**
 * A region's profile: every indicator with a figure for it, its latest figure, ranks among the
 * regions of the same level in its country and across the border, the spread to compare with,
 * and its series when there are several periods. Pure; the panel only formats it.
 */
import type { IndicatorMeta } from '../schemas';
import type { RegionEntry, RegionIndex } from '../regionIndex';
import { mean, rankOf } from './stats';
import { periodsOf, type Figure, type IndicatorTable } from './table';
import { regionsInArea, type CrossBorderArea } from './choropleth';

export interface ProfileRow {
  meta: IndicatorMeta;
  figure: Figure;
  rankInCountry: { rank: number; of: number } | null;
  rankAcross: { rank: number; of: number } | null;
  /** The countries whose regions have figures to rank across (not always all four). */
  acrossCountries: string[];
  /** Rank within each cross-border area in view that the region lies in. */
  rankInAreas: { id: string; rank: number; of: number }[];
  /** Spread of the same level and period across NL, BE, DE and LU, and the country's mean. */
  min: number;
  max: number;
  countryMean: number | null;
  series: { period: string; value: number }[];
}

export function regionProfile(table: IndicatorTable, index: RegionIndex, region: RegionEntry, areas: readonly CrossBorderArea[] = []): ProfileRow[] {
  const rows: ProfileRow[] = [];
  for (const meta of table.indicators) {
    const periods = periodsOf(table, meta.id);
    const series = periods.flatMap((p) => {
      const f = table.figures.get(meta.id)?.get(p)?.get(region.id);
      return f ? [{ period: p, value: f.value }] : [];
    });
    const latest = series.at(-1);
    if (!latest) continue;
    const byRegion = table.figures.get(meta.id)?.get(latest.period);
    const figure = byRegion?.get(region.id);
    if (!byRegion || !figure) continue;
    const peers = [...byRegion.keys()].filter((id) => index.byId.get(id)?.level === region.level);
    const values = new Map(peers.map((id) => [id, byRegion.get(id)?.value ?? NaN]));
    const sameCountry = peers.filter((id) => id.startsWith(region.country));
    const all = [...values.values()];
    rows.push({
      meta,
      figure,
      rankInCountry: sameCountry.length > 1 ? rankOf(region.id, values, sameCountry, meta.polarity) : null,
      rankAcross: sameCountry.length < peers.length ? rankOf(region.id, values, peers, meta.polarity) : null,
      acrossCountries: ['NL', 'BE', 'DE', 'LU'].filter((c) => peers.some((id) => id.startsWith(c))),
      rankInAreas: areas.flatMap((a) => {
        const inArea = regionsInArea(peers, a);
        const r = inArea.includes(region.id) ? rankOf(region.id, values, inArea, meta.polarity) : null;
        return r ? [{ id: a.id, ...r }] : [];
      }),
      min: Math.min(...all),
      max: Math.max(...all),
      countryMean: mean(sameCountry.map((id) => values.get(id) ?? NaN)),
      series,
    });
  }
  return rows;
}

/** SVG path of a series scaled into a box (for a sparkline); empty with fewer than two points. */
export function sparklinePath(values: readonly number[], width: number, height: number): string {
  if (values.length < 2) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  return values
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${((i / (values.length - 1)) * width).toFixed(1)},${(height - ((v - min) / span) * height).toFixed(1)}`)
    .join('');
}
