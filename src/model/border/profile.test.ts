/** The border profile on the real data (public/data, built before the tests), and synthetic edge cases. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areasFileSchema, borderProductSchema, indicatorsFileSchema, regionIndexSchema, type IndicatorsFile } from '../schemas';
import { makeRegionIndex, type RegionEntry } from '../regionIndex';
import { makeIndicatorTable } from '../indicators/table';
import type { RegionBorder } from './types';
import { buildBorderProfile, profilePeriod, stretchRegions, STEP_KM, type StretchSpec } from './profile';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../public/data/${name}`, import.meta.url), 'utf8'));
const table = makeIndicatorTable(indicatorsFileSchema.parse(read('indicators.json')));
const index = makeRegionIndex(regionIndexSchema.parse(read('regions.json')));
const border = borderProductSchema.parse(read('border.json')).regions;
const areas = areasFileSchema.parse(read('areas.json')).areas;
const euregioArea = areas.find((a) => a.id === 'euregio');
if (!euregioArea) throw new Error('areas.json has no EUREGIO');
const euregio: StretchSpec = { kind: 'area', id: euregioArea.id, members: euregioArea.members.map((m) => m.id) };
const GDP = 'gdp_eur_per_inhabitant';

describe('border profile of EUREGIO, GDP per inhabitant 2021 at NUTS 3 (real data)', () => {
  const p = buildBorderProfile({ table, index, border, indicatorId: GDP, period: '2021', wanted: 3, stretch: euregio });

  it('places all 13 members, Dutch ones at negative distances and German ones at positive distances', () => {
    expect(p.dots).toHaveLength(13);
    expect(p.noData).toEqual([]);
    for (const d of p.dots) expect(Math.sign(d.distanceKm)).toBe(d.country === 'NL' ? -1 : 1);
    expect(p.dots.filter((d) => d.country === 'NL').map((d) => d.id).sort()).toEqual(['NL132', 'NL211', 'NL213', 'NL225']);
    // Twente: its centroid is 16.8 km from the border (border.json), its GDP per inhabitant 41,300 EUR (Eurostat).
    expect(p.dots.find((d) => d.id === 'NL213')).toMatchObject({ distanceKm: -16.8, value: 41300, country: 'NL' });
    expect(p.dots.map((d) => d.distanceKm)).toEqual([...p.dots.map((d) => d.distanceKm)].sort((a, b) => a - b));
  });

  it('gives each country its unweighted mean at NUTS 3', () => {
    expect(p.countries.map((c) => [c.country, c.level, c.n])).toEqual([['NL', 3, 4], ['DE', 3, 9]]);
    const nl = p.dots.filter((d) => d.country === 'NL').map((d) => d.value);
    expect(p.countries[0]?.mean).toBeCloseTo(nl.reduce((a, b) => a + b, 0) / nl.length, 6);
  });

  it('computes the step from the regions within 25 km on either side', () => {
    // NL: NL132 (14 km), NL213 Twente (16.8), NL225 Achterhoek (18.5); DE: DE949 (22.7), DE94B (2.4), DEA34 (5).
    expect(p.step.dutch.n).toBe(3);
    expect(p.step.foreign.n).toBe(3);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const near = p.dots.filter((d) => Math.abs(d.distanceKm) <= STEP_KM);
    const nl = mean(near.filter((d) => d.country === 'NL').map((d) => d.value));
    const de = mean(near.filter((d) => d.country === 'DE').map((d) => d.value));
    expect(p.step.value).toBeCloseTo(de - nl, 6);
    expect(p.step.value).toBeCloseTo((46200 + 36100 + 40600) / 3 - (32500 + 41300 + 36100) / 3, 6);
  });
});

describe('stretches of the whole border (real data)', () => {
  it('holds NL and DE regions nearest to NL-DE, each once, and no Belgian or Luxembourg region', () => {
    const levels = new Map([['NL', 3 as const], ['DE', 3 as const]]);
    const ids = stretchRegions(index, border, { kind: 'border', pair: 'NL-DE' }, levels);
    expect(new Set(ids.map((id) => id.slice(0, 2)))).toEqual(new Set(['NL', 'DE']));
    expect(ids.every((id) => border[id]?.nearest === 'NL-DE')).toBe(true);
    expect(ids).toContain('NL213');
    expect(ids).not.toContain('NL341'); // Zeeuwsch-Vlaanderen lies nearest to the Belgian border
    const be = stretchRegions(index, border, { kind: 'border', pair: 'NL-BE' }, new Map([['NL', 3], ['BE', 3]]));
    expect(be).toContain('NL341');
    expect(be.filter((id) => ids.includes(id))).toEqual([]);
  });

  it('draws HDI at NUTS 2 in NL and NUTS 1 in DE when NUTS 3 is asked, and says so per country', () => {
    const p = buildBorderProfile({ table, index, border, indicatorId: 'hdi', period: '2021', wanted: 3, stretch: { kind: 'border', pair: 'NL-DE' } });
    expect(p.countries.map((c) => [c.country, c.level])).toEqual([['NL', 2], ['DE', 1]]);
    expect(p.dots.length).toBeGreaterThan(5);
    expect(p.dots.some((d) => d.distanceKm < 0) && p.dots.some((d) => d.distanceKm > 0)).toBe(true);
  });
});

// ---- Synthetic data (labelled: invented regions and figures, for the edge cases only) ----

const entry = (id: string, level: 0 | 1 | 2 | 3): RegionEntry => ({
  id, name: `synthetic ${id}`, level, country: id.slice(0, 2), parents: [], bbox: [0, 0, 1, 1], centroid: [0, 0], labelPoint: [0, 0], areaKm2: 1,
});
const at = (km: number): RegionBorder => ({ distanceKm: km, minDistanceKm: 0, nearest: 'NL-DE', borders: ['NL-DE'], shares: [0, 0, 0] });
const synthIndex = makeRegionIndex(['NL111', 'NL112', 'DE111', 'DE112', 'DE113'].map((id) => entry(id, 3)));
const synthBorder = { NL111: at(40), NL112: at(10), DE111: at(5), DE112: at(30), DE113: at(60) };
const meta = {
  theme: 'material' as const, names: { nl: 'x', en: 'x', de: 'x' }, descriptions: { nl: '', en: '', de: '' }, unit: { nl: '', en: '', de: '' },
  decimals: 0, polarity: 'higher-better' as const, euIndex: false, publisher: 'P', dataset: 'D', licence: 'L', attribution: 'A',
  caveat: null, computed: false, method: null, additive: false,
};
function synthTable(values: IndicatorsFile['values']) {
  return makeIndicatorTable({ indicators: [{ ...meta, id: 'synthetic' }], sources: [{ dataset: 'S', url: null }], values, excluded: [] });
}
const synth = (values: IndicatorsFile['values']) => buildBorderProfile({
  table: synthTable(values), index: synthIndex, border: synthBorder, indicatorId: 'synthetic', period: '2021', wanted: 3,
  stretch: { kind: 'border', pair: 'NL-DE' },
});

describe('border profile edge cases (synthetic data)', () => {
  it('cannot compute the step when one side has no region with a figure within 25 km', () => {
    // NL112 (10 km) has no figure; NL111 lies 40 km away: the Dutch side of the step is empty.
    const p = synth([['NL111', 0, '2021', 10, 0, ''], ['DE111', 0, '2021', 20, 0, ''], ['DE112', 0, '2021', 30, 0, '']]);
    expect(p.step).toEqual({ dutch: { mean: null, n: 0 }, foreign: { mean: 20, n: 1 }, value: null });
    expect(p.noData).toEqual(['NL112', 'DE113']);
    expect(p.dots.map((d) => [d.id, d.distanceKm])).toEqual([['NL111', -40], ['DE111', 5], ['DE112', 30]]);
    expect(p.countries.map((c) => [c.country, c.mean, c.n, c.noData])).toEqual([['NL', 10, 1, ['NL112']], ['DE', 25, 2, ['DE113']]]);
  });

  it('places nothing and invents nothing when no region has a figure', () => {
    const p = synth([['NL111', 0, '2020', 10, 0, '']]);
    expect(p.dots).toEqual([]);
    expect(p.noData).toHaveLength(5);
    expect(p.step.value).toBeNull();
    expect(p.countries.every((c) => c.mean === null && c.n === 0)).toBe(true);
  });

  it('takes a 25 km region into the step, and one just beyond it not', () => {
    const p = buildBorderProfile({
      table: synthTable([['NL112', 0, '2021', 1, 0, ''], ['DE111', 0, '2021', 3, 0, ''], ['DE112', 0, '2021', 100, 0, '']]),
      index: synthIndex, border: { ...synthBorder, DE111: at(25), DE112: at(25.1) }, indicatorId: 'synthetic', period: '2021', wanted: 3,
      stretch: { kind: 'border', pair: 'NL-DE' },
    });
    expect(p.step).toEqual({ dutch: { mean: 1, n: 1 }, foreign: { mean: 3, n: 1 }, value: 2 });
  });

  it('picks the period: the one chosen, else the map’s for the map’s indicator, else the default', () => {
    const periods = ['2020', '2021'];
    expect(profilePeriod(periods, '2020', { indicator: 'a', period: '2021' }, 'a', '2021')).toBe('2020');
    expect(profilePeriod(periods, '1999', { indicator: 'a', period: '2020' }, 'a', '2021')).toBe('2020');
    expect(profilePeriod(periods, null, { indicator: 'b', period: '2020' }, 'a', '2021')).toBe('2021');
  });
});
