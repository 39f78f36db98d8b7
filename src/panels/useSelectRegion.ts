import { useCallback } from 'react';
import type { RegionEntry } from '../model/regionIndex';
import { useAppStoreApi } from '../state/context';

/** Selecting from a list (search, parents, members): show the region's own level and fly to it, as one step. */
export function useSelectRegion(): (entry: RegionEntry) => void {
  const store = useAppStoreApi();
  return useCallback((entry) => { store.getState().select(entry.id, { level: entry.level, bbox: entry.bbox }); }, [store]);
}
