/**
 * Creates the maplibre-gl Map, once per language: MapLibre reads its control labels only at
 * creation, and a rebuild (about a second) is cheaper than patching its private controls. The
 * camera starts from the store (the URL) and is never driven by React: only the settled view
 * reaches the store.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useAppStore, useAppStoreApi } from '../../state/context';
import { frameBounds, MAX_BOUNDS, roundCamera, type Camera, type Frame } from '../../state/camera';
import { framePadding } from '../framePadding';
import { formatCamera } from '../../state/view';
import { lightTheme } from '../../theme/theme';
import { NO_DATA_PATTERN } from '../layers/regions';
import { bandHatchImage } from '../layers/border';
import { hatchImage } from '../layers/areas';
import { fontFaces } from '../fonts';
import { hatchPattern } from '../hatch';
import type { SessionRef } from '../session';
import type { MapDesign } from '../reconcile';
import { MARKS, markOnce } from '../marks';
import { isFollowing } from '../cameraLink';

maplibregl.setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's workers now (called before React renders), so their script downloads and
 * boots while the app renders, rather than when the map is created.
 */
export function startMapWorkers(): void {
  maplibregl.prewarm();
}

export function settledCamera(map: maplibregl.Map): Camera {
  const c = map.getCenter();
  return roundCamera({ center: [c.lng, c.lat], zoom: map.getZoom() });
}

// Idle frames counted across map instances (the map is rebuilt on a language change), exposed on
// the element so that outside harnesses can wait for "drawn after my action".
let idleFrames = 0;

/**
 * The style of a design. No paint transitions: a change is drawn in the next frame, which is what
 * "recoloured" measures and what a presenter clicking through views wants.
 */
export function mapStyle(design: MapDesign): maplibregl.StyleSpecification {
  return {
    version: 8, sources: design.sources, layers: design.layers,
    'font-faces': fontFaces(lightTheme.font, document.baseURI), transition: { duration: 0, delay: 0 },
  };
}

/** The patterns the layers refer to (area hatches, "no data", distance bands), added once the style is read. */
export function addMapImages(m: maplibregl.Map): void {
  for (const [kind, style] of Object.entries(lightTheme.areaKinds)) m.addImage(hatchImage(kind), hatchPattern(style.color));
  m.addImage(NO_DATA_PATTERN, hatchPattern(lightTheme.noDataHatch, { size: 8, lineWidth: 1 }));
  const bands = lightTheme.bands;
  bands.spacing.forEach((size, i) => {
    m.addImage(bandHatchImage(i), hatchPattern(bands.color, { size, lineWidth: bands.lineWidth, direction: '\\', alpha: 230 }));
  });
}

/** MapLibre's own control texts, in the UI language. */
type Locale = Record<'NavigationControl.ZoomIn' | 'NavigationControl.ZoomOut' | 'Map.Title' | 'AttributionControl.ToggleAttribution', string>;

/** The camera a map starts from: the link's, or its frame fitted to the container (the border frame clear of the panels). */
function startView(container: HTMLElement, camera: Camera | null, frame: Frame): Partial<maplibregl.MapOptions> {
  if (camera) return { center: camera.center, zoom: camera.zoom };
  const bounds = frameBounds(frame);
  return frame === 'border' ? { bounds, fitBoundsOptions: { padding: framePadding(container.clientWidth) } } : { bounds };
}

function createMap(container: HTMLElement, start: Partial<maplibregl.MapOptions>, locale: Locale, design: MapDesign): maplibregl.Map {
  const m = new maplibregl.Map({
    container,
    // The style starts as the design of the current state, tile source included, so the tiles are
    // requested as soon as the style is read, not after a React round trip.
    // No label fading either (see mapStyle).
    style: mapStyle(design),
    fadeDuration: 0,
    ...start,
    maxBounds: MAX_BOUNDS,
    // Beyond this the 1:3 million boundaries show their generalisation.
    maxZoom: 11,
    attributionControl: { compact: false },
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    locale,
  });
  m.touchZoomRotate.disableRotation();
  m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  m.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  return m;
}

type StoreApi = ReturnType<typeof useAppStoreApi>;

/** What the app hears from the map: errors, idle frames (for harnesses), the settled camera and bounds. */
function wireMap(m: maplibregl.Map, container: HTMLElement, store: StoreApi, sessionRef: SessionRef, camera: Camera | null): void {
  // A tile or image that fails to load (or decode) is said, not dropped: the map keeps the rest.
  m.on('error', (e: { error?: { message: string }; sourceId?: string }) => {
    const detail = `${e.sourceId ? `${e.sourceId}: ` : ''}${e.error?.message ?? 'unknown error'}`;
    store.getState().addNotice({ id: 'map-error', kind: 'map-error', detail });
  });
  m.on('idle', () => {
    container.dataset.idleCount = String(++idleFrames);
    container.dataset.camera = formatCamera(settledCamera(m));
    container.dataset.bands = sessionRef.current.bandsKey;
    container.dataset.regions = sessionRef.current.regionsKey;
  });
  // The camera reaches the store (and the URL) once the user or the app has moved it; the
  // fitted default view, and resizes of the window, leave the URL clean.
  sessionRef.current.moved = camera !== null;
  m.on('movestart', (e: { originalEvent?: Event }) => { if (e.originalEvent) sessionRef.current.moved = true; });
  const reportBounds = () => {
    const b = m.getBounds();
    store.getState().setBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
  };
  m.on('moveend', (e: object) => {
    // While the split map's right side leads, the camera is reported once its gesture ends.
    if (isFollowing(e)) return;
    reportBounds();
    if (sessionRef.current.moved) store.getState().setCamera(settledCamera(m));
  });
  m.once('style.load', reportBounds);
}

/**
 * The map once its style is read (null before, and during a rebuild): its tiles may still be
 * loading, so colours and the rest of the design are applied while they arrive.
 */
export function useMapInstance(
  containerRef: RefObject<HTMLDivElement | null>, sessionRef: SessionRef, design: MapDesign,
): maplibregl.Map | null {
  const { i18n } = useTranslation();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.settings.lang);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  // The design at the time the map is created (also on a rebuild for a new language).
  const designRef = useRef(design);
  useLayoutEffect(() => { designRef.current = design; }, [design]);
  // A layout effect: the map (and its WebGL context) is created in React's commit, before the
  // browser paints the panels. Created after that paint, its context creation waited behind the
  // GPU process's work on that paint (measured under SwiftShader: 0.6-1 s in _setupPainter).
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const session = sessionRef.current;
    const { camera, frame } = store.getState().view;
    const tl = i18n.getFixedT(lang);
    const initial = designRef.current;
    const m = createMap(container, startView(container, camera, frame), {
      'NavigationControl.ZoomIn': tl('map.zoomIn'),
      'NavigationControl.ZoomOut': tl('map.zoomOut'),
      'Map.Title': tl('map.canvas'),
      'AttributionControl.ToggleAttribution': tl('map.toggleAttribution'),
    }, initial);
    session.applied = { map: m, design: initial };
    markOnce(MARKS.mapCreated);
    m.once('style.load', () => {
      markOnce(MARKS.mapLoaded);
      addMapImages(m);
      setMap(m);
    });
    wireMap(m, container, store, sessionRef, camera);
    return () => {
      setMap(null);
      session.applied = null;
      m.remove();
    };
  }, [store, i18n, lang, containerRef, sessionRef]);
  return map;
}
