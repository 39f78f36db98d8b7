/**
 * The split map's right-hand map: created once the main map is there, its camera linked to the
 * main map's (which owns it), drawn from its own design and colours. No User Timing marks here:
 * those measure the main map alone, and a second map must not double them.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import * as maplibregl from 'maplibre-gl';
import { useAppStoreApi } from '../../state/context';
import { MAX_BOUNDS } from '../../state/camera';
import { formatCamera } from '../../state/view';
import { lightTheme } from '../../theme/theme';
import { TILE_LAYERS } from '../../model/tiles';
import { SOURCES } from '../design';
import type { MapDesign } from '../reconcile';
import { applySessionDesign } from './useDesign';
import { linkCameras } from '../cameraLink';
import type { SessionRef } from '../session';
import { addMapImages, mapStyle, settledCamera } from './useMapInstance';
import { setRegionColours } from './useRegionColours';

function createFollower(container: HTMLElement, main: maplibregl.Map, design: MapDesign, title: string): maplibregl.Map {
  const c = main.getCenter();
  const m = new maplibregl.Map({
    container, style: mapStyle(design), fadeDuration: 0, center: [c.lng, c.lat], zoom: main.getZoom(),
    maxBounds: MAX_BOUNDS, maxZoom: 11,
    // The main map carries the controls and the attribution (same sources): controls once, not twice.
    attributionControl: false,
    dragRotate: false, pitchWithRotate: false, touchPitch: false,
    locale: { 'Map.Title': title },
  });
  m.touchZoomRotate.disableRotation();
  return m;
}

/** The right map once its style is read (null before, and while the main map is rebuilt). */
export function useSplitMapInstance(
  containerRef: RefObject<HTMLDivElement | null>, main: maplibregl.Map | null, design: MapDesign, sessionRef: SessionRef,
): maplibregl.Map | null {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const designRef = useRef(design);
  useLayoutEffect(() => { designRef.current = design; }, [design]);
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !main) return;
    const session = sessionRef.current;
    const initial = designRef.current;
    const m = createFollower(container, main, initial, t('split.canvas'));
    session.applied = { map: m, design: initial };
    let idle = 0;
    // For outside harnesses, as on the main map: idle frames, the camera and the regions drawn.
    m.on('idle', () => {
      container.dataset.idleCount = String(++idle);
      container.dataset.camera = formatCamera(settledCamera(m));
      container.dataset.regions = session.regionsKey;
    });
    m.on('error', (e: { error?: { message: string }; sourceId?: string }) => {
      const detail = `${e.sourceId ? `${e.sourceId}: ` : ''}${e.error?.message ?? 'unknown error'}`;
      store.getState().addNotice({ id: 'map-error', kind: 'map-error', detail });
    });
    const unlink = linkCameras(main, m);
    m.once('style.load', () => {
      addMapImages(m);
      setMap(m);
    });
    return () => {
      unlink();
      setMap(null);
      session.applied = null;
      m.remove();
    };
  }, [containerRef, main, sessionRef, store, t]);
  return map;
}

/** Applies the right map's design as a difference to what it shows (as useDesign does, without marks). */
export function useSplitDesign(map: maplibregl.Map | null, design: MapDesign, regionsKey: string, sessionRef: SessionRef): void {
  const store = useAppStoreApi();
  useEffect(() => {
    if (map) applySessionDesign(map, design, sessionRef, { regions: regionsKey }, store);
  }, [map, design, regionsKey, store, sessionRef]);
}

/** The right map's colours, as feature-state like the main map's (useRegionColours, without marks). */
export function useSplitColours(
  map: maplibregl.Map | null, drawnKey: string | undefined, ids: readonly string[] | undefined, colours: ReadonlyMap<string, string | null> | null,
): void {
  useEffect(() => {
    if (map && drawnKey !== undefined && ids) setRegionColours(map, SOURCES.nuts, ids, colours, lightTheme.noData);
  }, [map, drawnKey, ids, colours]);
}

/**
 * The hovered region (from the store) outlined on this map too, so that a hover on one map of
 * the split shows on both. The map's own pointer sets the same state for what is under it.
 */
export function useHoverMirror(map: maplibregl.Map | null, drawnKey: string | undefined, on: boolean): void {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!map || drawnKey === undefined || !on) return;
    const at = { source: SOURCES.nuts, sourceLayer: TILE_LAYERS.regions };
    let shown: string | null = null;
    const show = (id: string | null) => {
      if (id === shown || !map.getSource(at.source)) return;
      if (shown) map.setFeatureState({ ...at, id: shown }, { hover: false });
      if (id) map.setFeatureState({ ...at, id }, { hover: true });
      shown = id;
    };
    show(store.getState().selection.hoverId);
    const unsubscribe = store.subscribe((s) => { show(s.selection.hoverId); });
    return () => {
      unsubscribe();
      show(null);
    };
  }, [map, drawnKey, on, store]);
}
