/**
 * Classification of indicator values into classes: quantiles, equal intervals, natural breaks
 * (Ckmeans, the optimal 1-D k-means that replaces Jenks) and manual breaks. Pure functions on
 * the values drawn; a missing value is never part of them.
 */
import { ckmeans, quantileSorted } from 'simple-statistics';

export const METHODS = ['quantile', 'equal', 'ckmeans', 'manual'] as const;
export type Method = (typeof METHODS)[number];
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 9;

export interface Classes {
  /** Upper-exclusive thresholds between classes: k classes have k-1 breaks, ascending. */
  breaks: number[];
  min: number;
  max: number;
}

function clampK(k: number): number {
  return Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, Math.round(k)));
}

/** Removes duplicate thresholds (ties in the data) so no class is empty by construction. */
function unique(breaks: number[]): number[] {
  return breaks.filter((b, i) => i === 0 || b !== breaks[i - 1]);
}

export function classify(values: readonly number[], method: Method, k: number, manual: readonly number[] = []): Classes | null {
  const sorted = values.filter(Number.isFinite).slice().sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined) return null;
  const n = clampK(k);
  let breaks: number[];
  switch (method) {
    case 'quantile':
      breaks = Array.from({ length: n - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / n));
      break;
    case 'equal':
      breaks = Array.from({ length: n - 1 }, (_, i) => min + ((max - min) * (i + 1)) / n);
      break;
    case 'ckmeans': {
      const clusters = ckmeans(sorted, Math.min(n, new Set(sorted).size));
      breaks = clusters.slice(1).map((c) => c[0] ?? max);
      break;
    }
    case 'manual':
      breaks = [...manual].filter(Number.isFinite).sort((a, b) => a - b);
      break;
  }
  // A computed break at the minimum (many ties there, as in counts with many zeros) would leave
  // the first class empty: values at the minimum belong to the class above it.
  if (method !== 'manual') breaks = breaks.filter((b) => b > min);
  return { breaks: unique(breaks), min, max };
}

/** Class index (0-based) of a value: the number of breaks at or below it. */
export function classOf(value: number, breaks: readonly number[]): number {
  let i = 0;
  while (i < breaks.length && value >= (breaks[i] ?? Infinity)) i++;
  return i;
}

export function countsPerClass(values: readonly number[], breaks: readonly number[]): number[] {
  const counts = Array.from({ length: breaks.length + 1 }, () => 0);
  for (const v of values) if (Number.isFinite(v)) counts[classOf(v, breaks)] = (counts[classOf(v, breaks)] ?? 0) + 1;
  return counts;
}

/** Parses manual breaks typed by a user ("10; 20; 30" or "10 20 30"), reporting what is wrong. */
export function parseBreaks(text: string): { breaks: number[] } | { error: 'not-a-number' | 'not-ascending' | 'too-many' } {
  const parts = text.split(/[;\s]+/).map((p) => p.trim().replace(',', '.')).filter((p) => p !== '');
  const breaks = parts.map(Number);
  if (breaks.some((b) => !Number.isFinite(b))) return { error: 'not-a-number' };
  if (breaks.some((b, i) => i > 0 && b <= (breaks[i - 1] ?? -Infinity))) return { error: 'not-ascending' };
  if (breaks.length > MAX_CLASSES - 1) return { error: 'too-many' };
  return { breaks };
}
