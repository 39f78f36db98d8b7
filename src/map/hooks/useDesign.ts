/** Applies the declared design to the map; the first time the regions are in, marks the first drawn frame. */
import { useEffect } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { useAppStoreApi } from '../../state/context';
import type { DesignInput } from '../design';
import { applyDesign, type MapDesign } from '../reconcile';
import { markOnce, MARKS } from '../marks';
import type { SessionRef } from '../session';

type StoreApi = ReturnType<typeof useAppStoreApi>;

/**
 * Applies a design to a map as a difference to the one it shows (the design it was created with,
 * or the last one applied: a rebuilt map starts from its own), and records it in the session.
 * A failure keeps the map that is there and says what failed, rather than unmounting the app.
 */
export function applySessionDesign(
  map: maplibregl.Map, design: MapDesign, sessionRef: SessionRef, keys: { regions: string; bands?: string }, store: StoreApi,
): boolean {
  const session = sessionRef.current;
  const prev = session.applied?.map === map ? session.applied.design : null;
  try {
    applyDesign(map, prev, design);
    session.applied = { map, design };
    session.regionsKey = keys.regions;
    if (keys.bands !== undefined) session.bandsKey = keys.bands;
    return true;
  } catch (err) {
    store.getState().addNotice({ id: 'map-error', kind: 'map-error', detail: err instanceof Error ? err.message : String(err) });
    return false;
  }
}

export function useDesign(map: maplibregl.Map | null, input: DesignInput, design: MapDesign, sessionRef: SessionRef): void {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!map) return;
    const bands = (input.bands?.features ?? []).map((f) => (f.properties as { toKm?: number } | null)?.toKm).join(',');
    if (!applySessionDesign(map, design, sessionRef, { regions: input.regions?.key ?? '', bands }, store)) return;
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
