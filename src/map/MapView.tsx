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
import { areasQuery, regionIndexQuery } from '../data/queries';
import { resolveClick } from '../model/areas';
import { useAppStore, useAppStoreApi } from '../state/context';
import type { AppStore } from '../state/store';
import { DEFAULT_BOUNDS, MAX_BOUNDS, roundCamera, type Camera } from '../state/camera';
import { formatCamera } from '../state/url';
import { mapDesign, SOURCES } from './design';
import { applyDesign, type MapDesign } from './reconcile';
import { NO_DATA_PATTERN, REGION_FILL_LAYER } from './layers/regions';
import { AREA_HIT_LAYER, hatchImage } from './layers/areas';
import { INITIATIVE_CLUSTER_LAYER, INITIATIVE_POINT_LAYER } from './layers/initiatives';
import { lightTheme } from './theme';
import { fontFaces } from './fonts';
import { hatchPattern } from './hatch';
import { markOnce, MARKS } from './marks';
import { useMapData } from './useMapData';

maplibregl.setWorkerUrl(workerUrl);

function settledCamera(map: maplibregl.Map): Camera {
  const c = map.getCenter();
  return roundCamera({ center: [c.lng, c.lat], zoom: map.getZoom() });
}

/** Opens the marker's initiative or zooms into the cluster under the pointer; false when there is none. */
function clickInitiative(m: maplibregl.Map, point: maplibregl.PointLike, store: AppStore, onMove: () => void): boolean {
  const layers = [INITIATIVE_POINT_LAYER, INITIATIVE_CLUSTER_LAYER].filter((l) => m.getLayer(l));
  if (layers.length === 0) return false;
  const f = m.queryRenderedFeatures(point, { layers })[0];
  if (!f) return false;
  if (f.layer.id === INITIATIVE_POINT_LAYER) {
    store.getState().openInitiative(f.properties.id as string);
    return true;
  }
  const source = m.getSource<maplibregl.GeoJSONSource>(SOURCES.initiativePoints);
  if (!source) return true;
  const clusterId = f.properties.cluster_id as number;
  const at = (f.geometry as GeoJSON.Point).coordinates as [number, number];
  void (async () => {
    try {
      const zoom = await source.getClusterExpansionZoom(clusterId);
      if (zoom <= m.getMaxZoom()) {
        onMove(); // the app moved the camera for the user: it belongs in the URL
        m.easeTo({ center: at, zoom });
        return;
      }
      // Entries placed at one region's centre never separate: select that region, whose panel lists them.
      const leaf = (await source.getClusterLeaves(clusterId, 1, 0))[0];
      const region = leaf?.properties?.region as string | undefined;
      if (region) store.getState().select(region);
      else if (typeof leaf?.properties?.id === 'string') store.getState().openInitiative(leaf.properties.id);
    } catch {
      // The cluster went away (the filters changed the markers) before the answer came: nothing to do.
    }
  })();
  return true;
}

// Idle frames counted across map instances (the map is rebuilt on a language change), exposed on
// the element so that outside harnesses can wait for "drawn after my action".
let idleFrames = 0;

