/**
 * What the service worker precaches, in one place: vite.config.ts hands it to vite-plugin-pwa
 * (Workbox generateSW over dist/), and geo/pwa/precache.test.ts runs Workbox's getManifest with it
 * over public/ to prove that every file the geo build writes is on the list.
 *
 * Workbox's `globPatterns` is exclusive: a file whose extension is not named here is silently
 * left out, and the app then fails offline the first time it asks for it. So every kind of file
 * the app serves is listed: the page, its scripts and styles (js, and mjs for MapLibre's module worker, which Vite emits
 * under its own name), the data (json), the vector tiles
 * (pbf), the fonts (woff2 for the page and for MapLibre's style font-faces, woff as fontsource's
 * fallback) and any images.
 */

/** Extensions of every file the app serves; a new kind of file must be added here. */
export const PRECACHE_EXTENSIONS = ['html', 'js', 'mjs', 'css', 'json', 'pbf', 'woff', 'woff2', 'svg', 'png'] as const;

/**
 * The largest file Workbox precaches. Its default is 2 MiB; vite-plugin-pwa fails the build when a
 * file is larger (Workbox itself would skip it with a warning, and the app would fail offline). The
 * largest file today is the app's script (about 1.8 MB, MapLibre included, 1.7 MiB); the largest data
 * file is under 0.5 MB. 3 MiB leaves room for growth while a runaway file (an unsimplified boundary set, a
 * PMTiles archive) still stops the build instead of quietly costing every visitor its download.
 */
export const MAX_PRECACHE_FILE_BYTES = 3 * 1024 * 1024;

/** The glob part of a Workbox config (generateSW, getManifest, injectManifest). */
export interface PrecacheGlobs {
  globPatterns: string[];
  maximumFileSizeToCacheInBytes: number;
}

export const PRECACHE_GLOBS: PrecacheGlobs = {
  globPatterns: [`**/*.{${PRECACHE_EXTENSIONS.join(',')}}`],
  maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE_BYTES,
};
