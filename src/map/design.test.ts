import { describe, expect, it } from 'vitest';
import { borderRegionIds, mapDesign, SOURCES } from './design';
import { drawnFilter, levelDrawn, mixedDrawn } from './drawn';
import { initialOverlays } from '../state/overlays';
import { lightTheme } from '../theme/theme';
import { makeRegionIndex } from '../model/regionIndex';
import type { RegionEntry } from '../model/schemas';

const empty = { type: 'FeatureCollection' as const, features: [] };
const TILES = 'http://localhost/data/tiles/{z}/{x}/{y}.pbf';
const nuts3 = levelDrawn(3, undefined);

describe('mapDesign', () => {
  it('stacks context, regions, the border line, national borders, selection and labels in that order', () => {
    const input = { tiles: TILES, regions: nuts3, labels: empty, selection: null, attribution: '©' };
    const d = mapDesign(input, lightTheme);
    expect(d.layers.map((l) => l.id)).toEqual([
      'background', 'context-fill', 'context-line', 'regions-fill', 'regions-nodata', 'regions-line', 'border-line', 'countries-line',
      // The outline of a hovered initiative's regions: always there, filtered to none until a hover.
      'initiative-highlight-casing', 'initiative-highlight', 'initiative-highlight-unconfirmed',
      'selection-line', 'region-labels',
    ]);
    for (const l of d.layers) if ('source' in l) expect(Object.keys(d.sources)).toContain(l.source);
  });

  it('reads the vector tiles, keys regions by NUTS id and carries the boundary attribution', () => {
    const input = { tiles: TILES, regions: nuts3, labels: null, selection: null, attribution: '© EuroGeographics' };
    const d = mapDesign(input, lightTheme);
    expect(d.sources[SOURCES.nuts]).toMatchObject({ type: 'vector', tiles: [TILES], maxzoom: 8, promoteId: 'id', attribution: '© EuroGeographics' });
    const fill = d.layers.find((l) => l.id === 'regions-fill');
    expect(fill).toMatchObject({ source: SOURCES.nuts, 'source-layer': 'regions', filter: ['==', ['get', 'level'], 3] });
    const countries = d.layers.find((l) => l.id === 'countries-line');
    expect(countries).toMatchObject({ 'source-layer': 'regions', filter: ['==', ['get', 'level'], 0] });
    expect(d.layers.find((l) => l.id === 'context-fill')).toMatchObject({ 'source-layer': 'context' });
  });

  it('outlines the selected region at any level by a filter on the tiles', () => {
    const d = mapDesign({ tiles: TILES, regions: nuts3, labels: null, selection: 'NL21', attribution: '' }, lightTheme);
    expect(d.layers.find((l) => l.id === 'selection-line')).toMatchObject({ 'source-layer': 'regions', filter: ['==', ['get', 'id'], 'NL21'] });
  });

  it('draws only the background before it knows where the tiles are', () => {
    const d = mapDesign({ tiles: null, regions: nuts3, labels: null, selection: null, attribution: '' }, lightTheme);
    expect(d.layers.map((l) => l.id)).toEqual(['background']);
  });

  it('uses the shipped font for labels', () => {
    const d = mapDesign({ tiles: null, regions: null, labels: empty, selection: null, attribution: '' }, lightTheme);
    const labels = d.layers.find((l) => l.id === 'region-labels');
    expect(labels?.type === 'symbol' ? labels.layout?.['text-font'] : null).toEqual(['Noto Sans Regular']);
  });
});

describe('border and area layers', () => {
  const fc = { type: 'FeatureCollection' as const, features: [] };
  const base = { tiles: TILES, regions: nuts3, labels: empty, selection: null, attribution: '' };

  it('draws only the bands switched on, and the border line (from the tiles) when asked', () => {
    const overlays = { ...initialOverlays, borderLine: false, bands: [true, false, true] };
    const d = mapDesign({ ...base, overlays, bands: fc }, lightTheme);
    const bands = d.layers.find((l) => l.id === 'border-bands');
    expect(bands && 'filter' in bands ? bands.filter : null).toEqual(['in', ['get', 'band'], ['literal', [0, 2]]]);
    expect(d.layers.some((l) => l.id === 'border-line')).toBe(false);
    const none = mapDesign({ ...base, overlays: { ...initialOverlays, bands: [false, false, false] }, bands: fc }, lightTheme);
    expect(none.layers.some((l) => l.id === 'border-bands')).toBe(false);
    expect(none.layers.find((l) => l.id === 'border-line')).toMatchObject({ source: SOURCES.nuts, 'source-layer': 'border' });
  });

  it('draws bands and partial members over the regions as hatching and outlines, never as a tint', () => {
    const overlays = { ...initialOverlays, bands: [true, true, true], areas: ['euregio'] };
    const d = mapDesign({ ...base, overlays, bands: fc, areas: { outlines: fc, partial: fc, labels: fc } }, lightTheme);
    const ids = d.layers.map((l) => l.id);
    // Every fill above the regions' own is a pattern or invisible: a region keeps its class colour.
    // (Only "border regions only" dims on purpose, and it is off here.)
    const over = d.layers.slice(ids.indexOf('regions-line')).filter((l) => l.type === 'fill');
    expect(over.map((l) => l.id)).toEqual(['border-bands', 'areas-hit', 'areas-partial']);
    for (const l of over) {
      const paint = (l.paint ?? {}) as Record<string, unknown>;
      expect('fill-pattern' in paint || paint['fill-opacity'] === 0).toBe(true);
    }
    expect(d.layers.find((l) => l.id === 'border-bands')?.paint).toEqual({
      'fill-pattern': ['match', ['get', 'band'], 0, 'hatch-band-0', 1, 'hatch-band-1', 2, 'hatch-band-2', ''],
    });
    expect(d.layers.find((l) => l.id === 'border-bands-outline')).toMatchObject({ type: 'line', source: SOURCES.bands });
  });

  it('dims the regions that fail the rule, above the regions and below the borders', () => {
    const d = mapDesign({ ...base, borderRegions: ['NL213', 'DEA34'] }, lightTheme);
    const ids = d.layers.map((l) => l.id);
    const dim = d.layers.find((l) => l.id === 'regions-dim');
    expect(dim && 'filter' in dim ? dim.filter : null).toEqual(
      ['all', ['==', ['get', 'level'], 3], ['!', ['in', ['get', 'id'], ['literal', ['NL213', 'DEA34']]]]],
    );
    expect(ids.indexOf('regions-dim')).toBeGreaterThan(ids.indexOf('regions-line'));
    expect(ids.indexOf('regions-dim')).toBeLessThan(ids.indexOf('countries-line'));
  });

  it('draws a selected area even when no area layer is on', () => {
    const areas = { outlines: fc, partial: fc, labels: fc };
    const off = mapDesign({ ...base, areas }, lightTheme);
    expect(off.layers.some((l) => l.id.startsWith('areas'))).toBe(false);
    const selected = mapDesign({ ...base, areas, selectedArea: 'euregio' }, lightTheme);
    const line = selected.layers.find((l) => l.id === 'areas-line-euregio');
    expect(JSON.stringify(line && 'filter' in line ? line.filter : null)).toContain('"euregio"');
    expect(selected.layers.at(-1)?.id).toBe('areas-labels'); // area names win label collisions
  });
});