export function MapView() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.settings.lang);
  const containerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  // The design last applied, with the map it was applied to: a rebuilt map starts from nothing.
  const appliedRef = useRef<{ map: maplibregl.Map; design: MapDesign } | null>(null);
  const movedRef = useRef(false);
  // Edges of the bands in the applied design, written on idle for outside harnesses.
  const bandsRef = useRef('');
  // Key of the regions drawn ("2", or "BE2-DE1-LU2-NL2" for an indicator), written on idle too.
  const regionsRef = useRef('');
  const handledFitRef = useRef(0);
  const [firstDrawn, setFirstDrawn] = useState(() => performance.getEntriesByName(MARKS.mapDrawn).length > 0);
  const input = useMapData(firstDrawn);
  // The regions on the map now (they lag the store while another level loads).
  const drawnKey = input.regions?.key;
  const hoverId = useAppStore((s) => s.selection.hoverId);
  const index = useQuery(regionIndexQuery()).data;
  const areas = useQuery({ ...areasQuery(), enabled: false }).data;
  const areaSizeRef = useRef<ReadonlyMap<string, number>>(new Map());
  // "Smallest area under the pointer" by land area (km² of its NUTS 3 members), not member count.
  useEffect(() => {
    const km2 = (id: string) => index?.byId.get(id)?.areaKm2 ?? 0;
    areaSizeRef.current = new Map((areas?.list ?? []).map((a) => [a.id, a.members.reduce((sum, m) => sum + km2(m.id), 0)]));
  }, [areas, index]);

  // Create the map once per language: MapLibre reads its control labels only at creation, and
  // a rebuild (about a second) is cheaper than patching its private controls.
  // The camera starts from the store (the URL) and is never driven by React.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const tl = i18n.getFixedT(lang);
    const camera = store.getState().view.camera;
    const m = new maplibregl.Map({
      container,
      // No paint transitions and no label fading: a change is drawn in the next frame, which is
      // what "recoloured" measures and what a presenter clicking through views wants.
      style: { version: 8, sources: {}, layers: [], 'font-faces': fontFaces(lightTheme.font, document.baseURI), transition: { duration: 0, delay: 0 } },
      fadeDuration: 0,
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
    m.on('load', () => {
      for (const [kind, style] of Object.entries(lightTheme.areaKinds)) m.addImage(hatchImage(kind), hatchPattern(style.color));
      m.addImage(NO_DATA_PATTERN, hatchPattern(lightTheme.noDataHatch, 8, 1));
      setMap(m);
    });
    m.on('idle', () => {
      container.dataset.idleCount = String(++idleFrames);
      container.dataset.camera = formatCamera(settledCamera(m));
      container.dataset.bands = bandsRef.current;
      container.dataset.regions = regionsRef.current;
    });
    // The camera reaches the store (and the URL) once the user or the app has moved it; the
    // fitted default view, and resizes of the window, leave the URL clean.
    movedRef.current = camera !== null;
    m.on('movestart', (e: { originalEvent?: Event }) => { if (e.originalEvent) movedRef.current = true; });
    const reportBounds = () => {
      const b = m.getBounds();
      store.getState().setBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    };
    m.on('moveend', () => {
      reportBounds();
      if (movedRef.current) store.getState().setCamera(settledCamera(m));
    });
    m.once('load', reportBounds);
    return () => {
      appliedRef.current = null;
      setMap(null);
      m.remove();
    };
  }, [store, i18n, lang]);

  // Apply the declared design; the first time the regions are in, mark the first drawn frame.
  useEffect(() => {
    if (!map) return;
    const next = mapDesign(input, lightTheme);
    const prev = appliedRef.current?.map === map ? appliedRef.current.design : null;
    try {
      applyDesign(map, prev, next);
      appliedRef.current = { map, design: next };
      regionsRef.current = input.regions?.key ?? '';
      bandsRef.current = (input.bands?.features ?? []).map((f) => (f.properties as { toKm?: number } | null)?.toKm).join(',');
    } catch (err) {
      // Keep the map that is there and say what failed, rather than unmounting the app.
      store.getState().addNotice({ id: 'map-error', kind: 'map-error', detail: err instanceof Error ? err.message : String(err) });
      appliedRef.current = null;
      return;
    }
    if (input.regions && input.countries && input.labels) {
      map.once('idle', () => {
        markOnce(MARKS.mapDrawn);
        setFirstDrawn(true);
      });
    }
  }, [map, input, store]);

  // Indicator colours as feature-state ("c", and "nodata" for regions without a figure): a change
  // of indicator, year, reference or classes changes only states, never the style or the
  // geometry. Then mark the first frame drawn after it, for outside timing (grensatlas:recoloured).
  const colourKeyRef = useRef<string | null>(null);
  const colours = input.regionColours ?? null;
  const ids = input.regions?.ids;
  useEffect(() => {
    if (!map || drawnKey === undefined || !ids) return;
    const source = SOURCES.regions(drawnKey);
    if (!map.getSource(source)) return;
    for (const id of ids) {
      if (!colours) {
        map.removeFeatureState({ source, id }, 'c');
        map.removeFeatureState({ source, id }, 'nodata');
        continue;
      }
      const c = colours.get(id) ?? null;
      map.setFeatureState({ source, id }, { c: c ?? lightTheme.noData, nodata: c === null });
    }
    const key = JSON.stringify([drawnKey, colours ? [...colours] : null]);
    if (colourKeyRef.current !== null && colourKeyRef.current !== key) {
      // The app's own share of a recolour (React, model, states): the rest is MapLibre drawing.
      performance.mark(MARKS.coloursSet);
      map.once('idle', () => { performance.mark(MARKS.recoloured); });
    }
    colourKeyRef.current = key;
  }, [map, drawnKey, ids, colours]);

  // Hover and click on the regions that are drawn.
  useEffect(() => {
    if (!map || drawnKey === undefined) return;
    const source = SOURCES.regions(drawnKey);
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
    const onClick = (e: maplibregl.MapMouseEvent) => {
      // Markers sit above the regions: a click on one opens it, or zooms into a cluster.
      if (clickInitiative(map, e.point, store, () => { movedRef.current = true; })) return;
      const region = map.queryRenderedFeatures(e.point, { layers: [REGION_FILL_LAYER] })[0]?.properties.id as string | undefined;
      const hits = map.getLayer(AREA_HIT_LAYER) ? map.queryRenderedFeatures(e.point, { layers: [AREA_HIT_LAYER] }) : [];
      const sizes = areaSizeRef.current;
      const areaIds = [...new Set(hits.map((f) => f.properties.id as string))].sort((a, b) => (sizes.get(a) ?? 0) - (sizes.get(b) ?? 0));
      const target = resolveClick(store.getState().selection, region ?? null, areaIds);
      if (target?.kind === 'region') store.getState().select(target.id);
      else if (target?.kind === 'area') store.getState().selectArea(target.id);
    };
    map.on('mousemove', REGION_FILL_LAYER, onMove);
    map.on('mouseleave', REGION_FILL_LAYER, onLeave);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', REGION_FILL_LAYER, onMove);
      map.off('mouseleave', REGION_FILL_LAYER, onLeave);
      map.off('click', onClick);
      onLeave();
    };
  }, [map, drawnKey, store]);

  // Hovering a marker highlights its initiative (its regions on the map, its card in the lists).
  const [point, setPoint] = useState<{ name: string; approx: boolean } | null>(null);
  useEffect(() => {
    if (!map) return;
    const onMove = (e: maplibregl.MapLayerMouseEvent) => {
      const f = e.features?.[0];
      const id = f?.properties.id as string | undefined;
      store.getState().setInitiativeHover(id ?? null);
      setPoint(id ? { name: f?.properties.name as string, approx: f?.properties.approx === true } : null);
      map.getCanvas().style.cursor = 'pointer';
      const tip = tooltipRef.current;
      if (tip) tip.style.transform = `translate(${e.point.x + 14}px, ${e.point.y + 14}px)`;
    };
    const onLeave = () => {
      store.getState().setInitiativeHover(null);
      setPoint(null);
      map.getCanvas().style.cursor = '';
    };
    const onCluster = (e: maplibregl.MapLayerMouseEvent) => {
      const p = e.features?.[0]?.properties;
      const count = Number(p?.point_count ?? 0);
      const approx = Number(p?.exact ?? 1) === 0;
      setPoint({ name: t(approx ? 'ini.clusterApprox' : 'ini.cluster', { count }), approx: false });
      map.getCanvas().style.cursor = 'pointer';
      const tip = tooltipRef.current;
      if (tip) tip.style.transform = `translate(${e.point.x + 14}px, ${e.point.y + 14}px)`;
    };
    map.on('mousemove', INITIATIVE_POINT_LAYER, onMove);
    map.on('mouseleave', INITIATIVE_POINT_LAYER, onLeave);
    map.on('mousemove', INITIATIVE_CLUSTER_LAYER, onCluster);
    map.on('mouseleave', INITIATIVE_CLUSTER_LAYER, onLeave);
    return () => {
      map.off('mouseleave', INITIATIVE_CLUSTER_LAYER, onLeave);
      map.off('mousemove', INITIATIVE_POINT_LAYER, onMove);
      map.off('mouseleave', INITIATIVE_POINT_LAYER, onLeave);
      map.off('mousemove', INITIATIVE_CLUSTER_LAYER, onCluster);
    };
  }, [map, store, t]);

  // Camera commands (fit a region) and camera changes from Back/Forward. A request made while
  // the map was not ready (before load, during a rebuild) is carried out once it is.
  useEffect(() => {
    if (!map) return;
    const fit = (req: { bbox: [number, number, number, number]; seq: number } | null) => {
      if (!req || req.seq <= handledFitRef.current) return;
      handledFitRef.current = req.seq;
      movedRef.current = true;
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
  }, [map, store]);

  const hovered = hoverId ? index?.byId.get(hoverId) : undefined;
  return (
    <div className="map-wrap">
      <div ref={containerRef} className="map" role="region" aria-label={t('map.label')} data-testid="map" />
      <div ref={tooltipRef} className="map-tooltip" role="tooltip" hidden={!hovered && !point}>
        {point ? <strong>{point.approx ? t('ini.mapPoint', { name: point.name }) : point.name}</strong> : hovered && (
          <>
            <strong>{hovered.name}</strong> <span className="code">{hovered.id}</span>
          </>
        )}
      </div>
      {!map && <p className="map-loading">{t('map.loading')}</p>}
    </div>
  );
}
