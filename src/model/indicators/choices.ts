/** What the user chooses for a choropleth: the indicator, its period, the classes and the reference. */
import type { Method } from './classify';

export const REFERENCES = ['raw', 'national', 'area', 'eu'] as const;
export type Reference = (typeof REFERENCES)[number];
export type Classing = Method | 'continuous';
export const CLASSINGS: readonly Classing[] = ['quantile', 'equal', 'ckmeans', 'manual', 'continuous'];

export interface ChoroplethChoices {
  indicator: string | null;
  /** null: the indicator's default period. */
  period: string | null;
  classing: Classing;
  k: number;
  /** Manual breaks, ascending. */
  breaks: number[];
  reference: Reference;
}

/**
 * The colours a choropleth is drawn with. The theme supplies them (src/theme); the model only
 * decides which class gets which place on the scale.
 */
export interface ChoroplethPalette {
  /** Sequential schemes by number of classes (index k, 3-9), "good" darkest. */
  sequential: readonly (readonly string[])[];
  /** The same sequential scheme as a continuous ramp, t in [0, 1]. */
  sequentialRamp: (t: number) => string;
  /** Diverging ramp for differences to a reference: 0 below, 0.5 at the reference, 1 above. */
  diverging: (t: number) => string;
}
