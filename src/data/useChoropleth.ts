/** The choropleth for the current choices, derived from the queries (memoised, pure model inside). */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { buildChoropleth, type ChoroplethModel } from '../model/indicators/choropleth';
import { useAppStore } from '../state/context';
import { indicatorsQuery, regionIndexQuery } from './queries';

export function useChoropleth(): ChoroplethModel | null {
  const choropleth = useAppStore((s) => s.choropleth);
  const level = useAppStore((s) => s.view.level);
  const index = useQuery(regionIndexQuery()).data;
  const table = useQuery({ ...indicatorsQuery(), enabled: choropleth.indicator !== null }).data;
  return useMemo(() => (index && table ? buildChoropleth(table, index, choropleth, level) : null), [index, table, choropleth, level]);
}
