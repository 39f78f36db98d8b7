import { describe, expect, it } from 'vitest';
import type { RegionEntry } from './regionIndex';
import { ancestors, makeRegionIndex } from './regionIndex';
import { searchRegions } from './search';
import { fold } from './text';

/** Synthetic entries with real ids and names; geometry fields are placeholders for these tests. */
function entry(id: string, name: string, nameLatn?: string): RegionEntry {
  const parents: string[] = [];
  for (let n = id.length - 1; n >= 2; n--) parents.push(id.slice(0, n));
  return {
    id, name, level: (id.length - 2) as RegionEntry['level'], country: id.slice(0, 2), parents,
    bbox: [0, 0, 1, 1], centroid: [0.5, 0.5], labelPoint: [0.5, 0.5], areaKm2: 1,
    ...(nameLatn ? { nameLatn } : {}),
  };
}

const index = makeRegionIndex([
  entry('NL', 'Nederland'),
  entry('NL2', 'Oost-Nederland'),
  entry('NL21', 'Overijssel'),
  entry('NL213', 'Twente'),
  entry('NL211', 'Noord-Overijssel'),
  entry('DEA34', 'Borken'),
  entry('BE33', 'Prov. Liège'),
  entry('DE', 'Deutschland'),
  entry('DE3', 'Berlin'),
  entry('DE30', 'Berlin'),
  entry('DE300', 'Berlin'),
]);

describe('region index', () => {
  it('walks ancestors to the country', () => {
    expect(ancestors(index, 'NL213').map((e) => e.name)).toEqual(['Overijssel', 'Oost-Nederland', 'Nederland']);
    expect(ancestors(index, 'XX999')).toEqual([]);
  });
});

describe('searchRegions', () => {
  it('finds by exact code first', () => {
    expect(searchRegions(index, 'nl213')[0]?.id).toBe('NL213');
  });
  it('ranks whole names over prefixes over words', () => {
    expect(searchRegions(index, 'overijssel').map((e) => e.id)).toEqual(['NL21', 'NL211']);
    expect(searchRegions(index, 'twe').map((e) => e.id)).toEqual(['NL213']);
  });
  it('ignores case and accents', () => {
    expect(fold('Liège')).toBe('liege');
    expect(searchRegions(index, 'LIEGE').map((e) => e.id)).toEqual(['BE33']);
  });
  it('prefers the finest level among equal names and respects the limit', () => {
    expect(searchRegions(index, 'berlin').map((e) => e.id)).toEqual(['DE300', 'DE30', 'DE3']);
    expect(searchRegions(index, 'berlin', 1)).toHaveLength(1);
  });
  it('returns nothing for an empty or unmatched query', () => {
    expect(searchRegions(index, '   ')).toEqual([]);
    expect(searchRegions(index, 'zzz')).toEqual([]);
  });
});
