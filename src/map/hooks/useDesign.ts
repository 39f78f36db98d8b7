/** Applies the declared design to the map; the first time the regions are in, marks the first drawn frame. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { useAppStoreApi } from '../../state/context';
import { lightTheme } from '../../theme/theme';
import { mapDesign, type DesignInput } from '../design';
import { applyDesign, type MapDesign } from '../reconcile';
import { markOnce, MARKS } from '../marks';
import type { SessionRef } from '../session';

/** Whether the first frame with regions has been drawn (initiative layers wait for it). */
export function useFirstDrawn(): [boolean, () => void] {
  const [firstDrawn, setFirstDrawn] = useState(() => performance.getEntriesByName(MARKS.mapDrawn).length > 0);
  return [firstDrawn, useCallback(() => { setFirstDrawn(true); }, [])];
}

export function useDesign(map: maplibregl.Map | null, input: DesignInput, sessionRef: SessionRef, onFirstDrawn: () => void): void {
  const store = useAppStoreApi();
  // The design last applied, with the map it was applied to: a rebuilt map starts from nothing.
  const appliedRef = useRef<{ map: maplibregl.Map; design: MapDesign } | null>(null);
  useEffect(() => {
    if (!map) return;
    const next = mapDesign(input, lightTheme);
    const prev = appliedRef.current?.map === map ? appliedRef.current.design : null;
    try {
      applyDesign(map, prev, next);
      appliedRef.current = { map, design: next };
      sessionRef.current.regionsKey = input.regions?.key ?? '';
      sessionRef.current.bandsKey = (input.bands?.features ?? []).map((f) => (f.properties as { toKm?: number } | null)?.toKm).join(',');
    } catch (err) {
      // Keep the map that is there and say what failed, rather than unmounting the app.
      store.getState().addNotice({ id: 'map-error', kind: 'map-error', detail: err instanceof Error ? err.message : String(err) });
      appliedRef.current = null;
      return;
    }
    if (input.regions && input.countries && input.labels) {
      map.once('idle', () => {
        markOnce(MARKS.mapDrawn);
        onFirstDrawn();
      });
    }
  }, [map, input, store, sessionRef, onFirstDrawn]);
}