describe('borderRegionIds', () => {
  const fc = { type: 'FeatureCollection' as const, features: [] };
  it('keeps the regions drawn whose share within the distance passes', () => {
    const border = {
      edgesKm: [10, 25, 50], method: '', lines: fc, bands: fc,
      regions: {
        NL213: { distanceKm: 17, minDistanceKm: 0, nearest: 'NL-DE' as const, borders: ['NL-DE' as const], shares: [0.45, 0.47, 0.07] },
        NL329: { distanceKm: 96, minDistanceKm: 78, nearest: 'NL-DE' as const, borders: [], shares: [0, 0, 0] },
      },
    };
    expect(borderRegionIds(['NL213', 'NL329', 'XX1'], border as never, { minShare: 0.25, withinKm: 25 })).toEqual(['NL213']);
  });
});

describe('regions drawn', () => {
  const entry = (id: string, level: 1 | 2 | 3): RegionEntry => ({ id, level, country: id.slice(0, 2) } as RegionEntry);
  const index = makeRegionIndex([entry('NL1', 1), entry('NL21', 2), entry('NL22', 2), entry('DEA', 1), entry('DE9', 1), entry('BE21', 2)]);
  it('draws one level from the index, filtered in the tiles by level', () => {
    const d = levelDrawn(2, index);
    expect(d).toMatchObject({ key: '2', ids: ['NL21', 'NL22', 'BE21'] });
    expect(drawnFilter(d)).toEqual(['==', ['get', 'level'], 2]);
    expect(levelDrawn(2, undefined).ids).toEqual([]);
  });
  it('takes each country from its own level, with a key that names the mix', () => {
    const mixed = mixedDrawn(new Map([['NL', 2], ['DE', 1], ['BE', 2]]), index);
    expect(mixed.key).toBe('BE2-DE1-NL2');
    expect(mixed.ids).toEqual(['NL21', 'NL22', 'DEA', 'DE9', 'BE21']);
    expect(drawnFilter(mixed)).toEqual([
      'match', ['get', 'country'], 'BE', ['==', ['get', 'level'], 2], 'DE', ['==', ['get', 'level'], 1], 'NL', ['==', ['get', 'level'], 2], false,
    ]);
    expect(drawnFilter(mixedDrawn(new Map(), index))).toEqual(['boolean', false]);
  });
  it('colours by feature-state with one fixed expression, and hatches regions without a figure', () => {
    const d = mapDesign({ tiles: TILES, regions: nuts3, labels: null, selection: null, attribution: '' }, lightTheme);
    const fill = d.layers.find((l) => l.id === 'regions-fill');
    expect(JSON.stringify(fill && 'paint' in fill ? fill.paint : null)).toContain('["coalesce",["feature-state","c"],["match",["get","country"]');
    const noData = d.layers.find((l) => l.id === 'regions-nodata');
    expect(noData && 'paint' in noData ? noData.paint : null).toMatchObject({ 'fill-pattern': 'hatch-nodata' });
    // Hidden (no bucket, no pattern in the worker) until a drawn region lacks a figure.
    expect(noData).toMatchObject({ layout: { visibility: 'none' } });
    const gaps = (noData: boolean) => mapDesign(
      { tiles: TILES, regions: nuts3, noData, labels: null, selection: null, attribution: '' }, lightTheme,
    ).layers.find((l) => l.id === 'regions-nodata');
    expect(gaps(false)).toMatchObject({ layout: { visibility: 'none' } });
    expect(gaps(true)).toMatchObject({ layout: { visibility: 'visible' } });
  });
});
