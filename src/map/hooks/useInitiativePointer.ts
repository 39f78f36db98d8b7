/** Initiative markers under the pointer: hover highlights the initiative, a click opens it or zooms into a cluster. */
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type * as maplibregl from 'maplibre-gl';
import { useAppStoreApi } from '../../state/context';
import type { AppStore } from '../../state/store';
import { SOURCES } from '../design';
import { INITIATIVE_CLUSTER_LAYER, INITIATIVE_POINT_LAYER } from '../layers/initiatives';
import { moveTooltip, type MapSession } from '../session';

/** What the tooltip says about the marker or cluster under the pointer. */
export interface PointTip {
  name: string;
  approx: boolean;
}

interface Cluster {
  source: maplibregl.GeoJSONSource;
  id: number;
  at: [number, number];
}

async function openCluster(m: maplibregl.Map, { source, id: clusterId, at }: Cluster, store: AppStore, session: MapSession) {
  try {
    const zoom = await source.getClusterExpansionZoom(clusterId);
    if (zoom <= m.getMaxZoom()) {
      session.moved = true; // the app moved the camera for the user: it belongs in the URL
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
}

/** Opens the marker's initiative or zooms into the cluster under the pointer; false when there is none. */
export function clickInitiative(m: maplibregl.Map, point: maplibregl.PointLike, store: AppStore, session: MapSession): boolean {
  const layers = [INITIATIVE_POINT_LAYER, INITIATIVE_CLUSTER_LAYER].filter((l) => m.getLayer(l));
  if (layers.length === 0) return false;
  const f = m.queryRenderedFeatures(point, { layers })[0];
  if (!f) return false;
  if (f.layer.id === INITIATIVE_POINT_LAYER) {
    store.getState().openInitiative(f.properties.id as string);
    return true;
  }
  const source = m.getSource<maplibregl.GeoJSONSource>(SOURCES.initiativePoints);
  const at = (f.geometry as GeoJSON.Point).coordinates as [number, number];
  if (source) void openCluster(m, { source, id: f.properties.cluster_id as number, at }, store, session);
  return true;
}

export function useInitiativePointer(map: maplibregl.Map | null, tooltipRef: RefObject<HTMLDivElement | null>): PointTip | null {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [point, setPoint] = useState<PointTip | null>(null);
  useEffect(() => {
    if (!map) return;
    const onMove = (e: maplibregl.MapLayerMouseEvent) => {
      const f = e.features?.[0];
      const id = f?.properties.id as string | undefined;
      store.getState().setInitiativeHover(id ?? null);
      setPoint(id ? { name: f?.properties.name as string, approx: f?.properties.approx === true } : null);
      map.getCanvas().style.cursor = 'pointer';
      moveTooltip(tooltipRef.current, e.point);
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
      moveTooltip(tooltipRef.current, e.point);
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
  }, [map, store, t, tooltipRef]);
  return point;
}
