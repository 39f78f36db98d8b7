/** Choropleth slice: which indicator colours the map, for which period, classified how. */
import type { Method } from '../model/indicators/classify';

export const REFERENCES = ['raw', 'national', 'area', 'eu'] as const;
export type Reference = (typeof REFERENCES)[number];
export type Classing = Method | 'continuous';
export const CLASSINGS: readonly Classing[] = ['quantile', 'equal', 'ckmeans', 'manual', 'continuous'];

export interface ChoroplethState {
  indicator: string | null;
  /** null: the indicator's default period. */
  period: string | null;
  classing: Classing;
  k: number;
  /** Manual breaks, ascending. */
  breaks: number[];
  reference: Reference;
}

export const initialChoropleth: ChoroplethState = { indicator: null, period: null, classing: 'quantile', k: 5, breaks: [], reference: 'raw' };

/** A new indicator starts at the period given (or its default) and without manual breaks of another scale. */
export function withIndicator(s: ChoroplethState, indicator: string | null, period: string | null = null): ChoroplethState {
  if (s.indicator === indicator && s.period === period) return s;
  if (s.indicator === indicator) return { ...s, period };
  return { ...s, indicator, period, breaks: [], classing: s.classing === 'manual' ? 'quantile' : s.classing };
}

export function withChoropleth(s: ChoroplethState, patch: Partial<Omit<ChoroplethState, 'indicator'>>): ChoroplethState {
  const next = { ...s, ...patch };
  return JSON.stringify(next) === JSON.stringify(s) ? s : next;
}
