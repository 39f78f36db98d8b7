/** Gathers what the map draws from the queries and the store, as a memoised MapDesign input. */
import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { areasQuery, borderQuery, geometryQuery, regionIndexQuery } from '../data/queries';
import { useBands } from '../data/zones';
import { useAppStore } from '../state/context';
import { areaSources, borderRegionIds, labelPoints, type DesignInput } from './design';
import { ATTRIBUTION } from './attribution';

export function useMapData(): DesignInput {
  const level = useAppStore((s) => s.view.level);
  const selectedId = useAppStore((s) => s.selection.regionId);
  const selectedArea = useAppStore((s) => s.selection.areaId);
  const overlays = useAppStore((s) => s.overlays);
  const lang = useAppStore((s) => s.settings.lang);
  const index = useQuery(regionIndexQuery()).data;
  const countries = useQuery(geometryQuery(0)).data ?? null;
  // While another level loads, keep drawing the previous one rather than an empty map.
  const current = useQuery({ ...geometryQuery(level), placeholderData: keepPreviousData }).data ?? null;
  const border = useQuery(borderQuery()).data ?? null;
  const { bands } = useBands();
  const areasData = useQuery({ ...areasQuery(), enabled: overlays.areas.length > 0 || selectedArea !== null }).data;

  const selectedLevel = selectedId ? index?.byId.get(selectedId)?.level : undefined;
  const selectedGeometry = useQuery({ ...geometryQuery(selectedLevel ?? 0), enabled: selectedLevel !== undefined }).data;

  // Labels follow the level that is drawn, not the one requested, so names never mismatch shapes.
  const drawnLevel = current?.level;
  const labels = useMemo(() => (index && drawnLevel !== undefined ? labelPoints(index, drawnLevel) : null), [index, drawnLevel]);
  const selection = useMemo(
    () => selectedGeometry?.regions.features.find((f) => f.properties.id === selectedId) ?? null,
    [selectedGeometry, selectedId],
  );
  const areas = useMemo(() => (areasData ? areaSources(areasData.list, lang) : null), [areasData, lang]);
  const rule = overlays.borderOnly;
  const borderRegions = useMemo(
    () => (rule && index && border && drawnLevel !== undefined ? borderRegionIds(index, drawnLevel, border, rule) : null),
    [rule, index, border, drawnLevel],
  );
  return useMemo(
    () => ({ countries, level: current, labels, selection, attribution: ATTRIBUTION, overlays, borderLines: border?.lines ?? null, bands, borderRegions, areas, selectedArea }),
    [countries, current, labels, selection, overlays, border, bands, borderRegions, areas, selectedArea],
  );
}
