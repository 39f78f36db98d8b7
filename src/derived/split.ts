/** The right map's choropleth of the split map: the same buildChoropleth, on the right side's choices. */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { indicatorsQuery, regionIndexQuery } from '../data/queries';
import { buildChoropleth } from '../model/indicators/choropleth';
import { legendFacts } from '../model/indicators/legend';
import { useAppStore } from '../state/context';
import { rightChoices } from '../state/split';
import { lightTheme } from '../theme/theme';
import type { AreaInView, ChoroplethView } from './choropleth';

/** Null while the split is off, without an indicator on either side, or while the data loads. */
export function useSplitChoroplethModel(area: AreaInView | null): ChoroplethView | null {
  const main = useAppStore((s) => s.choropleth);
  const split = useAppStore((s) => s.split);
  const level = useAppStore((s) => s.view.level);
  const choices = useMemo(() => (split.mode ? rightChoices(main, split) : null), [main, split]);
  const index = useQuery({ ...regionIndexQuery(), enabled: choices !== null }).data;
  const table = useQuery({ ...indicatorsQuery(), enabled: choices?.indicator != null }).data;
  return useMemo(() => {
    const model = choices && index && table ? buildChoropleth(table, index, choices, level, area, lightTheme.choropleth) : null;
    return model && table ? { model, legend: legendFacts(model, table, level) } : null;
  }, [choices, index, table, level, area]);
}
