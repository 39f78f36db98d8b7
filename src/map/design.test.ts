import { describe, expect, it } from 'vitest';
import type { LevelGeometry } from '../data/queries';
import { mapDesign, SOURCES } from './design';
import { lightTheme } from './theme';

const empty = { type: 'FeatureCollection' as const, features: [] };
const geometry = (level: 0 | 3): LevelGeometry => ({ level, regions: empty, context: level === 0 ? empty : null });

describe('mapDesign', () => {
  it('stacks context, regions, national borders, selection and labels in that order', () => {
    const d = mapDesign({ countries: geometry(0), level: geometry(3), labels: empty, selection: null, attribution: '©' }, lightTheme);
    expect(d.layers.map((l) => l.id)).toEqual([
      'background', 'context-fill', 'context-line', 'regions-fill', 'regions-line', 'countries-line', 'selection-line', 'region-labels',
    ]);
    for (const l of d.layers) if ('source' in l) expect(Object.keys(d.sources)).toContain(l.source);
  });

  it('keys regions by NUTS id and carries the boundary attribution', () => {
    const d = mapDesign({ countries: null, level: geometry(3), labels: null, selection: null, attribution: '© EuroGeographics' }, lightTheme);
    expect(d.sources[SOURCES.regions(3)]).toMatchObject({ promoteId: 'id', attribution: '© EuroGeographics' });
  });

  it('draws only the background and an empty selection before data arrives', () => {
    const d = mapDesign({ countries: null, level: null, labels: null, selection: null, attribution: '' }, lightTheme);
    expect(d.layers.map((l) => l.id)).toEqual(['background', 'selection-line']);
  });

  it('uses the shipped font for labels', () => {
    const d = mapDesign({ countries: null, level: null, labels: empty, selection: null, attribution: '' }, lightTheme);
    const labels = d.layers.find((l) => l.id === 'region-labels');
    expect(labels?.type === 'symbol' ? labels.layout?.['text-font'] : null).toEqual(['Noto Sans Regular']);
  });
});
