/** The comparison on the real data (public/data, built before the tests), and its edge cases on synthetic data (labelled). */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { areasFileSchema, indicatorsFileSchema, regionIndexSchema, type IndicatorMeta } from '../schemas';
import { makeRegionIndex } from '../regionIndex';
import { makeIndicatorTable } from '../indicators/table';
import type { BorderProduct } from '../border/types';
import { crossBorderNeighbours } from './neighbours';
import { aggregate, aggregationOf } from './aggregate';
import { areaMembers, zoneMembers } from './members';
import { buildComparison, compareRow, type FigureCell, type PlaceInput } from './comparison';
import { stripData } from './chart';
import { addPlaces, movePlace, parsePlaces, formatPlaces, removePlace, MAX_PLACES } from './places';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../public/data/${name}`, import.meta.url), 'utf8'));
const index = makeRegionIndex(regionIndexSchema.parse(read('regions.json')));
const table = makeIndicatorTable(indicatorsFileSchema.parse(read('indicators.json')));
const areas = new Map(areasFileSchema.parse(read('areas.json')).areas.map((a) => [a.id, a]));
const border = read('border.json') as BorderProduct;
const meta = (id: string) => table.byId.get(id) as IndicatorMeta;
const region = (id: string): PlaceInput => ({ place: { kind: 'region', id }, region: index.byId.get(id) ?? null, members: null });
const euregio = areas.get('euregio');
const area = (id: string): PlaceInput => {
  const a = areas.get(id);
  return { place: { kind: 'area', id }, region: null, members: a ? areaMembers(a) : null };
};

describe('cross-border neighbours from the shared arcs of the real topology', () => {
  const n3 = crossBorderNeighbours(read('nuts3.topo.json') as Topology);
  it('Twente borders Grafschaft Bentheim and Borken, and nothing in NL', () => {
    expect(n3.get('NL213')).toEqual(['DE94B', 'DEA34']);
    expect(n3.get('DEA34')).toContain('NL213');
  });
  it('finds Belgian pairs at NUTS 3: Arr. Turnhout and West-Noord-Brabant', () => {
    expect(n3.get('BE213')).toContain('NL411');
    expect(n3.get('NL411')).toEqual(expect.arrayContaining(['BE211', 'BE213']));
  });
  it('is symmetric and only ever crosses a national border', () => {
    for (const [id, list] of n3) for (const other of list) {
      expect(other.slice(0, 2)).not.toBe(id.slice(0, 2));
      expect(n3.get(other)).toContain(id);
    }
  });
  it('works at NUTS 2: Overijssel borders Weser-Ems', () => {
    expect(crossBorderNeighbours(read('nuts2.topo.json') as Topology).get('NL21')).toContain('DE94');
  });
});

describe('places', () => {
  it('round-trips regions, areas and zones, and drops what is not one', () => {
    const { places, dropped } = parsePlaces('nl213,a:euregio,z:1,z:7,a:Bad!,NL213');
    expect(formatPlaces(places)).toBe('NL213,a:euregio,z:1');
    expect(dropped).toEqual(['z:7', 'a:Bad!']);
  });
  it('keeps at most six, and reorders and removes', () => {
    const seven = ['NL1', 'NL2', 'NL3', 'NL4', 'DE1', 'DE2', 'DE3'].map((id) => ({ kind: 'region' as const, id }));
    const { places, full } = addPlaces([], seven);
    expect(places).toHaveLength(MAX_PLACES);
    expect(full).toEqual([{ kind: 'region', id: 'DE3' }]);
    expect(formatPlaces(movePlace(places, 'NL1', 2))).toBe('NL2,NL3,NL1,NL4,DE1,DE2');
    expect(formatPlaces(removePlace(places, 'NL4'))).toBe('NL1,NL2,NL3,DE1,DE2');
  });
});

describe('a comparison of Twente, Grafschaft Bentheim and Borken', () => {
  const places = ['NL213', 'DE94B', 'DEA34'].map(region);
  const c = buildComparison(table, index, places, {});
  const row = (id: string) => c.groups.flatMap((g) => g.rows).find((r) => r.meta.id === id);

  it('aligns GDP per inhabitant on the latest year all three share, with the figures of the data file', () => {
    const gdp = row('gdp_eur_per_inhabitant');
    expect(gdp?.period).toBe('2021');
    expect(gdp?.shared).toBe(true);
    const twente = gdp?.cells[0] as FigureCell;
    expect(twente.value).toBe(table.figures.get('gdp_eur_per_inhabitant')?.get('2021')?.get('NL213')?.value);
    expect(twente.rankInCountry?.of).toBe(40);
    expect(twente.rankAcross?.of).toBeGreaterThan(400);
    expect(twente.diffPlaces).toBeCloseTo(twente.value - (gdp?.placesMean?.value ?? NaN));
    expect(twente.national?.value).toBeDefined();
  });
  it('a per-row year overrides the alignment', () => {
    expect(compareRow(table, index, meta('gdp_eur_per_inhabitant'), places, '2020')?.period).toBe('2020');
    expect(compareRow(table, index, meta('gdp_eur_per_inhabitant'), places, '1999')?.period).toBe('2021');
  });
  it('shows the HDI of a Kreis as its Land\'s, labelled as the parent\'s, never as its own', () => {
    const hdi = row('hdi');
    const bentheim = hdi?.cells[1] as FigureCell;
    expect(bentheim.kind).toBe('figure');
    expect(bentheim.own).toBe(false);
    expect(bentheim.region).toBe('DE9');
    expect(bentheim.level).toBe(1);
    // A parent's figure is not the place's: it is left out of the places' mean.
    expect(bentheim.diffPlaces).toBeNull();
  });
  it('never shows a parent\'s total for a region (population is additive)', () => {
    expect(aggregationOf(meta('population')).kind).toBe('sum');
    const cells = compareRow(table, index, meta('gdp_meur'), places, undefined)?.cells ?? [];
    for (const cell of cells) expect(cell.kind === 'figure' && !cell.own).toBe(false);
  });
  it('says why a cell has no figure: not at this level, or not this year', () => {
    const happiness = row('happiness_pct');
    expect(happiness?.cells[1]).toMatchObject({ kind: 'missing', reason: 'level' });
    const byYear = compareRow(table, index, meta('gdp_pps_per_inhabitant'), [region('NL21'), region('DE94')], '2018');
    expect(byYear?.cells[0]).toMatchObject({ kind: 'missing', reason: 'year' });
  });
  it('never leaves a cell empty', () => {
    for (const g of c.groups) for (const r of g.rows) expect(r.cells).toHaveLength(3);
  });
  it('draws a strip of all NUTS 3 regions with the three places as marks and the national averages', () => {
    const strip = stripData(row('gdp_eur_per_inhabitant') ?? (undefined as never), table, index);
    expect(strip?.level).toBe(3);
    expect(strip?.dots.length).toBeGreaterThan(400);
    expect(strip?.marks.map((m) => m.n)).toEqual([1, 2, 3]);
    expect(strip?.rules.map((r) => r.label)).toEqual(expect.arrayContaining(['NL', 'DE']));
  });
});

describe('aggregates for EUREGIO', () => {
  const members = euregio ? areaMembers(euregio) : [];
  const exact = members.filter((m) => m.membership === 'exact');
  it('sums the population of its exact members and says how many it covers', () => {
    const result = aggregate(table, meta('population'), '2023-01-01', members);
    const byRegion = table.figures.get('population')?.get('2023-01-01');
    const expected = exact.reduce((s, m) => s + (byRegion?.get(m.id)?.value ?? 0), 0);
    expect(result).toMatchObject({
      kind: 'aggregate', method: 'sum', value: expected, n: exact.length, of: members.length, partialLeftOut: members.length - exact.length,
    });
  });
  it('refuses to aggregate GDP per inhabitant without its components, and gives the members\' range', () => {
    const result = aggregate(table, meta('gdp_eur_per_inhabitant'), '2021', members);
    expect(result).toMatchObject({ kind: 'range', why: 'components' });
  });
  it('refuses an index (HDI) and counts that overlap (initiatives)', () => {
    expect(aggregationOf(meta('hdi'))).toEqual({ kind: 'none', reason: 'index' });
    expect(aggregationOf(meta('initiatives'))).toEqual({ kind: 'none', reason: 'overlap' });
    expect(aggregate(table, meta('initiatives'), '2025', members)).toMatchObject({ kind: 'range', why: 'overlap' });
  });
  it('in a comparison, an area cell carries its aggregate and its place in the places\' mean', () => {
    const r = compareRow(table, index, meta('population'), [area('euregio'), region('NL213')], undefined);
    expect(r?.cells[0]).toMatchObject({ kind: 'aggregate', method: 'sum' });
    expect(r?.placesMean?.n).toBe(2);
  });
  it('a ratio of sums over members with both components (synthetic table, for this test)', () => {
    const synthetic = makeIndicatorTable({
      indicators: [meta('gdp_eur_per_inhabitant'), meta('gdp_meur'), meta('population')],
      sources: [{ dataset: 'synthetic', url: null }],
      values: [
        ['NL213', 1, '2030', 100, 0, ''], ['NL213', 2, '2030', 1000, 0, ''],
        ['NL211', 1, '2030', 300, 0, ''], ['NL211', 2, '2030', 3000, 0, ''],
        ['NL212', 1, '2030', 50, 0, ''],
      ],
      excluded: [],
    });
    const result = aggregate(synthetic, meta('gdp_eur_per_inhabitant'), '2030', [
      { id: 'NL213', membership: 'exact' }, { id: 'NL211', membership: 'exact' }, { id: 'NL212', membership: 'exact' },
      { id: 'NL221', membership: 'partial' },
    ]);
    expect(result).toMatchObject({ kind: 'aggregate', method: 'ratio', value: (400 * 1e6) / 4000, n: 2, of: 4, partialLeftOut: 1 });
  });
});

describe('border zones as places', () => {
  it('cut through regions: the 0-10 km zone has only partial members, so nothing is summed', () => {
    const members = zoneMembers(border.regions, index, 0);
    expect(members.length).toBeGreaterThan(30);
    expect(members.every((m) => m.membership === 'partial')).toBe(true);
    expect(aggregate(table, meta('population'), '2023-01-01', members)).toMatchObject({ kind: 'range', why: 'noExact' });
  });
});
