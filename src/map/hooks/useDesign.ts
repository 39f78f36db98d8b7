/** Applies the declared design to the map; the first time the regions are in, marks the first drawn frame. */
import { useEffect, useRef } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { useAppStoreApi } from '../../state/context';
import { lightTheme } from '../../theme/theme';
import { mapDesign, type DesignInput } from '../design';
import { applyDesign, type MapDesign } from '../reconcile';
import { markOnce, MARKS } from '../marks';
import type { SessionRef } from '../session';

export function useDesign(map: maplibregl.Map | null, input: DesignInput, sessionRef: SessionRef): void {
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
    // The first frame: the regions from the tiles, in their colours when an indicator is chosen
    // (colours are set as feature-state right after this effect). Then the rest may load.
    if (input.regions && input.tiles && !input.coloursPending) {
      map.once('idle', () => {
        markOnce(MARKS.mapDrawn);
        store.getState().markFirstFrame();
      });
    }
  }, [map, input, store, sessionRef]);
}
