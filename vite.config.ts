import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
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
        test: { name: 'unit', include: ['src/**/*.test.ts', 'geo/**/*.test.ts'], environment: 'node' },
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
