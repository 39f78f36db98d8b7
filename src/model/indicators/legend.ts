/** What the legend says beyond the classes: the sources, flags, levels and rows set aside, for the figures shown. */
import type { Level } from '../levels';
import type { ChoroplethModel } from './choropleth';
import type { IndicatorTable } from './table';

export interface LegendSource {
  dataset: string;
  url: string | null;
  /** Figures shown that cite it. */
  count: number;
}

export interface LegendFacts {
  /** Most cited first. */
  sources: LegendSource[];
  /** Figures shown per flag: provisional, estimated, break in series. */
  flags: { p: number; e: number; b: number };
  /** Some country is drawn at another level than the one chosen. */
  switched: boolean;
  /** Countries with at least one figure shown. */
  withFigures: ReadonlySet<string>;
  /** Rows of this indicator and period set aside in the build, with their reasons. */
  excluded: IndicatorTable['excluded'];
}

export function legendFacts(model: ChoroplethModel, table: IndicatorTable, level: Level): LegendFacts {
  const sources = new Map<string, LegendSource>();
  const flags = { p: 0, e: 0, b: 0 };
  for (const f of model.figures.values()) {
    const key = `${f.source.dataset}\n${f.source.url ?? ''}`;
    const s = sources.get(key) ?? { ...f.source, count: 0 };
    s.count++;
    sources.set(key, s);
    for (const flag of f.flags) if (flag === 'p' || flag === 'e' || flag === 'b') flags[flag]++;
  }
  return {
    sources: [...sources.values()].sort((a, b) => b.count - a.count),
    flags,
    switched: [...model.levels.values()].some((l) => l !== level),
    withFigures: new Set([...model.figures.keys()].map((id) => id.slice(0, 2))),
    excluded: table.excluded.filter((e) => e.indicator === model.meta.id && e.period === model.period),
  };
}
