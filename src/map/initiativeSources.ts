/** The initiatives as map sources: markers, count badges, and the regions to outline. Pure. */
import type { FeatureCollection, Point } from 'geojson';
import { countsByRegion } from '../model/initiatives/within';
import type { Initiative } from '../model/initiatives/types';
import type { RegionIndex } from '../model/regionIndex';
import type { InitiativeCountProps, InitiativePointProps } from './design';

/** Initiatives with a point, as map features. */
export function initiativePoints(list: readonly Initiative[]): FeatureCollection<Point, InitiativePointProps> {
  return {
    type: 'FeatureCollection',
    features: list.flatMap((i) => (i.point ? [{
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: i.point.lonLat },
      properties: { id: i.id, name: i.name, approx: i.point.approximate, region: i.point.region ?? '' },
    }] : [])),
  };
}

/** A badge per drawn region with initiatives: "4", or "4+2?" when two more are only unconfirmed there. */
export function initiativeCounts(
  list: readonly Initiative[], index: RegionIndex, ids: readonly string[],
): FeatureCollection<Point, InitiativeCountProps> {
  const counts = countsByRegion(list, ids);
  return {
    type: 'FeatureCollection',
    features: [...counts].flatMap(([id, c]) => {
      const e = index.byId.get(id);
      if (!e) return [];
      const label = c.unconfirmed > 0 ? `${c.confirmed}+${c.unconfirmed}?` : String(c.confirmed);
      const geometry = { type: 'Point' as const, coordinates: e.labelPoint };
      return [{ type: 'Feature' as const, geometry, properties: { id, label, approx: c.unconfirmed > 0 } }];
    }),
  };
}

/** The drawn regions an initiative lies in (a drawn region contains, or is, one of its NUTS 3 regions). */
export function highlightOf(i: Initiative, drawn: readonly string[]): { id: string; confirmed: string[]; unconfirmed: string[] } {
  const confirmed = new Set<string>();
  const unconfirmed = new Set<string>();
  for (const d of drawn) {
    const inside = i.regions.filter((r) => r.id.startsWith(d));
    if (inside.some((r) => r.confirmed)) confirmed.add(d);
    else if (inside.length > 0) unconfirmed.add(d);
  }
  return { id: i.id, confirmed: [...confirmed], unconfirmed: [...unconfirmed] };
}
