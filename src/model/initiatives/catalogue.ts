/** The catalogue as the app uses it: embedded entries, then the user's imports. */
import type { ParseContext } from './parse';
import type { Initiative } from './types';
import type { RegionIndex } from '../regionIndex';
import { boxesOverlap } from './within';
import type { BBox } from '../bbox';

export interface Catalogue {
  /** Embedded entries, then imported ones. Empty while loading. */
  list: readonly Initiative[];
  byId: ReadonlyMap<string, Initiative>;
  loaded: boolean;
}

export function catalogueOf(embedded: readonly Initiative[] | undefined, imported: readonly Initiative[]): Catalogue {
  const list = [...(embedded ?? []), ...imported];
  return { list, byId: new Map(list.map((i) => [i.id, i])), loaded: embedded !== undefined };
}

/** What imports are checked against: the NUTS 3 regions and their label points. */
export function parseContextOf(index: RegionIndex): ParseContext {
  const nuts3 = new Set([...index.byId.values()].filter((e) => e.level === 3).map((e) => e.id));
  return { nuts3, labelPoint: (id) => index.byId.get(id)?.labelPoint, origin: 'imported' };
}

/**
 * Entries in view: one of its regions' boxes overlaps the map's bounds, or its point is inside
 * them. Boxes, not shapes: a cheap test for ordering a list, not a fact shown as such.
 */
export function entriesInView(list: readonly Initiative[], bounds: BBox, index: RegionIndex): Set<string> {
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
}
