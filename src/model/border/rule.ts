/**
 * "Border regions": a region counts as one when at least a share of its area lies within a
 * distance of the border. Pure, shared by the app (the filter) and the geo build (metrics).
 */

/** Distances the rule can use: the default band edges, precomputed per region. */
export const RULE_WITHIN_KM = [10, 25, 50] as const;
export type RuleWithinKm = (typeof RULE_WITHIN_KM)[number];

export interface BorderRule {
  /** Minimum share (0-1) of a region's area within `withinKm` of the border. */
  minShare: number;
  withinKm: RuleWithinKm;
}

export const DEFAULT_RULE: BorderRule = { minShare: 0.25, withinKm: 25 };

/** Share of a region within `withinKm`, from the per-band shares (bands 0-10, 10-25, 25-50). */
export function shareWithin(shares: readonly number[], withinKm: RuleWithinKm): number {
  const bands = RULE_WITHIN_KM.indexOf(withinKm) + 1;
  return shares.slice(0, bands).reduce((a, b) => a + b, 0);
}

export function passesRule(shares: readonly number[] | undefined, rule: BorderRule): boolean {
  // Shares are rounded to 4 decimals in the build; compare with that tolerance.
  return shares !== undefined && shareWithin(shares, rule.withinKm) + 5e-5 >= rule.minShare;
}
