/**
 * Classes and colours as Grensatlas computes them, from the app's own pure model code and data
 * files: the same thresholds and colours go to eurostat-map, and the same expected colours to the
 * first-frame checks of both apps.
 */
import { readFileSync } from 'node:fs';
import { buildChoropleth, regionColours } from '../../../src/model/indicators/choropleth';
import { classify, classOf } from '../../../src/model/indicators/classify';
import { makeIndicatorTable } from '../../../src/model/indicators/table';
import { makeRegionIndex, type RegionIndex } from '../../../src/model/regionIndex';
import { indicatorsFileSchema, regionIndexSchema } from '../../../src/model/schemas';
import { initialChoropleth } from '../../../src/state/choropleth';
import { lightTheme } from '../../../src/theme/theme';
import type { PeerState } from './page';

export const INDICATOR = 'gdp_eur_per_inhabitant';
export const YEARS = ['2021', '2020'] as const;
const COUNTRIES = ['NL', 'BE', 'DE', 'LU'] as const;

export function loadIndex(): RegionIndex {
  return makeRegionIndex(regionIndexSchema.parse(JSON.parse(readFileSync('public/data/regions.json', 'utf8'))));
}

/** GDP per inhabitant at NUTS 3, default choices (quantile, 5 classes), for one year. */
export function gdpState(index: RegionIndex, year: string): PeerState & { expected: Record<string, string> } {
  const table = makeIndicatorTable(indicatorsFileSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8'))));
  const m = buildChoropleth(table, index, { ...initialChoropleth, indicator: INDICATOR, period: year }, 3, null, lightTheme.choropleth);
  if (!m?.classes) throw new Error(`no classes for ${INDICATOR} ${year}`);
  if (m.noData.length > 0 || m.regionIds.length !== 486) throw new Error(`expected 486 regions with data, got ${m.regionIds.length}`);
  const expected: Record<string, string> = {};
  for (const [id, c] of regionColours(m)) if (c) expected[id] = c;
  return { values: Object.fromEntries(m.values), thresholds: m.classes.breaks, colors: m.colours, expected };
}

/** The default view: every region in its country's tint (one class per country). */
export function tintState(ids: readonly string[]): PeerState & { expected: Record<string, string> } {
  const values: Record<string, number> = {};
  const expected: Record<string, string> = {};
  for (const id of ids) {
    const i = COUNTRIES.findIndex((c) => id.startsWith(c));
    values[id] = i;
    expected[id] = COUNTRIES[i] ? (lightTheme.regionFill[COUNTRIES[i]] ?? '') : '';
  }
  return { values, thresholds: [0.5, 1.5, 2.5], colors: COUNTRIES.map((c) => lightTheme.regionFill[c] ?? ''), expected };
}

/** Deterministic stand-in figures for every EU NUTS 3 region (Grensatlas has figures for four countries only). */
function synthetic(id: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return 12000 + ((h >>> 0) % 60000);
}

/** EU scale: stand-in values, classed as the app classes (quantile, 5 classes, YlGnBu). */
export function euState(ids: readonly string[], salt: number): PeerState & { expected: Record<string, string> } {
  const values = Object.fromEntries(ids.map((id) => [id, synthetic(id, salt)]));
  const classes = classify(Object.values(values), 'quantile', 5);
  if (!classes) throw new Error('no classes');
  const colors = [...(lightTheme.choropleth.sequential[5] ?? [])];
  const expected = Object.fromEntries(ids.map((id) => [id, colors[classOf(values[id] ?? 0, classes.breaks)] ?? '']));
  return { values, thresholds: classes.breaks, colors, expected };
}
