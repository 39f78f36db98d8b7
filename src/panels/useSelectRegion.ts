import { useCallback } from 'react';
import type { RegionEntry } from '../model/regionIndex';
import { isUiLevel } from '../model/levels';
import { useAppStoreApi } from '../state/context';

/** Selecting from a list (search, parents): show the region's own level and fly to it. */
export function useSelectRegion(): (entry: RegionEntry) => void {
  const store = useAppStoreApi();
  return useCallback(
    (entry) => {
      const s = store.getState();
      if (isUiLevel(entry.level)) s.setLevel(entry.level);
      s.select(entry.id);
      s.fitTo(entry.bbox);
    },
    [store],
  );
}
