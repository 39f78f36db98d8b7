import { describe, expect, it } from 'vitest';
import type { IndicatorsFile } from '../schemas';
import { makeRegionIndex, type RegionEntry } from '../regionIndex';
import { initialChoropleth } from '../../state/choropleth';
import { lightTheme } from '../../theme/theme';
import type { ChoroplethChoices } from './choices';
import type { IndicatorTable } from './table';
import type { RegionIndex } from '../regionIndex';
import type { Level } from '../levels';
import { makeIndicatorTable } from './table';
import { buildChoropleth, colourOf, regionColours, type CrossBorderArea } from './choropleth';

/** Synthetic regions and figures (real codes) for the choropleth logic only. */
function region(id: string): RegionEntry {
  const parents: string[] = [];
  for (let n = id.length - 1; n >= 2; n--) parents.push(id.slice(0, n));
  return {
    id, name: id, level: (id.length - 2) as RegionEntry['level'], country: id.slice(0, 2), parents, bbox: [0, 0, 1, 1], centroid: [0, 0],
    labelPoint: [0, 0], areaKm2: 1,
  };
}
const index = makeRegionIndex([
  'NL', 'NL1', 'NL2', 'NL11', 'NL12', 'NL21', 'BE', 'BE2', 'BE21', 'BE22', 'DE', 'DEA', 'DE9', 'DEA1', 'LU', 'LU0', 'LU00',
].map(region));
const meta = {
  theme: 'composite' as const, names: { nl: 'x', en: 'x', de: 'x' }, descriptions: { nl: '', en: '', de: '' }, unit: { nl: '', en: '', de: '' },
  decimals: 3, polarity: 'higher-better' as const, euIndex: false, publisher: 'P', dataset: 'D', licence: 'L', attribution: 'A',
  caveat: null, computed: false, method: null, additive: false,
};
const file: IndicatorsFile = {
  indicators: [{ ...meta, id: 'hdi' }, { ...meta, id: 'pct_eu', euIndex: true, decimals: 0 }],
  sources: [{ dataset: 'S', url: 'https://example.org/' }],
  values: [
    ['NL11', 0, '2021', 0.93, 0, ''], ['NL12', 0, '2021', 0.916, 0, ''], ['NL21', 0, '2021', 0.927, 0, ''],
    ['BE21', 0, '2021', 0.95, 0, ''], ['DEA', 0, '2021', 0.939, 0, ''], ['DE9', 0, '2021', 0.93, 0, ''],
    ['NL11', 1, '2022', 120, 0, ''], ['NL12', 1, '2022', 90, 0, ''], ['BE21', 1, '2022', 140, 0, ''], ['BE22', 1, '2022', 97, 0, ''],
  ],
  excluded: [],
};
const table = makeIndicatorTable(file);
const build = (t: IndicatorTable, i: RegionIndex, c: ChoroplethChoices, l: Level, area: CrossBorderArea | null = null) =>
  buildChoropleth(t, i, c, l, area, lightTheme.choropleth);

