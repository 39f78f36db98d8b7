/**
 * The initiatives as map and panels read them: the catalogue (embedded entries and imports), what
 * the catalogue's filters let through, and what lies within the selection, each computed once.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { initiativesQuery } from '../data/initiatives';
import { areasQuery, geometryQuery, regionIndexQuery } from '../data/queries';
import { catalogueOf, entriesInView, type Catalogue } from '../model/initiatives/catalogue';
import { matches } from '../model/initiatives/filter';
import type { Initiative } from '../model/initiatives/types';
import { withinArea, withinRegion, withinZone, type Hit } from '../model/initiatives/within';
import type { Level } from '../model/levels';
import { useAppStore } from '../state/context';
import type { BandsState } from './bands';

export function useCatalogueModel(): Catalogue {
  // The catalogue is not part of the first frame: it loads once that is drawn.
  const firstFrame = useAppStore((s) => s.view.firstFrame);
  const embedded = useQuery({ ...initiativesQuery(), enabled: firstFrame }).data;
  const imported = useAppStore((s) => s.initiatives.imported);
  return useMemo(() => catalogueOf(embedded, imported), [embedded, imported]);
}

/** The entries the catalogue's filters let through: the list and the map show the same. */
export function useFilteredModel(catalogue: Catalogue): readonly Initiative[] {
  const filters = useAppStore((s) => s.initiatives.filters);
  return useMemo(() => catalogue.list.filter((i) => matches(i, filters)), [catalogue.list, filters]);
}

type Shape = Polygon | MultiPolygon;

/** The zone test: turf on NUTS 3 geometry on the main thread, tens of ms, so it is timed. */
function zoneHits(list: readonly Initiative[], zone: Shape, regions: readonly Feature<Shape, { id: string }>[]): Hit[] {
  const started = performance.now();
  const byId = new Map(regions.map((f) => [f.properties.id, f]));
  const hits = withinZone(list, zone, (id) => byId.get(id));
  // For `npm run bench`: the turf test runs on the main thread, so its time is worth watching.
  performance.measure('grensatlas:zone-listing', { start: started, end: performance.now(), detail: { entries: list.length, hits: hits.length } });
  return hits;
}

/** The entries within the selected region, area or border zone (null: nothing selected, or still loading). */
export function useScopeModel(list: readonly Initiative[], { bands }: BandsState): Hit[] | null {
  const selected = useAppStore((s) => s.selection.selected);
  const regionLevel = selected?.kind === 'region' ? (Math.min(3, selected.id.length - 2) as Level) : null;
  // Region geometry: only needed for entries with a point of their own (imports).
  const needsPoints = list.some((i) => i.point !== null && !i.point.approximate);
  const regionGeo = useQuery({ ...geometryQuery(regionLevel ?? 0), enabled: regionLevel !== null && needsPoints }).data;
  const areas = useQuery({ ...areasQuery(), enabled: selected?.kind === 'area' }).data;
  const nuts3 = useQuery({ ...geometryQuery(3), enabled: selected?.kind === 'zone' }).data;
  const band = selected?.kind === 'zone' ? bands?.features.find((f) => f.properties.band === selected.band) : undefined;
  return useMemo(() => {
    switch (selected?.kind) {
      case undefined:
        return null;
      case 'region': {
        const shape = regionGeo?.regions.features.find((f) => f.properties.id === selected.id)?.geometry ?? null;
        return withinRegion(list, selected.id, shape);
      }
      case 'area': {
        const area = areas?.byId.get(selected.id);
        return area ? withinArea(list, area) : null;
      }
      case 'zone':
        return band && nuts3 ? zoneHits(list, band.geometry, nuts3.regions.features) : null;
    }
  }, [selected, list, regionGeo, areas, band, nuts3]);
}

/** Entries in view, for ordering the catalogue (read by the catalogue alone, so not shared). */
export function useInView(list: readonly Initiative[]): ReadonlySet<string> | null {
  const bounds = useAppStore((s) => s.view.bounds);
  const index = useQuery(regionIndexQuery()).data;
  return useMemo(() => (bounds && index ? entriesInView(list, bounds, index) : null), [list, bounds, index]);
}
