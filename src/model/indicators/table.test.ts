import { describe, expect, it } from 'vitest';
import type { IndicatorsFile } from '../schemas';
import { defaultPeriod, levelsPerCountry, makeIndicatorTable, periodsOf } from './table';

/** A synthetic file in the real shape: HDI-like figures at NUTS 1 (DE) and NUTS 2 (NL, BE). */
const meta = {
  theme: 'composite' as const, names: { nl: 'x', en: 'x', de: 'x' }, descriptions: { nl: '', en: '', de: '' }, unit: { nl: '', en: '', de: '' },
  decimals: 3, polarity: 'higher-better' as const, euIndex: false, publisher: 'P', dataset: 'D', licence: 'L', attribution: 'A',
  caveat: null, computed: false, method: null, additive: false,
};
const file: IndicatorsFile = {
  indicators: [{ ...meta, id: 'hdi' }],
  sources: [{ dataset: 'GDL', url: 'https://example.org/' }],
  values: [
    ['NL21', 0, '2021', 0.927, 0, ''], ['NL22', 0, '2021', 0.93, 0, ''], ['BE21', 0, '2021', 0.95, 0, ''],
    ['DEA', 0, '2021', 0.939, 0, ''], ['DE9', 0, '2022', 0.93, 0, ''], ['NL21', 0, '2018', 0.921, 0, 'p'],
  ],
  excluded: [],
};
const levelOf = (id: string) => (id.length - 2) as 0 | 1 | 2 | 3;

describe('indicator table', () => {
  const t = makeIndicatorTable(file);
  it('indexes figures by indicator, period and region, with source and flags', () => {
    expect(t.figures.get('hdi')?.get('2018')?.get('NL21')).toEqual({
      value: 0.921, period: '2018', source: { dataset: 'GDL', url: 'https://example.org/' }, flags: 'p',
    });
    expect(periodsOf(t, 'hdi')).toEqual(['2018', '2021', '2022']);
  });
  it('defaults to the period most countries share, then the most regions, then the latest', () => {
    expect(defaultPeriod(t, 'hdi')).toBe('2021');
    const pop = makeIndicatorTable({
      ...file,
      values: [['NL21', 0, '2023-01-01', 1, 0, ''], ['NL22', 0, '2023-01-01', 1, 0, ''], ['NL21', 0, '2025-01-01', 1, 0, '']],
    });
    expect(defaultPeriod(pop, 'hdi')).toBe('2023-01-01');
    const named = makeIndicatorTable({ ...file, indicators: [{ ...meta, id: 'hdi', defaultPeriod: '2018' }] });
    expect(defaultPeriod(named, 'hdi')).toBe('2018');
  });
  it('draws each country at the chosen level where it has figures, else its finest level with figures', () => {
    expect(Object.fromEntries(levelsPerCountry(t, 'hdi', '2021', 2, levelOf))).toEqual({ NL: 2, BE: 2, DE: 1 });
    expect(Object.fromEntries(levelsPerCountry(t, 'hdi', '2021', 3, levelOf))).toEqual({ NL: 2, BE: 2, DE: 1 });
    expect(levelsPerCountry(t, 'hdi', '1999', 3, levelOf).size).toBe(0);
  });
});
