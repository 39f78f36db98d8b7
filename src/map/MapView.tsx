/**
 * The one map component. It owns the maplibre-gl Map; everything drawn comes from mapDesign()
 * through the reconciler. The camera is uncontrolled: only the settled view reaches the store.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { regionIndexQuery } from '../data/queries';
import { useAppStore, useAppStoreApi } from '../state/context';
import { DEFAULT_BOUNDS, MAX_BOUNDS, type Camera } from '../state/camera';
import { formatCamera } from '../state/url';
import { mapDesign, SOURCES } from './design';
import { applyDesign, type MapDesign } from './reconcile';
import { REGION_FILL_LAYER } from './layers/regions';
import { lightTheme } from './theme';
import { fontFaces } from './fonts';
import { markOnce, MARKS } from './marks';
import { useMapData } from './useMapData';

maplibregl.setWorkerUrl(workerUrl);

/** Rounds to what the URL keeps, so a reload lands exactly where the link says. */
function settledCamera(map: maplibregl.Map): Camera {
  const c = map.getCenter();
  const [zoom, lat, lon] = formatCamera({ center: [c.lng, c.lat], zoom: map.getZoom() }).split('/').map(Number) as [number, number, number];
  return { center: [lon, lat], zoom };
}

export function MapView() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.settings.lang);
  const containerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const designRef = useRef<MapDesign | null>(null);
  const movedRef = useRef<() => void>(() => undefined);
  const input = useMapData();
  // The level whose regions are on the map now (it lags the store while a new level loads).
  const drawnLevel = input.level?.level;
  const hoverId = useAppStore((s) => s.selection.hoverId);
  const index = useQuery(regionIndexQuery()).data;

  // Create the map once per language (MapLibre reads its control labels only at creation).
  // Its camera starts from the store (the URL) and is never driven by React.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const tl = i18n.getFixedT(lang);
    const camera = store.getState().view.camera;
    const m = new maplibregl.Map({
      container,
      style: { version: 8, sources: {}, layers: [], 'font-faces': fontFaces(lightTheme.font, document.baseURI) },
      ...(camera ? { center: camera.center, zoom: camera.zoom } : { bounds: DEFAULT_BOUNDS }),
      maxBounds: MAX_BOUNDS,
      // Beyond this the 1:3 million boundaries show their generalisation.
      maxZoom: 11,
      attributionControl: { compact: false },
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      locale: {
        'NavigationControl.ZoomIn': tl('map.zoomIn'),
        'NavigationControl.ZoomOut': tl('map.zoomOut'),
        'Map.Title': tl('map.canvas'),
        'AttributionControl.ToggleAttribution': tl('map.toggleAttribution'),
      },
    });
    m.touchZoomRotate.disableRotation();
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    m.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    m.on('load', () => { setMap(m); });
    // Counts idle frames on the element, so outside harnesses can wait for "drawn after my action".
    let idles = 0;
    m.on('idle', () => { container.dataset.idleCount = String(++idles); });
    // The camera reaches the store (and the URL) once the user or the app has moved it; the
    // fitted default view, and resizes of the window, leave the URL clean.
    let moved = camera !== null;
    m.on('movestart', (e: { originalEvent?: Event }) => { if (e.originalEvent) moved = true; });
    m.on('moveend', () => { if (moved) store.getState().setCamera(settledCamera(m)); });
    movedRef.current = () => { moved = true; };
    return () => {
      designRef.current = null;
      setMap(null);
      m.remove();
    };
  }, [store, i18n, lang]);

  // Apply the declared design; the first time the regions are in, mark the first drawn frame.
  useEffect(() => {
    if (!map) return;
    const next = mapDesign(input, lightTheme);
    applyDesign(map, designRef.current, next);
    designRef.current = next;
    if (input.level && input.countries && input.labels) {
      map.once('idle', () => { markOnce(MARKS.mapDrawn); });
    }
  }, [map, input]);

  // Hover and click on the regions of the current level.
  useEffect(() => {
    if (!map || drawnLevel === undefined) return;
    const source = SOURCES.regions(drawnLevel);
    let hovered: string | null = null;
    const setHovered = (id: string | null) => {
      if (hovered === id) return;
      if (hovered && map.getSource(source)) map.setFeatureState({ source, id: hovered }, { hover: false });
      if (id) map.setFeatureState({ source, id }, { hover: true });
      hovered = id;
      store.getState().setHover(id);
    };
    const onMove = (e: maplibregl.MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties.id as string | undefined;
      setHovered(id ?? null);
      map.getCanvas().style.cursor = id ? 'pointer' : '';
      const tip = tooltipRef.current;
      if (tip) tip.style.transform = `translate(${e.point.x + 14}px, ${e.point.y + 14}px)`;
    };
    const onLeave = () => {
      setHovered(null);
      map.getCanvas().style.cursor = '';
    };
    const onClick = (e: maplibregl.MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties.id as string | undefined;
      if (id) store.getState().select(id);
    };
    map.on('mousemove', REGION_FILL_LAYER, onMove);
    map.on('mouseleave', REGION_FILL_LAYER, onLeave);
    map.on('click', REGION_FILL_LAYER, onClick);
    return () => {
      map.off('mousemove', REGION_FILL_LAYER, onMove);
      map.off('mouseleave', REGION_FILL_LAYER, onLeave);
      map.off('click', REGION_FILL_LAYER, onClick);
      onLeave();
    };
  }, [map, drawnLevel, store]);

  // Camera commands (fit a region) and camera changes from Back/Forward.
  useEffect(() => {
    if (!map) return;
    return store.subscribe((s, prev) => {
      const req = s.view.cameraRequest;
      if (req && req !== prev.view.cameraRequest) {
        movedRef.current();
        // Leave room on the right for the region panel that a selection opens.
        const wide = map.getContainer().clientWidth > 900;
        map.fitBounds(req.bbox, { padding: { top: 60, bottom: 60, left: 60, right: wide ? 420 : 60 }, maxZoom: 9, duration: 800 });
        return;
      }
      const c = s.view.camera;
      if (c && c !== prev.view.camera) {
        const now = settledCamera(map);
        if (now.zoom !== c.zoom || now.center[0] !== c.center[0] || now.center[1] !== c.center[1]) map.jumpTo(c);
      }
    });
  }, [map, store]);

  const hovered = hoverId ? index?.byId.get(hoverId) : undefined;
  return (
    <div className="map-wrap">
      <div ref={containerRef} className="map" role="region" aria-label={t('map.label')} data-testid="map" />
      <div ref={tooltipRef} className="map-tooltip" role="tooltip" hidden={!hovered}>
        {hovered && (
          <>
            <strong>{hovered.name}</strong> <span className="code">{hovered.id}</span>
          </>
        )}
      </div>
      {!map && <p className="map-loading">{t('map.loading')}</p>}
    </div>
  );
}
