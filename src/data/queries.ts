/** TanStack Query options for the embedded data, with hierarchical keys. */
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { Level } from '../model/levels';
import { makeRegionIndex, type RegionIndex } from '../model/regionIndex';
import { DataError, dataUrl, fetchJson } from './fetchJson';
import { makeIndicatorTable, type IndicatorTable } from '../model/indicators/table';
import {
  indicatorsFileSchema, areasFileSchema, borderProductSchema, describeIssues, levelTopologySchema, regionIndexSchema, type Area,
} from '../model/schemas';
import type { BorderProduct } from '../model/border/types';
import { TILE_PATH } from '../model/tiles';
import { crossBorderNeighbours, type Neighbours } from '../model/compare/neighbours';

export interface RegionProps {
  id: string;
  country: string;
}
export type RegionCollection = FeatureCollection<Polygon | MultiPolygon, RegionProps>;

export interface LevelGeometry {
  level: Level;
  regions: RegionCollection;
  /** Per region, the regions in another country that share a border segment (an arc) with it. */
  neighbours: Neighbours;
}

/**
 * URL template of the vector tiles, absolute: MapLibre's worker fetches them, and a relative URL
 * there would resolve against the worker script, not the page.
 */
export function tileUrl(): string {
  return new URL(dataUrl(''), document.baseURI).href + TILE_PATH;
}

export const dataKeys = {
  all: ['data'] as const,
  regionIndex: () => [...dataKeys.all, 'regions', 'index'] as const,
  geometry: (level: Level) => [...dataKeys.all, 'regions', 'geometry', level] as const,
  border: () => [...dataKeys.all, 'border'] as const,
  areas: () => [...dataKeys.all, 'areas'] as const,
  indicators: () => [...dataKeys.all, 'indicators'] as const,
};

export function indicatorsQuery() {
  return queryOptions({
    queryKey: dataKeys.indicators(),
    queryFn: async ({ signal }): Promise<IndicatorTable> => makeIndicatorTable(await fetchValid('indicators.json', indicatorsFileSchema, signal)),
    staleTime: Infinity,
  });
}

/** Fetches one data file and validates it, naming the file and the field when it is wrong. */
export async function fetchValid<T>(name: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  const url = dataUrl(name);
  const parsed = schema.safeParse(await fetchJson(url, signal));
  if (!parsed.success) throw new DataError(url, describeIssues(parsed.error));
  return parsed.data;
}

export function borderQuery() {
  return queryOptions({
    queryKey: dataKeys.border(),
    queryFn: ({ signal }): Promise<BorderProduct> => fetchValid('border.json', borderProductSchema, signal),
    staleTime: Infinity,
  });
}

export interface AreasData {
  list: Area[];
  byId: ReadonlyMap<string, Area>;
}

export function areasQuery() {
  return queryOptions({
    queryKey: dataKeys.areas(),
    queryFn: async ({ signal }): Promise<AreasData> => {
      const { areas } = await fetchValid('areas.json', areasFileSchema, signal);
      return { list: areas, byId: new Map(areas.map((a) => [a.id, a])) };
    },
    staleTime: Infinity,
  });
}

export function regionIndexQuery() {
  return queryOptions({
    queryKey: dataKeys.regionIndex(),
    queryFn: async ({ signal }): Promise<RegionIndex> => makeRegionIndex(await fetchValid('regions.json', regionIndexSchema, signal)),
    staleTime: Infinity,
  });
}

export function geometryQuery(level: Level) {
  return queryOptions({
    queryKey: dataKeys.geometry(level),
    queryFn: async ({ signal }): Promise<LevelGeometry> =>
      toLevelGeometry(level, (await fetchValid(`nuts${level}.topo.json`, levelTopologySchema, signal)) as unknown as Topology),
    staleTime: Infinity,
  });
}

/** The regions of a level file as GeoJSON (the neighbouring countries of level 0 are drawn from the tiles, not converted here). */
export function toLevelGeometry(level: Level, topo: Topology): LevelGeometry {
  const obj = topo.objects.regions;
  if (!obj) throw new Error('topology has no regions');
  return { level, regions: feature(topo, obj) as unknown as RegionCollection, neighbours: crossBorderNeighbours(topo) };
}
