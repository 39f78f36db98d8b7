import { describe, expect, it } from 'vitest';
import type { LevelGeometry } from '../data/queries';
import { borderRegionIds, levelRegions, mapDesign, mixedRegions, SOURCES } from './design';
import { initialOverlays } from '../state/overlays';
import { lightTheme } from '../theme/theme';

const empty = { type: 'FeatureCollection' as const, features: [] };
const geometry = (level: 0 | 3): LevelGeometry => ({ level, regions: empty, context: level === 0 ? empty : null });

describe('mapDesign', () => {
  it('stacks context, regions, national borders, selection and labels in that order', () => {
    const input = { countries: geometry(0), regions: levelRegions(geometry(3)), labels: empty, selection: null, attribution: '©' };
    const d = mapDesign(input, lightTheme);
    expect(d.layers.map((l) => l.id)).toEqual([
      'background', 'context-fill', 'context-line', 'regions-fill', 'regions-nodata', 'regions-line', 'countries-line',
      // The outline of a hovered initiative's regions: always there, filtered to none until a hover.
      'initiative-highlight-casing', 'initiative-highlight', 'initiative-highlight-unconfirmed',
      'selection-line', 'region-labels',
    ]);
    for (const l of d.layers) if ('source' in l) expect(Object.keys(d.sources)).toContain(l.source);
  });

  it('keys regions by NUTS id and carries the boundary attribution', () => {
    const input = { countries: null, regions: levelRegions(geometry(3)), labels: null, selection: null, attribution: '© EuroGeographics' };
    const d = mapDesign(input, lightTheme);
    expect(d.sources[SOURCES.regions('3')]).toMatchObject({ promoteId: 'id', attribution: '© EuroGeographics' });
  });

  it('draws only the background and an empty selection before data arrives', () => {
    const d = mapDesign({ countries: null, regions: null, labels: null, selection: null, attribution: '' }, lightTheme);
    expect(d.layers.map((l) => l.id)).toEqual(['background', 'selection-line']);
  });

  it('uses the shipped font for labels', () => {
    const d = mapDesign({ countries: null, regions: null, labels: empty, selection: null, attribution: '' }, lightTheme);
    const labels = d.layers.find((l) => l.id === 'region-labels');
    expect(labels?.type === 'symbol' ? labels.layout?.['text-font'] : null).toEqual(['Noto Sans Regular']);
  });
});

describe('border and area layers', () => {
  const fc = { type: 'FeatureCollection' as const, features: [] };
  const base = { countries: geometry(0), regions: levelRegions(geometry(3)), labels: empty, selection: null, attribution: '' };

  it('draws only the bands switched on, and the border line when asked', () => {
    const overlays = { ...initialOverlays, borderLine: false, bands: [true, false, true] };
    const d = mapDesign({ ...base, overlays, bands: fc, borderLines: fc }, lightTheme);
    const bands = d.layers.find((l) => l.id === 'border-bands');
    expect(bands && 'filter' in bands ? bands.filter : null).toEqual(['in', ['get', 'band'], ['literal', [0, 2]]]);
    expect(d.layers.some((l) => l.id === 'border-line')).toBe(false);
    const none = mapDesign({ ...base, overlays: { ...initialOverlays, bands: [false, false, false] }, bands: fc, borderLines: fc }, lightTheme);
    expect(none.layers.some((l) => l.id === 'border-bands')).toBe(false);
    expect(none.layers.some((l) => l.id === 'border-line')).toBe(true);
  });

  it('dims the regions that fail the rule, above the regions and below the borders', () => {
    const d = mapDesign({ ...base, borderRegions: ['NL213', 'DEA34'] }, lightTheme);
    const ids = d.layers.map((l) => l.id);
    const dim = d.layers.find((l) => l.id === 'regions-dim');
    expect(dim && 'filter' in dim ? dim.filter : null).toEqual(['!', ['in', ['get', 'id'], ['literal', ['NL213', 'DEA34']]]]);
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

describe('regions drawn for an indicator', () => {
  const feature = (id: string) => ({
    type: 'Feature' as const, properties: { id, country: id.slice(0, 2) }, geometry: { type: 'Polygon' as const, coordinates: [] },
  });
  const g = (level: 1 | 2, ids: string[]) => ({ level, regions: { type: 'FeatureCollection' as const, features: ids.map(feature) }, context: null });
  it('takes each country from its own level, with a key that names the mix', () => {
    const byLevel = new Map<1 | 2, ReturnType<typeof g>>([[1, g(1, ['DEA', 'DE9', 'NL1'])], [2, g(2, ['NL21', 'NL22', 'BE21'])]]);
    const mixed = mixedRegions(byLevel, new Map([['NL', 2], ['DE', 1], ['BE', 2]]));
    expect(mixed?.key).toBe('BE2-DE1-NL2');
    expect(mixed?.ids).toEqual(['BE21', 'DEA', 'DE9', 'NL21', 'NL22']);
  });
  it('waits for a level that is not loaded yet', () => {
    expect(mixedRegions(new Map(), new Map([['NL', 2]]))).toBeNull();
  });
  it('colours by feature-state with one fixed expression, and hatches regions without a figure', () => {
    const d = mapDesign({ countries: null, regions: levelRegions(geometry(3)), labels: null, selection: null, attribution: '' }, lightTheme);
    const fill = d.layers.find((l) => l.id === 'regions-fill');
    expect(JSON.stringify(fill && 'paint' in fill ? fill.paint : null)).toContain('["coalesce",["feature-state","c"],["match",["get","country"]');
    const noData = d.layers.find((l) => l.id === 'regions-nodata');
    expect(noData && 'paint' in noData ? noData.paint : null).toMatchObject({ 'fill-pattern': 'hatch-nodata' });
  });
});
