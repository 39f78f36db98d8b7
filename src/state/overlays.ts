/** Overlay slice: border line, distance bands, cooperation areas and the border-regions filter. */

export const BAND_COUNT = 3;
export const OUTER_KM = { min: 5, max: 100, step: 5, default: 50 } as const;
/** Distances the border-regions rule can use: the default band edges, precomputed per region. */
export const RULE_WITHIN_KM = [10, 25, 50] as const;
export type RuleWithinKm = (typeof RULE_WITHIN_KM)[number];

export interface BorderRule {
  /** Minimum share (0-1) of a region's area within `withinKm` of the border. */
  minShare: number;
  withinKm: RuleWithinKm;
}

export const DEFAULT_RULE: BorderRule = { minShare: 0.25, withinKm: 25 };

export interface OverlaysState {
  borderLine: boolean;
  bands: boolean[];
  outerKm: number;
  /** Visible cooperation areas, sorted ids. */
  areas: string[];
  /** "Border regions only": dims regions that fail the rule; null when off. */
  borderOnly: BorderRule | null;
}

export const initialOverlays: OverlaysState = {
  borderLine: true,
  bands: [false, false, false],
  outerKm: OUTER_KM.default,
  areas: [],
  borderOnly: null,
};

export function isValidOuterKm(km: number): boolean {
  return Number.isInteger(km) && km >= OUTER_KM.min && km <= OUTER_KM.max && km % OUTER_KM.step === 0;
}

export function withBorderLine(s: OverlaysState, on: boolean): OverlaysState {
  return s.borderLine === on ? s : { ...s, borderLine: on };
}

export function withBand(s: OverlaysState, band: number, on: boolean): OverlaysState {
  if (band < 0 || band >= BAND_COUNT || s.bands[band] === on) return s;
  return { ...s, bands: s.bands.map((b, i) => (i === band ? on : b)) };
}

export function withOuterKm(s: OverlaysState, km: number): OverlaysState {
  return !isValidOuterKm(km) || s.outerKm === km ? s : { ...s, outerKm: km };
}

/** Shows or hides areas; the list stays sorted and free of duplicates, so URLs are canonical. */
export function withAreasShown(s: OverlaysState, ids: readonly string[], on: boolean): OverlaysState {
  const set = new Set(s.areas);
  for (const id of ids) {
    if (on) set.add(id);
    else set.delete(id);
  }
  const areas = [...set].sort();
  return areas.join() === s.areas.join() ? s : { ...s, areas };
}

export function withBorderOnly(s: OverlaysState, rule: BorderRule | null): OverlaysState {
  const same = rule === s.borderOnly || (rule && s.borderOnly && rule.minShare === s.borderOnly.minShare && rule.withinKm === s.borderOnly.withinKm);
  return same ? s : { ...s, borderOnly: rule };
}

/** Share of a region within `withinKm`, from the per-band shares (bands 0-10, 10-25, 25-50). */
export function shareWithin(shares: readonly number[], withinKm: RuleWithinKm): number {
  const bands = RULE_WITHIN_KM.indexOf(withinKm) + 1;
  return shares.slice(0, bands).reduce((a, b) => a + b, 0);
}

export function passesRule(shares: readonly number[] | undefined, rule: BorderRule): boolean {
  // Shares are rounded to 4 decimals in the build; compare with that tolerance.
  return shares !== undefined && shareWithin(shares, rule.withinKm) + 5e-5 >= rule.minShare;
}
