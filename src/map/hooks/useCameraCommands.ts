/**
 * Camera commands (fit a region) and camera changes from Back/Forward. A request made while the
 * map was not ready (before load, during a rebuild) is carried out once it is.
 */
import { useEffect } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { useAppStoreApi } from '../../state/context';
import type { AppStore } from '../../state/store';
import type { CameraRequest } from '../../state/view';
import type { MapSession, SessionRef } from '../session';
import { settledCamera } from './useMapInstance';

/** Follows the store's camera requests and restored cameras; returns the unsubscribe. */
export function followCamera(map: maplibregl.Map, store: AppStore, session: MapSession): () => void {
  const fit = (req: CameraRequest | null) => {
    if (!req || req.seq <= session.handledFit) return;
    session.handledFit = req.seq;
    session.moved = true;
    // Leave room on the right for the panel that a selection opens.
    const wide = map.getContainer().clientWidth > 900;
    map.fitBounds(req.bbox, { padding: { top: 60, bottom: 60, left: 60, right: wide ? 420 : 60 }, maxZoom: 9, duration: 800 });
  };
  fit(store.getState().view.cameraRequest);
  return store.subscribe((s, prev) => {
    if (s.view.cameraRequest !== prev.view.cameraRequest) {
      fit(s.view.cameraRequest);
      return;
    }
    const c = s.view.camera;
    if (c && c !== prev.view.camera) {
      const now = settledCamera(map);
      if (now.zoom !== c.zoom || now.center[0] !== c.center[0] || now.center[1] !== c.center[1]) map.jumpTo(c);
    }
  });
}

export function useCameraCommands(map: maplibregl.Map | null, sessionRef: SessionRef): void {
  const store = useAppStoreApi();
  useEffect(() => (map ? followCamera(map, store, sessionRef.current) : undefined), [map, store, sessionRef]);
}
