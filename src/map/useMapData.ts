/** Gathers what the map draws from the queries and the store, as a memoised MapDesign input. */
import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { geometryQuery, regionIndexQuery } from '../data/queries';
import { useAppStore } from '../state/context';
import { labelPoints, type DesignInput } from './design';

export function useMapData(): DesignInput {
  const { t } = useTranslation();
  const level = useAppStore((s) => s.view.level);
  const selectedId = useAppStore((s) => s.selection.regionId);
  const index = useQuery(regionIndexQuery()).data;
  const countries = useQuery(geometryQuery(0)).data ?? null;
  // While another level loads, keep drawing the previous one rather than an empty map.
  const current = useQuery({ ...geometryQuery(level), placeholderData: keepPreviousData }).data ?? null;

  const selectedLevel = selectedId ? index?.byId.get(selectedId)?.level : undefined;
  const selectedGeometry = useQuery({ ...geometryQuery(selectedLevel ?? 0), enabled: selectedLevel !== undefined }).data;

  // Labels follow the level that is drawn, not the one requested, so names never mismatch shapes.
  const drawnLevel = current?.level;
  const labels = useMemo(() => (index && drawnLevel !== undefined ? labelPoints(index, drawnLevel) : null), [index, drawnLevel]);
  const selection = useMemo(
    () => selectedGeometry?.regions.features.find((f) => f.properties.id === selectedId) ?? null,
    [selectedGeometry, selectedId],
  );
  const attribution = t('map.attribution');
  return useMemo(
    () => ({ countries, level: current, labels, selection, attribution }),
    [countries, current, labels, selection, attribution],
  );
}

