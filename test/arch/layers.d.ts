// Types of layers.js (plain JavaScript so that eslint.config.js can import it).
export type Layer = 'model' | 'theme' | 'i18n' | 'data' | 'state' | 'derived' | 'map' | 'panels' | 'app';
export const LAYERS: readonly Layer[];
export const MAY_IMPORT: Readonly<Record<Layer, readonly Layer[]>>;
export const GEO_MAY_IMPORT: readonly Layer[];
