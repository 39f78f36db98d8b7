/**
 * The border profile: for one indicator, one period and one stretch of border, every region of
 * the stretch placed at its signed distance to the border (negative on the Dutch side, positive
 * abroad), each country's mean, and the step at the border. Pure: the distances are the ones the
 * geo build wrote into border.json (the area-weighted centroid to the nearest land border); no
 * distance is computed here, and a region without a figure is listed as "no data", never placed.
 *
 * Which regions a stretch holds, at the level drawn for the indicator in each country:
 * - a border ('NL-DE', 'NL-BE'): the regions of the Netherlands and of that neighbour whose
 *   nearest border is this one. `nearest` and not "lists it in `borders`": the distance plotted is
 *   the distance to the nearest border, so only for these regions is it the distance to this
 *   border; and it splits the Netherlands between its two borders without counting a region twice.
 *   Far regions belong too (all of Germany lies nearest to NL-DE): the profile shows how a figure
 *   changes with distance, not only along the border. Regions of a third country are left out
 *   (Luxembourg; the one Belgian region nearest to NL-DE);
 * - a cooperation area: its NUTS 3 members (exact or partial); at a coarser level, the regions
 *   that contain a member (as `regionsInArea` does for the area reference of the choropleth).
 */
import type { Level } from '../levels';
import type { RegionIndex } from '../regionIndex';
import { mean } from '../indicators/stats';
import { levelsPerCountry, type IndicatorTable } from '../indicators/table';
import { regionsInArea } from '../indicators/choropleth';
import type { BorderPair, RegionBorder } from './types';

/** Regions this close to the border (km, either side) make up the step. */
export const STEP_KM = 25;

export type StretchSpec =
  | { kind: 'border'; pair: BorderPair }
  /** A cooperation area by its NUTS 3 members. */
  | { kind: 'area'; id: string; members: readonly string[] };

export interface ProfileDot {
  id: string;
  country: string;
  /** Negative on the Dutch side, positive abroad. */
  distanceKm: number;
  value: number;
  /** As the source states them ('p', 'e', 'b'). */
  flags: string;
}

export interface CountrySide {
  country: string;
  level: Level;
  /** Unweighted mean of the country's regions in the stretch with a figure (null: none has one). */
  mean: number | null;
  /** Regions with a figure, and the stretch's regions of that country without one. */
  n: number;
  noData: string[];
}

/** One side of the step: the regions within STEP_KM of the border on that side. */
export interface StepSide {
  mean: number | null;
  n: number;
}

export interface BorderStep {
  dutch: StepSide;
  foreign: StepSide;
  /** Foreign mean minus Dutch mean (crossing the border outward); null when a side has no region with a figure. */
  value: number | null;
}

export interface BorderProfile {
  indicatorId: string;
  period: string;
  /** In order of distance, Dutch side first. */
  dots: ProfileDot[];
  /** The Netherlands first, then the neighbours by code. */
  countries: CountrySide[];
  step: BorderStep;
  /** Regions of the stretch without a figure for the period. */
  noData: string[];
  /** Regions of the stretch that border.json gives no distance for (none in the current data; kept apart, never placed). */
  noDistance: string[];
}

export interface ProfileInput {
  table: IndicatorTable;
  index: RegionIndex;
  border: Readonly<Record<string, RegionBorder>>;
  indicatorId: string;
  period: string;
  /** The level the user chose; a country without figures there is drawn at its finest level with figures. */
  wanted: Level;
  stretch: StretchSpec;
}

/** The countries a stretch spans. */
export function stretchCountries(stretch: StretchSpec): string[] {
  if (stretch.kind === 'border') return ['NL', stretch.pair.slice(3)];
  return [...new Set(stretch.members.map((m) => m.slice(0, 2)))];
}

/** The regions of a stretch at the given level per country (ids, index order). */
export function stretchRegions(
  index: RegionIndex, border: Readonly<Record<string, RegionBorder>>, stretch: StretchSpec, levels: ReadonlyMap<string, Level>,
): string[] {
  const countries = stretchCountries(stretch);
  const drawn = index.list.filter((e) => countries.includes(e.country) && levels.get(e.country) === e.level).map((e) => e.id);
  if (stretch.kind === 'area') return regionsInArea(drawn, { id: stretch.id, members: stretch.members });
  return drawn.filter((id) => border[id]?.nearest === stretch.pair);
}

/** The period a profile shows: the one picked, else the map's when it is the map's indicator, else the default. */
export function profilePeriod(
  periods: readonly string[], picked: string | null, map: { indicator: string | null; period: string | null }, indicatorId: string,
  fallback: string | null,
): string | null {
  if (picked && periods.includes(picked)) return picked;
  if (map.indicator === indicatorId && map.period && periods.includes(map.period)) return map.period;
  return fallback;
}

const byCountry = (a: string, b: string) => (a === 'NL' ? -1 : b === 'NL' ? 1 : a.localeCompare(b));

function stepSide(dots: readonly ProfileDot[]): StepSide {
  return { mean: mean(dots.map((d) => d.value)), n: dots.length };
}

export function buildBorderProfile(input: ProfileInput): BorderProfile {
  const { table, index, border, indicatorId, period, wanted, stretch } = input;
  const levelOf = (id: string) => index.byId.get(id)?.level;
  const levels = levelsPerCountry(table, indicatorId, period, wanted, levelOf);
  const countries = stretchCountries(stretch).sort(byCountry);
  for (const c of countries) if (!levels.has(c)) levels.set(c, wanted);

  const figures = table.figures.get(indicatorId)?.get(period);
  const dots: ProfileDot[] = [];
  const noData: string[] = [];
  const noDistance: string[] = [];
  for (const id of stretchRegions(index, border, stretch, levels)) {
    const figure = figures?.get(id);
    const km = border[id]?.distanceKm;
    if (!figure) noData.push(id);
    else if (km === undefined) noDistance.push(id);
    else {
      const country = id.slice(0, 2);
      dots.push({ id, country, distanceKm: country === 'NL' ? -km : km, value: figure.value, flags: figure.flags });
    }
  }
  dots.sort((a, b) => a.distanceKm - b.distanceKm || a.id.localeCompare(b.id));

  const sides = countries.map((country): CountrySide => {
    const own = dots.filter((d) => d.country === country);
    return {
      country, level: levels.get(country) ?? wanted, mean: mean(own.map((d) => d.value)), n: own.length,
      noData: noData.filter((id) => id.startsWith(country)),
    };
  });
  const near = dots.filter((d) => Math.abs(d.distanceKm) <= STEP_KM);
  const dutch = stepSide(near.filter((d) => d.country === 'NL'));
  const foreign = stepSide(near.filter((d) => d.country !== 'NL'));
  const value = dutch.mean === null || foreign.mean === null ? null : foreign.mean - dutch.mean;
  return { indicatorId, period, dots, countries: sides, step: { dutch, foreign, value }, noData, noDistance };
}
