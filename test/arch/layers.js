// The layer rule, in one place: read by eslint.config.js (lint fails on an upward import) and by
// test/arch/folders.ts (prints the folder matrix and checks dynamic imports and workers too).
// Data flows one way; a folder of src/ imports only from the folders listed for it.

/** src/ folders, bottom to top. */
export const LAYERS = ['model', 'theme', 'i18n', 'data', 'state', 'derived', 'map', 'panels', 'app'];

/** What each folder may import from (besides libraries and itself). */
export const MAY_IMPORT = {
  model: [],
  theme: ['model'],
  i18n: [],
  data: ['model'],
  state: ['model', 'i18n'],
  derived: ['model', 'theme', 'i18n', 'data', 'state'],
  map: ['model', 'theme', 'i18n', 'data', 'state', 'derived'],
  panels: ['model', 'theme', 'i18n', 'data', 'state', 'derived'],
  app: ['model', 'theme', 'i18n', 'data', 'state', 'derived', 'map', 'panels'],
};

/** geo/ builds the data files with the app's pure functions only. */
export const GEO_MAY_IMPORT = ['model'];
