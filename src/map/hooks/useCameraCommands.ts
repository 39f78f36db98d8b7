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
  // A flight's target: a resize during the flight (presenter mode hides the top bar, full screen
  // grows the window) bends its path, so the flight is aimed again from where it is.
  let flying: maplibregl.FlyToOptions | null = null;
  const onResize = () => { if (flying) map.flyTo(flying); };
  const onMoveEnd = () => { flying = null; };
  map.on('resize', onResize);
  map.on('moveend', onMoveEnd);
  const unsubscribe = store.subscribe((s, prev) => {
    // A new fit wins; a fit cleared by a camera given by value (Back after a search, a slide) falls
    // through to that camera.
    if (s.view.cameraRequest !== prev.view.cameraRequest && s.view.cameraRequest !== null) {
      fit(s.view.cameraRequest);
      return;
    }
    const c = s.view.camera;
    if (c && c !== prev.view.camera) {
      const now = settledCamera(map);
      if (now.zoom === c.zoom && now.center[0] === c.center[0] && now.center[1] === c.center[1]) return;
      // Between slides the camera flies; MapLibre turns the flight into a cut for users who prefer
      // reduced motion (the option `essential` is left unset on purpose).
      if (s.view.motion === 'fly') {
        map.flyTo({ ...c, maxDuration: 2500 });
        flying = { ...c, maxDuration: 2500 };
      } else map.jumpTo(c);
    }
  });
  return () => {
    unsubscribe();
    map.off('resize', onResize);
    map.off('moveend', onMoveEnd);
  };
}

export function useCameraCommands(map: maplibregl.Map | null, sessionRef: SessionRef): void {
  const store = useAppStoreApi();
  useEffect(() => (map ? followCamera(map, store, sessionRef.current) : undefined), [map, store, sessionRef]);
}
