/**
 * The initiative catalogue as the app uses it: the embedded entries (TanStack Query) plus the
 * user's imports (store), what lies within the current selection, and what is in view.
 */
import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { initiativesFileSchema, type Initiative } from '../model/initiatives/types';
import { boxesOverlap, withinArea, withinRegion, withinZone, type Hit } from '../model/initiatives/within';
import type { ParseContext } from '../model/initiatives/parse';
import type { RegionIndex } from '../model/regionIndex';
import { useAppStore } from '../state/context';
import { areasQuery, dataKeys, fetchValid, geometryQuery, regionIndexQuery } from './queries';
import { useBands } from './zones';

export function initiativesQuery() {
  return queryOptions({
    queryKey: [...dataKeys.all, 'initiatives'] as const,
    queryFn: async ({ signal }) => (await fetchValid('initiatives.json', initiativesFileSchema, signal)).initiatives,
    staleTime: Infinity,
  });
}

export interface Catalogue {
  /** Embedded entries, then imported ones. Empty while loading. */
  list: readonly Initiative[];
  byId: ReadonlyMap<string, Initiative>;
  loaded: boolean;
}

// One catalogue object for the same embedded and imported lists, whichever component asks:
// lists derived from it (listings, map sources) can then be cached by identity.
let lastCatalogue: { embedded: readonly Initiative[] | undefined; imported: readonly Initiative[]; catalogue: Catalogue } | null = null;
function catalogueOf(embedded: readonly Initiative[] | undefined, imported: readonly Initiative[]): Catalogue {
  if (lastCatalogue && lastCatalogue.embedded === embedded && lastCatalogue.imported === imported) return lastCatalogue.catalogue;
  const list = [...(embedded ?? []), ...imported];
  const catalogue = { list, byId: new Map(list.map((i) => [i.id, i])), loaded: embedded !== undefined };
  lastCatalogue = { embedded, imported, catalogue };
  return catalogue;
}

export function useCatalogue(enabled = true): Catalogue {
  const embedded = useQuery({ ...initiativesQuery(), enabled }).data;
  const imported = useAppStore((s) => s.initiatives.imported);
  return catalogueOf(embedded, imported);
}

/** What imports are checked against: the NUTS 3 regions and their label points. */
export function parseContextOf(index: RegionIndex): ParseContext {
  const nuts3 = new Set([...index.byId.values()].filter((e) => e.level === 3).map((e) => e.id));
  return { nuts3, labelPoint: (id) => index.byId.get(id)?.labelPoint, origin: 'imported' };
}

type Shape = Polygon | MultiPolygon;

/**
 * The zone test (turf on NUTS 3 geometry, tens of ms) for the last list, zone and geometry
 * asked: the side panel and the catalogue ask for the same one.
 */
let lastZone: { list: readonly Initiative[]; zone: Shape; regions: readonly Feature<Shape, { id: string }>[]; hits: Hit[] } | null = null;
function zoneHits(list: readonly Initiative[], zone: Shape, regions: readonly Feature<Shape, { id: string }>[]): Hit[] {
  if (lastZone?.list === list && lastZone.zone === zone && lastZone.regions === regions) return lastZone.hits;
  const started = performance.now();
  const byId = new Map(regions.map((f) => [f.properties.id, f]));
  const hits = withinZone(list, zone, (id) => byId.get(id));
  // For `npm run bench`: the turf test runs on the main thread, so its time is worth watching.
  performance.measure('grensatlas:zone-listing', { start: started, end: performance.now(), detail: { entries: list.length, hits: hits.length } });
  lastZone = { list, zone, regions, hits };
  return hits;
}

/** The entries within the selected region, area or border zone (null: nothing selected, or still loading). */
export function useScope(list: readonly Initiative[]): Hit[] | null {
  const regionId = useAppStore((s) => s.selection.regionId);
  const areaId = useAppStore((s) => s.selection.areaId);
  const zone = useAppStore((s) => s.selection.zone);
  const regionLevel = regionId ? Math.min(3, regionId.length - 2) : null;
  // Region geometry: only needed for entries with a point of their own (imports).
  const needsPoints = list.some((i) => i.point !== null && !i.point.approximate);
  const regionGeo = useQuery({ ...geometryQuery((regionLevel ?? 0) as 0 | 1 | 2 | 3), enabled: regionLevel !== null && needsPoints }).data;
  const areas = useQuery({ ...areasQuery(), enabled: areaId !== null }).data;
  const nuts3 = useQuery({ ...geometryQuery(3), enabled: zone !== null }).data;
  const { bands } = useBands();
  return useMemo(() => {
    if (regionId) {
      const shape = regionGeo?.regions.features.find((f) => f.properties.id === regionId)?.geometry ?? null;
      return withinRegion(list, regionId, shape);
    }
    if (areaId) {
      const area = areas?.byId.get(areaId);
      return area ? withinArea(list, area) : null;
    }
    if (zone !== null) {
      const band = bands?.features.find((f) => f.properties.band === zone);
      return band && nuts3 ? zoneHits(list, band.geometry, nuts3.regions.features) : null;
    }
    return null;
  }, [regionId, areaId, zone, list, regionGeo, areas, bands, nuts3]);
}

/**
 * Entries in view: one of its regions' boxes overlaps the map's bounds, or its point is inside
 * them. Boxes, not shapes: a cheap test for ordering a list, not a fact shown as such.
 */
export function useInView(list: readonly Initiative[]): ReadonlySet<string> | null {
  const bounds = useAppStore((s) => s.view.bounds);
  const index = useQuery(regionIndexQuery()).data;
  return useMemo(() => {
    if (!bounds || !index) return null;
    const out = new Set<string>();
    for (const i of list) {
      const byRegion = i.regions.some((r) => {
        const box = index.byId.get(r.id)?.bbox;
        return box !== undefined && boxesOverlap(box, bounds);
      });
      const p = i.point?.lonLat;
      if (byRegion || (p && p[0] >= bounds[0] && p[0] <= bounds[2] && p[1] >= bounds[1] && p[1] <= bounds[3])) out.add(i.id);
    }
    return out;
  }, [list, bounds, index]);
}
