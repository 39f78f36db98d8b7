/** Applies the declared design to the map; the first time the regions are in, marks the first drawn frame. */
import { useEffect } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { useAppStoreApi } from '../../state/context';
import type { DesignInput } from '../design';
import { applyDesign, type MapDesign } from '../reconcile';
import { markOnce, MARKS } from '../marks';
import type { SessionRef } from '../session';

export function useDesign(map: maplibregl.Map | null, input: DesignInput, design: MapDesign, sessionRef: SessionRef): void {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!map) return;
    const session = sessionRef.current;
    // The design the map was created with, or the last one applied: a rebuilt map starts from its own.
    const prev = session.applied?.map === map ? session.applied.design : null;
    try {
      applyDesign(map, prev, design);
      session.applied = { map, design };
      session.regionsKey = input.regions?.key ?? '';
      session.bandsKey = (input.bands?.features ?? []).map((f) => (f.properties as { toKm?: number } | null)?.toKm).join(',');
    } catch (err) {
      // Keep the map that is there and say what failed, rather than unmounting the app.
      store.getState().addNotice({ id: 'map-error', kind: 'map-error', detail: err instanceof Error ? err.message : String(err) });
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
  }, [map, input, design, store, sessionRef]);
}
