/**
 * The indicator data as the app queries it: per indicator, per period, per region one figure
 * with its source and flags. Built once from indicators.json; lookups only from then on.
 */
import type { IndicatorMeta, IndicatorsFile } from '../schemas';
import type { Level } from '../levels';

export interface Figure {
  value: number;
  period: string;
  source: { dataset: string; url: string | null };
  /** 'p' provisional, 'e' estimated, 'b' break in series, as the source states. */
  flags: string;
}

export interface IndicatorTable {
  indicators: readonly IndicatorMeta[];
  byId: ReadonlyMap<string, IndicatorMeta>;
  /** indicator id -> period -> region id -> figure */
  figures: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, Figure>>>;
  /** Figures of the facts set aside in the build (e.g. NUTS 2024 codes), with the reason. */
  excluded: IndicatorsFile['excluded'];
}

export function makeIndicatorTable(file: IndicatorsFile): IndicatorTable {
  const figures = new Map<string, Map<string, Map<string, Figure>>>();
  for (const [region, ii, period, value, si, flags] of file.values) {
    const meta = file.indicators[ii];
    const source = file.sources[si];
    if (!meta || !source) continue; // the schema keeps indexes in range; this only satisfies the types
    let byPeriod = figures.get(meta.id);
    if (!byPeriod) figures.set(meta.id, (byPeriod = new Map<string, Map<string, Figure>>()));
    let byRegion = byPeriod.get(period);
    if (!byRegion) byPeriod.set(period, (byRegion = new Map<string, Figure>()));
    byRegion.set(region, { value, period, source, flags });
  }
  return { indicators: file.indicators, byId: new Map(file.indicators.map((m) => [m.id, m])), figures, excluded: file.excluded };
}

/** Periods of an indicator, oldest first ("2013-2019" sorts by its start, dates by their year). */
export function periodsOf(table: IndicatorTable, indicatorId: string): string[] {
  return [...(table.figures.get(indicatorId)?.keys() ?? [])].sort();
}

/**
 * The default period: the one the notes name for the indicator, else the one with figures in
 * the most countries, then for the most regions, then the latest (the notes advise comparing
 * within a period that all countries share, and a period with one region is no map).
 */
export function defaultPeriod(table: IndicatorTable, indicatorId: string): string | null {
  const named = table.byId.get(indicatorId)?.defaultPeriod;
  const periods = periodsOf(table, indicatorId);
  if (named && periods.includes(named)) return named;
  let best: string | null = null;
  let bestScore: [number, number] = [-1, -1];
  for (const p of periods) {
    const regions = [...(table.figures.get(indicatorId)?.get(p)?.keys() ?? [])];
    const score: [number, number] = [new Set(regions.map((id) => id.slice(0, 2))).size, regions.length];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] >= bestScore[1])) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Per country, the NUTS level to draw for an indicator and period: the level chosen by the user
 * where the country has figures there, otherwise the finest level where it has figures.
 */
export function levelsPerCountry(
  table: IndicatorTable,
  indicatorId: string,
  period: string,
  wanted: Level,
  levelOf: (regionId: string) => Level | undefined,
): Map<string, Level> {
  const have = new Map<string, Set<Level>>();
  for (const id of table.figures.get(indicatorId)?.get(period)?.keys() ?? []) {
    const level = levelOf(id);
    if (level === undefined) continue;
    const c = id.slice(0, 2);
    if (!have.has(c)) have.set(c, new Set());
    have.get(c)?.add(level);
  }
  const out = new Map<string, Level>();
  for (const [c, levels] of have) {
    if (levels.has(wanted)) out.set(c, wanted);
    else out.set(c, Math.max(...levels) as Level);
  }
  return out;
}
