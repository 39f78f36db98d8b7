import { describe, expect, it } from 'vitest';
import type { IndicatorsFile } from '../schemas';
import { makeRegionIndex, type RegionEntry } from '../regionIndex';
import { makeIndicatorTable } from './table';
import { regionProfile, sparklinePath } from './profile';

/** Synthetic regions and figures with real codes, for the profile logic only. */
const region = (id: string): RegionEntry => ({
  id, name: id, level: (id.length - 2) as RegionEntry['level'], country: id.slice(0, 2), parents: [], bbox: [0, 0, 1, 1], centroid: [0, 0],
  labelPoint: [0, 0], areaKm2: 1,
});
const index = makeRegionIndex(['NL21', 'NL22', 'NL23', 'BE21', 'DEA'].map(region));
const meta = {
  theme: 'work' as const, names: { nl: 'x', en: 'x', de: 'x' }, descriptions: { nl: '', en: '', de: '' }, unit: { nl: '%', en: '%', de: '%' },
  decimals: 1, polarity: 'lower-better' as const, euIndex: false, publisher: 'P', dataset: 'D', licence: 'L', attribution: 'A',
  caveat: null, computed: false, method: null, additive: false,
};
const file: IndicatorsFile = {
  indicators: [{ ...meta, id: 'unemployment' }, { ...meta, id: 'other' }],
  sources: [{ dataset: 'S', url: 'https://example.org/' }],
  values: [
    ['NL21', 0, '2021', 4, 0, ''], ['NL22', 0, '2021', 3, 0, ''], ['NL23', 0, '2021', 5, 0, ''], ['BE21', 0, '2021', 2, 0, ''],
    ['NL21', 0, '2020', 5, 0, 'p'], ['NL22', 1, '2021', 1, 0, ''],
  ],
  excluded: [],
};

describe('regionProfile', () => {
  const rows = regionProfile(makeIndicatorTable(file), index, region('NL21'));
  it('lists only the indicators with a figure for the region, at its latest period', () => {
    expect(rows.map((r) => [r.meta.id, r.figure.period, r.figure.value])).toEqual([['unemployment', '2021', 4]]);
  });
  it('ranks by polarity in the country and across the border', () => {
    expect(rows[0]?.rankInCountry).toEqual({ rank: 2, of: 3 }); // 3 < 4 < 5, lower is better
    expect(rows[0]?.rankAcross).toEqual({ rank: 3, of: 4 });
    expect(rows[0]?.countryMean).toBe(4);
    expect([rows[0]?.min, rows[0]?.max]).toEqual([2, 5]);
  });
  it('ranks within each cross-border area in view that holds the region', () => {
    const inArea = regionProfile(
      makeIndicatorTable(file), index, region('NL21'), [{ id: 'x', members: ['NL211', 'NL231', 'BE211'] }, { id: 'y', members: ['DEA11'] }],
    );
    expect(inArea[0]?.rankInAreas).toEqual([{ id: 'x', rank: 2, of: 3 }]); // NL21 4, NL23 5, BE21 2
  });
  it('keeps the series for a sparkline', () => {
    expect(rows[0]?.series).toEqual([{ period: '2020', value: 5 }, { period: '2021', value: 4 }]);
    expect(sparklinePath([5, 4], 40, 10)).toBe('M0.0,0.0L40.0,10.0');
    expect(sparklinePath([5], 40, 10)).toBe('');
  });
});
