/** The choropleth for the current choices, derived from the queries (memoised, pure model inside). */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { buildChoropleth, type ChoroplethModel, type CrossBorderArea } from '../model/indicators/choropleth';
import { useAppStore } from '../state/context';
import { areasQuery, indicatorsQuery, regionIndexQuery } from './queries';

/**
 * The cross-border area in view: the selected cooperation area, else the only one shown.
 * (With several shown and none selected there is no single area to compare with.)
 */
export function useAreaInView(): CrossBorderArea | null {
  const selected = useAppStore((s) => s.selection.areaId);
  const shown = useAppStore((s) => s.overlays.areas);
  const id = selected ?? (shown.length === 1 ? shown[0] : undefined);
  const areas = useQuery({ ...areasQuery(), enabled: id !== undefined }).data;
  return useMemo(() => {
    const a = id ? areas?.byId.get(id) : undefined;
    return a ? { id: a.id, members: a.members.map((m) => m.id) } : null;
  }, [id, areas]);
}

export function useChoropleth(): ChoroplethModel | null {
  const choropleth = useAppStore((s) => s.choropleth);
  const level = useAppStore((s) => s.view.level);
  const index = useQuery(regionIndexQuery()).data;
  const table = useQuery({ ...indicatorsQuery(), enabled: choropleth.indicator !== null }).data;
  const area = useAreaInView();
  return useMemo(() => (index && table ? buildChoropleth(table, index, choropleth, level, area) : null), [index, table, choropleth, level, area]);
}