describe('buildChoropleth', () => {
  it('draws each country at its level with figures; a gap stays a gap', () => {
    const m = build(table, index, { ...initialChoropleth, indicator: 'hdi', k: 3 }, 2);
    expect(Object.fromEntries(m?.levels ?? [])).toEqual({ NL: 2, BE: 2, DE: 1, LU: 2 });
    expect([...(m?.regionIds ?? [])].sort()).toEqual(['BE21', 'BE22', 'DE9', 'DEA', 'LU00', 'NL11', 'NL12', 'NL21']);
    expect([...(m?.noData ?? [])].sort()).toEqual(['BE22', 'LU00']);
    expect(m?.values.has('BE22')).toBe(false);
    expect(m?.counts.reduce((a, b) => a + b, 0)).toBe(6);
    expect(m?.colours).toHaveLength((m?.classes?.breaks.length ?? 0) + 1);
  });

  it('shows differences to the national mean of the drawn regions, with 0 as a class boundary', () => {
    const m = build(table, index, { ...initialChoropleth, indicator: 'hdi', reference: 'national', k: 4 }, 2);
    expect(m?.references.get('NL')).toEqual({ value: (0.93 + 0.916 + 0.927) / 3, kind: 'mean', n: 3, of: 3 });
    expect(m?.values.get('NL11')).toBeCloseTo(0.93 - (0.93 + 0.916 + 0.927) / 3, 9);
    expect(m?.classes?.breaks).toContain(0);
  });

  it('shows differences to the mean of the cross-border area in view, and falls back without one', () => {
    const area = { id: 'x', members: ['NL111', 'BE211'] }; // NL11 and BE21 lie in it
    const m = build(table, index, { ...initialChoropleth, indicator: 'hdi', reference: 'area' }, 2, area);
    expect(m?.references.get('x')).toEqual({ value: (0.93 + 0.95) / 2, kind: 'area', n: 2, of: 2 });
    expect(m?.values.get('BE21')).toBeCloseTo(0.01, 9);
    expect(build(table, index, { ...initialChoropleth, indicator: 'hdi', reference: 'area' }, 2)?.reference).toBe('raw');
  });

  it('uses EU = 100 only where the source gives it', () => {
    const eu = build(table, index, { ...initialChoropleth, indicator: 'pct_eu', reference: 'eu' }, 2);
    expect(eu?.values.get('BE21')).toBe(40);
    const notEu = build(table, index, { ...initialChoropleth, indicator: 'hdi', reference: 'eu' }, 2);
    expect(notEu?.reference).toBe('raw');
  });

  it('turns the colours round when lower is better', () => {
    const t2 = makeIndicatorTable({
      ...file, indicators: [{ ...meta, id: 'hdi', polarity: 'lower-better' }, { ...meta, id: 'pct_eu', euIndex: true, decimals: 0 }],
    });
    const up = build(table, index, { ...initialChoropleth, indicator: 'hdi', k: 3 }, 2);
    const down = build(t2, index, { ...initialChoropleth, indicator: 'hdi', k: 3 }, 2);
    expect(down?.colours).toEqual([...(up?.colours ?? [])].reverse());
  });

  it('builds an unclassed ramp from the lowest to the highest value', () => {
    const m = build(table, index, { ...initialChoropleth, indicator: 'hdi', classing: 'continuous' }, 2);
    expect(m?.ramp?.[0]?.[0]).toBe(0.916);
    expect(m?.ramp?.at(-1)?.[0]).toBeCloseTo(0.95, 9);
    expect(m?.classes).toBeNull();
  });

  it('colours nothing for an unknown indicator', () => {
    expect(build(table, index, { ...initialChoropleth, indicator: 'nope' }, 2)).toBeNull();
  });

  it('gives each region its class colour, and none without a figure', () => {
    const m = build(table, index, { ...initialChoropleth, indicator: 'hdi', k: 3 }, 2);
    if (!m) throw new Error('no model');
    const colours = regionColours(m);
    expect(colours.get('BE22')).toBeNull();
    expect(colours.get('BE21')).toBe(m.colours.at(-1)); // the highest figure, the darkest class
    expect(colourOf(0.9, { classes: { breaks: [1], min: 0, max: 2 }, colours: ['#000000', '#ffffff'], ramp: null })).toBe('#000000');
    expect(colourOf(5, { classes: null, colours: [], ramp: [[0, '#000000'], [10, '#ffffff']] })).toBe('rgb(128, 128, 128)');
  });

  it('colours an all-negative difference map red only, and keeps one colour per class', () => {
    // Totals (additive): the national reference is the mean of the regions, never the country total.
    const totals = makeIndicatorTable({
      ...file,
      indicators: [{ ...meta, id: 'area', additive: true, decimals: 0 }],
      values: [['NL', 0, '2021', 100, 0, ''], ['NL11', 0, '2021', 10, 0, ''], ['NL12', 0, '2021', 20, 0, ''], ['NL21', 0, '2021', 30, 0, '']],
    });
    const m = build(totals, index, { ...initialChoropleth, indicator: 'area', reference: 'national', k: 3 }, 2);
    expect(m?.references.get('NL')).toMatchObject({ value: 20, kind: 'mean' });
    // Differences -10, 0, 10: 0 replaces a break, the number of classes stays 3.
    expect(m?.colours).toHaveLength((m?.classes?.breaks.length ?? 0) + 1);
    expect(m?.colours.length).toBeLessThanOrEqual(3);
    const below = build(
      makeIndicatorTable({
        ...file, indicators: [{ ...meta, id: 'x', euIndex: true, decimals: 0 }],
        values: [['NL11', 0, '2021', 50, 0, ''], ['NL12', 0, '2021', 70, 0, ''], ['NL21', 0, '2021', 90, 0, '']],
      }),
      index, { ...initialChoropleth, indicator: 'x', reference: 'eu', k: 3 }, 2,
    );
    // All below EU = 100: every class is on the red side (red has more red than blue).
    for (const c of below?.colours ?? []) {
      const [r = 0, , b = 0] = (c.match(/\d+/g) ?? []).map(Number);
      expect(r).toBeGreaterThan(b);
    }
  });

  it('gives one or two classes one or two colours, not a padded palette', () => {
    const m = build(table, index, { ...initialChoropleth, indicator: 'hdi', classing: 'manual', breaks: [0.93] }, 2);
    expect(m?.colours).toHaveLength(2);
    const one = build(table, index, { ...initialChoropleth, indicator: 'hdi', classing: 'manual', breaks: [] }, 2);
    expect(one?.colours).toHaveLength(1);
  });
});
