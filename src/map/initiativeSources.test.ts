import { describe, expect, it } from 'vitest';
import type { Initiative } from '../model/initiatives/types';
import { makeRegionIndex } from '../model/regionIndex';
import { highlightOf, initiativeCounts, initiativePoints } from './initiativeSources';
import { mapDesign } from './design';
import { lightTheme } from '../theme/theme';

/** Synthetic entries with real NUTS codes. */
function entry(id: string, regions: [string, boolean][], point: Initiative['point'] = null): Initiative {
  return {
    id, kind: 'other', name: id, start: null, end: null, national: null, total: null, themes: [], tranche: null, topics: [], partners: [], places: [],
    regions: regions.map(([r, confirmed]) => ({ id: r, confirmed })), crossBorder: false, sources: ['https://example.org/'], point,
    origin: 'embedded',
  };
}
const a = entry('a', [['NL213', true], ['DEA34', true]]);
const b = entry('b', [['NL212', false], ['NL213', false]], null);
const c = entry('c', [['NL213', true]], { lonLat: [6.8, 52.3], approximate: true, region: 'NL213' });
const region = (id: string, level: 0 | 1 | 2 | 3) => ({
  id, name: id, level, country: id.slice(0, 2), parents: [], bbox: [0, 0, 1, 1] as [number, number, number, number],
  centroid: [6, 52] as [number, number], labelPoint: [6.5, 52.5] as [number, number], areaKm2: 1,
});
const index = makeRegionIndex([region('NL21', 2), region('NL213', 3), region('NL212', 3), region('DEA3', 2)]);

describe('initiative map sources', () => {
  it('makes markers only for entries with a point, saying which are approximate', () => {
    expect(initiativePoints([a, b, c]).features.map((f) => f.properties)).toEqual([{ id: 'c', name: 'c', approx: true, region: 'NL213' }]);
  });
  it('counts per drawn region, with unconfirmed ones apart ("2+1?")', () => {
    const counts = initiativeCounts([a, b, c], index, ['NL21', 'DEA3', 'NL212']);
    expect(counts.features.map((f) => [f.properties.id, f.properties.label])).toEqual([['NL21', '2+1?'], ['DEA3', '1'], ['NL212', '0+1?']]);
    expect(counts.features[0]?.geometry.coordinates).toEqual([6.5, 52.5]);
  });
  it('outlines the drawn regions an entry lies in, unconfirmed ones apart', () => {
    expect(highlightOf(a, ['NL21', 'DEA3', 'BE2'])).toEqual({ id: 'a', confirmed: ['NL21', 'DEA3'], unconfirmed: [] });
    expect(highlightOf(b, ['NL211', 'NL212', 'NL213'])).toEqual({ id: 'b', confirmed: [], unconfirmed: ['NL212', 'NL213'] });
  });
  it('adds the layers to the design only when asked, markers clustered and above the labels', () => {
    const base = { tiles: null, regions: null, labels: null, selection: null, attribution: '' };
    const none = mapDesign(base, lightTheme);
    expect(none.layers.some((l) => l.id.startsWith('initiative'))).toBe(false);
    const withAll = mapDesign(
      { ...base, initiativePoints: initiativePoints([c]), initiativeCounts: initiativeCounts([a], index, ['NL21']) }, lightTheme,
    );
    const ids = withAll.layers.map((l) => l.id);
    // A hover changes the highlight's filter only, never the layer list.
    const drawn = { ...base, tiles: 'http://localhost/{z}/{x}/{y}.pbf', regions: { key: '2', levels: 2 as const, ids: ['NL21'] } };
    const still = mapDesign(drawn, lightTheme);
    const hovered = mapDesign({ ...drawn, initiativeHighlight: highlightOf(a, ['NL21']) }, lightTheme);
    expect(hovered.layers.map((l) => l.id)).toEqual(still.layers.map((l) => l.id));
    const filterOf = (d: typeof still) => {
      const l = d.layers.find((x) => x.id === 'initiative-highlight');
      return JSON.stringify(l && 'filter' in l ? l.filter : null);
    };
    expect(filterOf(still)).toBe('["all",["==",["get","level"],2],["in",["get","id"],["literal",[]]]]');
    expect(filterOf(hovered)).toBe('["all",["==",["get","level"],2],["in",["get","id"],["literal",["NL21"]]]]');
    expect(ids.slice(-6)).toEqual([
      'initiatives-count-badge', 'initiatives-count-text', 'initiatives-cluster', 'initiatives-cluster-count',
      'initiatives-point', 'initiatives-point-hover',
    ]);
    expect(withAll.sources['initiative-points']).toMatchObject({ type: 'geojson', cluster: true });
  });
});
