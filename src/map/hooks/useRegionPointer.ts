/** Hover and click on the regions that are drawn (a click on a marker goes to the marker first). */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useQuery } from '@tanstack/react-query';
import type * as maplibregl from 'maplibre-gl';
import { areasQuery, regionIndexQuery } from '../../data/queries';
import { resolveClick } from '../../model/areas';
import { useAppStoreApi } from '../../state/context';
import { areaOf, regionOf } from '../../state/selection';
import { SOURCES } from '../design';
import { REGION_FILL_LAYER } from '../layers/regions';
import { AREA_HIT_LAYER } from '../layers/areas';
import { moveTooltip, type SessionRef } from '../session';
import { clickInitiative } from './useInitiativePointer';
import { TILE_LAYERS } from '../../model/tiles';

/** "Smallest area under the pointer" by land area (km² of its NUTS 3 members), not member count. */
function useAreaSizes(): ReadonlyMap<string, number> {
  const index = useQuery(regionIndexQuery()).data;
  const areas = useQuery({ ...areasQuery(), enabled: false }).data;
  return useMemo(() => {
    const km2 = (id: string) => index?.byId.get(id)?.areaKm2 ?? 0;
    return new Map((areas?.list ?? []).map((a) => [a.id, a.members.reduce((sum, m) => sum + km2(m.id), 0)]));
  }, [areas, index]);
}

export function useRegionPointer(
  map: maplibregl.Map | null, drawnKey: string | undefined, sessionRef: SessionRef, tooltipRef: RefObject<HTMLDivElement | null>,
): void {
  const store = useAppStoreApi();
  const sizes = useAreaSizes();
  // Read at click time: new sizes must not rebind (and so reset) the hover.
  const sizesRef = useRef(sizes);
  useEffect(() => { sizesRef.current = sizes; }, [sizes]);
  const index = useQuery(regionIndexQuery()).data;
  const indexRef = useRef(index);
  useEffect(() => { indexRef.current = index; }, [index]);
  useEffect(() => {
    if (!map || drawnKey === undefined) return;
    const at = { source: SOURCES.nuts, sourceLayer: TILE_LAYERS.regions };
    // The outline follows the store's hover, whoever set it: the pointer here, or a dot of the
    // border profile (whose region the tooltip then points at, at its label point).
    let shown: string | null = null;
    let fromPointer: string | null = null;
    const show = (id: string | null) => {
      if (shown === id) return;
      if (shown && map.getSource(at.source)) map.setFeatureState({ ...at, id: shown }, { hover: false });
      if (id) map.setFeatureState({ ...at, id }, { hover: true });
      shown = id;
      const label = id && id !== fromPointer ? indexRef.current?.byId.get(id)?.labelPoint : undefined;
      if (label) moveTooltip(tooltipRef.current, map.project(label));
    };
    show(store.getState().selection.hoverId);
    const unsubscribe = store.subscribe((s) => { show(s.selection.hoverId); });
    const setHovered = (id: string | null) => {
      fromPointer = id;
      if (store.getState().selection.hoverId !== id) store.getState().setHover(id);
    };
    const onMove = (e: maplibregl.MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties.id as string | undefined;
      setHovered(id ?? null);
      map.getCanvas().style.cursor = id ? 'pointer' : '';
      moveTooltip(tooltipRef.current, e.point);
    };
    const onLeave = () => {
      setHovered(null);
      map.getCanvas().style.cursor = '';
    };
    const onClick = (e: maplibregl.MapMouseEvent) => {
      // Markers sit above the regions: a click on one opens it, or zooms into a cluster.
      if (clickInitiative(map, e.point, store, sessionRef.current)) return;
      const region = map.queryRenderedFeatures(e.point, { layers: [REGION_FILL_LAYER] })[0]?.properties.id as string | undefined;
      // Ctrl- or ⌘-click adds the region to the comparison and leaves the selection as it is.
      if (region && (e.originalEvent.ctrlKey || e.originalEvent.metaKey)) {
        store.getState().addToCompare([{ kind: 'region', id: region }]);
        return;
      }
      const hits = map.getLayer(AREA_HIT_LAYER) ? map.queryRenderedFeatures(e.point, { layers: [AREA_HIT_LAYER] }) : [];
      const sizes = sizesRef.current;
      const areaIds = [...new Set(hits.map((f) => f.properties.id as string))].sort((a, b) => (sizes.get(a) ?? 0) - (sizes.get(b) ?? 0));
      const selected = store.getState().selection.selected;
      const target = resolveClick({ regionId: regionOf(selected), areaId: areaOf(selected) }, region ?? null, areaIds);
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
      unsubscribe();
      show(null);
    };
  }, [map, drawnKey, store, sessionRef, tooltipRef]);
}
