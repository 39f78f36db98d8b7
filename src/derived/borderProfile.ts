/**
 * The border profile for the profile slice's choices: read by the profile panel alone, so a hook
 * it calls (not a DerivedProvider slot). Its files load only while the profile is open.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, borderQuery, indicatorsQuery, regionIndexQuery, type AreasData } from '../data/queries';
import { buildBorderProfile, profilePeriod, type BorderProfile, type StretchSpec } from '../model/border/profile';
import { defaultPeriod, periodsOf, type IndicatorTable } from '../model/indicators/table';
import type { RegionIndex } from '../model/regionIndex';
import type { Area, IndicatorMeta } from '../model/schemas';
import { useAppStore } from '../state/context';
import { isBorderPair } from '../state/profile';

export type BorderProfileView =
  | { status: 'closed' }
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | {
    status: 'ready';
    profile: BorderProfile;
    meta: IndicatorMeta;
    /** The periods the indicator has figures for (the year picker). */
    periods: string[];
    /** The area of an area stretch (its name, its id); null for a whole border. */
    area: Area | null;
    table: IndicatorTable;
    index: RegionIndex;
    areas: AreasData;
  };

/** The stretch the slice names; null while the areas load or for an unknown area. */
function stretchOf(stretch: string, areas: AreasData): { spec: StretchSpec; area: Area | null } | null {
  if (isBorderPair(stretch)) return { spec: { kind: 'border', pair: stretch }, area: null };
  const area = areas.byId.get(stretch);
  return area ? { spec: { kind: 'area', id: area.id, members: area.members.map((m) => m.id) }, area } : null;
}

export function useBorderProfile(): BorderProfileView {
  const choices = useAppStore((s) => s.profile);
  const mapIndicator = useAppStore((s) => s.choropleth.indicator);
  const mapPeriod = useAppStore((s) => s.choropleth.period);
  const level = useAppStore((s) => s.view.level);
  const open = choices.indicator !== null;
  const index = useQuery(regionIndexQuery());
  const table = useQuery({ ...indicatorsQuery(), enabled: open });
  const border = useQuery({ ...borderQuery(), enabled: open });
  // The stretch picker lists the areas, so they load with the profile even for a whole border.
  const areas = useQuery({ ...areasQuery(), enabled: open });
  return useMemo((): BorderProfileView => {
    if (!choices.indicator) return { status: 'closed' };
    const error = index.error ?? table.error ?? border.error ?? areas.error;
    if (error) return { status: 'error', error };
    if (!index.data || !table.data || !border.data || !areas.data) return { status: 'loading' };
    const meta = table.data.byId.get(choices.indicator);
    const stretch = stretchOf(choices.stretch, areas.data);
    // An unknown indicator or area is dropped by the link check; until then there is nothing to draw.
    if (!meta || !stretch) return { status: 'loading' };
    const periods = periodsOf(table.data, meta.id);
    const map = { indicator: mapIndicator, period: mapPeriod };
    const period = profilePeriod(periods, choices.period, map, meta.id, defaultPeriod(table.data, meta.id));
    if (!period) return { status: 'loading' };
    const profile = buildBorderProfile({
      table: table.data, index: index.data, border: border.data.regions, indicatorId: meta.id, period, wanted: level, stretch: stretch.spec,
    });
    return { status: 'ready', profile, meta, periods, area: stretch.area, table: table.data, index: index.data, areas: areas.data };
  }, [choices, mapIndicator, mapPeriod, level, index.data, index.error, table.data, table.error, border.data, border.error, areas.data, areas.error]);
}
