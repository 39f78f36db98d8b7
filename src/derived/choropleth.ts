/** The choropleth and what its legend says, computed once for the map and the panels. */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, indicatorsQuery, regionIndexQuery } from '../data/queries';
import { areaName } from '../model/areas';
import { buildChoropleth, type ChoroplethModel, type CrossBorderArea } from '../model/indicators/choropleth';
import { legendFacts, type LegendFacts } from '../model/indicators/legend';
import { useAppStore } from '../state/context';
import { areaOf } from '../state/selection';
import { lightTheme } from '../theme/theme';

/** The cross-border area in view: the selected cooperation area, else the only one shown, with its name. */
export interface AreaInView extends CrossBorderArea {
  name: string;
}

/** (With several areas shown and none selected there is no single area to compare with.) */
export function useAreaInViewModel(): AreaInView | null {
  const selected = useAppStore((s) => areaOf(s.selection.selected));
  const shown = useAppStore((s) => s.overlays.areas);
  const lang = useAppStore((s) => s.settings.lang);
  const id = selected ?? (shown.length === 1 ? shown[0] : undefined);
  const areas = useQuery({ ...areasQuery(), enabled: id !== undefined }).data;
  return useMemo(() => {
    const a = id ? areas?.byId.get(id) : undefined;
    return a ? { id: a.id, members: a.members.map((m) => m.id), name: areaName(a, lang) } : null;
  }, [id, areas, lang]);
}

export interface ChoroplethView {
  model: ChoroplethModel;
  legend: LegendFacts;
}

export function useChoroplethModel(area: AreaInView | null): ChoroplethView | null {
  const choices = useAppStore((s) => s.choropleth);
  const level = useAppStore((s) => s.view.level);
  const index = useQuery(regionIndexQuery()).data;
  const table = useQuery({ ...indicatorsQuery(), enabled: choices.indicator !== null }).data;
  return useMemo(() => {
    const model = index && table ? buildChoropleth(table, index, choices, level, area, lightTheme.choropleth) : null;
    return model && table ? { model, legend: legendFacts(model, table, level) } : null;
  }, [index, table, choices, level, area]);
}
