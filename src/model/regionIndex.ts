/** The region index as the app uses it: lookups by id and the ancestor chain. */
import type { RegionEntry } from './schemas';

export type { RegionEntry };

export interface RegionIndex {
  list: readonly RegionEntry[];
  byId: ReadonlyMap<string, RegionEntry>;
}

export function makeRegionIndex(list: readonly RegionEntry[]): RegionIndex {
  return { list, byId: new Map(list.map((e) => [e.id, e])) };
}

/** Ancestors from the next level up to the country (Twente -> Overijssel -> Oost-Nederland -> Nederland). */
export function ancestors(index: RegionIndex, id: string): RegionEntry[] {
  const entry = index.byId.get(id);
  if (!entry) return [];
  return entry.parents.flatMap((p) => {
    const parent = index.byId.get(p);
    return parent ? [parent] : [];
  });
}
