/**
 * The comparison as CSV for spreadsheets: UTF-8 with a byte-order mark (Excel reads the encoding
 * from it), either `,` with a decimal point or `;` with a decimal comma (what Dutch and German
 * spreadsheets expect), quoting by d3-dsv. One line per indicator; per place its value, year,
 * what the value is (own, parent, aggregate, range, none) and its source.
 */
import { dsvFormat } from 'd3-dsv';
import type { Cell, Comparison, Row } from './comparison';

export type CsvStyle = 'comma' | 'semicolon';
export const BOM = '\uFEFF';

export interface CsvText {
  /** Column headers per place and per indicator, in the user's language. */
  placeNames: readonly string[];
  indicatorName: (id: string) => string;
  unit: (id: string) => string;
  theme: (theme: string) => string;
  /** What a cell is, e.g. "Niedersachsen (NUTS 1)" for a parent's figure, "sum of 9 of 13 members". */
  describe: (cell: Cell) => string;
  headers: { theme: string; indicator: string; unit: string; value: string; year: string; kind: string; source: string };
}

export function formatNumber(value: number, decimals: number, style: CsvStyle): string {
  const s = value.toFixed(decimals);
  return style === 'semicolon' ? s.replace('.', ',') : s;
}

function cellFields(cell: Cell, row: Row, style: CsvStyle, text: CsvText): string[] {
  const describe = text.describe(cell);
  const { period, meta } = row;
  const decimals = meta.decimals;
  // Aggregates and ranges are made of the members' figures, all from the indicator's dataset.
  const dataset = `${meta.publisher} ${meta.dataset}`;
  switch (cell.kind) {
    case 'figure': {
      const src = cell.figure.source;
      return [formatNumber(cell.value, decimals, style), cell.figure.period, describe, src.url ? `${src.dataset} ${src.url}` : src.dataset];
    }
    case 'aggregate':
      return [formatNumber(cell.value, decimals, style), period, describe, dataset];
    case 'range':
      return ['', period, describe, dataset];
    case 'missing':
      return ['', period, describe, ''];
  }
}

export function comparisonCsv(c: Comparison, style: CsvStyle, text: CsvText): string {
  const h = text.headers;
  const header = [h.theme, h.indicator, h.unit, ...text.placeNames.flatMap((p) => [
    `${p}: ${h.value}`, `${p}: ${h.year}`, `${p}: ${h.kind}`, `${p}: ${h.source}`,
  ])];
  const rows = c.groups.flatMap((g) => g.rows.map((r) => [
    text.theme(g.theme), text.indicatorName(r.meta.id), text.unit(r.meta.id),
    ...r.cells.flatMap((cell) => cellFields(cell, r, style, text)),
  ]));
  const format = dsvFormat(style === 'semicolon' ? ';' : ',');
  return BOM + format.formatRows([header, ...rows]) + '\n';
}
