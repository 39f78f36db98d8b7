/** Averages, ranks and differences to a reference: pure functions over the values of regions. */
export type Polarity = 'higher-better' | 'lower-better' | 'neutral';

export function mean(values: readonly number[]): number | null {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return null;
  return finite.reduce((a, b) => a + b, 0) / finite.length;
}

/**
 * Rank of a region among others (1 = best by the indicator's polarity; for a neutral indicator,
 * 1 = highest value). Ties share the best rank. Null when the region has no value.
 */
export function rankOf(
  regionId: string, values: ReadonlyMap<string, number>, among: readonly string[], polarity: Polarity,
): { rank: number; of: number } | null {
  const own = values.get(regionId);
  if (own === undefined) return null;
  const peers = among.map((id) => values.get(id)).filter((v): v is number => v !== undefined);
  const better = polarity === 'lower-better' ? peers.filter((v) => v < own).length : peers.filter((v) => v > own).length;
  return { rank: better + 1, of: peers.length };
}

/** Difference of a value to a reference, signed so that positive means "better" when polarity says so. */
export function difference(value: number, reference: number, polarity: Polarity): number {
  const d = value - reference;
  return polarity === 'lower-better' ? -d : d;
}
