/** The CSV export: delimiters, decimals, BOM and quoting (on a synthetic comparison, for this test). */
import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { IndicatorMeta } from '../schemas';
import { comparisonCsv, formatNumber, type CsvText } from './csv';
import type { Comparison } from './comparison';

const meta = { id: 'x', theme: 'material', decimals: 1, publisher: 'Eurostat', dataset: 'nama_x', additive: false } as IndicatorMeta;
const comparison: Comparison = {
  keys: ['NL213', 'a:euregio'],
  groups: [{
    theme: 'material',
    rows: [{
      meta, periods: ['2021'], period: '2021', aligned: '2021', alignedShared: false, chosen: false, shared: false, placesMean: null,
      cells: [
        {
          kind: 'figure', own: true, region: 'NL213', level: 3, value: 41234.56,
          figure: { value: 41234.56, period: '2021', flags: 'p', source: { dataset: 'nama_x', url: 'https://ec.europa.eu/x' } },
          rankInCountry: null, rankAcross: null, national: null, diffNational: null, diffPlaces: null,
        },
        { kind: 'range', why: 'index', min: 1, max: 2, n: 3, partial: 1 },
      ],
    }],
  }],
};
const text: CsvText = {
  placeNames: ['Twente', 'EUREGIO "Gronau"; DE/NL'],
  indicatorName: () => 'GDP, per inhabitant',
  unit: () => 'EUR',
  theme: () => 'Material',
  describe: (c) => (c.kind === 'figure' ? 'own figure' : 'range 1–2, no aggregate'),
  headers: { theme: 'theme', indicator: 'indicator', unit: 'unit', value: 'value', year: 'year', kind: 'what', source: 'source' },
};

describe('comparison CSV', () => {
  it('starts with a BOM and parses back with ; and decimal commas', () => {
    const csv = comparisonCsv(comparison, 'semicolon', text);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = dsvFormat(';').parseRows(csv.slice(1).trimEnd());
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveLength(3 + 2 * 4);
    expect(rows[0]?.[7]).toBe('EUREGIO "Gronau"; DE/NL: value');
    expect(rows[1]?.slice(0, 7)).toEqual(['Material', 'GDP, per inhabitant', 'EUR', '41234,6', '2021', 'own figure', 'nama_x https://ec.europa.eu/x']);
    expect(rows[1]?.slice(7)).toEqual(['', '2021', 'range 1–2, no aggregate', 'Eurostat nama_x']);
  });
  it('quotes fields with the delimiter or quotes, with , and a decimal point', () => {
    const csv = comparisonCsv(comparison, 'comma', text);
    expect(csv).toContain('"GDP, per inhabitant"');
    expect(csv).toContain('"EUREGIO ""Gronau""; DE/NL: value"');
    expect(dsvFormat(',').parseRows(csv.slice(1).trimEnd())[1]?.[3]).toBe('41234.6');
  });
  it('formats numbers without thousands separators', () => {
    expect(formatNumber(1234567.891, 2, 'semicolon')).toBe('1234567,89');
    expect(formatNumber(-0.5, 0, 'comma')).toBe('-1');
  });
});
