/** How the comparison's cells and places read, for the table, the charts and the CSV export alike. */
import type { TFunction } from 'i18next';
import type { Cell, PlaceInput, Row } from '../../model/compare/comparison';
import { aggregationOf } from '../../model/compare/aggregate';
import { DEFAULT_EDGES_KM, bandRange } from '../../model/border/types';
import { areaName } from '../../model/areas';
import { isCountry } from '../../model/levels';
import type { RegionIndex } from '../../model/regionIndex';
import type { AreasData } from '../../data/queries';
import type { Lang } from '../../i18n';

export function countryName(t: TFunction, c: string): string {
  return isCountry(c) ? t(`country.${c}`) : c;
}

export function placeName(t: TFunction, p: PlaceInput, areas: AreasData | undefined, lang: Lang): string {
  const place = p.place;
  if (place.kind === 'region') return p.region?.name ?? place.id;
  if (place.kind === 'area') {
    const a = areas?.byId.get(place.id);
    return a ? areaName(a, lang) : place.id;
  }
  return t('cmp.zone', bandRange(DEFAULT_EDGES_KM, place.band));
}

export function numberFormat(lang: string, decimals: number): Intl.NumberFormat {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

/** A signed difference: "+1.234" or "−56". */
export function signed(fmt: Intl.NumberFormat, d: number): string {
  return d > 0 ? `+${fmt.format(d)}` : d < 0 ? `−${fmt.format(-d)}` : fmt.format(0);
}

/** One line that says what a cell is: its own figure, a parent's, an aggregate and its method, a range, or why there is none. */
export interface CellContext {
  index: RegionIndex;
  fmt: Intl.NumberFormat;
  /** An indicator's name in the UI language (for the components of a ratio). */
  nameOf: (indicatorId: string) => string;
}

export function describeCell(t: TFunction, cell: Cell, row: Row, { index, fmt, nameOf }: CellContext): string {
  switch (cell.kind) {
    case 'figure': {
      if (cell.own) return t('cmp.own');
      return t('cmp.parent', { name: index.byId.get(cell.region)?.name ?? cell.region, level: cell.level });
    }
    case 'aggregate': {
      const name = nameOf;
      const main = cell.method === 'sum'
        ? t('cmp.sum', { n: cell.n, of: cell.of })
        : t('cmp.ratio', { n: cell.n, of: cell.of, num: name(cell.components?.[0] ?? ''), den: name(cell.components?.[1] ?? '') });
      return cell.partialLeftOut > 0 ? `${main}; ${t('cmp.partialLeftOut', { count: cell.partialLeftOut })}` : main;
    }
    case 'range': {
      const range = t(cell.partial > 0 ? 'cmp.rangePartial' : 'cmp.range', {
        n: cell.n, partial: cell.partial, min: fmt.format(cell.min), max: fmt.format(cell.max),
      });
      const rule = aggregationOf(row.meta);
      const components = rule.kind === 'ratio' ? `${nameOf(rule.numerator)}, ${nameOf(rule.denominator)}` : '';
      return `${t(`cmp.why.${cell.why}`, { components })} ${range}`;
    }
    case 'missing':
      return missingText(t, cell, row);
  }
}

function missingText(t: TFunction, cell: Extract<Cell, { kind: 'missing' }>, row: Row): string {
  switch (cell.reason) {
    case 'level':
      return t('cmp.missing.level', { level: cell.level ?? '', country: cell.country ? countryName(t, cell.country) : '' });
    case 'year':
      return cell.periods.length > 0
        ? t('cmp.missing.yearOther', { year: row.period, periods: cell.periods.join(', ') })
        : t('cmp.missing.year', { year: row.period });
    case 'region':
      return t('cmp.missing.region', { year: row.period });
    case 'members':
      return t('cmp.missing.members', { year: row.period });
    case 'unknown':
      return t('cmp.missing.unknown');
  }
}
