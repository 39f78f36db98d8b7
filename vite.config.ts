import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { PRECACHE_GLOBS } from './geo/pwa/precache.ts';
import { borderFrame } from './src/model/frame.ts';

/**
 * The opening frame (NL and the regions across the border that touch it), computed from the data
 * the geo build wrote, when the app is built: the map needs it at creation, before any fetch.
 * Null without data (the app then opens on the countries' view).
 */
function openingFrame(): [number, number, number, number] | null {
  const read = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`public/data/${name}`, import.meta.url)), 'utf8')) as unknown;
  try {
    const border = read('border.json') as { regions: Parameters<typeof borderFrame>[1] };
    return borderFrame(read('regions.json') as Parameters<typeof borderFrame>[0], border.regions);
  } catch {
    return null;
  }
}

export default defineConfig({
  plugins: [
    react(),
    // Offline after the first visit: a Workbox service worker that precaches the app and all of
    // public/data (geo/pwa/precache.ts). Only in the build (`npm run build` / `preview`): in `npm start`
    // the virtual:pwa-register module is a no-op and no worker is written. A new version waits
    // until the user says "Reload now" (src/app/AppStatus.tsx); nothing reloads on its own.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // No web app manifest (install prompt, icons): offline use in the browser is what is asked for.
      manifest: false,
      workbox: {
        ...PRECACHE_GLOBS,
        // Every navigation (any ?view=... URL) gets the precached page.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit's page is served by the worker as soon as the copy is complete (a network
        // lost later in that visit no longer matters). An update never claims a page on its own: it
        // waits (no skipWaiting) until the user chooses "Reload now".
        clientsClaim: true,
      },
    }),
  ],
  define: { __BORDER_FRAME__: JSON.stringify(openingFrame()) },
  build: {
    target: 'es2022',
    // maplibre-gl alone is ~1 MB minified; one chunk is fine for an app that needs the map to start.
    chunkSizeWarningLimit: 1600,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit', include: ['src/**/*.test.ts', 'geo/**/*.test.ts'], environment: 'node',
          // The geo tests read the real boundary files in their hooks: seconds on a loaded 2-core machine.
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium per file, files one after another: SwiftShader on 2 cores does not share well.
          fileParallelism: false,
        },
      },
    ],
  },
});
