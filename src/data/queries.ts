/** TanStack Query options for the embedded data, with hierarchical keys. */
import { queryOptions } from '@tanstack/react-query';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { Level } from '../model/levels';
import { makeRegionIndex, type RegionIndex } from '../model/regionIndex';
import { DataError, dataUrl, fetchJson } from './fetchJson';
import { describeIssues, levelTopologySchema, regionIndexSchema } from './schemas';

export interface RegionProps {
  id: string;
  country: string;
}
export type RegionCollection = FeatureCollection<Polygon | MultiPolygon, RegionProps>;

export interface LevelGeometry {
  level: Level;
  regions: RegionCollection;
  /** Neighbouring countries, only in the level 0 file. */
  context: RegionCollection | null;
}

export const dataKeys = {
  all: ['data'] as const,
  regionIndex: () => [...dataKeys.all, 'regions', 'index'] as const,
  geometry: (level: Level) => [...dataKeys.all, 'regions', 'geometry', level] as const,
};

export function regionIndexQuery() {
  return queryOptions({
    queryKey: dataKeys.regionIndex(),
    queryFn: async ({ signal }): Promise<RegionIndex> => {
      const url = dataUrl('regions.json');
      const parsed = regionIndexSchema.safeParse(await fetchJson(url, signal));
      if (!parsed.success) throw new DataError(url, describeIssues(parsed.error));
      return makeRegionIndex(parsed.data);
    },
    staleTime: Infinity,
  });
}

export function geometryQuery(level: Level) {
  return queryOptions({
    queryKey: dataKeys.geometry(level),
    queryFn: async ({ signal }): Promise<LevelGeometry> => {
      const url = dataUrl(`nuts${level}.topo.json`);
      const parsed = levelTopologySchema.safeParse(await fetchJson(url, signal));
      if (!parsed.success) throw new DataError(url, describeIssues(parsed.error));
      return toLevelGeometry(level, parsed.data as unknown as Topology);
    },
    staleTime: Infinity,
  });
}

export function toLevelGeometry(level: Level, topo: Topology): LevelGeometry {
  const toFc = (name: string): RegionCollection | null => {
    const obj = topo.objects[name];
    return obj ? (feature(topo, obj) as unknown as RegionCollection) : null;
  };
  const regions = toFc('regions');
  if (!regions) throw new Error('topology has no regions');
  return { level, regions, context: toFc('context') };
}
