import { describe, expect, it } from 'vitest';
import type { Area } from './schemas';
import { areaName, areaSources, areasOfRegion, membersByCountry, resolveClick } from './areas';

/** Synthetic areas with real NUTS codes; the geometry is a placeholder. */
function area(id: string, members: [string, 'exact' | 'partial', string?][]): Area {
  const empty = { type: 'MultiPolygon' as const, coordinates: [] };
  return {
    id, kind: 'euregio', sourceName: id, names: { nl: `${id} nl`, de: null, en: null }, short: id, seat: null, seatSource: null, caveat: null,
    members: members.map(([m, membership, source]) => ({ id: m, membership, note: '', source: source ?? 'https://example.org/' })),
    outline: empty, partialOutline: null, labelPoint: [0, 0],
  };
}

const euregio = area('euregio', [['NL213', 'exact'], ['NL211', 'partial'], ['DEA34', 'exact', 'https://example.org/b']]);
const emr = area('emr', [['NL423', 'exact']]);
const nuts3 = ['NL211', 'NL212', 'NL213', 'NL423', 'DEA34'];

describe('areasOfRegion', () => {
  it('lists the areas of a NUTS 3 region with its membership', () => {
    expect(areasOfRegion([euregio, emr], 'NL213', nuts3).map((x) => [x.area.id, x.membership])).toEqual([['euregio', 'exact']]);
    expect(areasOfRegion([euregio, emr], 'NL211', nuts3).map((x) => x.membership)).toEqual(['partial']);
    expect(areasOfRegion([euregio, emr], 'NL310', nuts3)).toEqual([]);
  });
  it('makes a province a partial member when only some of its NUTS 3 regions are', () => {
    // NL21 Overijssel = NL211, NL212, NL213: NL212 is not in EUREGIO.
    expect(areasOfRegion([euregio, emr], 'NL21', nuts3).map((x) => [x.area.id, x.membership])).toEqual([['euregio', 'partial']]);
    expect(areasOfRegion([emr], 'NL42', nuts3).map((x) => x.membership)).toEqual(['exact']);
  });
});

describe('grouping and sources', () => {
  it('groups members by country, NL first', () => {
    expect(membersByCountry(euregio).map(([c, ms]) => [c, ms.length])).toEqual([['NL', 2], ['DE', 1]]);
  });
  it('counts rows per source', () => {
    expect(areaSources(euregio)).toEqual([{ url: 'https://example.org/', rows: 2 }, { url: 'https://example.org/b', rows: 1 }]);
  });
  it('names an area in the language asked, with fallbacks', () => {
    expect(areaName(euregio, 'de')).toBe('euregio nl');
  });
});

describe('resolveClick', () => {
  const none = { regionId: null, areaId: null };
  it('selects the smallest shown area first when nothing is selected', () => {
    expect(resolveClick(none, 'NL213', ['euregio', 'interreg'])).toEqual({ kind: 'area', id: 'euregio' });
  });
  it('drills down to the region inside the selected area', () => {
    expect(resolveClick({ regionId: null, areaId: 'euregio' }, 'NL213', ['euregio'])).toEqual({ kind: 'region', id: 'NL213' });
  });
  it('switches to another area when clicking outside the selected one', () => {
    expect(resolveClick({ regionId: null, areaId: 'euregio' }, 'NL423', ['emr'])).toEqual({ kind: 'area', id: 'emr' });
  });
  it('keeps browsing regions while a region is selected, and outside areas', () => {
    expect(resolveClick({ regionId: 'NL213', areaId: null }, 'DEA34', ['euregio'])).toEqual({ kind: 'region', id: 'DEA34' });
    expect(resolveClick(none, 'NL310', [])).toEqual({ kind: 'region', id: 'NL310' });
    expect(resolveClick(none, null, [])).toBeNull();
  });
});
