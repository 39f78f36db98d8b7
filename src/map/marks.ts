/**
 * User Timing marks that outside harnesses (browser tests, `npm run bench`) read to measure the
 * app without timers inside it.
 */
export const MARKS = {
  mapDrawn: 'grensatlas:map-drawn',
  recoloured: 'grensatlas:recoloured',
  /** Feature states set after a change of indicator, year, reference or classes (before drawing). */
  coloursSet: 'grensatlas:colours-set',
  /** Where the first frame's time goes: the bundle is evaluated, the map is created (WebGL context), its style is loaded. */
  appStart: 'grensatlas:app-start',
  mapCreated: 'grensatlas:map-created',
  mapLoaded: 'grensatlas:map-loaded',
} as const;

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
