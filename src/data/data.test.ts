import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { describeIssues, levelTopologySchema, regionIndexSchema } from '../model/schemas';
import { toLevelGeometry } from './queries';

describe('data schemas', () => {
  const good = {
    id: 'NL213', name: 'Twente', level: 3, country: 'NL', parents: ['NL21', 'NL2', 'NL'],
    bbox: [6.3, 52.1, 7.1, 52.5], centroid: [6.7, 52.3], labelPoint: [6.78, 52.29], areaKm2: 1492.1,
  };

  it('accepts a region entry as the geo build writes it', () => {
    expect(regionIndexSchema.safeParse([good]).success).toBe(true);
  });

  it('says where a corrupt index is wrong', () => {
    const result = regionIndexSchema.safeParse([good, { ...good, id: 'nl 213', centroid: [600, 52] }]);
    expect(result.success).toBe(false);
    if (result.success) return;
    const text = describeIssues(result.error);
    expect(text).toContain('1.id');
    expect(text).toContain('1.centroid.0');
  });

  it('rejects something that is not a level topology', () => {
    expect(levelTopologySchema.safeParse({ type: 'FeatureCollection', features: [] }).success).toBe(false);
    expect(levelTopologySchema.safeParse({ type: 'Topology', arcs: [], objects: {} }).success).toBe(false);
  });
});

describe('toLevelGeometry (synthetic one-square topology)', () => {
  const topo: Topology = {
    type: 'Topology',
    arcs: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
    objects: {
      regions: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { id: 'XX1', country: 'XX' } }] },
    },
  };
  it('turns the regions object into GeoJSON, and refuses a topology without one', () => {
    const g = toLevelGeometry(1, topo);
    expect(g.regions.features).toHaveLength(1);
    expect(g.regions.features[0]?.properties.id).toBe('XX1');
    expect(() => toLevelGeometry(1, { ...topo, objects: {} })).toThrow('topology has no regions');
  });
});
