/**
 * The comparison, computed once from the store and the queries: what each place stands for (a
 * region, or the NUTS 3 members of an area or zone), the comparison model that the table, the
 * charts and the CSV export all read, and what the map outlines and numbers.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, borderQuery, indicatorsQuery, regionIndexQuery } from '../data/queries';
import { buildComparison, type Comparison, type PlaceInput } from '../model/compare/comparison';
import { areaMembers, zoneMembers } from '../model/compare/members';
import { stripData, type StripData } from '../model/compare/chart';
import type { IndicatorTable } from '../model/indicators/table';
import type { RegionIndex } from '../model/regionIndex';
import { useAppStore } from '../state/context';

export interface PlaceOnMap {
  n: number;
  /** Regions (any level) whose outlines make up the place. */
  ids: readonly string[];
  point: [number, number] | null;
}

export interface CompareModel {
  inputs: PlaceInput[];
  /** Null until the figures and the places' data are loaded (or with no place, or folded). */
  comparison: Comparison | null;
  /** Each row's strip chart (by indicator id), computed with the comparison: the table and the exported sheet both read it. */
  strips: ReadonlyMap<string, StripData | null>;
  table: IndicatorTable | null;
  index: RegionIndex | null;
  onMap: PlaceOnMap[];
}

export function useCompareModel(): CompareModel {
  const places = useAppStore((s) => s.compare.places);
  const years = useAppStore((s) => s.compare.years);
  // Folded, nothing reads the table: it is computed when the panel opens.
  const folded = useAppStore((s) => s.compare.folded);
  const any = places.length > 0;
  const index = useQuery({ ...regionIndexQuery(), enabled: any }).data ?? null;
  const table = useQuery({ ...indicatorsQuery(), enabled: any }).data ?? null;
  const areas = useQuery({ ...areasQuery(), enabled: places.some((p) => p.kind === 'area') }).data;
  const border = useQuery({ ...borderQuery(), enabled: places.some((p) => p.kind === 'zone') }).data;

  const inputs = useMemo(() => places.map((place): PlaceInput => {
    if (place.kind === 'region') return { place, region: index?.byId.get(place.id) ?? null, members: null };
    if (place.kind === 'area') {
      const a = areas?.byId.get(place.id);
      return { place, region: null, members: a ? areaMembers(a) : null };
    }
    return { place, region: null, members: border && index ? zoneMembers(border.regions, index, place.band) : null };
  }), [places, index, areas, border]);

  const ready = inputs.every((p) => p.region !== null || p.members !== null);
  const comparison = useMemo(
    () => (any && !folded && table && index && ready ? buildComparison(table, index, inputs, years) : null),
    [any, folded, table, index, ready, inputs, years],
  );
  const strips = useMemo(
    () => new Map((comparison?.groups ?? []).flatMap((g) => g.rows).map((r) => [r.meta.id, table && index ? stripData(r, table, index) : null])),
    [comparison, table, index],
  );
  const onMap = useMemo(() => inputs.map((p, i): PlaceOnMap => {
    if (p.region) return { n: i + 1, ids: [p.region.id], point: p.region.labelPoint };
    const area = p.place.kind === 'area' ? areas?.byId.get(p.place.id) : undefined;
    // A zone is drawn as its band; its number sits on no single point, so only its chip carries it.
    return { n: i + 1, ids: area ? area.members.map((m) => m.id) : [], point: area ? area.labelPoint : null };
  }), [inputs, areas]);
  return useMemo(() => ({ inputs, comparison, strips, table, index, onMap }), [inputs, comparison, strips, table, index, onMap]);
}
