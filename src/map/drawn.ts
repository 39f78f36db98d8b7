/**
 * Which regions the map draws: one level, or per country the level an indicator has figures at.
 * All levels are in the same vector tiles (property `level`), so a change of level or of mixed
 * levels changes only a layer filter: no geometry is fetched or re-tiled.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Level } from '../model/levels';
import type { RegionIndex } from '../model/regionIndex';

export interface DrawnRegions {
  /** Stable while the same regions are drawn ("3", or "BE3-DE1-LU3-NL3", countries sorted). */
  key: string;
  /** The level drawn, for all countries or per country. */
  levels: Level | ReadonlyMap<string, Level>;
  /** Their NUTS ids, from the region index; empty until the index is loaded. */
  ids: readonly string[];
}

/** One level for every country. */
export function levelDrawn(level: Level, index: RegionIndex | undefined): DrawnRegions {
  return { key: String(level), levels: level, ids: idsDrawn(index, level) };
}

/** Per country the level given (countries not listed are not drawn). */
export function mixedDrawn(levels: ReadonlyMap<string, Level>, index: RegionIndex | undefined): DrawnRegions {
  const sorted = [...levels].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { key: sorted.map(([c, l]) => `${c}${l}`).join('-'), levels: new Map(sorted), ids: idsDrawn(index, levels) };
}

function idsDrawn(index: RegionIndex | undefined, levels: DrawnRegions['levels']): string[] {
  if (!index) return [];
  const wanted = (country: string, level: number) => (typeof levels === 'number' ? level === levels : levels.get(country) === level);
  return index.list.filter((e) => e.level > 0 && wanted(e.country, e.level)).map((e) => e.id);
}

/** Layer filter for the drawn regions in the tiles' region layer. */
export function drawnFilter(drawn: DrawnRegions): FilterSpecification {
  const level: ExpressionSpecification = ['get', 'level'];
  if (typeof drawn.levels === 'number') return ['==', level, drawn.levels];
  const byCountry = [...drawn.levels].flatMap(([c, l]) => [c, ['==', level, l]]);
  if (byCountry.length === 0) return ['boolean', false];
  return ['match', ['get', 'country'], ...byCountry, false] as unknown as FilterSpecification;
}

/** The drawn regions' filter and another condition. */
export function drawnAnd(drawn: DrawnRegions, condition: FilterSpecification): FilterSpecification {
  return ['all', drawnFilter(drawn), condition] as FilterSpecification;
}
